package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImageLibrary;
import org.patchbay.core.imaging.ImagingSession;
import org.patchbay.core.imaging.PbImageTool;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.core.imaging.ReimageBatch.NodeState;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabPlan;
import org.patchbay.lab.LabProgress;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * A node whose hardware type is qemu, in the real lab, driven as the console drives it: it runs as a
 * qemu (TCG) VM in its namespace, network-boots through the lab's boot server (dnsmasq and iPXE on the
 * management network) and says its empty disk holds nothing to boot; the console reimages it together
 * with a namespace node from one multicast server (the VM through its imaging environment, enrolled over
 * TLS), it boots its new disk with the addresses of its link, and the namespace node reaches it through
 * the lab's switch; the console then captures its disk (powered off and on through its PDU outlet) and
 * it boots again. Bounded at several minutes per step (TCG boots a kernel in 30-50 s here).
 */
class LabVmNodeTest {

    private static final long BOOT_LIMIT_MILLIS = 300_000;

    @TempDir
    Path dir;

    private static Path helpers() {
        return Path.of(System.getProperty("patchbay.native.helpers"));
    }

    @Test
    void aQemuNodeNetworkBootsIsReimagedWithANamespaceNodeCarriesItsLinkAndIsCapturedFromTheConsole() throws Exception {
        assertTrue(Lab.isRoot(), "the lab's VM nodes need namespaces, taps and qemu as root (CI does)");
        ImageLibrary library = new ImageLibrary(dir.resolve("images"), new PbImageTool(helpers().resolve("pb-image")));
        Path built = dir.resolve("alpha-built.pbi");
        Process build = new ProcessBuilder(helpers().resolve("../images/busybox-node-image").toString(), built.toString(), "--marker", "image alpha on a lab vm")
                .redirectErrorStream(true).start();
        String buildOutput = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(120, TimeUnit.SECONDS) && build.exitValue() == 0, "building the image failed: " + buildOutput);
        DiskImageFile alpha = library.add("alpha", built, "Patchbay busybox", "", null);

        Cluster cluster = TopologyTemplates.star(2);
        Node vm = cluster.getNodes().stream().filter(n -> n.getName().equals("node1")).findFirst().orElseThrow();
        vm.setHardwareType("qemu");
        String startAddress = vm.getInterfaces().get(0).getIpv4Address();
        RecordingListener listener = new RecordingListener();
        Map<String, String> failures = listener.failures;
        List<String> phases = listener.phases;
        try (TestbedSession session = new TestbedSession(dir.resolve("ca"))) {
            LabTestbed testbed = LabTestbed.start(EcoreUtil.copy(cluster), LabFixture.options(dir, false), listener, LabProgress.NONE);
            Lab lab = testbed.lab();
            try {
                session.attach(testbed);
                assertEquals(Set.of("node0"), lab.endpoints().keySet(), "a VM node has no agent endpoint");
                assertEquals(Set.of("node1"), lab.vmNodes());
                // KVM where a guest works under it, else TCG: the probe's verdict, with its reason, is kept until the host reboots
                String verdict = Files.readString(Path.of("/run/patchbay/vm-accelerator"));
                assertTrue(verdict.startsWith(lab.vmAccelerator()) && (verdict.startsWith("kvm") || verdict.startsWith("tcg: ")), verdict);
                assertTrue(phases.contains("node1: " + LabListener.Phase.VM_NETWORK_BOOT.words), phases + " " + failures);
                Path console = lab.vmConsole("node1");

                // re-addressed while the lab runs: the VM restarts with its NICs made again (its disk boot gets the new
                // address, below); the address is not put in the VM's namespace, where it would answer in the VM's stead
                Cluster readdressed = EcoreUtil.copy(cluster);
                String vmAddress = startAddress.substring(0, startAddress.lastIndexOf('.')) + ".200";
                readdressed.getNodes().stream().filter(n -> n.getName().equals("node1")).findFirst().orElseThrow().getInterfaces().get(0)
                        .setIpv4Address(vmAddress);
                int bootsBefore = Collections.frequency(phases, "node1: " + LabListener.Phase.VM_NETWORK_BOOT.words);
                Lab.Update update = lab.update(EcoreUtil.copy(readdressed));
                assertEquals(Map.of(), update.problems(), "the VM took its new address");
                assertTrue(Collections.frequency(phases, "node1: " + LabListener.Phase.VM_NETWORK_BOOT.words) > bootsBefore,
                        "the VM was restarted to take it: " + phases);
                String vmNamespace = LabPlan.of(readdressed, lab.id()).nodes().stream().filter(b -> b.element().equals("node1")).findFirst().orElseThrow()
                        .namespace();
                Process addresses = new ProcessBuilder("ip", "-n", vmNamespace, "-o", "addr", "show").redirectErrorStream(true).start();
                String inNamespace = new String(addresses.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(addresses.waitFor(30, TimeUnit.SECONDS) && !inNamespace.contains(vmAddress + "/") && !inNamespace.contains(startAddress + "/"),
                        inNamespace);

                // a new VM's disk is empty: it boots from the network, finds nothing on its disk and says so
                LabFixture.await("node1's VM finding nothing to boot on its disk", BOOT_LIMIT_MILLIS, () -> failures.containsKey("node1"),
                        () -> phases + "; console: " + tail(console));
                assertTrue(failures.get("node1").contains("its disk holds no system it can boot"), failures.get("node1"));
                assertTrue(Files.readString(console).contains("patchbay-disk: cannot mount /dev/vda"), tail(console));

                // reimaged from the console with a namespace node, from one image server
                ImagingSession imaging = new ImagingSession(session, library);
                List<NodeState> seen = new CopyOnWriteArrayList<>();
                ReimageBatch batch = imaging.reimage(cluster, alpha, List.of("node0", "node1"), 200, "test", seen::add);
                batch.done().get(2 * BOOT_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
                for (NodeState state : batch.states()) {
                    assertEquals(ReimageBatch.Phase.DONE, state.phase(), state.node() + ": " + state.message() + "; console: " + tail(console));
                }
                String log = Files.readString(console);
                assertTrue(log.contains("patchbay-imaging: enrolled node1 over TLS"), "the VM collected its digests and certificate over TLS: " + tail(console));
                assertTrue(log.contains("patchbay-disk: node1 booted from /dev/vda: image alpha on a lab vm"), "the VM runs the new image: " + tail(console));
                assertTrue(seen.stream().anyMatch(s -> s.node().equals("node1") && s.phase() == ReimageBatch.Phase.RECEIVING && s.chunks() > 0),
                        "the VM's progress came from the image server: " + seen);
                LabFixture.await("the lab telling node1 runs", 30_000, () -> phases.contains("node1: " + LabListener.Phase.VM_RUNNING.words), phases::toString);
                assertEquals("image alpha on a lab vm", run(lab, "node0", "cat", "/etc/patchbay-image"), "node0 runs the new image too");

                // the VM has its link's address: node0 reaches it through the lab's switch, over the tap in node1's namespace
                assertTrue(log.contains("patchbay-disk: eth1 " + vmAddress + "/"), "the VM put its link's address on its second NIC: " + tail(console));
                LabFixture.await("node0 reaching the VM at " + vmAddress, 60_000, () -> {
                    try {
                        Process ping = lab.exec("node0", List.of("ping", "-c", "1", "-W", "2", vmAddress));
                        ping.getInputStream().readAllBytes();
                        return ping.waitFor(30, TimeUnit.SECONDS) && ping.exitValue() == 0;
                    } catch (Exception e) {
                        return false;
                    }
                });

                // captured from the console: powered off through its outlet, its disk read, powered on again, and it boots that disk
                DiskImageFile captured = imaging.capture(cluster, "node1", "vm-copy", "Patchbay busybox", null);
                Path copy = dir.resolve("copy.img");
                try (var file = new java.io.RandomAccessFile(copy.toFile(), "rw")) {
                    file.setLength(captured.diskBytes());
                }
                Process deploy = new ProcessBuilder(helpers().resolve("pb-image").toString(), "deploy", captured.file().toString(), copy.toString())
                        .redirectErrorStream(true).start();
                String deployed = new String(deploy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(deploy.waitFor(120, TimeUnit.SECONDS) && deploy.exitValue() == 0, deployed);
                assertTrue(LabFixture.debugfs(copy, "cat /etc/patchbay-image").contains("image alpha on a lab vm"), "the capture holds the VM's image");
                assertEquals("node1", LabFixture.debugfs(copy, "cat /etc/hostname").strip(), "and what the VM's imaging environment personalised");
                LabFixture.await("node1 booting its disk after the capture", BOOT_LIMIT_MILLIS,
                        () -> testbed.imaging().orElseThrow().booted("node1").orElse(false), () -> tail(lab.vmConsole("node1")));

                // a VM node added while the lab runs: wired into its namespace, known to the running boot server by its MAC,
                // powered on; it network-boots and says its new disk holds nothing, as node1 did at the start
                Topologies.addNodeOnSwitch(readdressed, "node2", startAddress.substring(0, startAddress.lastIndexOf('.')) + ".202",
                        readdressed.getSwitches().get(0), "link2");
                readdressed.getNodes().stream().filter(n -> n.getName().equals("node2")).findFirst().orElseThrow().setHardwareType("qemu");
                Lab.Update added = lab.update(EcoreUtil.copy(readdressed));
                assertEquals(Map.of(), added.problems(), "the VM node was added");
                assertEquals(Set.of("node1", "node2"), lab.vmNodes());
                LabFixture.await("the added VM finding nothing to boot on its disk", BOOT_LIMIT_MILLIS, () -> failures.containsKey("node2"),
                        () -> phases + "; console: " + tail(lab.vmConsole("node2")));
                assertTrue(failures.get("node2").contains("its disk holds no system it can boot"), failures.get("node2"));
                assertTrue(Files.readString(lab.vmConsole("node2")).contains("patchbay-disk: cannot mount /dev/vda"), tail(lab.vmConsole("node2")));

                // hardware types changed while the lab runs: node2 becomes a namespace node with an agent, node0 (which runs
                // image alpha on a disk of its own since the reimage) a VM that network-boots that disk; their links come with them
                readdressed.getNodes().stream().filter(n -> n.getName().equals("node2")).findFirst().orElseThrow().setHardwareType("pc");
                readdressed.getNodes().stream().filter(n -> n.getName().equals("node0")).findFirst().orElseThrow().setHardwareType("qemu");
                Lab.Update turned = lab.update(EcoreUtil.copy(readdressed));
                assertEquals(Map.of(), turned.problems(), "both nodes were made again as the other kind");
                assertEquals(Set.of("node0", "node1"), lab.vmNodes());
                assertTrue(lab.endpoints().containsKey("node2") && !lab.endpoints().containsKey("node0"), lab.endpoints().toString());
                LabFixture.await("node2's agent running", BOOT_LIMIT_MILLIS, () -> lab.agentPid("node2").isPresent());
                LabFixture.await("node0 booting its disk as a VM", BOOT_LIMIT_MILLIS, () -> lab.vmBooted("node0"), () -> phases + "; console: "
                        + tail(lab.vmConsole("node0")));
                assertTrue(Files.readString(lab.vmConsole("node0")).contains("patchbay-disk: node0 booted from /dev/vda: image alpha on a lab vm"),
                        tail(lab.vmConsole("node0")));
                // node2 runs no image (the host's commands, which have no ping): its kernel resolving the VM's address to the
                // VM's NIC through the switch is what shows the re-made link carries frames
                String node0Address = readdressed.getNodes().stream().filter(n -> n.getName().equals("node0")).findFirst().orElseThrow().getInterfaces().get(0)
                        .getIpv4Address();
                for (String address : List.of(vmAddress, node0Address)) {
                    String[] resolve = {"bash", "-c", "echo probe > /dev/udp/" + address + "/9; sleep 1; ip neigh show " + address};
                    LabFixture.await("node2 reaching the VM at " + address + " over the switch", 60_000, () -> {
                        try {
                            String neighbour = run(lab, "node2", resolve);
                            return neighbour.contains("lladdr 52:54:00:") && !neighbour.contains("FAILED");
                        } catch (Exception e) {
                            return false;
                        }
                    }, () -> {
                        try {
                            return run(lab, "node2", resolve);
                        } catch (Exception e) {
                            return e.toString();
                        }
                    });
                }
            } finally {
                lab.close();
            }
        }
    }

    private static String run(Lab lab, String node, String... command) throws Exception {
        Process p = lab.exec(node, List.of(command));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "command on " + node + " did not end");
        return out;
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
        } catch (java.io.IOException e) {
            return "(no " + file + ")";
        }
    }
}
