package org.patchbay.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.model.Cluster;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * A topology running on this machine. As root: a network namespace per node, switch and LAN, veth
 * pairs and bridges as drawn, the model's addresses, and in every node namespace an agent in its own
 * pid namespace, reachable from the console over a management bridge. Not root: the degraded mode,
 * one agent per node as a plain process on loopback, which shows processes and load but no real links.
 * State is written before anything is created, so a lab left by a killed console is removed on the
 * next start. This class orders a start, a live change and a stop; each job is another's:
 * {@link LabNetwork} (the experiment network and its delay nodes), {@link LabManagementNetwork},
 * {@link LabAgents} (the node agents and their supervision), {@link LabSwitchAgents}, {@link LabPowerStrip},
 * {@link LabDisks}, {@link LabWatch} (what broke behind the lab's back), {@link LabRegistry} and
 * {@link LabLeftovers} (isolation from other labs, clean-up of dead owners').
 */
public final class Lab implements AutoCloseable {

    public enum Mode {
        NAMESPACES("namespaces: real links between network namespaces"),
        LOOPBACK("degraded: agents are plain loopback processes; links are not real (run as root for namespaces)");

        public final String description;

        Mode(String description) {
            this.description = description;
        }
    }

    private final String id;
    private final Mode mode;
    private final Path dir;
    /** What runs now; replaced as a whole when the lab follows a change of the topology. */
    private volatile LabPlan plan;
    private final LabOptions options;
    private final LabListener listener;
    private final LabManagementNetwork management;
    private final LabRegistry registry;
    private final Map<String, URI> endpoints = new LinkedHashMap<>();
    private final Map<String, String> switchAddresses = new LinkedHashMap<>();
    private volatile Path switchCredentials;
    /** Every agent is started from this one thread: PR_SET_PDEATHSIG fires when the starting thread ends, not the process. */
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lab-launcher");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopped;
    /** Outlet number -> node; read by the PDU agent's thread while the lab changes, so concurrent (and in outlet order). */
    private final LabPowerStrip power;
    private final LabNetwork network;
    private final LabAgents agents;
    private final LabDisks disks;
    private final LabSwitchAgents switchAgents;
    /** Nodes run as qemu VMs (hardware type qemu), from the lab's start or added as such while it runs; they have no agent endpoint. */
    private final Set<String> vmNodes = ConcurrentHashMap.newKeySet();
    private final LabVms vms;
    /** The management address of each VM node (its boot network address), by node. */
    private final Map<String, String> vmAddresses = new LinkedHashMap<>();

    private Lab(String id, String subnet, LabRegistry registry, Mode mode, Path dir, LabPlan plan, LabOptions options, LabListener listener,
            Set<String> vmNodes) {
        this.id = id;
        this.registry = registry;
        this.mode = mode;
        this.dir = dir;
        this.plan = plan;
        this.options = options;
        this.listener = listener;
        this.management = new LabManagementNetwork(id, subnet, () -> {
            try {
                writeState();
            } catch (IOException e) {
                throw new LabException("Cannot record the lab's second management bridge: " + e.getMessage(), e);
            }
        });
        Path pbImage;
        try {
            pbImage = LabOptions.findNativeHelper("pb-image");
        } catch (LabException e) {
            pbImage = Path.of("pb-image");
        }
        this.disks = new LabDisks(LabDisks.folderFor(id), pbImage);
        this.vmNodes.addAll(vmNodes);
        this.vms = new LabVms(id, disks.folder(), disks, listener, launcher);
        this.switchAgents = new LabSwitchAgents(dir, launcher);
        this.network = new LabNetwork(dir, listener, launcher);
        this.agents = new LabAgents(id, mode, dir, options, listener, disks, launcher, endpoints, new LabAgents.Host() {
            @Override
            public LabPlan plan() {
                return Lab.this.plan;
            }

            @Override
            public boolean stopped() {
                return stopped;
            }

            @Override
            public boolean poweredOff(String node) {
                return power.isOff(node);
            }

            @Override
            public void settled(String node) {
                power.settled(node);
            }

            @Override
            public void changed() throws IOException {
                writeState();
            }
        });
        this.watch = new LabWatch(new LabWatch.Watched() {
            @Override
            public boolean watchable() {
                return mode == Mode.NAMESPACES && !stopped;
            }

            @Override
            public LabPlan plan() {
                return Lab.this.plan;
            }

            @Override
            public List<DelayNodeProcess> delayNodes() {
                return network.delayNodes();
            }

            @Override
            public boolean listening(String node) {
                return agents.listened(node);
            }

            @Override
            public Optional<java.util.Set<String>> interfacesOf(String node) {
                return agents.interfacesOf(node);
            }
        }, now -> listener.broken(now));
        this.power = new LabPowerStrip(dir.resolve("pdu-boots").toFile(), new LabPowerStrip.Nodes() {
            @Override
            public void cut(String node) {
                if (Lab.this.vmNodes.contains(node)) {
                    vms.powerOff(node);
                } else {
                    agents.cut(node);
                }
            }

            @Override
            public void powerUp(String node, long afterMillis) {
                if (Lab.this.vmNodes.contains(node)) {
                    powerUpVm(node, afterMillis);
                } else {
                    agents.powerUp(node, afterMillis);
                }
            }

            @Override
            public boolean stopping() {
                return stopped;
            }
        });
    }

    public static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public static Lab start(Cluster cluster, LabOptions options, LabListener listener, LabProgress progress) throws LabException {
        LabValidation.refuseInvalid(cluster);
        Mode mode = isRoot() && !options.forceLoopback() ? Mode.NAMESPACES : Mode.LOOPBACK;
        LabRegistry registry = LabRegistry.forThisUser(options.stateBase());
        LabLeftovers.cleanUp(options.stateBase(), registry);
        LabRegistry.Entry entry = registry.reserve(options.stateBase(), mode == Mode.NAMESPACES);
        LabPlan plan;
        try {
            plan = LabPlan.of(cluster, entry.id());
        } catch (LabException | RuntimeException e) {
            registry.release(entry.id());
            throw e;
        }
        Lab lab = new Lab(entry.id(), entry.subnet(), registry, mode, entry.stateDir(), plan, options, listener, LabVms.nodesOf(cluster));
        Path dir = entry.stateDir();
        boolean started = false;
        try {
            Files.createDirectories(dir);
            lab.writeState();
            if (mode == Mode.NAMESPACES) {
                lab.buildNetwork(progress);
            } else {
                lab.assignLoopbackPorts();
            }
            lab.issueCertificates();
            lab.startSwitchAgents(progress);
            if (mode == Mode.NAMESPACES) {
                lab.loadImages(cluster, progress);
                lab.startVms(progress);
            }
            lab.launchAgents(progress);
            if (mode == Mode.NAMESPACES) {
                // the agents open their endpoints meanwhile (a minute at 1 000 nodes): they need the namespaces, not the shapers
                lab.network.startDelayNodes(lab.plan, progress);
                lab.network.shaping().apply(ModelShaping.plan(cluster).fromNothing());
            }
            lab.awaitAgents(progress);
            lab.startPdu();
            lab.startWatching();
            started = true;
            return lab;
        } catch (IOException | RuntimeException e) {
            throw new LabException("Lab start failed: " + e.getMessage(), e);
        } finally {
            // whatever stopped the start (cancel, error, even a missing class), nothing it made stays behind
            if (!started) {
                lab.close();
            }
        }
    }

    public String id() {
        return id;
    }

    public Mode mode() {
        return mode;
    }

    public Path directory() {
        return dir;
    }

    public LabPlan plan() {
        return plan;
    }

    /** The link shaping of this lab (namespaces mode); empty in the loopback mode, whose links are not real. */
    public Optional<LabShaping> shaping() {
        return Optional.ofNullable(network.shaping());
    }

    /** Where each node's agent listens, by node name. */
    public Map<String, URI> endpoints() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(endpoints));
    }

    /** Where each lab switch's snmpd answers (UDP 161), by switch name; empty without root or without net-snmp. */
    public Map<String, String> switchAddresses() {
        return switchCredentials == null ? Map.of() : Map.copyOf(switchAddresses);
    }

    /** The credential file (SNMPv3 authPriv, id {@value #SWITCH_CREDENTIAL_ID}) for the switches' snmpd, readable by its owner only. */
    public Optional<Path> switchCredentials() {
        return Optional.ofNullable(switchCredentials);
    }

    public static final String SWITCH_CREDENTIAL_ID = "lab-switch";

    /** The lab switches as SNMP devices (SNMPv3 authPriv with the lab's credentials), by switch name. */
    public Map<String, SnmpDevice> switchDevices() throws IOException {
        if (switchCredentials == null) {
            return Map.of();
        }
        SnmpCredentials credentials = org.patchbay.snmp.SnmpCredentialFile.open(switchCredentials).lookup(SWITCH_CREDENTIAL_ID)
                .orElseThrow(() -> new IOException(switchCredentials + " has no " + SWITCH_CREDENTIAL_ID));
        Map<String, SnmpDevice> devices = new LinkedHashMap<>();
        switchAddresses.forEach((name, address) -> devices.put(name, SnmpDevice.of(name, address, 161, credentials).withTimeout(2000, 1)));
        return devices;
    }

    /** For one switch: the model's port ifIndex -> the bridge port's kernel name, which is what IF-MIB reports. */
    public Map<Integer, String> switchPortNames(String switchName) {
        Map<Integer, String> names = new LinkedHashMap<>();
        String prefix = switchName + "/";
        plan.switchPorts().forEach((key, kernelName) -> {
            if (key.startsWith(prefix)) {
                names.put(Integer.parseInt(key.substring(prefix.length())), kernelName);
            }
        });
        return names;
    }

    private void startSwitchAgents(LabProgress progress) throws LabException, IOException {
        switchAgents.start(plan.switches(), switchAddresses, progress);
        switchCredentials = switchAgents.credentials();
    }

    static String randomSecret() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    }

    /** The host pid of a node's agent, if it runs. */
    public Optional<Long> agentPid(String node) {
        return agents.pid(node);
    }

    /**
     * Runs a command on a node, inside its network namespace (with the node's /sys), so its agent lists
     * it; it does not depend on the node's agent running.
     */
    public Process exec(String node, List<String> command) throws LabException {
        if (vmNodes.contains(node)) {
            throw new LabException(node + " is a qemu VM: commands run inside it, not in its namespace; its serial console is " + vms.console(node));
        }
        List<String> full = new ArrayList<>();
        Optional<List<String>> onDisk = disks.commandPrefix(node);
        if (onDisk.isPresent()) {
            // booted from its disk: the command sees the disk's files as its root
            full.addAll(onDisk.get());
        } else if (mode == Mode.NAMESPACES) {
            LabPlan.Box box = plan.nodes().stream().filter(b -> b.element().equals(node)).findFirst()
                    .orElseThrow(() -> new LabException("No node " + node + " in lab " + id));
            full.addAll(List.of("ip", "netns", "exec", box.namespace()));
        }
        full.addAll(command);
        try {
            return new ProcessBuilder(full).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LabException("Cannot run " + command + " on " + node + ": " + e.getMessage(), e);
        }
    }

    /** The lab's power strip as an SNMP device (APC Rack PDU outlet table, SNMPv3 authPriv); outlet n powers the n-th node. */
    public SnmpDevice pduDevice() {
        return power.device();
    }

    public int pduOutlet(String node) {
        return power.outletOf(node);
    }

    /**
     * Makes a node ignore reboot requests (its agent accepts them and does nothing), as a wedged
     * machine would; a power cycle cures it, as it would a real one.
     */
    public void wedge(String node) throws LabException {
        agents.wedge(node);
    }

    private void startPdu() throws IOException {
        power.start(plan.nodes().stream().map(LabPlan.Box::element).toList());
    }

    /** Kills a node's agent and everything in its network namespace, as a crash or power loss would. */
    public void killAgent(String node) {
        agents.kill(node);
    }

    public void restartAgent(String node) throws LabException {
        agents.restart(node);
    }

    @Override
    public void close() {
        stop(LabProgress.NONE);
    }

    public synchronized void stop(LabProgress progress) {
        if (stopped) {
            return;
        }
        stopped = true;
        watch.close();
        power.close();
        vms.close();
        int total = agents.count() + plan.namespaces().size() + 1;
        int done = 0;
        agents.stopAll(progress, done, total);
        done += agents.count();
        network.stopDelayNodes();
        launcher.shutdownNow();
        if (mode == Mode.NAMESPACES) {
            progress.step("Removing " + plan.namespaces().size() + " namespaces", done, total);
            // every process in the lab's namespaces ends, then they all go in one command
            LabLeftovers.removeNamespaces(plan.namespaces(), dir);
            done += plan.namespaces().size();
            management.remove();
        }
        progress.step("Removing lab state", done, total);
        agents.closeQuotas();
        LabLeftovers.deleteTree(disks.folder());
        LabLeftovers.deleteTree(dir);
        registry.release(id);
    }

    /** Removes labs whose console is gone (killed, crashed): their namespaces, processes, host interfaces and state. */
    public static int cleanUpLeftovers(Path stateBase) {
        return LabLeftovers.cleanUp(stateBase, LabRegistry.forThisUser(stateBase));
    }

    private void writeState() throws IOException {
        writeState(plan);
    }

    /** The state on disk; during a live change {@code extra}'s namespaces are recorded as well. */
    private void writeState(LabPlan extra) throws IOException {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        state.put("mode", mode.name());
        state.put("ownerPid", ProcessHandle.current().pid());
        state.put("ownerStarted", ProcessHandle.current().info().startInstant().map(Instant::toString).orElse(""));
        java.util.Set<String> namespaces = new java.util.LinkedHashSet<>(plan.namespaces());
        namespaces.addAll(extra.namespaces());
        state.put("namespaces", mode == Mode.NAMESPACES ? List.copyOf(namespaces) : List.of());
        if (mode == Mode.NAMESPACES) {
            state.put("managementBridge", management.bridge());
            if (management.overflowBridge().isPresent()) {
                state.put("overflowBridge", management.overflowBridge().get());
            }
            state.put("diskFolder", disks.folder().toString());
        }
        state.put("agentPids", agents.pids());
        state.put("agents", agents.pidsByNode());
        Map<String, Object> nodeNamespaces = new LinkedHashMap<>();
        plan.nodes().forEach(b -> nodeNamespaces.put(b.element(), b.namespace()));
        state.put("nodeNamespaces", nodeNamespaces);
        state.put("diskRoots", disks.roots());
        state.put("vmNodes", List.copyOf(vmNodes));
        Map<String, Object> nodes = new LinkedHashMap<>();
        endpoints.forEach((node, uri) -> nodes.put(node, uri.toString()));
        state.put("endpoints", nodes);
        Path tmp = dir.resolve("lab.json.tmp");
        Files.writeString(tmp, Json.write(state) + "\n");
        Files.move(tmp, dir.resolve("lab.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void buildNetwork(LabProgress progress) throws LabException, IOException {
        management.create();
        IpBatch batch = new IpBatch(dir);
        network.build(plan, batch, progress);
        int total = plan.nodes().size() + plan.switches().size();
        int done = 0;
        for (LabPlan.Box node : plan.nodes()) {
            progress.checkCancelled();
            progress.step("Management link for " + node.element(), done++, total);
            String address = management.link(node.namespace(), batch.sink());
            if (vmNodes.contains(node.element())) {
                vmAddresses.put(node.element(), address);
            } else {
                endpoints.put(node.element(), agentEndpoint(address));
            }
        }
        for (LabPlan.Box sw : plan.switches()) {
            progress.step("Management link for " + sw.element(), done++, total);
            switchAddresses.put(sw.element(), management.link(sw.namespace(), batch.sink()));
        }
        batch.run();
        writeState();
    }

    private static URI agentEndpoint(String address) {
        return URI.create("https://" + address + ":" + WireFormat.DEFAULT_PORT + "/");
    }

    private void assignLoopbackPorts() throws IOException {
        for (LabPlan.Box node : plan.nodes()) {
            if (vmNodes.contains(node.element())) {
                agents.fail(node.element(), "a qemu node runs only in the real lab: start the console as root");
                continue;
            }
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                endpoints.put(node.element(), URI.create("https://127.0.0.1:" + probe.getLocalPort() + "/"));
            }
        }
        writeState();
    }

    private void issueCertificates() throws IOException {
        issueCertificates(List.copyOf(endpoints.keySet()));
        CertificateAuthority ca = CertificateAuthority.openOrCreate(options.caDir(), "Patchbay console CA");
        ca.issueClient("lab-" + id + "-curl").save(dir.resolve("client"), "client");
        Files.copy(options.caDir().resolve("ca.pem"), dir.resolve("client/ca.pem"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void issueCertificates(List<String> nodes) throws IOException {
        CertificateAuthority ca = CertificateAuthority.openOrCreate(options.caDir(), "Patchbay console CA");
        for (Map.Entry<String, URI> entry : endpoints.entrySet()) {
            if (!nodes.contains(entry.getKey())) {
                continue;
            }
            Path nodeDir = agents.nodeDir(entry.getKey());
            // the management address (the agent's) and every address the node has on the lab's links: a job's memory can move
            // over a link (so its shaping applies) to a page server that proves it is this node at that address
            List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getByName(entry.getValue().getHost())));
            String namespace = plan.nodes().stream().filter(b -> b.element().equals(entry.getKey())).map(LabPlan.Box::namespace).findFirst().orElse("");
            for (LabPlan.Address a : plan.addresses()) {
                if (a.namespace().equals(namespace) && a.cidr().contains("/")) {
                    InetAddress linkAddress = InetAddress.getByName(a.cidr().substring(0, a.cidr().indexOf('/')));
                    if (!addresses.contains(linkAddress)) {
                        addresses.add(linkAddress);
                    }
                }
            }
            ca.issueNode(entry.getKey(), List.of(), addresses).save(nodeDir, "node");
            Files.copy(options.caDir().resolve("ca.pem"), nodeDir.resolve("ca.pem"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void launchAgents(LabProgress progress) throws LabException, IOException {
        agents.launchAll(progress);
        writeState();
    }

    private void awaitAgents(LabProgress progress) throws LabException, IOException {
        agents.awaitAll(progress);
        writeState();
    }

    /**
     * Nodes whose topology says they boot from disk with an OS image get that image on their disk before
     * they start, as a swap-in loads each node's image: the node then runs the image's files. A node
     * whose image cannot be loaded fails alone with why.
     */
    private void loadImages(Cluster cluster, LabProgress progress) throws LabException {
        List<org.patchbay.model.Node> imaged = cluster.getNodes().stream().filter(n -> n.getOsImage() != null && n.getBootMode() == org.patchbay.model.BootMode.DISK
                && n.getOsImage().getLocation() != null && !n.getOsImage().getLocation().isBlank()
                && (endpoints.containsKey(n.getName()) || vmAddresses.containsKey(n.getName()))).toList();
        int done = 0;
        for (org.patchbay.model.Node node : imaged) {
            progress.checkCancelled();
            progress.step("Loading " + node.getOsImage().getName() + " onto " + node.getName() + "'s disk", done++, imaged.size());
            try {
                if (vmAddresses.containsKey(node.getName())) {
                    // a VM's disk is a block device of its own, never an overlay
                    disks.loadOwn(node.getName(), Path.of(node.getOsImage().getLocation()));
                } else {
                    disks.load(node.getName(), Path.of(node.getOsImage().getLocation()));
                }
            } catch (LabException e) {
                agents.fail(node.getName(), "its OS image " + node.getOsImage().getName() + " could not be loaded: " + e.getMessage());
            }
        }
    }

    /**
     * The VM nodes: their namespaces become bridges to their taps, the boot server starts on the management
     * network, and each VM is powered on (it network-boots its disk). A VM that cannot be wired or started
     * fails alone; without a boot server every VM fails, saying why, and the rest of the lab runs.
     */
    private void startVms(LabProgress progress) throws LabException {
        if (vmAddresses.isEmpty()) {
            return;
        }
        int done = 0;
        for (Map.Entry<String, String> vm : vmAddresses.entrySet()) {
            progress.checkCancelled();
            progress.step("Wiring " + vm.getKey() + "'s VM into its namespace", done++, vmAddresses.size() + 2);
            try {
                vms.wire(plan, vm.getKey(), namespaceOf(vm.getKey()), vm.getValue());
            } catch (LabException e) {
                agents.fail(vm.getKey(), "its VM could not be wired: " + e.getMessage());
            }
        }
        progress.step("Starting the VM nodes' boot server (building their imaging environment the first time)", done++, vmAddresses.size() + 2);
        try {
            startBootServer();
        } catch (LabException e) {
            vms.nodes().forEach(node -> agents.fail(node, e.getMessage()));
            return;
        }
        for (String node : vms.nodes()) {
            progress.step("Powering on " + node + "'s VM", done, vmAddresses.size() + 2);
            try {
                vms.powerOn(node);
            } catch (LabException e) {
                agents.fail(node, e.getMessage());
            }
        }
    }

    private void startBootServer() throws LabException {
        vms.startBootServer(management.bridge(), management.hostAddress(), LabRegistry.MANAGEMENT_PREFIX, management.imageGroup(),
                LabOptions.findNativeHelper("pb-image"), options.caDir());
    }

    private String namespaceOf(String node) throws LabException {
        return plan.nodes().stream().filter(b -> b.element().equals(node)).findFirst().orElseThrow(() -> new LabException("No node " + node + " in lab " + id))
                .namespace();
    }

    /**
     * A VM node added while the lab runs: its OS image (if the topology records one) on a disk of its own, the
     * boot server started for it (the lab's first VM) or told its MAC, and it is powered on. Fails alone.
     */
    private void startAddedVm(Cluster cluster, String node) throws LabException {
        org.patchbay.model.Node model = cluster.getNodes().stream().filter(n -> node.equals(n.getName())).findFirst().orElseThrow();
        if (model.getOsImage() != null && model.getBootMode() == org.patchbay.model.BootMode.DISK && model.getOsImage().getLocation() != null
                && !model.getOsImage().getLocation().isBlank()) {
            disks.loadOwn(node, Path.of(model.getOsImage().getLocation()));
        }
        if (vms.imaging().isEmpty()) {
            startBootServer();
        } else {
            vms.addToBootServer(node);
        }
        vms.powerOn(node);
    }

    /** Power back on a VM node after {@code afterMillis} (a cycle's pause), unless the lab stops first; then the strip settles. */
    private void powerUpVm(String node, long afterMillis) {
        Thread.ofPlatform().daemon().name("lab-vm-start-" + node).start(() -> {
            try {
                Thread.sleep(afterMillis);
                if (!stopped) {
                    vms.powerOn(node);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (LabException e) {
                listener.nodeFailed(node, e.getMessage());
            } finally {
                power.settled(node);
            }
        });
    }

    /** The nodes this lab runs as qemu VMs (hardware type qemu); they have no agent endpoint. */
    public Set<String> vmNodes() {
        return Set.copyOf(vmNodes);
    }

    /** Whether the node is one of this lab's (a namespace node or a VM). */
    public boolean hasNode(String node) {
        return plan.nodes().stream().anyMatch(b -> b.element().equals(node));
    }

    /** The VM nodes' network boot, enrollment and image server, once the lab runs VM nodes. */
    public Optional<org.patchbay.core.imaging.NetworkImaging> vmImaging() {
        return vms.imaging();
    }

    /** Whether a VM node has booted its disk since its last power-on (its serial console says so). */
    public boolean vmBooted(String node) {
        return vms.booted(node);
    }

    /** What the VM nodes run on: "kvm" where a guest works under KVM on this host, else "tcg". */
    public String vmAccelerator() {
        return vms.accelerator();
    }

    /** A VM node's serial console (a file, from its last power-on). */
    public Path vmConsole(String node) {
        return vms.console(node);
    }

    /** What a live update changed, and what it could not apply, by the element's name (node, link or LAN) with why. */
    public record Update(int added, int removed, Map<String, String> problems) {
    }

    /**
     * Brings the running lab to {@code cluster} with the fewest changes: nodes, switches, LANs, links
     * and addresses added, removed or re-addressed are made or removed, routes follow; what already
     * runs as wanted is not touched. One element that cannot be applied fails alone and is named in
     * the result. Call from a worker thread with a copy of the topology.
     */
    public synchronized Update update(Cluster cluster) throws LabException {
        if (stopped) {
            throw new LabException("the lab " + id + " has stopped");
        }
        if (mode != Mode.NAMESPACES) {
            throw new LabException("the loopback lab has no links to change; run the lab as root to change it while it runs");
        }
        LabValidation.refuseInvalid(cluster, "The change was not applied to the running lab, which runs as before");
        LabPlan desired = LabPlan.of(cluster, id);
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> nowVms = LabVms.nodesOf(cluster);
        // a node whose hardware type changed to or from qemu is taken out, its links with it, and made again as the other kind
        Set<String> turned = new java.util.TreeSet<>();
        for (LabPlan.Box box : plan.nodes()) {
            if (desired.nodes().stream().anyMatch(b -> b.element().equals(box.element())) && nowVms.contains(box.element()) != vmNodes.contains(box.element())) {
                turned.add(box.element());
            }
        }
        int removedBefore = 0;
        if (!turned.isEmpty()) {
            removedBefore = apply(LabPlanDiff.between(plan, plan.without(turned), id), cluster, nowVms, problems).removed();
        }
        Update update = apply(LabPlanDiff.between(plan, desired, id), cluster, nowVms, problems);
        return new Update(update.added(), update.removed() + removedBefore, Map.copyOf(problems));
    }

    /** Makes the changes {@code diff} names; what fails is added to {@code problems} by element. */
    private Update apply(LabPlanDiff diff, Cluster cluster, Set<String> nowVms, Map<String, String> problems) throws LabException {
        if (diff.isEmpty()) {
            return new Update(0, 0, Map.copyOf(problems));
        }
        try {
            // the state names every namespace that may exist during the change, so a killed console's leftovers are found
            writeState(diff.next());
        } catch (IOException e) {
            throw new LabException("Cannot write the lab's state to " + dir + ": " + e.getMessage(), e);
        }
        for (LabPlan.Wire wire : diff.removedWires()) {
            attempt(problems, owner(wire), () -> network.removeWire(wire));
        }
        for (LabPlan.Box box : diff.removedBoxes()) {
            attempt(problems, box.element(), () -> removeBox(box));
        }
        plan = diff.next();
        List<String> newNodes = new ArrayList<>();
        List<String> newVms = new ArrayList<>();
        for (LabPlan.Box box : diff.addedBoxes()) {
            attempt(problems, box.element(), () -> {
                network.createBox(box, IpBatch.immediate());
                if (box.kind() == LabPlan.Kind.NODE && nowVms.contains(box.element())) {
                    listener.nodePhase(box.element(), LabListener.Phase.NAMESPACE);
                    vmAddresses.put(box.element(), management.link(box.namespace(), IpBatch.immediate()));
                    vmNodes.add(box.element());
                    power.plugIn(box.element());
                    newVms.add(box.element());
                } else if (box.kind() == LabPlan.Kind.NODE) {
                    listener.nodePhase(box.element(), LabListener.Phase.NAMESPACE);
                    endpoints.put(box.element(), agentEndpoint(management.link(box.namespace(), IpBatch.immediate())));
                    power.plugIn(box.element());
                    newNodes.add(box.element());
                } else if (box.kind() == LabPlan.Kind.SWITCH) {
                    String address = management.link(box.namespace(), IpBatch.immediate());
                    switchAddresses.put(box.element(), address);
                    switchAgents.add(box, address);
                    switchCredentials = switchAgents.credentials();
                }
            });
        }
        Path plainFrames = diff.addedDelayNodes().isEmpty() ? null : LabOptions.findNativeHelper("pb-plain-frames");
        for (LabPlan.Wire wire : diff.addedWires()) {
            attempt(problems, owner(wire), () -> network.createWire(plan, wire, plainFrames));
        }
        if (!diff.addedDelayNodes().isEmpty()) {
            Path shaper = LabOptions.findNativeHelper("pb-shaper");
            for (LabPlan.DelayNode node : diff.addedDelayNodes()) {
                attempt(problems, owner(node.what()), () -> network.addDelayNode(node, shaper));
            }
        }
        // a VM added now is wired once its links exist; it starts below, once its addresses and routes are in the plan
        for (String node : List.copyOf(newVms)) {
            attempt(problems, node, () -> {
                try {
                    vms.wire(plan, node, namespaceOf(node), vmAddresses.get(node));
                } catch (LabException e) {
                    newVms.remove(node);
                    throw e;
                }
            });
        }
        // A VM's NICs, addresses and routes are fixed when qemu starts: a change to them restarts it with them (below);
        // made in its namespace, an address would answer in its stead.
        Set<String> vmNamespaces = new HashSet<>();
        Map<String, List<String>> vmChanges = new LinkedHashMap<>();
        for (LabPlan.Box box : plan.nodes()) {
            if (vms.runs(box.element())) {
                vmNamespaces.add(box.namespace());
            }
        }
        for (LabPlan.Wire wire : diff.addedWires()) {
            for (String namespace : List.of(wire.namespaceA(), wire.namespaceB())) {
                heldForVm(vmNamespaces, vmChanges, namespace, "new link " + owner(wire));
            }
        }
        for (LabPlan.Address address : diff.removedAddresses()) {
            if (heldForVm(vmNamespaces, vmChanges, address.namespace(), "removed address " + address.cidr())) {
                continue;
            }
            HostCommands.runQuietly(List.of("ip", "-n", address.namespace(), "addr", "del", address.cidr(), "dev", address.iface()));
        }
        for (LabPlan.Address address : diff.addedAddresses()) {
            if (heldForVm(vmNamespaces, vmChanges, address.namespace(), "new address " + address.cidr())) {
                continue;
            }
            attempt(problems, elementOf(address.namespace()), () -> ip("-n", address.namespace(), "addr", "add", address.cidr(), "dev", address.iface()));
        }
        for (LabPlan.Route route : diff.removedRoutes()) {
            if (heldForVm(vmNamespaces, vmChanges, route.namespace(), "removed route to " + route.destination())) {
                continue;
            }
            HostCommands.runQuietly(List.of("ip", "-n", route.namespace(), "route", "del", route.destination()));
        }
        for (LabPlan.Route route : diff.addedRoutes()) {
            if (heldForVm(vmNamespaces, vmChanges, route.namespace(), "new route to " + route.destination())) {
                continue;
            }
            attempt(problems, elementOf(route.namespace()), () -> {
                try {
                    ip("-n", route.namespace(), "route", "replace", route.destination(), "via", route.via());
                } catch (LabException e) {
                    throw new LabException("no route to " + route.destination() + ": " + route.via()
                            + " is not on any of its subnets; give the ends of each link (or the members of a switch) one subnet", e);
                }
            });
        }
        vmChanges.keySet().removeAll(newVms);
        for (String node : newVms) {
            attempt(problems, node, () -> startAddedVm(cluster, node));
        }
        vmChanges.forEach((node, changes) -> attempt(problems, node, () -> {
            try {
                vms.rewire(plan, node);
            } catch (LabException e) {
                throw new LabException("its VM did not take the change to it (" + String.join(", ", changes) + "): " + e.getMessage(), e);
            }
        }));
        if (!newNodes.isEmpty()) {
            try {
                issueCertificates(newNodes);
                agents.startAdded(newNodes);
            } catch (IOException | LabException e) {
                newNodes.forEach(n -> problems.put(n, "its agent did not start: " + e.getMessage()));
            }
        }
        try {
            writeState(plan);
        } catch (IOException e) {
            problems.put("lab state", e.getMessage());
        }
        int added = diff.addedBoxes().size() + diff.addedWires().size();
        int removed = diff.removedBoxes().size() + diff.removedWires().size();
        return new Update(added, removed, Map.copyOf(problems));
    }

    /** Whether {@code namespace} is a VM's: then {@code change} is noted for its node instead of made there. */
    private boolean heldForVm(Set<String> vmNamespaces, Map<String, List<String>> vmChanges, String namespace, String change) {
        if (!vmNamespaces.contains(namespace)) {
            return false;
        }
        vmChanges.computeIfAbsent(elementOf(namespace), n -> new ArrayList<>()).add(change);
        return true;
    }

    private interface Step {
        void run() throws LabException, IOException;
    }

    private static void attempt(Map<String, String> problems, String element, Step step) {
        try {
            step.run();
        } catch (LabException | IOException | RuntimeException e) {
            problems.merge(element, e.getMessage(), (a, b) -> a + "; " + b);
        }
    }

    /** The link or LAN a wire stands for: "link X" -> X, "LAN Y member Z" -> Y. */
    private static String owner(LabPlan.Wire wire) {
        return owner(wire.what());
    }

    /** The element a plan entry's description names ("link link3" -> "link3"). */
    static String owner(String what) {
        String[] words = what.split(" ");
        return words.length > 1 ? words[1] : what;
    }

    private String elementOf(String namespace) {
        return plan.boxes().stream().filter(b -> b.namespace().equals(namespace)).map(LabPlan.Box::element).findFirst().orElse(namespace);
    }

    private void removeBox(LabPlan.Box box) {
        if (box.kind() == LabPlan.Kind.NODE && vms.runs(box.element())) {
            vms.remove(box.element());
            vmNodes.remove(box.element());
            vmAddresses.remove(box.element());
            power.unplug(box.element());
        } else if (box.kind() == LabPlan.Kind.NODE) {
            agents.remove(box.element());
            endpoints.remove(box.element());
            power.unplug(box.element());
        } else if (box.kind() == LabPlan.Kind.SWITCH) {
            switchAddresses.remove(box.element());
        }
        management.release(box.namespace());
        LabLeftovers.removeNamespace(box.namespace()); // its management veth goes with it
    }

    /** How often the lab looks for what broke behind its back. */
    public static final long WATCH_MILLIS = LabWatch.PERIOD_MILLIS;
    private final LabWatch watch;

    /** What broke outside the lab's control, by element, as last seen. */
    public Map<String, String> broken() {
        return watch.broken();
    }

    private void startWatching() {
        watch.start();
    }

    /** Nodes whose agent could not start, with why; the other nodes run. */
    public Map<String, String> failedNodes() {
        Map<String, String> failed = new LinkedHashMap<>(agents.failed());
        failed.putAll(vms.failed());
        return failed;
    }

    /** Starts a failed node's agent again (or restarts a running one); true when it now listens. */
    public boolean retry(String node) throws LabException {
        if (vmNodes.contains(node)) {
            // a VM is retried as a machine is: power off, power on
            vms.powerOff(node);
            vms.powerOn(node);
            return true;
        }
        if (!endpoints.containsKey(node)) {
            throw new LabException("No node " + node + " in lab " + id);
        }
        boolean listens = agents.retry(node);
        try {
            writeState();
        } catch (IOException e) {
            throw new LabException("Cannot write the lab's state to " + dir + ": " + e.getMessage(), e);
        }
        return listens;
    }

    /** Retries every failed node; returns those that still failed. */
    public Map<String, String> retryFailed() throws LabException {
        for (String node : List.copyOf(agents.failed().keySet())) {
            retry(node);
        }
        return failedNodes();
    }

    /** Serves an image to the lab's nodes by multicast on the management network (the host's end of it). */
    public org.patchbay.core.imaging.ImageServerProcess serveImage(Path image, int rateMbps) throws LabException {
        if (mode != Mode.NAMESPACES) {
            throw new LabException("Reimaging needs the real lab (run the console as root); the loopback lab's nodes have no disks");
        }
        String group = management.imageGroup();
        try {
            // the lab reads each node's progress from its own imaging environment: the server's reports are not needed
            return org.patchbay.core.imaging.ImageServerProcess.start(List.of("setpriv", "--pdeathsig", "KILL", "--"), LabOptions.findNativeHelper("pb-image"),
                    image, group, management.hostAddress(), rateMbps, dir.resolve("image-server.log"), report -> { });
        } catch (IOException e) {
            throw new LabException(e.getMessage(), e);
        }
    }

    /** Where the node boots from its next power-on: the imaging environment receiving from {@code server}. */
    public void bootIntoImaging(String node, org.patchbay.core.imaging.ImageServerProcess server,
            org.patchbay.core.imaging.ImagingTestbed.Listener imagingListener) throws LabException {
        if (!endpoints.containsKey(node) || mode != Mode.NAMESPACES) {
            throw new LabException("No node " + node + " with a disk in lab " + id);
        }
        disks.bootIntoImaging(node, server.group(), server.digests(), imagingListener);
    }

    public void bootFromDisk(String node) {
        disks.bootFromDisk(node);
    }

    public java.util.OptionalLong diskBytes(String node) {
        return mode == Mode.NAMESPACES ? disks.diskBytes(node) : java.util.OptionalLong.empty();
    }

    public java.util.OptionalLong diskSpace() {
        return disks.freeSpace();
    }

    public Path diskFolder() {
        return disks.folder();
    }

    /** Whether the node runs an image it shares with other nodes of the lab (an overlay on one base disk). */
    public boolean sharesBase(String node) {
        return disks.sharesBase(node);
    }

    /** Gives a node that shares its image's base disk a disk of its own with its changes on it (the node must be off): what capturing it reads. */
    public void ownDisk(String node) throws LabException {
        disks.ownDisk(node);
    }

    /** The node's disk file (a sparse file; its contents are what the node boots from). */
    public Path disk(String node) {
        return disks.disk(node);
    }

    /** Whether the node's agent runs and has printed that it listens (since its last start). */
    public boolean agentListening(String node) {
        return agents.listening(node);
    }

    private static void ip(String... args) throws LabException {
        IpBatch.immediate().ip(args);
    }

}
