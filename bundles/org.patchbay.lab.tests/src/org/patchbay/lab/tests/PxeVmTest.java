package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patchbay.core.imaging.BootServer;
import org.patchbay.core.imaging.BootServer.Entry;
import org.patchbay.core.imaging.BootServer.Mode;
import org.patchbay.lab.Lab;

/**
 * The whole network-boot reimage of a machine, for real: a qemu (TCG) node PXE-boots through its iPXE
 * ROM and the boot server (dnsmasq DHCP + TFTP, its iPXE script), runs the imaging environment built
 * from Debian packages, receives the image by multicast from pb-image serve and writes its virtio
 * disk; the server reports it finished, its script is switched to its disk, and it reboots into the
 * new image. Everything on a bridge in a namespace this test makes; bounded at 5 minutes.
 */
class PxeVmTest {

    private static final String MAC = "52:54:00:80:00:01";
    private static final long LIMIT_MILLIS = 300_000;

    private final String ns = "pbpxe" + ProcessHandle.current().pid();
    private final List<Process> processes = new ArrayList<>();
    private Path dir;

    private static Path helpers() {
        return Path.of(System.getProperty("patchbay.native.helpers"));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "did not end: " + String.join(" ", command));
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        new ProcessBuilder("ip", "netns", "del", ns).start().waitFor(10, TimeUnit.SECONDS);
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void aVmNodeNetworkBootsIntoImagingReceivesTheImageByMulticastAndRebootsIntoIt() throws Exception {
        assertTrue(Lab.isRoot(), "the PXE test makes a namespace, a tap and runs qemu as root (CI does)");
        long started = System.currentTimeMillis();
        // dnsmasq serves files as nobody: a folder others may enter
        dir = Files.createTempDirectory(Path.of("/var/tmp"), "pb-pxe-test", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path tftpImaging = Files.createDirectories(dir.resolve("boot/tftp/imaging"));
        run(helpers().resolve("../images/imaging-environment").toString(), tftpImaging.toString());
        Path image = dir.resolve("alpha.pbi");
        run(helpers().resolve("../images/busybox-node-image").toString(), image.toString(), "--marker", "image alpha on a vm");
        Path disk = dir.resolve("vm1.img");
        try (var file = new java.io.RandomAccessFile(disk.toFile(), "rw")) {
            file.setLength(128L << 20);
        }

        run("ip", "netns", "add", ns);
        run("ip", "-n", ns, "link", "set", "lo", "up");
        run("ip", "-n", ns, "link", "add", "br0", "type", "bridge");
        run("ip", "-n", ns, "addr", "add", "10.80.0.1/24", "dev", "br0");
        run("ip", "-n", ns, "link", "set", "br0", "up");
        run("ip", "-n", ns, "tuntap", "add", "dev", "tap0", "mode", "tap");
        run("ip", "-n", ns, "link", "set", "tap0", "master", "br0", "up");

        BootServer.Settings settings = new BootServer.Settings("br0", "10.80.0.1", "255.255.255.0", dir.resolve("boot"));
        Entry imaging = new Entry("vm1", MAC, "10.80.0.21", Mode.IMAGING, "pb.group=239.80.0.1:7654");
        try (BootServer boot = BootServer.start(List.of("ip", "netns", "exec", ns), settings, List.of(imaging))) {
            Process server = new ProcessBuilder("ip", "netns", "exec", ns, helpers().resolve("pb-image").toString(), "serve", image.toString(), "--group",
                    "239.80.0.1:7654", "--interface", "10.80.0.1", "--rate-mbps", "100").redirectError(dir.resolve("serve.log").toFile()).start();
            processes.add(server);
            Path console = dir.resolve("console.log");
            Process vm = new ProcessBuilder("ip", "netns", "exec", ns, "qemu-system-x86_64", "-accel", "tcg", "-m", "256", "-display", "none", "-monitor",
                    "none", "-serial", "file:" + console, "-netdev", "tap,id=n0,ifname=tap0,script=no,downscript=no", "-device",
                    "virtio-net-pci,netdev=n0,mac=" + MAC, "-drive", "file=" + disk + ",if=virtio,format=raw", "-boot", "n")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("qemu.log").toFile()).start();
            processes.add(vm);

            // the server's report that vm1 finished is what switches its next boot to its disk, as the console does
            BufferedReader reports = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            Thread switcher = Thread.ofVirtual().start(() -> {
                try {
                    for (String line; (line = reports.readLine()) != null;) {
                        if (line.startsWith("finished 10.80.0.21 ")) {
                            boot.set(new Entry("vm1", MAC, "10.80.0.21", Mode.DISK_ROOT, ""));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the server stopped
                }
            });
            String booted = "patchbay-disk: vm1 booted from /dev/vda: image alpha on a vm";
            while (!(Files.exists(console) && Files.readString(console).contains(booted))) {
                String seen = Files.exists(console) ? Files.readString(console) : "";
                assertTrue(vm.isAlive(), "qemu exited: " + Files.readString(dir.resolve("qemu.log")) + "\nconsole:\n" + tail(seen));
                assertTrue(!seen.contains("powering off"), "the node gave up:\n" + tail(seen));
                assertTrue(System.currentTimeMillis() - started < LIMIT_MILLIS, "no disk boot within 5 minutes; console:\n" + tail(seen)
                        + "\nserver:\n" + Files.readString(dir.resolve("serve.log")));
                Thread.sleep(250);
            }
            String seen = Files.readString(console);
            assertTrue(seen.contains("patchbay-imaging: image written"), tail(seen));
            System.out.printf("PXE -> image -> disk boot of a qemu TCG node: %.0f s%n", (System.currentTimeMillis() - started) / 1000.0);
            switcher.interrupt();
        }
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    }
}
