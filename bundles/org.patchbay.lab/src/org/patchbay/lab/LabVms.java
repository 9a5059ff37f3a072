package org.patchbay.lab;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.core.imaging.BootServer;
import org.patchbay.core.imaging.NetworkImaging;
import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;

/**
 * The lab's virtual machines: a node whose hardware type is {@value #HARDWARE_TYPE} runs as a qemu VM
 * inside its namespace instead of as the namespace itself. It boots from the network as a real machine
 * does (its NIC's iPXE ROM, the lab's boot server): the imaging environment writes images onto its
 * virtio disk by the lab's multicast, and it runs its disk under that environment's kernel. Each of its
 * interfaces is a tap bridged in its namespace with the veth end the lab made for the link, so links,
 * switches and delay nodes are the lab's as for every node; the addresses and routes the lab would have
 * given the namespace go on its kernel command line. Its management interface takes the place of the
 * namespace's on the lab's management network, where the boot server (dnsmasq), the enrollment server
 * and the image server are. Its PDU outlet starts and ends its qemu process; what it is doing is read
 * from its serial console, since its images run no agent.
 */
final class LabVms implements AutoCloseable {

    /** The hardware type (Properties, or Emulab's tb-set-hardware) that makes a lab node a VM. */
    static final String HARDWARE_TYPE = "qemu";
    /** {@code -Dpatchbay.lab.vm.accel=kvm|tcg} picks the accelerator instead of the probe. */
    static final String ACCEL_PROPERTY = "patchbay.lab.vm.accel";
    /** The probe's verdict for this host until it reboots (/run is emptied at boot). */
    private static final Path ACCELERATOR_VERDICT = Path.of("/run/patchbay/vm-accelerator");
    /** A guest that works under KVM boots the imaging environment's kernel to its init in a few seconds (TCG: about 5 s here). */
    private static final long KVM_PROBE_LIMIT_SECONDS = 30;
    private static final int MEMORY_MB = 256;
    private static final long WATCH_MILLIS = 500;
    private static final long QEMU_EXIT_LIMIT_SECONDS = 10;
    /** Building the environment downloads Debian's cloud kernel the first time (cached after): minutes on a slow mirror. */
    private static final long ENVIRONMENT_BUILD_LIMIT_SECONDS = 900;
    /** Bytes of a serial console read to tell what the VM does (its last lines). */
    private static final int CONSOLE_TAIL_BYTES = 16 << 10;
    private static final Duration TOKEN_VALIDITY = Duration.ofMinutes(30);
    private static final Pattern LINK_MAC = Pattern.compile("link/ether ([0-9a-f:]{17})");

    /** One NIC of a VM: its tap and the bridge joining it to the lab's veth end {@code iface}; {@code cidrs} go on it inside the VM. */
    record Nic(String iface, String tap, String bridge, String mac, List<String> cidrs) {
    }

    /** A VM node: its namespace, its management address and MAC (the boot network knows it by them), its NICs after the management one. */
    record Vm(String node, String namespace, String managementAddress, String managementMac, List<Nic> nics, List<LabPlan.Route> routes) {
    }

    private final String labId;
    private final Path folder;
    private final LabDisks disks;
    private final LabListener listener;
    private final ExecutorService launcher;
    private final Map<String, Vm> vms = new ConcurrentHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    /** VMs the lab powered off (a qemu that exits otherwise powered itself off, or crashed). */
    private final Set<String> poweredOff = ConcurrentHashMap.newKeySet();
    private final Map<String, LabListener.Phase> phases = new ConcurrentHashMap<>();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private volatile NetworkImaging imaging;
    private volatile String accelerator = "tcg";
    private volatile int managementPrefix;
    private volatile Thread watcher;
    private volatile boolean closed;

    LabVms(String labId, Path folder, LabDisks disks, LabListener listener, ExecutorService launcher) {
        this.labId = labId;
        this.folder = folder;
        this.disks = disks;
        this.listener = listener;
        this.launcher = launcher;
    }

    /** The nodes of {@code cluster} that run as VMs. */
    static Set<String> nodesOf(Cluster cluster) {
        Set<String> names = new TreeSet<>();
        for (Node node : cluster.getNodes()) {
            if (node.getHardwareType() != null && node.getHardwareType().strip().equalsIgnoreCase(HARDWARE_TYPE) && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names;
    }

    boolean runs(String node) {
        return vms.containsKey(node);
    }

    Set<String> nodes() {
        return Set.copyOf(vms.keySet());
    }

    /**
     * Turns the node's namespace into the VM's surroundings: the management veth end and every link's veth end
     * each bridged with a tap (their addresses move into the VM), the management end given another MAC so the
     * VM's NIC can take the one the management network knows this node by. Nothing runs yet.
     */
    void wire(LabPlan plan, String node, String namespace, String managementAddress) throws LabException {
        String managementMac = macOf(namespace, KernelInterfaceNames.MANAGEMENT);
        Set<String> macs = new HashSet<>(List.of(managementMac));
        ip("-n", namespace, "addr", "flush", "dev", KernelInterfaceNames.MANAGEMENT);
        ip("-n", namespace, "link", "set", KernelInterfaceNames.MANAGEMENT, "address", uniqueMac(node, "namespace-end", "02", macs));
        bridgeWithTap(namespace, KernelInterfaceNames.MANAGEMENT, "pbvt0", "pbvb0");
        List<Nic> nics = wireLinks(plan, node, namespace, macs);
        vms.put(node, new Vm(node, namespace, managementAddress, managementMac, nics, routesOf(plan, namespace)));
    }

    /**
     * After a live change to a VM node's links, addresses or routes: its link NICs are made again from
     * {@code plan} (the management NIC stays), its disk boot is given its new addresses and routes, and a VM
     * that ran restarts with them, since qemu's NICs and the addresses its disk boot puts on them are fixed
     * when it starts. A VM that was off stays off.
     */
    void rewire(LabPlan plan, String node) throws LabException {
        Vm vm = vms.get(node);
        if (vm == null) {
            throw new LabException("No VM node " + node + " in lab " + labId);
        }
        Process process = processes.get(node);
        boolean wasOn = process != null && process.isAlive();
        if (wasOn) {
            powerOff(node);
        }
        for (Nic nic : vm.nics()) {
            HostCommands.runQuietly(List.of("ip", "-n", vm.namespace(), "link", "del", nic.tap()));
            HostCommands.runQuietly(List.of("ip", "-n", vm.namespace(), "link", "del", nic.bridge()));
        }
        Set<String> macs = new HashSet<>(List.of(vm.managementMac()));
        uniqueMac(node, "namespace-end", "02", macs); // taken by the management veth's end since the VM was wired
        Vm rewired = new Vm(node, vm.namespace(), vm.managementAddress(), vm.managementMac(), wireLinks(plan, node, vm.namespace(), macs),
                routesOf(plan, vm.namespace()));
        vms.put(node, rewired);
        NetworkImaging boot = imaging;
        if (boot != null) {
            try {
                boot.setDiskArguments(node, diskArguments(rewired, managementPrefix));
            } catch (IOException e) {
                throw new LabException(node + "'s boot script could not take its new addresses: " + e.getMessage(), e);
            }
        }
        if (wasOn) {
            powerOn(node);
        }
    }

    /** Each of the node's link veth ends bridged with a tap of its own (their addresses go to the VM's NIC); MACs unlike {@code macs}. */
    private List<Nic> wireLinks(LabPlan plan, String node, String namespace, Set<String> macs) throws LabException {
        Set<String> interfaces = new TreeSet<>();
        for (LabPlan.Wire wire : plan.wires()) {
            if (wire.namespaceA().equals(namespace)) {
                interfaces.add(wire.interfaceA());
            }
            if (wire.namespaceB().equals(namespace)) {
                interfaces.add(wire.interfaceB());
            }
        }
        List<Nic> nics = new ArrayList<>();
        int index = 1;
        for (String iface : interfaces) {
            List<String> cidrs = plan.addresses().stream().filter(a -> a.namespace().equals(namespace) && a.iface().equals(iface)).map(LabPlan.Address::cidr)
                    .toList();
            Nic nic = new Nic(iface, "pbvt" + index, "pbvb" + index, uniqueMac(node, iface, "52:54:00", macs), cidrs);
            ip("-n", namespace, "addr", "flush", "dev", iface);
            bridgeWithTap(namespace, iface, nic.tap(), nic.bridge());
            nics.add(nic);
            index++;
        }
        return List.copyOf(nics);
    }

    private static List<LabPlan.Route> routesOf(LabPlan plan, String namespace) {
        return plan.routes().stream().filter(r -> r.namespace().equals(namespace)).toList();
    }

    /** A VM wired while the lab runs: the running boot server learns its MAC, and it boots its disk from there. */
    void addToBootServer(String node) throws LabException {
        Vm vm = vms.get(node);
        NetworkImaging boot = imaging;
        if (vm == null || boot == null) {
            throw new LabException("No boot server for " + node + " in lab " + labId);
        }
        try {
            boot.addNode(new BootServer.Entry(node, vm.managementMac(), vm.managementAddress(), BootServer.Mode.DISK_ROOT, diskArguments(vm, managementPrefix)));
        } catch (IOException e) {
            throw new LabException("The boot server could not take " + node + ": " + e.getMessage(), e);
        }
    }

    /** A bridge in the namespace joining {@code iface} and a new tap: frames pass between the lab's wire and the VM's NIC untouched. */
    private static void bridgeWithTap(String namespace, String iface, String tap, String bridge) throws LabException {
        // no multicast snooping: the image server's group must reach the VM before and while it joins
        ip("-n", namespace, "link", "add", bridge, "type", "bridge", "mcast_snooping", "0");
        ip("-n", namespace, "link", "set", iface, "master", bridge);
        ip("-n", namespace, "link", "set", iface, "up");
        ip("-n", namespace, "tuntap", "add", "dev", tap, "mode", "tap");
        ip("-n", namespace, "link", "set", tap, "master", bridge);
        ip("-n", namespace, "link", "set", tap, "up");
        ip("-n", namespace, "link", "set", bridge, "up");
    }

    private static String macOf(String namespace, String iface) throws LabException {
        Matcher mac = LINK_MAC.matcher(HostCommands.run(List.of("ip", "-n", namespace, "-o", "link", "show", iface)));
        if (!mac.find()) {
            throw new LabException("cannot read the MAC of " + iface + " in " + namespace);
        }
        return mac.group(1);
    }

    /** A MAC for the VM's NIC facing {@code what}, stable for this lab and node, unlike any other of the VM's. */
    private String uniqueMac(String node, String what, String prefix, Set<String> taken) {
        for (int attempt = 0;; attempt++) {
            byte[] hash;
            try {
                hash = MessageDigest.getInstance("SHA-256").digest((labId + "/" + node + "/" + what + "/" + attempt).getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
            int bytes = 6 - prefix.split(":").length;
            StringBuilder mac = new StringBuilder(prefix);
            for (int i = 0; i < bytes; i++) {
                mac.append(String.format(Locale.ROOT, ":%02x", hash[i] & 0xff));
            }
            if (taken.add(mac.toString())) {
                return mac.toString();
            }
        }
    }

    /** What the VM's disk boot puts on its kernel command line: each NIC's addresses by its MAC, and its routes. */
    static String diskArguments(Vm vm, int managementPrefix) {
        List<String> words = new ArrayList<>();
        words.add("pb.addr=" + vm.managementMac() + "," + vm.managementAddress() + "/" + managementPrefix);
        for (Nic nic : vm.nics()) {
            nic.cidrs().forEach(cidr -> words.add("pb.addr=" + nic.mac() + "," + cidr));
        }
        vm.routes().forEach(route -> words.add("pb.route=" + route.destination() + "," + route.via()));
        return String.join(" ", words);
    }

    /**
     * Starts the boot server for the VMs on the management bridge (dnsmasq on the host's end, each VM
     * booting its disk until reimaged) with the imaging environment built from Debian packages (cached),
     * and the enrollment server on the host's management address; runs on the launcher thread so both
     * end with the lab.
     */
    void startBootServer(String bridge, String hostAddress, int managementPrefix, String imageGroup, Path pbImage, Path caDir) throws LabException {
        if (vms.isEmpty()) {
            return;
        }
        refuseMissingPrograms();
        this.managementPrefix = managementPrefix;
        Path environment = buildEnvironment();
        accelerator = accelerator(environment);
        List<BootServer.Entry> entries = vms.values().stream()
                .map(vm -> new BootServer.Entry(vm.node(), vm.managementMac(), vm.managementAddress(), BootServer.Mode.DISK_ROOT, diskArguments(vm, managementPrefix)))
                .toList();
        Future<NetworkImaging> started = launcher.submit(() -> {
            Path boot = Files.createDirectories(folder.resolve("boot"));
            openToOthers(boot);
            NetworkImaging.Handover handover = new NetworkImaging.Handover(InetAddress.getByName(hostAddress),
                    CertificateAuthority.openOrCreate(caDir, "Patchbay console CA"), TOKEN_VALIDITY, Clock.systemUTC());
            return NetworkImaging.start(List.of("setpriv", "--pdeathsig", "KILL", "--"),
                    new BootServer.Settings(bridge, hostAddress, netmask(managementPrefix), boot), entries, environment, pbImage, imageGroup,
                    BootServer.Mode.DISK_ROOT, handover);
        });
        try {
            imaging = started.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LabException("The boot server for the VM nodes " + vms.keySet() + " did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new LabException("The boot server for the VM nodes " + vms.keySet() + " did not start: " + e, e);
        }
        watcher = Thread.ofPlatform().daemon().name("lab-vms-" + labId).start(this::watch);
    }

    /** What a VM node needs of this host, named with the packages that bring it, before anything is started. */
    private static void refuseMissingPrograms() throws LabException {
        List<String> missing = new ArrayList<>();
        for (String program : List.of("qemu-system-x86_64", "dnsmasq")) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
                found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, program));
            }
            if (!found) {
                missing.add(program);
            }
        }
        if (!Files.isReadable(IPXE_VIRTIO_ROM)) {
            missing.add("iPXE's ROM for qemu's virtio NIC (" + IPXE_VIRTIO_ROM + ")");
        }
        if (!missing.isEmpty()) {
            throw new LabException("VM nodes need " + String.join(", ", missing) + " on this host: apt-get install qemu-system-x86 ipxe-qemu dnsmasq-base");
        }
    }

    /** Where Debian's ipxe-qemu puts the option ROM qemu's virtio-net-pci boots from the network with. */
    private static final Path IPXE_VIRTIO_ROM = Path.of("/usr/lib/ipxe/qemu/efi-virtio.rom");

    /** dnsmasq serves TFTP as nobody: the folders the lab made above the boot folder let others through. */
    private void openToOthers(Path boot) throws IOException {
        for (Path p = boot; p != null && p.startsWith(folder.getParent()); p = p.getParent()) {
            Set<java.nio.file.attribute.PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(p));
            permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(p, permissions);
        }
    }

    private static String netmask(int prefix) {
        long mask = prefix == 0 ? 0 : 0xffffffffL << (32 - prefix) & 0xffffffffL;
        return (mask >> 24 & 255) + "." + (mask >> 16 & 255) + "." + (mask >> 8 & 255) + "." + (mask & 255);
    }

    /** The imaging environment's kernel and initramfs, built by native-helpers' script from Debian packages (once; it caches them). */
    private Path buildEnvironment() throws LabException {
        Path script;
        try {
            script = LabOptions.findNativeHelper("imaging-environment");
        } catch (LabException e) {
            script = LabOptions.findNativeHelper("pb-image").getParent().resolve("../images/imaging-environment").normalize();
        }
        Path out = folder.resolve("environment");
        try {
            Files.createDirectories(folder);
            Process build = new ProcessBuilder(script.toString(), out.toString()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("environment.log").toFile()).start();
            if (!build.waitFor(ENVIRONMENT_BUILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                build.destroyForcibly();
                throw new LabException("Building the VM nodes' imaging environment took more than " + ENVIRONMENT_BUILD_LIMIT_SECONDS + " s; see "
                        + folder.resolve("environment.log"));
            }
            if (build.exitValue() != 0) {
                throw new LabException("The VM nodes' imaging environment could not be built: " + Files.readString(folder.resolve("environment.log")).strip());
            }
            return out;
        } catch (IOException e) {
            throw new LabException("Cannot run " + script + " for the VM nodes' imaging environment: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while building the VM nodes' imaging environment", e);
        }
    }

    /**
     * KVM where it works, else TCG. /dev/kvm can exist while guests hang under it (this host's do), so a
     * guest is booted once under KVM: the imaging environment's kernel with an unknown mode, whose init
     * says so and powers off. Done within {@value #KVM_PROBE_LIMIT_SECONDS} s: KVM; else TCG. The verdict
     * is kept until the host reboots.
     */
    private String accelerator(Path environment) {
        String chosen = System.getProperty(ACCEL_PROPERTY);
        if (chosen != null) {
            return chosen;
        }
        try {
            if (Files.isRegularFile(ACCELERATOR_VERDICT)) {
                return acceleratorOf(Files.readString(ACCELERATOR_VERDICT));
            }
        } catch (IOException e) {
            // probe again
        }
        String verdict = Files.isReadable(Path.of("/dev/kvm")) && Files.isWritable(Path.of("/dev/kvm")) ? probeKvm(environment) : "tcg: no /dev/kvm";
        try {
            Files.createDirectories(ACCELERATOR_VERDICT.getParent());
            Path partial = ACCELERATOR_VERDICT.resolveSibling("vm-accelerator." + labId);
            Files.writeString(partial, verdict + "\n");
            Files.move(partial, ACCELERATOR_VERDICT, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next lab probes again
        }
        return acceleratorOf(verdict);
    }

    /** "kvm" or "tcg" of a verdict ("tcg: why"). */
    private static String acceleratorOf(String verdict) {
        return verdict.strip().startsWith("kvm") ? "kvm" : "tcg";
    }

    /** "kvm" when a guest booted under KVM within the limit, else "tcg: why". */
    private String probeKvm(Path environment) {
        Path probe = folder.resolve("kvm-probe");
        try {
            Files.createDirectories(probe);
            try (RandomAccessFile disk = new RandomAccessFile(probe.resolve("disk").toFile(), "rw")) {
                disk.setLength(1 << 20);
            }
            Process qemu = new ProcessBuilder("setpriv", "--pdeathsig", "KILL", "--", "qemu-system-x86_64", "-accel", "kvm", "-m", "128", "-display", "none",
                    "-monitor", "none", "-serial", "file:" + probe.resolve("console.log"), "-kernel", environment.resolve("vmlinuz").toString(), "-initrd",
                    environment.resolve("initrd.img").toString(), "-append", "console=ttyS0 pb.mode=probe", "-drive",
                    "file=" + probe.resolve("disk") + ",if=virtio,format=raw", "-no-reboot").redirectErrorStream(true)
                    .redirectOutput(probe.resolve("qemu.log").toFile()).start();
            if (!qemu.waitFor(KVM_PROBE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                qemu.destroyForcibly();
                qemu.waitFor(QEMU_EXIT_LIMIT_SECONDS, TimeUnit.SECONDS);
                return "tcg: a guest under KVM did not reach its init within " + KVM_PROBE_LIMIT_SECONDS + " s on this host";
            }
            return Files.readString(probe.resolve("console.log")).contains("patchbay-probe:") ? "kvm"
                    : "tcg: a guest under KVM ended without reaching its init: " + tail(probe.resolve("qemu.log"));
        } catch (IOException e) {
            return "tcg: the KVM probe did not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "tcg: interrupted while probing KVM";
        }
    }

    /** The accelerator the lab's VMs run with: kvm or tcg. */
    String accelerator() {
        return accelerator;
    }

    /** The VMs' network boot and imaging (the boot server's, enrollment's and image server's), once started. */
    Optional<NetworkImaging> imaging() {
        return Optional.ofNullable(imaging);
    }

    Path console(String node) {
        return folder.resolve("vms").resolve(node).resolve("console.log");
    }

    Path disk(String node) {
        return disks.disk(node);
    }

    /** Power on: qemu starts (on the launcher thread, so it ends with the lab) with the node's disk, booting from the network. */
    void powerOn(String node) throws LabException {
        Vm vm = vms.get(node);
        if (vm == null) {
            throw new LabException("No VM node " + node + " in lab " + labId);
        }
        Future<Process> started = launcher.submit(() -> {
            Process running = processes.get(node);
            if (running != null && running.isAlive()) {
                return running;
            }
            Path disk = disks.ensureDisk(node);
            Path console = console(node);
            Files.createDirectories(console.getParent());
            if (Files.exists(console)) {
                Files.move(console, console.resolveSibling("console.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> command = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", vm.namespace(),
                    "qemu-system-x86_64", "-name", node, "-accel", accelerator, "-m", Integer.toString(MEMORY_MB), "-display",
                    "none", "-monitor", "none", "-serial", "file:" + console, "-netdev", "tap,id=m,ifname=pbvt0,script=no,downscript=no", "-device",
                    "virtio-net-pci,netdev=m,mac=" + vm.managementMac()));
            for (Nic nic : vm.nics()) {
                // only the management NIC boots from the network (no option ROM on the others)
                command.addAll(List.of("-netdev", "tap,id=" + nic.tap() + ",ifname=" + nic.tap() + ",script=no,downscript=no", "-device",
                        "virtio-net-pci,netdev=" + nic.tap() + ",mac=" + nic.mac() + ",romfile="));
            }
            command.addAll(List.of("-drive", "file=" + disk + ",if=virtio,format=raw", "-boot", "n"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.resolveSibling("qemu.log").toFile()).start();
            poweredOff.remove(node);
            failed.remove(node);
            processes.put(node, process);
            return process;
        });
        try {
            started.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LabException("Cannot start " + node + "'s VM: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new LabException("Cannot start " + node + "'s VM: " + e, e);
        }
        report(node, LabListener.Phase.VM_NETWORK_BOOT);
    }

    /** Power off: the qemu process ends at once, as a machine losing power. */
    void powerOff(String node) {
        poweredOff.add(node);
        Process process = processes.get(node);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(QEMU_EXIT_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        report(node, LabListener.Phase.VM_OFF);
    }

    /** The node left the topology: its VM ends and is forgotten (its namespace, with its taps, goes with the lab's change). */
    void remove(String node) {
        powerOff(node);
        vms.remove(node);
        processes.remove(node);
        phases.remove(node);
        failed.remove(node);
    }

    /** Whether the VM booted its disk since it was last powered on (its console says so, and nothing after it). */
    boolean booted(String node) {
        Process process = processes.get(node);
        return process != null && process.isAlive() && phaseOf(said(console(node))) == LabListener.Phase.VM_RUNNING;
    }

    /** VMs that cannot run (powered themselves off, or qemu failed), with why. */
    Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    /** Follows every VM's serial console and process: its phase and its failure go to the listener as they change. */
    private void watch() {
        while (!closed) {
            for (String node : vms.keySet()) {
                Process process = processes.get(node);
                if (process == null || poweredOff.contains(node)) {
                    continue;
                }
                List<String> lines = said(console(node));
                String said = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (!process.isAlive()) {
                    if (!failed.containsKey(node) && !closed) {
                        String why = said != null && said.startsWith("patchbay-disk: cannot mount")
                                ? "its disk holds no system it can boot (its VM powered itself off); reimage it"
                                : said != null && said.contains("powering off") ? "its VM powered itself off: " + said
                                        : "its qemu exited (" + process.exitValue() + "): " + tail(console(node).resolveSibling("qemu.log"));
                        failed.put(node, why);
                        phases.remove(node);
                        listener.nodeFailed(node, why);
                    }
                    continue;
                }
                report(node, phaseOf(lines));
            }
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void report(String node, LabListener.Phase phase) {
        if (phases.put(node, phase) != phase) {
            listener.nodePhase(node, phase);
        }
    }

    /** What the imaging environment said ("patchbay-MODE: ..." lines) in the last part of the console, oldest first. */
    private static List<String> said(Path console) {
        try (RandomAccessFile file = new RandomAccessFile(console.toFile(), "r")) {
            long start = Math.max(0, file.length() - CONSOLE_TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> l.startsWith("patchbay-")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Where the VM is by what its console said last: running once its disk boot said "booted from" (its
     * address lines come before that, its hostname after), in the imaging environment while that spoke
     * last, else still booting from the network.
     */
    private static LabListener.Phase phaseOf(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.contains("powering off")) {
                return LabListener.Phase.VM_NETWORK_BOOT;
            }
            if (line.startsWith("patchbay-disk:") && line.contains(" booted from ")) {
                return LabListener.Phase.VM_RUNNING;
            }
            if (line.startsWith("patchbay-imaging:") || line.startsWith("patchbay-capture:")) {
                return LabListener.Phase.VM_IMAGING;
            }
        }
        return LabListener.Phase.VM_NETWORK_BOOT;
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "it wrote nothing" : String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
        } catch (IOException e) {
            return "no log (" + file + ")";
        }
    }

    private static void ip(String... args) throws LabException {
        IpBatch.immediate().ip(args);
    }

    /** Every VM ends (power off), then the boot and enrollment servers. */
    @Override
    public void close() {
        closed = true;
        if (watcher != null) {
            watcher.interrupt();
        }
        for (String node : List.copyOf(processes.keySet())) {
            poweredOff.add(node);
            processes.get(node).destroyForcibly();
        }
        for (Process process : processes.values()) {
            try {
                process.waitFor(QEMU_EXIT_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (imaging != null) {
            imaging.close();
        }
    }
}
