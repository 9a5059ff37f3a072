package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.core.imaging.BootServer;
import org.patchbay.core.imaging.BootServer.Entry;
import org.patchbay.core.imaging.BootServer.Mode;
import org.patchbay.lab.Lab;

/**
 * The boot server for real: dnsmasq in a namespace this test makes, a DHCP client (busybox udhcpc)
 * and a TFTP client (busybox tftp) in another, as a node's PXE ROM and iPXE would ask.
 */
class BootServerTest {

    private static final String MAC = "52:54:00:12:34:56";

    @TempDir
    Path dir;

    private final String server = "pbboot" + ProcessHandle.current().pid() + "s";
    private final String client = "pbboot" + ProcessHandle.current().pid() + "c";

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not end: " + String.join(" ", command));
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @BeforeEach
    void network() throws Exception {
        assertTrue(Lab.isRoot(), "the boot server test makes namespaces and runs as root (CI does)");
        run("ip", "netns", "add", server);
        run("ip", "netns", "add", client);
        run("ip", "link", "add", "pbbt" + ProcessHandle.current().pid(), "netns", server, "type", "veth", "peer", "name", "eth0", "netns", client);
        run("ip", "-n", server, "link", "set", "pbbt" + ProcessHandle.current().pid(), "name", "eth0");
        run("ip", "-n", server, "addr", "add", "10.79.0.1/24", "dev", "eth0");
        run("ip", "-n", server, "link", "set", "eth0", "up");
        run("ip", "-n", client, "link", "set", "eth0", "address", MAC);
        run("ip", "-n", client, "link", "set", "eth0", "up");
    }

    @AfterEach
    void removeNetwork() throws Exception {
        new ProcessBuilder("ip", "netns", "del", server).start().waitFor(10, TimeUnit.SECONDS);
        new ProcessBuilder("ip", "netns", "del", client).start().waitFor(10, TimeUnit.SECONDS);
    }

    /** What a DHCP client on the node's MAC is given: "address boot-file next-server", or null when nothing is offered. */
    private String dhcp(boolean ipxe) throws Exception {
        Path out = dir.resolve("lease");
        Files.deleteIfExists(out);
        Path script = dir.resolve("udhcpc.script");
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = bound ] && echo \"$ip $boot_file $siaddr\" > " + out + "\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", client, "busybox", "udhcpc", "-i", "eth0", "-n", "-q", "-t", "4", "-T", "1",
                "-s", script.toString()));
        if (ipxe) {
            command.addAll(List.of("-x", "77:\"iPXE\""));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "udhcpc is bounded by -t 4 -T 1");
        return Files.exists(out) ? Files.readString(out).strip() : null;
    }

    private String tftp(String file) throws Exception {
        Path out = dir.resolve("fetched");
        Files.deleteIfExists(out);
        run("ip", "netns", "exec", client, "busybox", "tftp", "-g", "-r", file, "-l", out.toString(), "10.79.0.1");
        return Files.readString(out);
    }

    @Test
    void aKnownNodeGetsItsAddressAndItsOwnBootScriptWhichFollowsItsBootModeAndAStrangerGetsNothing() throws Exception {
        IOException hidden = assertThrows(IOException.class, () -> BootServer.start(List.of("ip", "netns", "exec", server),
                new BootServer.Settings("eth0", "10.79.0.1", "255.255.255.0", dir.resolve("boot")), List.of()));
        assertTrue(hidden.getMessage().contains("dnsmasq serves the boot files as user nobody, who cannot enter " + dir), hidden.getMessage());
        // dnsmasq reads the scripts as nobody: a folder others may enter, as /var/lib/patchbay/boot is
        Path folder = Files.createTempDirectory(Path.of("/var/tmp"), "pb-boot-test", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            BootServer.Settings settings = new BootServer.Settings("eth0", "10.79.0.1", "255.255.255.0", folder);
            try (BootServer boot = BootServer.start(List.of("ip", "netns", "exec", server), settings,
                    List.of(new Entry("node7", MAC, "10.79.0.17", Mode.IMAGING, "pb.group=239.1.2.3:7654 pb.server=10.79.0.1")))) {
                assertEquals("10.79.0.17 undionly.kpxe 10.79.0.1", dhcp(false), "a plain PXE ROM is told to load iPXE");
                assertEquals("10.79.0.17 boot.ipxe 10.79.0.1", dhcp(true), "iPXE is told to load the boot script");

                run("ip", "-n", client, "addr", "add", "10.79.0.17/24", "dev", "eth0");
                assertTrue(tftp("boot.ipxe").contains("chain nodes/${mac:hexhyp}.ipxe"));
                String imaging = tftp("nodes/52-54-00-12-34-56.ipxe");
                assertTrue(imaging.contains("kernel /imaging/vmlinuz console=ttyS0 pb.mode=imaging pb.node=node7 pb.group=239.1.2.3:7654 pb.server=10.79.0.1")
                        && imaging.contains("initrd /imaging/initrd.img"), imaging);

                boot.set(new Entry("node7", MAC, "10.79.0.17", Mode.DISK, ""));
                assertTrue(tftp("nodes/52-54-00-12-34-56.ipxe").contains("sanboot --no-describe --drive 0x80"), "after imaging the node boots its disk");
                run("ip", "-n", client, "addr", "flush", "dev", "eth0");

                run("ip", "-n", client, "link", "set", "eth0", "address", "52:54:00:99:99:99");
                assertEquals(null, dhcp(true), "a MAC the console does not know gets no address");
            }
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new Entry("node8", "52:54:00", "10.79.0.18", Mode.DISK, ""));
        assertTrue(bad.getMessage().contains("needs the MAC address of its boot interface"), bad.getMessage());
        IllegalArgumentException injected = assertThrows(IllegalArgumentException.class,
                () -> new Entry("node8", MAC, "10.79.0.18", Mode.IMAGING, "x\nchain http://evil/"));
        assertNotEquals(null, injected.getMessage());
    }
}
