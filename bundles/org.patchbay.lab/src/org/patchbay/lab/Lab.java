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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.model.Cluster;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * A topology running on this machine. As root: a network namespace per node, switch and LAN, veth
 * pairs and bridges as drawn, the model's addresses, and in every node namespace an agent in its own
 * pid namespace, reachable from the console over a management bridge. Not root: the degraded mode,
 * one agent per node as a plain process on loopback, which shows processes and load but no real links.
 * State is written before anything is created, so a lab left by a killed console is removed on the
 * next start.
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

    private static final long RESTART_PAUSE_MILLIS = 1000;
    /**
     * How long an agent that is still running may take to start listening before its node is failed
     * (an agent that exits fails at once). Far above a JVM's start on a loaded machine (a few seconds,
     * 30 s seen at load 20), so only a hung agent reaches it.
     */
    static final long AGENT_START_LIMIT_MILLIS = 300_000;
    /** Lines of an agent's log shown when its node fails to start. */
    private static final int LOG_LINES_SHOWN = 6;

    private final String id;
    private final Mode mode;
    private final Path dir;
    /** What runs now; replaced as a whole when the lab follows a change of the topology. */
    private volatile LabPlan plan;
    private final LabOptions options;
    /** The CRIU agents move jobs with, found (or built) once when the agents first start; empty when there is none (jobs then cannot move). */
    private volatile Optional<Path> criu = Optional.empty();
    /** Each node's CPU quota when the options ask for one (N nodes as N slow machines); null otherwise. */
    private volatile LabCpuQuota cpuQuota;
    private final LabListener listener;
    private final LabManagementNetwork management;
    private final LabRegistry registry;
    /** Nodes whose agent could not start, with the reason; the rest of the lab runs. */
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final Map<String, URI> endpoints = new LinkedHashMap<>();
    private final Map<String, String> switchAddresses = new LinkedHashMap<>();
    private volatile Path switchCredentials;
    private final Map<String, Process> agents = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stoppingAgents = new ConcurrentHashMap<>();
    /** Every agent is started from this one thread: PR_SET_PDEATHSIG fires when the starting thread ends, not the process. */
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lab-launcher");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopped;
    private final Set<String> wedged = ConcurrentHashMap.newKeySet();
    /** Outlet number -> node; read by the PDU agent's thread while the lab changes, so concurrent (and in outlet order). */
    private final LabPowerStrip power;
    private final List<DelayNodeProcess> delayNodes = new ArrayList<>();
    private LabShaping shaping;
    private final LabDisks disks;
    private final LabSwitchAgents switchAgents;

    private Lab(String id, String subnet, LabRegistry registry, Mode mode, Path dir, LabPlan plan, LabOptions options, LabListener listener) {
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
        this.switchAgents = new LabSwitchAgents(dir, launcher);
        this.watch = new LabWatch(new LabWatch.Watched() {
            @Override
            public boolean watchable() {
                return mode == Mode.NAMESPACES && !stopped;
            }

            @Override
            public LabPlan plan() {
                return plan;
            }

            @Override
            public List<DelayNodeProcess> delayNodes() {
                return List.copyOf(delayNodes);
            }

            @Override
            public boolean listening(String node) {
                return listening.contains(node);
            }

            @Override
            public Optional<java.util.Set<String>> interfacesOf(String node) {
                return agents.get(node) instanceof LabAgentRuntime.ServedNode served
                        ? Optional.ofNullable(served.interfaces(nodeDir(node).resolve("state").toAbsolutePath()))
                        : agentPid(node).map(LabWatch::interfacesSeenBy);
            }
        }, now -> listener.broken(now));
        this.power = new LabPowerStrip(dir.resolve("pdu-boots").toFile(), new LabPowerStrip.Nodes() {
            @Override
            public void cut(String node) {
                wedged.remove(node);
                killAgent(node);
            }

            @Override
            public void powerUp(String node, long afterMillis) {
                Lab.this.powerUp(node, afterMillis);
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
        Lab lab = new Lab(entry.id(), entry.subnet(), registry, mode, entry.stateDir(), plan, options, listener);
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
            }
            lab.launchAgents(progress);
            if (mode == Mode.NAMESPACES) {
                // the agents open their endpoints meanwhile (a minute at 1 000 nodes): they need the namespaces, not the shapers
                lab.startDelayNodes(progress);
                lab.shaping.apply(ModelShaping.plan(cluster).fromNothing());
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

    /** Where each node's agent listens, by node name. */
    /** The link shaping of this lab (namespaces mode); empty in the loopback mode, whose links are not real. */
    public Optional<LabShaping> shaping() {
        return Optional.ofNullable(shaping);
    }

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
        Process process = agents.get(node);
        if (process == null || !process.isAlive()) {
            return Optional.empty();
        }
        // setpriv and ip netns exec exec in place: the process started is the agent
        return Optional.of(process.pid());
    }

    /**
     * Runs a command on a node, inside its network namespace (with the node's /sys), so its agent lists
     * it; it does not depend on the node's agent running.
     */
    public Process exec(String node, List<String> command) throws LabException {
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
        wedged.add(node);
        restartAgent(node);
    }

    private void startPdu() throws IOException {
        power.start(plan.nodes().stream().map(LabPlan.Box::element).toList());
    }

    /** Starts a node's agent again after a pause (a reboot, or power back after a cycle), unless the lab stops first. */
    private void powerUp(String node, long afterMillis) {
        Thread.ofPlatform().daemon().name("lab-start-" + node).start(() -> {
            try {
                Thread.sleep(afterMillis);
                if (!stopped) {
                    launch(node);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (LabException e) {
                listener.agentExited(node, -1, false);
            } finally {
                power.settled(node);
            }
        });
    }

    /** Kills a node's agent and everything in its pid namespace, as a crash or power loss would. */
    public void killAgent(String node) {
        Process process = agents.get(node);
        if (process != null) {
            stoppingAgents.put(node, true);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        killNodeProcesses(node);
    }

    /** Ends every process in a node's network namespace: what a crash, a reboot or a power cut does to a machine. */
    private void killNodeProcesses(String node) {
        if (mode != Mode.NAMESPACES) {
            return;
        }
        disks.nodeStopped(node);
        plan.nodes().stream().filter(b -> b.element().equals(node)).findFirst().ifPresent(box -> {
            try {
                for (String pid : HostCommands.run(List.of("ip", "netns", "pids", box.namespace())).split("\\s+")) {
                    if (!pid.isBlank()) {
                        ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
            } catch (LabException | NumberFormatException e) {
                // the namespace is gone: nothing runs in it
            }
        });
    }

    public void restartAgent(String node) throws LabException {
        killAgent(node);
        launch(node);
        awaitListening(List.of(node), LabProgress.NONE);
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
        int total = agents.size() + plan.namespaces().size() + 1;
        int done = 0;
        if (runtime != null) {
            progress.step("Stopping the agent runtime", done, total);
            // every node it serves ends with it: the loop below only ends the nodes' own processes
            runtime.close();
        }
        // agent processes of their own (the loopback lab, a node given JVM options) end side by side, not one wait after another
        for (String node : List.copyOf(agents.keySet())) {
            stoppingAgents.put(node, true);
            agents.get(node).destroyForcibly();
        }
        for (String node : List.copyOf(agents.keySet())) {
            progress.step("Stopping the agent on " + node, done++, total);
            try {
                agents.get(node).waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (mode == Mode.NAMESPACES) {
                disks.nodeStopped(node);
            }
        }
        delayNodes.forEach(DelayNodeProcess::stopSoon);
        delayNodes.forEach(DelayNodeProcess::stop);
        launcher.shutdownNow();
        if (mode == Mode.NAMESPACES) {
            progress.step("Removing " + plan.namespaces().size() + " namespaces", done, total);
            // every process in the lab's namespaces ends, then they all go in one command
            LabLeftovers.removeNamespaces(plan.namespaces(), dir);
            done += plan.namespaces().size();
            management.remove();
        }
        progress.step("Removing lab state", done, total);
        if (cpuQuota != null) {
            cpuQuota.close();
        }
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
        List<Long> pids = new ArrayList<>();
        for (Process p : agents.values()) {
            // nodes served by the runtime share its pid
            if (!pids.contains(p.pid())) {
                pids.add(p.pid());
            }
        }
        state.put("agentPids", pids);
        Map<String, Object> agentsByNode = new LinkedHashMap<>();
        for (String node : agents.keySet()) {
            agentPid(node).ifPresent(pid -> agentsByNode.put(node, pid));
        }
        state.put("agents", agentsByNode);
        Map<String, Object> nodeNamespaces = new LinkedHashMap<>();
        plan.nodes().forEach(b -> nodeNamespaces.put(b.element(), b.namespace()));
        state.put("nodeNamespaces", nodeNamespaces);
        state.put("diskRoots", disks.roots());
        Map<String, Object> nodes = new LinkedHashMap<>();
        endpoints.forEach((node, uri) -> nodes.put(node, uri.toString()));
        state.put("endpoints", nodes);
        Path tmp = dir.resolve("lab.json.tmp");
        Files.writeString(tmp, Json.write(state) + "\n");
        Files.move(tmp, dir.resolve("lab.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void buildNetwork(LabProgress progress) throws LabException, IOException {
        int total = plan.namespaces().size() + plan.wires().size() + plan.addresses().size() + plan.nodes().size();
        int done = 0;
        management.create();
        IpBatch batch = new IpBatch(dir);
        for (LabPlan.Box box : plan.boxes()) {
            checkCancelled(progress);
            progress.step("Creating namespace for " + box.element(), done++, total);
            if (!box.bridged()) {
                listener.nodePhase(box.element(), LabListener.Phase.NAMESPACE);
            }
            createBox(box, batch.sink());
        }
        batch.run();
        Path plainFrames = plan.delayNodes().isEmpty() ? null : LabOptions.findNativeHelper("pb-plain-frames");
        for (LabPlan.Box node : plan.nodes()) {
            listener.nodePhase(node.element(), LabListener.Phase.LINKS);
        }
        for (LabPlan.Wire wire : plan.wires()) {
            checkCancelled(progress);
            progress.step("Wiring " + wire.what(), done++, total);
            createWire(wire, plainFrames, batch.sink(), batch.last());
        }
        batch.run();
        progress.step("Addressing " + plan.addresses().size() + " interfaces", done, total);
        for (LabPlan.Address address : plan.addresses()) {
            batch.sink().ip("-n", address.namespace(), "addr", "add", address.cidr(), "dev", address.iface());
        }
        batch.run();
        done += plan.addresses().size();
        progress.step("Routing", done, total);
        for (LabPlan.Route route : plan.routes()) {
            batch.sink().ip("-n", route.namespace(), "route", "add", route.destination(), "via", route.via());
        }
        try {
            batch.run();
        } catch (LabException e) {
            throw new LabException("Cannot route: " + e.getMessage() + "; check that the interfaces of each link share a subnet", e);
        }
        for (LabPlan.Box node : plan.nodes()) {
            checkCancelled(progress);
            progress.step("Management link for " + node.element(), done++, total);
            endpoints.put(node.element(), agentEndpoint(management.link(node.namespace(), batch.sink())));
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

    /** A namespace for a node, switch or LAN; switches and LANs get their bridge, nodes may forward (every node may be a router, as on Netbed). */
    private void createBox(LabPlan.Box box, IpBatch.Sink ip) throws LabException {
        ip.ip("netns", "add", box.namespace());
        ip.ip("-n", box.namespace(), "link", "set", "dev", "lo", "up");
        if (box.bridged()) {
            ip.ip("-n", box.namespace(), "link", "add", LabPlan.BRIDGE, "type", "bridge", "forward_delay", "0");
            ip.ip("-n", box.namespace(), "link", "set", "dev", LabPlan.BRIDGE, "up");
        } else {
            ip.ip("netns", "exec", box.namespace(), "sysctl", "-qw", "net.ipv4.ip_forward=1");
        }
    }

    /** One veth pair, or two with a delay namespace between them; bridged ends join their bridge. */
    private void createWire(LabPlan.Wire wire, Path plainFrames) throws LabException {
        createWire(wire, plainFrames, IpBatch.immediate(), IpBatch.immediate());
    }

    /** As above, its commands given to {@code ip} (a batch while the lab is built), the frame helpers to {@code last}, once the ends are up. */
    private void createWire(LabPlan.Wire wire, Path plainFrames, IpBatch.Sink ip, IpBatch.Sink last) throws LabException {
        String delay = wire.delayNamespace();
        if (delay == null) {
            ip.ip("link", "add", wire.interfaceA(), "netns", wire.namespaceA(), "type", "veth", "peer", "name", wire.interfaceB(), "netns", wire.namespaceB());
        } else {
            ip.ip("netns", "add", delay);
            ip.ip("-n", delay, "link", "set", "dev", "lo", "up");
            ip.ip("link", "add", wire.interfaceA(), "netns", wire.namespaceA(), "type", "veth", "peer", "name", LabPlan.DelayNode.SIDE_A, "netns", delay);
            ip.ip("link", "add", LabPlan.DelayNode.SIDE_B, "netns", delay, "type", "veth", "peer", "name", wire.interfaceB(), "netns", wire.namespaceB());
            ip.ip("-n", delay, "link", "set", "dev", LabPlan.DelayNode.SIDE_A, "up");
            ip.ip("-n", delay, "link", "set", "dev", LabPlan.DelayNode.SIDE_B, "up");
        }
        java.util.Set<String> bridged = new java.util.HashSet<>();
        plan.boxes().stream().filter(LabPlan.Box::bridged).forEach(b -> bridged.add(b.namespace()));
        for (String[] end : List.of(new String[] {wire.namespaceA(), wire.interfaceA()}, new String[] {wire.namespaceB(), wire.interfaceB()})) {
            if (bridged.contains(end[0])) {
                ip.ip("-n", end[0], "link", "set", "dev", end[1], "master", LabPlan.BRIDGE);
            }
            ip.ip("-n", end[0], "link", "set", "dev", end[1], "up");
            if (delay != null) {
                // the delay node forwards frames as they are on a cable: whole and checksummed
                last.ip("netns", "exec", end[0], plainFrames.toString(), end[1]);
            }
        }
    }

    /** A pb-shaper in every delay namespace, bridging its two sides, all pipes open until the plan is applied. */
    private void startDelayNodes(LabProgress progress) throws LabException, IOException {
        if (plan.delayNodes().isEmpty()) {
            shaping = new LabShaping(List.of());
            return;
        }
        Path shaper = LabOptions.findNativeHelper("pb-shaper");
        Path logs = Files.createDirectories(dir.resolve("delay-nodes"));
        int done = 0;
        // a few dozen start side by side: each start is mostly waiting (exec, entering the namespace, opening its sockets), and
        // one at a time took a minute at 1 000 delay nodes
        java.util.ArrayDeque<Map.Entry<LabPlan.DelayNode, Future<Process>>> starting = new java.util.ArrayDeque<>();
        try {
            for (LabPlan.DelayNode node : plan.delayNodes()) {
                checkCancelled(progress);
                starting.add(Map.entry(node, launchDelayNode(node, shaper, logs)));
                if (starting.size() >= DELAY_NODES_STARTING_AT_ONCE) {
                    var next = starting.poll();
                    progress.step("Starting the delay node of " + next.getKey().what(), done++, plan.delayNodes().size());
                    delayNodes.add(delayNodeReady(next.getKey(), next.getValue(), logs));
                }
            }
            while (!starting.isEmpty()) {
                checkCancelled(progress);
                var next = starting.poll();
                progress.step("Starting the delay node of " + next.getKey().what(), done++, plan.delayNodes().size());
                delayNodes.add(delayNodeReady(next.getKey(), next.getValue(), logs));
            }
        } finally {
            // a start that failed or was cancelled leaves no shaper it started running
            for (var left : starting) {
                try {
                    left.getValue().get(30, TimeUnit.SECONDS).destroyForcibly();
                } catch (Exception e) {
                    // it never started
                }
            }
        }
        shaping = new LabShaping(delayNodes);
    }

    private static final int DELAY_NODES_STARTING_AT_ONCE = 32;

    private DelayNodeProcess startDelayNode(LabPlan.DelayNode node, Path shaper, Path logs) throws LabException, IOException {
        return delayNodeReady(node, launchDelayNode(node, shaper, logs), logs);
    }

    /** Starts the delay node's shaper (from the launcher thread, so its death signal follows the lab's owner). */
    private Future<Process> launchDelayNode(LabPlan.DelayNode node, Path shaper, Path logs) {
        Path log = logs.resolve(node.namespace() + ".log");
        return launcher.submit(() -> new ProcessBuilder("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", node.namespace(),
                shaper.toString(), LabPlan.DelayNode.SIDE_A, LabPlan.DelayNode.SIDE_B).redirectError(log.toFile()).start());
    }

    /** Waits for a launched shaper to say it is ready. */
    private DelayNodeProcess delayNodeReady(LabPlan.DelayNode node, Future<Process> started, Path logs) throws LabException, IOException {
        Path log = logs.resolve(node.namespace() + ".log");
        Process process;
        try {
            process = started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new LabException("Cannot start the delay node of " + node.what() + ": " + e.getMessage(), e);
        }
        try {
            return new DelayNodeProcess(node, process);
        } catch (LabException e) {
            process.destroyForcibly();
            throw new LabException(e.getMessage() + " (" + Files.readString(log).strip() + ")", e);
        }
    }

    private void assignLoopbackPorts() throws IOException {
        for (LabPlan.Box node : plan.nodes()) {
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
            Path nodeDir = nodeDir(entry.getKey());
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
        progress.step("Finding CRIU (jobs move between nodes with it)", 0, endpoints.size());
        criu = LabOptions.findCriu();
        if (options.nodeCpuCores() > 0 && cpuQuota == null && mode == Mode.NAMESPACES) {
            cpuQuota = LabCpuQuota.create(id, options.nodeCpuCores(), endpoints.keySet());
        }
        int done = 0;
        for (String node : endpoints.keySet()) {
            checkCancelled(progress);
            progress.step("Starting the agent on " + node, done++, endpoints.size());
            if (failed.containsKey(node)) {
                continue; // its disk could not be loaded: it fails alone, the others start
            }
            listener.nodePhase(node, LabListener.Phase.AGENT_STARTING);
            launch(node);
        }
        writeState();
    }

    private void awaitAgents(LabProgress progress) throws LabException, IOException {
        awaitListening(endpoints.keySet().stream().filter(n -> !failed.containsKey(n)).toList(), progress);
        writeState();
    }

    /**
     * Nodes whose topology says they boot from disk with an OS image get that image on their disk before
     * they start, as a swap-in loads each node's image: the node then runs the image's files. A node
     * whose image cannot be loaded fails alone with why.
     */
    private void loadImages(Cluster cluster, LabProgress progress) throws LabException {
        List<org.patchbay.model.Node> imaged = cluster.getNodes().stream().filter(n -> n.getOsImage() != null && n.getBootMode() == org.patchbay.model.BootMode.DISK
                && n.getOsImage().getLocation() != null && !n.getOsImage().getLocation().isBlank() && endpoints.containsKey(n.getName())).toList();
        int done = 0;
        for (org.patchbay.model.Node node : imaged) {
            checkCancelled(progress);
            progress.step("Loading " + node.getOsImage().getName() + " onto " + node.getName() + "'s disk", done++, imaged.size());
            try {
                disks.load(node.getName(), Path.of(node.getOsImage().getLocation()));
            } catch (LabException e) {
                String reason = "its OS image " + node.getOsImage().getName() + " could not be loaded: " + e.getMessage();
                failed.put(node.getName(), reason);
                listener.nodeFailed(node.getName(), reason);
            }
        }
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
        LabPlanDiff diff = LabPlanDiff.between(plan, LabPlan.of(cluster, id), id);
        if (diff.isEmpty()) {
            return new Update(0, 0, Map.of());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LabPlan before = plan;
        try {
            // the state names every namespace that may exist during the change, so a killed console's leftovers are found
            writeState(diff.next());
        } catch (IOException e) {
            throw new LabException("Cannot write the lab's state to " + dir + ": " + e.getMessage(), e);
        }
        for (LabPlan.Wire wire : diff.removedWires()) {
            attempt(problems, owner(wire), () -> removeWire(wire));
        }
        for (LabPlan.Box box : diff.removedBoxes()) {
            attempt(problems, box.element(), () -> removeBox(box));
        }
        plan = diff.next();
        List<String> newNodes = new ArrayList<>();
        for (LabPlan.Box box : diff.addedBoxes()) {
            attempt(problems, box.element(), () -> {
                createBox(box, IpBatch.immediate());
                if (box.kind() == LabPlan.Kind.NODE) {
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
            attempt(problems, owner(wire), () -> createWire(wire, plainFrames));
        }
        if (!diff.addedDelayNodes().isEmpty()) {
            Path shaper = LabOptions.findNativeHelper("pb-shaper");
            for (LabPlan.DelayNode node : diff.addedDelayNodes()) {
                attempt(problems, owner(node.what()), () -> {
                    DelayNodeProcess process = startDelayNode(node, shaper, Files.createDirectories(dir.resolve("delay-nodes")));
                    delayNodes.add(process);
                    shaping.add(process);
                });
            }
        }
        for (LabPlan.Address address : diff.removedAddresses()) {
            HostCommands.runQuietly(List.of("ip", "-n", address.namespace(), "addr", "del", address.cidr(), "dev", address.iface()));
        }
        for (LabPlan.Address address : diff.addedAddresses()) {
            attempt(problems, elementOf(address.namespace()), () -> ip("-n", address.namespace(), "addr", "add", address.cidr(), "dev", address.iface()));
        }
        for (LabPlan.Route route : diff.removedRoutes()) {
            HostCommands.runQuietly(List.of("ip", "-n", route.namespace(), "route", "del", route.destination()));
        }
        for (LabPlan.Route route : diff.addedRoutes()) {
            attempt(problems, elementOf(route.namespace()), () -> {
                try {
                    ip("-n", route.namespace(), "route", "replace", route.destination(), "via", route.via());
                } catch (LabException e) {
                    throw new LabException("no route to " + route.destination() + ": " + route.via()
                            + " is not on any of its subnets; give the ends of each link (or the members of a switch) one subnet", e);
                }
            });
        }
        if (!newNodes.isEmpty()) {
            try {
                issueCertificates(newNodes);
                for (String node : newNodes) {
                    listener.nodePhase(node, LabListener.Phase.AGENT_STARTING);
                    launch(node);
                }
                awaitListening(newNodes, LabProgress.NONE);
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

    private void removeWire(LabPlan.Wire wire) {
        if (wire.delayNamespace() != null) {
            for (DelayNodeProcess shaper : List.copyOf(delayNodes)) {
                if (shaper.node().namespace().equals(wire.delayNamespace())) {
                    shaping.remove(shaper);
                    delayNodes.remove(shaper);
                    shaper.stop();
                }
            }
            LabLeftovers.removeNamespace(wire.delayNamespace()); // both veth pairs go with it
        } else {
            HostCommands.runQuietly(List.of("ip", "-n", wire.namespaceA(), "link", "del", wire.interfaceA()));
        }
    }

    private void removeBox(LabPlan.Box box) {
        if (box.kind() == LabPlan.Kind.NODE) {
            stoppingAgents.put(box.element(), Boolean.TRUE);
            killAgent(box.element());
            agents.remove(box.element());
            endpoints.remove(box.element());
            failed.remove(box.element());
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
        return Map.copyOf(failed);
    }

    /** Starts a failed node's agent again (or restarts a running one); true when it now listens. */
    public boolean retry(String node) throws LabException {
        if (!endpoints.containsKey(node)) {
            throw new LabException("No node " + node + " in lab " + id);
        }
        stoppingAgents.put(node, Boolean.TRUE);
        killAgent(node);
        failed.remove(node);
        listener.nodePhase(node, LabListener.Phase.AGENT_STARTING);
        launch(node);
        awaitListening(List.of(node), LabProgress.NONE);
        try {
            writeState();
        } catch (IOException e) {
            throw new LabException("Cannot write the lab's state to " + dir + ": " + e.getMessage(), e);
        }
        return !failed.containsKey(node);
    }

    /** Retries every failed node; returns those that still failed. */
    public Map<String, String> retryFailed() throws LabException {
        for (String node : List.copyOf(failed.keySet())) {
            retry(node);
        }
        return failedNodes();
    }

    private void launch(String node) throws LabException {
        if (mode == Mode.NAMESPACES && disks.boot(node) == LabDisks.Boot.IMAGING) {
            launchImaging(node);
            return;
        }
        Future<Process> started = launcher.submit(() -> {
            if (mode == Mode.NAMESPACES && disks.boot(node) == LabDisks.Boot.DISK && disks.initPid(node).isEmpty()) {
                disks.startInit(node, nodePrefix(node), endpoints.get(node).getHost(), nodeDir(node));
            }
            if (servedByRuntime(node)) {
                return serve(node);
            }
            List<String> command = new ArrayList<>();
            String listen;
            if (mode == Mode.NAMESPACES) {
                String namespace = plan.nodes().stream().filter(b -> b.element().equals(node)).findFirst().orElseThrow().namespace();
                // the node is its network namespace: the agent shares the host's pid namespace and lists every process in the
                // node's network namespace, so a command started with a bare 'ip netns exec' is the node's as well
                command.addAll(List.of("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", namespace));
                listen = "0.0.0.0:" + WireFormat.DEFAULT_PORT;
            } else {
                listen = "127.0.0.1:" + endpoints.get(node).getPort();
            }
            if (cpuQuota != null) {
                // the agent is its node's system daemon: when the node's jobs fill its quota it must still answer and move them
                // (its jobs start at the ordinary priority again, CRIU runs above both)
                command.addAll(List.of("nice", "-n", "-10"));
            }
            command.add(options.java().toString());
            command.addAll(options.agentJvmOptions());
            command.addAll(options.nodeJvmOptions().getOrDefault(node, List.of()));
            command.addAll(List.of("-jar", options.agentJar().toString(), "serve", "--node", node, "--tls-dir", nodeDir(node).toString(), "--listen",
                    listen, "--mode", mode == Mode.NAMESPACES ? "namespace" : "loopback"));
            // a wedged node's agent accepts reboot and does nothing ("true" succeeds and changes nothing)
            command.addAll(wedged.contains(node) ? List.of("--reboot-command", "true") : List.of("--reboot-exits"));
            // jobs keep their output in the node's folder (the home's, wherever they run); without a working CRIU they run but cannot move
            command.addAll(List.of("--state-dir", nodeDir(node).resolve("state").toString()));
            criu.ifPresent(path -> command.addAll(List.of("--criu", path.toString())));
            if (cpuQuota != null) {
                // ip netns exec hides /sys/fs/cgroup from the agent: it is told the cores it may use
                command.addAll(List.of("--cpu-capacity", Double.toString(cpuQuota.cores())));
            }
            Path log = nodeDir(node).resolve("agent.log");
            if (Files.exists(log)) {
                // the previous run's log stays readable beside the new one
                Files.move(log, nodeDir(node).resolve("agent.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (cpuQuota != null) {
                // setpriv and ip netns exec exec in place: this pid is the agent's, and what it starts follows it into the group
                cpuQuota.join(node, process.pid());
            }
            stoppingAgents.remove(node);
            agents.put(node, process);
            process.onExit().thenAccept(p -> exited(node, p));
            writeState();
            return process;
        });
        try {
            // starting a process takes milliseconds; the bound only catches a launcher thread that died
            started.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LabException("Cannot start the agent on " + node + ": " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new LabException("Cannot start the agent on " + node + ": " + e, e);
        }
        listener.agentStarted(node);
    }

    /**
     * Whether the node is served by the lab's one agent runtime rather than an agent process of its
     * own: every node of a namespace lab is, except one given JVM options of its own (a test's broken
     * agent) or when {@code -Dpatchbay.lab.agents=per-node} asks for the old way (the benchmarks' reference).
     */
    private boolean servedByRuntime(String node) {
        return mode == Mode.NAMESPACES && !options.nodeJvmOptions().containsKey(node) && !"per-node".equals(System.getProperty(AGENTS_PROPERTY));
    }

    static final String AGENTS_PROPERTY = "patchbay.lab.agents";

    /** Asks the runtime to serve the node (starting the runtime if it is not running); runs on the launcher thread, like every agent start. */
    private Process serve(String node) throws IOException {
        Path log = nodeDir(node).resolve("agent.log");
        if (Files.exists(log)) {
            Files.move(log, nodeDir(node).resolve("agent.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("namespace", plan.nodes().stream().filter(b -> b.element().equals(node)).findFirst().orElseThrow().namespace());
        spec.put("tlsDir", nodeDir(node).toAbsolutePath().toString());
        spec.put("address", "0.0.0.0");
        spec.put("port", WireFormat.DEFAULT_PORT);
        spec.put("stateDir", nodeDir(node).resolve("state").toAbsolutePath().toString());
        spec.put("log", log.toAbsolutePath().toString());
        // a wedged node accepts reboot and does nothing ("true" succeeds and changes nothing); any other reboot ends the node's endpoint
        spec.put("rebootCommand", wedged.contains(node) ? List.of("true") : List.of());
        if (cpuQuota != null) {
            spec.put("cpuCapacity", cpuQuota.cores());
            cpuQuota.group(node).ifPresent(group -> spec.put("cgroup", group.toString()));
        }
        if (runtime == null) {
            runtime = new LabAgentRuntime(runtimeCommand(), dir.resolve("agent-runtime.log"));
        }
        Process served = runtime.open(node, spec);
        stoppingAgents.remove(node);
        agents.put(node, served);
        served.onExit().thenAccept(p -> exited(node, p));
        writeState();
        return served;
    }

    /**
     * setpriv (ends with the lab), a mount namespace of its own (each node's /sys is mounted there),
     * the agent's flags with a heap for the lab's nodes. The mount namespace is the host's slave: a
     * node added later is a new bind mount under /run/netns, which must reach the runtime, while the
     * runtime's mounts never reach the host.
     */
    private List<String> runtimeCommand() {
        List<String> command = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--", "unshare", "--mount", "--propagation", "slave"));
        if (cpuQuota != null) {
            // the runtime is every node's system daemon: when the nodes' jobs fill their quotas it must still answer and move them
            command.addAll(List.of("nice", "-n", "-10"));
        }
        command.add(options.java().toString());
        command.addAll(options.agentJvmOptions());
        command.addAll(LabAgentRuntime.heapFor(endpoints.size()));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", options.agentJar().toString(), "serve-nodes"));
        criu.ifPresent(path -> command.addAll(List.of("--criu", path.toString())));
        return command;
    }

    /** The one process serving the nodes of a namespace lab; made on the launcher thread when the first node starts. */
    private volatile LabAgentRuntime runtime;

    /** The words that start a process in a node's network namespace, ended with the lab (PR_SET_PDEATHSIG from the launcher thread). */
    private List<String> nodePrefix(String node) {
        String namespace = plan.nodes().stream().filter(b -> b.element().equals(node)).findFirst().orElseThrow().namespace();
        return List.of("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", namespace);
    }

    /** The node boots into the imaging environment: it receives its image, then boots from its disk. */
    private void launchImaging(String node) throws LabException {
        Future<Process> started = launcher.submit(() -> disks.startImaging(node, nodePrefix(node), endpoints.get(node).getHost(),
                nodeDir(node).resolve("imaging.log"), () -> powerUp(node, 0)));
        try {
            started.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LabException("Cannot start the imaging environment on " + node + ": " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new LabException("Cannot start the imaging environment on " + node + ": " + e, e);
        }
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
        disks.bootIntoImaging(node, server.group(), imagingListener);
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
        Process process = agents.get(node);
        return process != null && process.isAlive() && readQuietly(nodeDir(node).resolve("agent.log")).contains("listening on");
    }

    private void exited(String node, Process process) {
        if (agents.get(node) != process || stopped || stoppingAgents.containsKey(node) || power.isOff(node)) {
            return;
        }
        boolean reboot = process.exitValue() == WireFormat.REBOOT_EXIT_CODE;
        listener.agentExited(node, process.exitValue(), reboot);
        if (reboot) {
            // a reboot ends the node's processes, as on a machine
            killNodeProcesses(node);
            powerUp(node, RESTART_PAUSE_MILLIS);
            return;
        }
        if (!listening.contains(node)) {
            return; // it never started: the start reports it as failed
        }
        // the lab supervises its agents: one that dies (out of memory, a crash) is started again, and the node's work goes on;
        // an agent that keeps dying is failed with why instead of restarted forever
        java.util.Deque<Long> exits = crashes.computeIfAbsent(node, n -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        long now = System.currentTimeMillis();
        exits.addLast(now);
        while (!exits.isEmpty() && now - exits.peekFirst() > CRASH_WINDOW_MILLIS) {
            exits.pollFirst();
        }
        if (exits.size() > MAX_CRASHES) {
            String reason = "its agent exited " + exits.size() + " times within " + CRASH_WINDOW_MILLIS / 1000 + " s (last exit " + process.exitValue()
                    + "): " + lastLines(readQuietly(nodeDir(node).resolve("agent.log"))) + " (log: " + nodeDir(node).resolve("agent.log") + ")";
            failed.put(node, reason);
            listener.nodeFailed(node, reason);
            return;
        }
        powerUp(node, RESTART_PAUSE_MILLIS);
    }

    /** Agents that have listened at least once: only those are restarted when they die. */
    private final Set<String> listening = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.Deque<Long>> crashes = new ConcurrentHashMap<>();
    private static final int MAX_CRASHES = 5;
    private static final long CRASH_WINDOW_MILLIS = 60_000;

    /**
     * Waits for agents to listen, as long as they make progress: an agent that exits fails its node at
     * once (with the end of its log, which is kept), one still starting is waited for up to
     * {@link #AGENT_START_LIMIT_MILLIS}. A failed node fails alone.
     */
    private void awaitListening(List<String> nodes, LabProgress progress) throws LabException {
        long started = System.currentTimeMillis();
        List<String> waiting = new ArrayList<>(nodes);
        int total = nodes.size();
        while (!waiting.isEmpty()) {
            checkCancelled(progress);
            for (String node : List.copyOf(waiting)) {
                Path log = nodeDir(node).resolve("agent.log");
                Process process = agents.get(node);
                String reason = null;
                boolean listens = process instanceof LabAgentRuntime.ServedNode served ? served.listening() : readQuietly(log).contains("listening on");
                if (listens) {
                    waiting.remove(node);
                    listening.add(node);
                    listener.nodePhase(node, LabListener.Phase.AGENT_LISTENING);
                    int up = total - waiting.size();
                    long elapsed = System.currentTimeMillis() - started;
                    long left = waiting.isEmpty() ? 0 : elapsed * waiting.size() / up / 1000;
                    progress.step(up + " of " + total + " agents listening" + (left > 0 ? ", about " + left + " s left" : ""), up, total);
                    continue;
                }
                if (process == null || !process.isAlive()) {
                    reason = "its agent exited" + (process == null ? "" : " (exit " + process.exitValue() + ")") + " before it listened";
                } else if (System.currentTimeMillis() - started > AGENT_START_LIMIT_MILLIS) {
                    reason = "its agent was still not listening after " + AGENT_START_LIMIT_MILLIS / 1000 + " s";
                    stoppingAgents.put(node, Boolean.TRUE);
                    killAgent(node);
                }
                if (reason != null) {
                    waiting.remove(node);
                    String message = reason + ": " + lastLines(readQuietly(log)) + " (log: " + log + ")";
                    failed.put(node, message);
                    listener.nodeFailed(node, message);
                }
            }
            if (!waiting.isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LabException("interrupted while waiting for the agents of " + waiting);
                }
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLines(String text) {
        List<String> lines = text.strip().lines().toList();
        if (lines.isEmpty()) {
            return "it wrote nothing";
        }
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    }

    private Path nodeDir(String node) {
        return dir.resolve("nodes").resolve(node.replaceAll("[^A-Za-z0-9_.-]", "_"));
    }

    private void checkCancelled(LabProgress progress) throws LabException {
        if (progress.cancelled()) {
            throw new LabException("Lab start cancelled; everything it had made is removed");
        }
    }

    private static void ip(String... args) throws LabException {
        IpBatch.immediate().ip(args);
    }

}
