package org.patchbay.core.imaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Network boot for nodes, driven by the console: dnsmasq answering DHCP for the nodes it knows (a
 * fixed address per MAC, nothing for strangers) and serving over TFTP an iPXE script per node that
 * says what the node boots: its disk, the imaging environment (kernel and initramfs with the imaging
 * client, told where the image server is), or a kernel of its own. Changing a node's boot mode
 * rewrites its script (atomically) and the hosts file; dnsmasq rereads the latter on SIGHUP, the
 * scripts on each request. For an existing DHCP server instead, see docs/imaging.md.
 */
public final class BootServer implements AutoCloseable {

    /** What a node boots from its next power-on. */
    public enum Mode {
        /** the disk's own boot loader (sanboot) */
        DISK,
        /** the imaging environment's kernel with the disk as root, for images without a boot loader (lab images) */
        DISK_ROOT,
        /** the imaging environment: receive the image, then reboot */
        IMAGING,
        /** the imaging environment: capture the disk and upload it to the console, then reboot */
        CAPTURE,
        /** a kernel and initramfs of the node's own (kernels/NODE/) */
        KERNEL
    }

    /** One node: its MAC and fixed address, and what it boots. {@code arguments} go on the kernel command line (imaging, kernel). */
    public record Entry(String node, String mac, String address, Mode mode, String arguments) {
        private static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}");
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
        private static final Pattern ARGUMENTS = Pattern.compile("[A-Za-z0-9_.,:=/+@-]*( [A-Za-z0-9_.,:=/+@-]+)*");

        public Entry {
            if (node == null || !NAME.matcher(node).matches()) {
                throw new IllegalArgumentException("Node name '" + node + "' cannot be used for network boot; use letters, digits, '.', '_' or '-'");
            }
            if (mac == null || !MAC.matcher(mac).matches()) {
                throw new IllegalArgumentException("Node " + node + " needs the MAC address of its boot interface (aa:bb:cc:dd:ee:ff) to boot from "
                        + "the network; got '" + mac + "'");
            }
            if (address == null || !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                throw new IllegalArgumentException("Node " + node + " needs an IPv4 address on the boot network; got '" + address + "'");
            }
            if (arguments == null || !ARGUMENTS.matcher(arguments).matches()) {
                throw new IllegalArgumentException("Kernel arguments for " + node + " may hold letters, digits and _.,:=/+@- separated by single spaces");
            }
            mac = mac.toLowerCase(Locale.ROOT);
        }

        /** The script's file name, as iPXE names the MAC: {@code ${mac:hexhyp}}. */
        String scriptName() {
            return mac.replace(':', '-') + ".ipxe";
        }
    }

    /**
     * Where dnsmasq listens and what it hands out: the interface and the server's address on it, the
     * network's netmask, and the folder holding the TFTP tree ({@code imaging/vmlinuz},
     * {@code imaging/initrd.img}, {@code kernels/NODE/...}) and dnsmasq's own files.
     */
    public record Settings(String interfaceName, String serverAddress, String netmask, Path folder) {
    }

    private static final long SIGNAL_WAIT_SECONDS = 5;

    private final Settings settings;
    private final Process process;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private BootServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
    }

    /** Starts dnsmasq with {@code prefix} in front (e.g. {@code ip netns exec NS}); returns once it runs, or says why not. */
    public static BootServer start(List<String> prefix, Settings settings, List<Entry> nodes) throws IOException {
        Files.createDirectories(settings.folder().resolve("tftp/nodes"));
        refuseUnreachable(settings.folder());
        Files.writeString(settings.folder().resolve("tftp/boot.ipxe"), """
                #!ipxe
                # Patchbay: every node's own script says what it boots (written by the console)
                chain nodes/${mac:hexhyp}.ipxe || exit
                """, StandardCharsets.UTF_8);
        // a plain PXE ROM is handed Debian's iPXE (package ipxe) to chainload when it is installed
        Path undionly = Path.of("/usr/lib/ipxe/undionly.kpxe");
        if (Files.isReadable(undionly)) {
            Files.copy(undionly, settings.folder().resolve("tftp/undionly.kpxe"), StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, Entry> known = new LinkedHashMap<>();
        for (Entry e : nodes) {
            known.put(e.node(), e);
            writeScript(settings, e);
        }
        writeHosts(settings, known.values());
        Path config = settings.folder().resolve("dnsmasq.conf");
        Files.writeString(config, config(settings), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("dnsmasq", "--keep-in-foreground", "--log-facility=-", "--conf-file=" + config));
        Path log = settings.folder().resolve("dnsmasq.log");
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // dnsmasq exits at once on a bad configuration or a busy port: a moment tells
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                throw new IOException("dnsmasq did not start (exit " + process.exitValue() + "): " + Files.readString(log).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted starting dnsmasq", e);
        }
        BootServer server = new BootServer(settings, process);
        server.entries.putAll(known);
        return server;
    }

    /** dnsmasq serves TFTP as user nobody: every folder above the TFTP tree must let others through. */
    private static void refuseUnreachable(Path folder) throws IOException {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
            if (!permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("dnsmasq serves the boot files as user nobody, who cannot enter " + p + "; put the boot folder where others "
                        + "can read it (e.g. /var/lib/patchbay/boot), or chmod o+x " + p);
            }
        }
    }

    static String config(Settings s) {
        Path f = s.folder();
        return String.join("\n", "# written by Patchbay: DHCP and TFTP for network boot, no DNS",
                "port=0", "interface=" + s.interfaceName(), "bind-interfaces", "except-interface=lo",
                // only the nodes in the hosts file get an address: a stranger on the network gets nothing
                "dhcp-range=" + s.serverAddress() + ",static," + s.netmask() + ",12h", "dhcp-hostsfile=" + f.resolve("hosts"),
                "dhcp-leasefile=" + f.resolve("leases"), "dhcp-userclass=set:ipxe,iPXE", "dhcp-match=set:ipxe,175",
                // a plain PXE ROM first loads iPXE; iPXE then asks again and gets the script
                "dhcp-boot=tag:!ipxe,undionly.kpxe," + s.serverAddress() + "," + s.serverAddress(),
                "dhcp-boot=tag:ipxe,boot.ipxe," + s.serverAddress() + "," + s.serverAddress(), "enable-tftp", "tftp-root=" + f.resolve("tftp"),
                "pid-file=" + f.resolve("dnsmasq.pid"), "log-dhcp", "");
    }

    /** The iPXE script a node gets for its mode. */
    static String script(Entry e) {
        return switch (e.mode()) {
            case DISK -> "#!ipxe\n# " + e.node() + " boots from its disk\nsanboot --no-describe --drive 0x80 || exit\n";
            case DISK_ROOT -> "#!ipxe\n# " + e.node() + " runs its disk under the imaging environment's kernel\nkernel /imaging/vmlinuz console=ttyS0 pb.mode=disk"
                    + " pb.node=" + e.node() + (e.arguments().isEmpty() ? "" : " " + e.arguments()) + "\ninitrd /imaging/initrd.img\nboot\n";
            case IMAGING -> "#!ipxe\n# " + e.node() + " boots into the imaging environment\nkernel /imaging/vmlinuz console=ttyS0 pb.mode=imaging pb.node="
                    + e.node() + (e.arguments().isEmpty() ? "" : " " + e.arguments()) + "\ninitrd /imaging/initrd.img\nboot\n";
            case CAPTURE -> "#!ipxe\n# " + e.node() + " boots into the imaging environment to capture its disk\nkernel /imaging/vmlinuz console=ttyS0 "
                    + "pb.mode=capture pb.node=" + e.node() + (e.arguments().isEmpty() ? "" : " " + e.arguments()) + "\ninitrd /imaging/initrd.img\nboot\n";
            case KERNEL -> "#!ipxe\n# " + e.node() + " boots its own kernel\nkernel /kernels/" + e.node() + "/vmlinuz console=ttyS0"
                    + (e.arguments().isEmpty() ? "" : " " + e.arguments()) + "\ninitrd /kernels/" + e.node() + "/initrd.img\nboot\n";
        };
    }

    /** Changes what a node boots from its next power-on. */
    public synchronized void set(Entry entry) throws IOException {
        entries.put(entry.node(), entry);
        writeScript(settings, entry);
        writeHosts(settings, entries.values());
        // SIGHUP: dnsmasq rereads the hosts file (the scripts are read on every TFTP request)
        try {
            new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor(SIGNAL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    public Settings settings() {
        return settings;
    }

    private static void writeScript(Settings settings, Entry e) throws IOException {
        atomicWrite(settings.folder().resolve("tftp/nodes").resolve(e.scriptName()), script(e));
    }

    private static void writeHosts(Settings settings, java.util.Collection<Entry> all) throws IOException {
        StringBuilder hosts = new StringBuilder();
        for (Entry e : all) {
            hosts.append(e.mac()).append(',').append(e.address()).append(',').append(e.node()).append('\n');
        }
        atomicWrite(settings.folder().resolve("hosts"), hosts.toString());
    }

    private static void atomicWrite(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        ChildProcess.stop(process);
    }
}
