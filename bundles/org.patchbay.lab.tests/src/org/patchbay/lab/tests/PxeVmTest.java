package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.NetworkImaging;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.core.imaging.BootServer.Entry;
import org.patchbay.core.imaging.BootServer.Mode;
import org.patchbay.lab.Lab;

/**
 * The whole network-boot reimage of a machine, for real, driven by the console's ReimageBatch over
 * NetworkImaging: the qemu (TCG) node is powered off and on (its process), PXE-boots through its iPXE
 * ROM and the boot server (dnsmasq DHCP + TFTP, its iPXE script), runs the imaging environment built
 * from Debian packages, receives the image by multicast from pb-image serve and writes its virtio
 * disk; the server's reports give its progress and its end, its script is switched to its disk, and
 * it reboots into the new image. Everything on a bridge in a namespace this test makes; bounded at 5
 * minutes.
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
        Path environment = Files.createDirectories(dir.resolve("imaging-environment"));
        run(helpers().resolve("../images/imaging-environment").toString(), environment.toString());
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
        Path console = dir.resolve("console.log");
        List<String> qemu = List.of("ip", "netns", "exec", ns, "qemu-system-x86_64", "-accel", "tcg", "-m", "256", "-display", "none", "-monitor",
                "none", "-serial", "file:" + console, "-netdev", "tap,id=n0,ifname=tap0,script=no,downscript=no", "-device",
                "virtio-net-pci,netdev=n0,mac=" + MAC, "-drive", "file=" + disk + ",if=virtio,format=raw", "-boot", "n");
        // a VM's power is its process: off ends it, on starts it (with the disk it had)
        Process[] vm = {null};
        long[] poweredOnAt = {0};
        ReimageBatch.Power power = new ReimageBatch.Power() {
            @Override
            public void off(String node) throws Exception {
                if (vm[0] != null) {
                    vm[0].destroyForcibly();
                    vm[0].waitFor(30, TimeUnit.SECONDS);
                }
            }

            @Override
            public void on(String node) throws Exception {
                poweredOnAt[0] = Files.exists(console) ? Files.size(console) : 0;
                vm[0] = new ProcessBuilder(qemu).redirectErrorStream(true).redirectOutput(dir.resolve("qemu.log").toFile()).start();
                processes.add(vm[0]);
            }
        };
        // up: the serial console says the node booted from its disk (this VM runs no agent)
        String booted = "patchbay-disk: vm1 booted from /dev/vda: image alpha on a vm";
        ReimageBatch.Watch watch = node -> {
            try {
                return Files.exists(console) && Files.readString(console).contains(booted);
            } catch (java.io.IOException e) {
                return false;
            }
        };
        List<ReimageBatch.NodeState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (NetworkImaging imaging = NetworkImaging.start(List.of("ip", "netns", "exec", ns), settings,
                List.of(new Entry("vm1", MAC, "10.80.0.21", Mode.DISK_ROOT, "")), environment, helpers().resolve("pb-image"), "239.80.0.1:7654",
                Mode.DISK_ROOT)) {
            DiskImageFile alpha = new DiskImageFile("alpha", image, "busybox", "", 64L << 20, 10L << 20, Files.size(image), "", "", java.time.Instant.now());
            ReimageBatch batch = ReimageBatch.start(alpha, List.of("vm1"), imaging, power, watch,
                    new ReimageBatch.Settings(100, java.time.Duration.ofSeconds(180), java.time.Duration.ofSeconds(180)), seen::add);
            batch.done().get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
            String log = Files.exists(console) ? Files.readString(console) : "";
            ReimageBatch.NodeState state = batch.state("vm1");
            assertTrue(state.phase() == ReimageBatch.Phase.DONE, state.phase() + ": " + state.message() + "\nconsole:\n" + tail(log) + "\nqemu: "
                    + Files.readString(dir.resolve("qemu.log")));
            assertTrue(log.contains("patchbay-imaging: image written"), tail(log));
            assertTrue(log.indexOf(booted) > log.indexOf("patchbay-imaging: image written"), "it booted its disk after writing it");
            LabFixture.await("the disk's hostname on the console", 30_000, () -> {
                try {
                    return Files.readString(console).contains("patchbay-disk: hostname vm1");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertTrue(log.contains("patchbay-imaging: personalised vm1 (10.80.0.21)"), "the imaging environment personalised the new system: " + tail(log));
            assertTrue(seen.stream().anyMatch(s -> s.phase() == ReimageBatch.Phase.RECEIVING && s.totalChunks() > 0),
                    "the VM's progress came from the image server's reports: " + seen);
            System.out.printf("PXE -> image -> disk boot of a qemu TCG node: %.0f s%n", (System.currentTimeMillis() - started) / 1000.0);
        }
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    }
}
