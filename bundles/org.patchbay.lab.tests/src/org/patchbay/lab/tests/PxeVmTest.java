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
 * it reboots into the new image. Before receiving, the imaging environment collects the image's digests
 * and the node's agent certificate over TLS from the console's enrollment server (pb-enroll, for the
 * one-time token in its boot script), so it writes only the image's own chunks and the new system holds
 * a certificate for vm1 from the console's CA. Then the other way: the node's disk is captured by its
 * imaging environment and uploaded over TLS, and the image deploys to a clean file system holding the
 * node's files. Everything on a bridge in a namespace this test makes (the console's end reaches it by a
 * veth pair); bounded at 5 minutes each way.
 */
class PxeVmTest {

    private static final String MAC = "52:54:00:80:00:01";
    private static final long LIMIT_MILLIS = 300_000;

    private final String ns = "pbpxe" + ProcessHandle.current().pid();
    /** the console's end of the boot network (the enrollment server listens there): a veth whose peer is on the bridge */
    private final String consoleEnd = "pbpx" + ProcessHandle.current().pid() % 1_000_000 + "c";
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
        new ProcessBuilder("ip", "link", "del", consoleEnd).start().waitFor(10, TimeUnit.SECONDS);
        new ProcessBuilder("ip", "netns", "del", ns).start().waitFor(10, TimeUnit.SECONDS);
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** What both tests use: the imaging environment, a small image, vm1's disk, the boot network in a namespace, vm1's power and its "up". */
    private record Rig(Path environment, Path image, Path disk, Path console, BootServer.Settings settings, ReimageBatch.Power power,
            ReimageBatch.Watch watch, NetworkImaging.Handover handover, org.patchbay.agent.protocol.tls.CertificateAuthority ca, String booted) {
    }

    private Rig rig(java.time.Duration tokenValidity) throws Exception {
        assertTrue(Lab.isRoot(), "the PXE test makes a namespace, a tap and runs qemu as root (CI does)");
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
        run("ip", "link", "add", consoleEnd, "type", "veth", "peer", "name", "console0", "netns", ns);
        run("ip", "-n", ns, "link", "set", "console0", "master", "br0", "up");
        run("ip", "addr", "add", "10.80.0.254/24", "dev", consoleEnd);
        run("ip", "link", "set", consoleEnd, "up");
        org.patchbay.agent.protocol.tls.CertificateAuthority ca = org.patchbay.agent.protocol.tls.CertificateAuthority.create("PXE test console CA");
        NetworkImaging.Handover handover = new NetworkImaging.Handover(java.net.InetAddress.getByName("10.80.0.254"), ca, tokenValidity,
                java.time.Clock.systemUTC());

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
        return new Rig(environment, image, disk, console, settings, power, watch, handover, ca, booted);
    }

    @Test
    void aVmNodeNetworkBootsIntoImagingReceivesTheImageByMulticastAndRebootsIntoIt() throws Exception {
        long started = System.currentTimeMillis();
        Rig r = rig(java.time.Duration.ofMinutes(10));
        Path environment = r.environment();
        Path image = r.image();
        Path disk = r.disk();
        Path console = r.console();
        BootServer.Settings settings = r.settings();
        ReimageBatch.Power power = r.power();
        ReimageBatch.Watch watch = r.watch();
        NetworkImaging.Handover handover = r.handover();
        org.patchbay.agent.protocol.tls.CertificateAuthority ca = r.ca();
        String booted = r.booted();
        List<ReimageBatch.NodeState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (NetworkImaging imaging = NetworkImaging.start(List.of("ip", "netns", "exec", ns), settings,
                List.of(new Entry("vm1", MAC, "10.80.0.21", Mode.DISK_ROOT, "")), environment, helpers().resolve("pb-image"), "239.80.0.1:7654",
                Mode.DISK_ROOT, handover)) {
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
            assertTrue(log.contains("patchbay-imaging: enrolled vm1 over TLS"), "the imaging environment collected its files over TLS: " + tail(log));
            assertTrue(Files.readString(dir.resolve("boot/enrollment.log")).contains("vm1 collected its 4 files over TLS"),
                    Files.readString(dir.resolve("boot/enrollment.log")));
            assertTrue(log.contains("patchbay-imaging: installed vm1's agent certificate"), tail(log));
            // the new system's disk holds vm1's certificate from the console's CA, and its key readable by root alone
            java.security.cert.X509Certificate certificate = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(LabFixture.debugfs(disk, "cat /etc/patchbay/tls/node.pem").getBytes(StandardCharsets.US_ASCII)));
            certificate.verify(ca.certificate().getPublicKey());
            assertTrue(org.patchbay.agent.protocol.tls.CertificateAuthority.nodeNameOf(certificate).orElse("").equals("vm1"), certificate.toString());
            assertTrue(LabFixture.debugfs(disk, "stat /etc/patchbay/tls/node-key.pem").contains("Mode:  0600"), LabFixture.debugfs(disk, "stat /etc/patchbay/tls/node-key.pem"));
            String script = Files.readString(dir.resolve("boot/tftp/nodes/52-54-00-80-00-01.ipxe"));
            assertTrue(!script.contains("pb.token"), "once the node runs its disk, its boot script carries no token: " + script);
            assertTrue(seen.stream().anyMatch(s -> s.phase() == ReimageBatch.Phase.RECEIVING && s.totalChunks() > 0),
                    "the VM's progress came from the image server's reports: " + seen);
            System.out.printf("PXE -> image -> disk boot of a qemu TCG node: %.0f s%n", (System.currentTimeMillis() - started) / 1000.0);

            // and back: the machine's disk captured by its imaging environment and uploaded over TLS
            long captureStarted = System.currentTimeMillis();
            Path captured = dir.resolve("captured.pbi");
            org.patchbay.core.imaging.EnrollmentServer.Upload upload = imaging.capture("vm1", captured, power, java.time.Duration.ofSeconds(180), 1L << 30);
            assertTrue(upload.bytes() == Files.size(captured) && upload.bytes() > 0, upload.toString());
            run(helpers().resolve("pb-image").toString(), "verify", captured.toString());
            Path copy = dir.resolve("copy.img");
            try (var file = new java.io.RandomAccessFile(copy.toFile(), "rw")) {
                file.setLength(128L << 20);
            }
            run(helpers().resolve("pb-image").toString(), "deploy", captured.toString(), copy.toString());
            run("e2fsck", "-fn", copy.toString());
            assertTrue(LabFixture.debugfs(copy, "cat /etc/patchbay-image").contains("image alpha on a vm"), "the capture holds the image's files");
            assertTrue(LabFixture.debugfs(copy, "cat /etc/hostname").strip().equals("vm1"), "and what the node changed: " + LabFixture.debugfs(copy, "cat /etc/hostname"));
            assertTrue(Files.readString(dir.resolve("boot/enrollment.log")).contains("vm1 uploaded " + upload.bytes() + " bytes over TLS"));
            LabFixture.await("vm1 back on its disk after the capture", 120_000, () -> {
                try {
                    String now = Files.readString(console);
                    int at = now.lastIndexOf("patchbay-capture: uploaded:");
                    return at >= 0 && now.indexOf(booted, at) > at;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            System.out.printf("capture of the qemu node over the network: %.0f s, %d bytes%n", (System.currentTimeMillis() - captureStarted) / 1000.0,
                    upload.bytes());
        }
    }

    @Test
    void aNodeWhoseTokenIsRefusedFailsAtOnceSayingWhy() throws Exception {
        // a token that expired before the node could present it: the node's imaging environment is refused its files
        Rig r = rig(java.time.Duration.ofMillis(1));
        try (NetworkImaging imaging = NetworkImaging.start(List.of("ip", "netns", "exec", ns), r.settings(),
                List.of(new Entry("vm1", MAC, "10.80.0.21", Mode.DISK_ROOT, "")), r.environment(), helpers().resolve("pb-image"), "239.80.0.1:7654",
                Mode.DISK_ROOT, r.handover())) {
            DiskImageFile alpha = new DiskImageFile("alpha", r.image(), "busybox", "", 64L << 20, 10L << 20, Files.size(r.image()), "", "", java.time.Instant.now());
            // the stall limit is far above what the refusal takes: the node must fail on the refusal, not on a stall
            ReimageBatch batch = ReimageBatch.start(alpha, List.of("vm1"), imaging, r.power(), r.watch(),
                    new ReimageBatch.Settings(100, java.time.Duration.ofSeconds(600), java.time.Duration.ofSeconds(600)), s -> {
                    });
            batch.done().get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
            ReimageBatch.NodeState state = batch.state("vm1");
            String log = Files.exists(r.console()) ? Files.readString(r.console()) : "";
            assertTrue(state.phase() == ReimageBatch.Phase.FAILED && state.message().contains("was refused its image digests and certificate: vm1's token had expired"),
                    state.phase() + ": " + state.message() + "\nconsole:\n" + tail(log));
            // the console knew as the refusal was sent; the node says it on its serial console a moment later, and powers off
            LabFixture.await("vm1's console saying it was refused", 60_000, () -> {
                try {
                    return Files.readString(r.console()).contains("patchbay-imaging: enrollment failed: pb-enroll: the console refused: the token expired");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertTrue(!Files.readString(r.console()).contains("vm1 receiving"), "nothing was received without the digests: " + tail(Files.readString(r.console())));
            assertTrue(Files.readString(r.settings().folder().resolve("tftp/nodes/52-54-00-80-00-01.ipxe")).contains("pb.mode=disk"),
                    "the node boots its disk again");
        }
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    }
}
