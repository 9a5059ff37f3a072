package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImageLibrary;
import org.patchbay.core.imaging.ImagingTestbed;
import org.patchbay.core.imaging.OutletPower;
import org.patchbay.core.imaging.PbImageTool;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.core.imaging.ReimageBatch.NodeState;
import org.patchbay.core.imaging.ReimageBatch.Phase;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.PowerCommand;
import org.patchbay.snmp.SnmpClient;

/**
 * Reimaging in the real lab: images built from busybox-static, served by pb-image multicast on the
 * lab's management network, nodes powered through the lab's SNMP PDU, each node's disk written by its
 * imaging environment and then booted as its root, so a node's commands see the new image's files.
 */
class LabImagingTest {

    @TempDir
    Path dir;

    private static Path helpers() {
        return Path.of(System.getProperty("patchbay.native.helpers"));
    }

    private ImageLibrary library() {
        return new ImageLibrary(dir.resolve("images"), new PbImageTool(helpers().resolve("pb-image")));
    }

    /** A busybox image whose /etc/patchbay-image reads {@code marker}. */
    private DiskImageFile image(ImageLibrary library, String name, String marker) throws Exception {
        Path file = dir.resolve(name + "-built.pbi");
        Process build = new ProcessBuilder(helpers().resolve("../images/busybox-node-image").toString(), file.toString(), "--marker", marker)
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(120, TimeUnit.SECONDS) && build.exitValue() == 0, "building the image failed: " + output);
        return library.add(name, file, "Patchbay busybox", "", null);
    }

    /** Power through the lab's own PDU over SNMP, as the console does. */
    private static ReimageBatch.Power power(Lab lab, SnmpClient snmp) {
        return new OutletPower(snmp, node -> java.util.Optional.of(new PowerOutlet(lab.pduDevice(), PduProfile.APC_RACK_PDU, 1, lab.pduOutlet(node))));
    }

    private static String run(Lab lab, String node, String... command) throws Exception {
        Process p = lab.exec(node, List.of(command));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "command on " + node + " did not end");
        return out;
    }

    private static String jobOutput(LabFixture fixture, String node, String job) {
        try {
            return fixture.client.jobOutput(node, fixture.lab.endpoints().get(node), job, 0).get(60, TimeUnit.SECONDS).getKey();
        } catch (Exception e) {
            return "";
        }
    }

    /** A counting job that reads its node's hostname moves from one node's disk to the other's and counts on there, reading the target's. */
    private static void assertAJobMovesIntoTheOtherNodesDisk(LabFixture fixture, String from, String to) throws Exception {
        JobInfo counter = fixture.client.startJob(from, fixture.lab.endpoints().get(from),
                List.of("sh", "-c", "i=0; while :; do i=$((i+1)); read h < /etc/hostname; echo \"$i $h\"; sleep 0.2; done")).get(60, TimeUnit.SECONDS);
        LabFixture.await("the counting job's output", 60_000, () -> jobOutput(fixture, from, counter.id()).contains("3 " + from));
        MigrationInfo moved = fixture.migrate(counter.id(), from, to, "user");
        assertEquals(JobWire.Outcome.MOVED, moved.outcome(), "a job moves between nodes running from their disks: " + moved);
        LabFixture.await("the job counting on " + to, 60_000, () -> jobOutput(fixture, from, counter.id()).contains(" " + to + "\n"));
        List<String> counted = jobOutput(fixture, from, counter.id()).lines().toList();
        for (int i = 0; i < counted.size(); i++) {
            assertTrue(counted.get(i).startsWith((i + 1) + " node"), "the job counted on without restarting: " + counted);
        }
        fixture.client.jobAction(to, fixture.lab.endpoints().get(to), counter.id(), "kill").get(60, TimeUnit.SECONDS);
    }

    private static ReimageBatch reimage(LabFixture fixture, SnmpClient snmp, DiskImageFile image, List<String> nodes, int rateMbps,
            List<NodeState> seen) throws Exception {
        ImagingTestbed imaging = new LabTestbed(fixture.lab).imaging().orElseThrow();
        ReimageBatch.Settings settings = new ReimageBatch.Settings(rateMbps, java.time.Duration.ofSeconds(90), java.time.Duration.ofSeconds(120));
        return ReimageBatch.start(image, nodes, imaging, power(fixture.lab, snmp), node -> fixture.live.node(node) != null && fixture.live.node(node).up(),
                settings, seen::add);
    }

    @Test
    void threeNodesReimagedAtOnceRunTheNewImageAndMoveJobsBetweenTheirDisksAndOneReimagedAgainRunsTheOther() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does)");
        ImageLibrary library = library();
        DiskImageFile alpha = image(library, "alpha", "image alpha");
        DiskImageFile beta = image(library, "beta", "image beta");
        try (LabFixture fixture = new LabFixture(TopologyTemplates.star(4), dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(60_000);
            assertEquals("host root", run(fixture.lab, "node0", "sh", "-c", "test -e /etc/patchbay-image && echo image || echo host root"),
                    "before reimaging a node runs the host's root");

            List<NodeState> seen = new CopyOnWriteArrayList<>();
            ReimageBatch batch = reimage(fixture, snmp, alpha, List.of("node0", "node1", "node2"), 200, seen);
            batch.done().get(300, TimeUnit.SECONDS);
            for (NodeState state : batch.states()) {
                assertEquals(Phase.DONE, state.phase(), state.node() + ": " + state.message());
            }
            for (String node : List.of("node0", "node1", "node2")) {
                assertEquals("image alpha", run(fixture.lab, node, "cat", "/etc/patchbay-image"), node + " runs the new image");
                assertEquals(node, run(fixture.lab, node, "cat", "/etc/hostname"), node + " was personalised");
                assertTrue(seen.stream().anyMatch(s -> s.node().equals(node) && s.phase() == Phase.RECEIVING && s.chunks() > 0),
                        "progress of " + node + " was reported while it received");
                assertTrue(fixture.live.node(node).up(), node + "'s agent is up after the reimage");
                String imagingLog = Files.readString(fixture.lab.directory().resolve("nodes").resolve(node).resolve("imaging.log"));
                assertTrue(imagingLog.contains("every chunk written matched its SHA-256"),
                        node + " checked what it heard against the image's digests from the host: " + imagingLog);
            }
            assertTrue(Files.size(fixture.lab.disk("node0")) >= alpha.diskBytes(), "the node's disk is a disk of its own");

            // a job run on a reimaged node (Run…, patchbay-cli run) runs inside its disk, as exec does
            java.net.URI node0 = fixture.lab.endpoints().get("node0");
            JobInfo job = fixture.client.startJob("node0", node0, List.of("cat", "/etc/patchbay-image")).get(60, TimeUnit.SECONDS);
            LabFixture.await("the job's output", 60_000, () -> jobOutput(fixture, "node0", job.id()).contains("image alpha"), () -> job + " wrote '"
                    + jobOutput(fixture, "node0", job.id()) + "'; node0's jobs: " + fixture.client.jobs("node0", node0).join());

            assertAJobMovesIntoTheOtherNodesDisk(fixture, "node0", "node2");

            // a job on the machine's root cannot be restored inside a disk: refused before anything freezes, and it runs on
            java.net.URI node3 = fixture.lab.endpoints().get("node3");
            JobInfo onHost = fixture.client.startJob("node3", node3, List.of("sleep", "600")).get(60, TimeUnit.SECONDS);
            MigrationInfo refused = fixture.migrate(onHost.id(), "node3", "node0", "user");
            assertEquals(JobWire.Outcome.FAILED, refused.outcome(), refused.toString());
            assertTrue(refused.error().contains("node0 runs its jobs inside its own disk (it was reimaged)"), refused.error());
            assertEquals(0, refused.freezeMillis(), "nothing was frozen");
            assertTrue(fixture.client.jobs("node3", node3).get(60, TimeUnit.SECONDS).stream()
                    .anyMatch(j -> j.id().equals(onHost.id()) && j.state() == JobWire.JobState.RUNNING), "the job runs on at node3");
            fixture.client.jobAction("node3", node3, onHost.id(), "kill").get(60, TimeUnit.SECONDS);

            seen.clear();
            ReimageBatch again = reimage(fixture, snmp, beta, List.of("node1"), 200, seen);
            again.done().get(300, TimeUnit.SECONDS);
            assertEquals(Phase.DONE, again.state("node1").phase(), again.state("node1").message());
            assertEquals("image beta", run(fixture.lab, "node1", "cat", "/etc/patchbay-image"));
            assertEquals("image alpha", run(fixture.lab, "node0", "cat", "/etc/patchbay-image"), "the other nodes keep their image");

            // a node whose disk holds other code for the job's program refuses the job before it freezes, naming the file
            run(fixture.lab, "node2", "sh", "-c", "f=$(readlink -f /bin/sh) && cp \"$f\" \"$f.new\" && echo >> \"$f.new\" && mv \"$f.new\" \"$f\"");
            JobInfo sleeper = fixture.client.startJob("node0", node0, List.of("sleep", "600")).get(60, TimeUnit.SECONDS);
            MigrationInfo otherCode = fixture.migrate(sleeper.id(), "node0", "node2", "user");
            assertEquals(JobWire.Outcome.FAILED, otherCode.outcome(), otherCode.toString());
            assertTrue(otherCode.error().contains("busybox, which is different on node2"), otherCode.error());
            assertEquals(0, otherCode.freezeMillis(), "nothing was frozen");
            fixture.client.jobAction("node0", node0, sleeper.id(), "kill").get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNodePoweredOffWhileReceivingFailsAloneWithTheReasonAndARetrySucceeds() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does)");
        ImageLibrary library = library();
        DiskImageFile alpha = image(library, "alpha", "image alpha");
        try (LabFixture fixture = new LabFixture(TopologyTemplates.star(2), dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(60_000);
            PduDriver pdu = new PduDriver(snmp, fixture.lab.pduDevice(), PduProfile.APC_RACK_PDU, 1);
            Map<String, Long> chunks = new ConcurrentHashMap<>();
            List<NodeState> seen = new CopyOnWriteArrayList<>();
            // 2 Mb/s: the image takes seconds to arrive, time to pull node1's plug half way
            ReimageBatch batch = reimage(fixture, snmp, alpha, List.of("node0", "node1"), 2, seen);
            batch.addListener(s -> chunks.merge(s.node(), s.chunks(), Math::max));
            LabFixture.await("node1 to have received a chunk", 120_000, () -> chunks.getOrDefault("node1", 0L) > 0);
            PduDriver.Outcome off = pdu.command(fixture.lab.pduOutlet("node1"), PowerCommand.OFF).get(30, TimeUnit.SECONDS);
            assertTrue(off.succeeded(), off.describe());
            batch.done().get(300, TimeUnit.SECONDS);
            NodeState node1 = batch.state("node1");
            assertEquals(Phase.FAILED, node1.phase(), node1.message());
            assertTrue(node1.message().contains("powered off while receiving"), node1.message());
            assertEquals(Phase.DONE, batch.state("node0").phase(), "node0 is not held up by node1: " + batch.state("node0").message());
            assertEquals("image alpha", run(fixture.lab, "node0", "cat", "/etc/patchbay-image"));

            ReimageBatch retry = reimage(fixture, snmp, alpha, List.of("node1"), 200, seen);
            retry.done().get(300, TimeUnit.SECONDS);
            assertEquals(Phase.DONE, retry.state("node1").phase(), retry.state("node1").message());
            assertEquals("image alpha", run(fixture.lab, "node1", "cat", "/etc/patchbay-image"));
        }
    }

    @Test
    void aTopologyWhoseNodesRecordAnOsImageStartsThemRunningItAndANodeWhoseImageIsMissingFailsAlone() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does)");
        DiskImageFile alpha = image(library(), "alpha", "image alpha");
        org.patchbay.model.Cluster cluster = TopologyTemplates.star(2);
        org.patchbay.model.DiskImage present = org.patchbay.model.PatchbayFactory.eINSTANCE.createDiskImage();
        present.setName("alpha");
        present.setLocation(alpha.file().toString());
        org.patchbay.model.DiskImage gone = org.patchbay.model.PatchbayFactory.eINSTANCE.createDiskImage();
        gone.setName("gone");
        gone.setLocation(dir.resolve("deleted.pbi").toString());
        cluster.getImages().add(present);
        cluster.getImages().add(gone);
        cluster.getNodes().get(0).setOsImage(present);
        cluster.getNodes().get(0).setBootMode(org.patchbay.model.BootMode.DISK);
        cluster.getNodes().get(1).setOsImage(gone);
        cluster.getNodes().get(1).setBootMode(org.patchbay.model.BootMode.DISK);
        try (LabFixture fixture = new LabFixture(cluster, dir, false)) {
            LabFixture.await("node0 up", 60_000, () -> fixture.live.node("node0") != null && fixture.live.node("node0").up());
            assertEquals("image alpha", run(fixture.lab, "node0", "cat", "/etc/patchbay-image"), "node0 started on its OS image");
            String shell = LabCommandLine.run("exec", "--state-base", dir.resolve("state").toString(), "--lab", fixture.lab.id(), "node0", "--", "cat",
                    "/etc/patchbay-image", "/etc/hostname");
            assertEquals("image alpha\nnode0", shell.strip(), "patchbay-lab exec runs inside the node's disk too");
            String reason = fixture.lab.failedNodes().get("node1");
            assertTrue(reason != null && reason.contains("its OS image gone could not be loaded: no image file at"), String.valueOf(reason));
        }
    }

    @Test
    void nodesStartedOnOneImageShareItsDiskKeepTheirChangesApartAndACaptureOfOneHoldsItsChanges() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does)");
        ImageLibrary library = library();
        DiskImageFile alpha = image(library, "alpha", "image alpha");
        org.patchbay.model.Cluster cluster = TopologyTemplates.star(3);
        org.patchbay.model.DiskImage recorded = org.patchbay.model.PatchbayFactory.eINSTANCE.createDiskImage();
        recorded.setName("alpha");
        recorded.setLocation(alpha.file().toString());
        cluster.getImages().add(recorded);
        List<String> nodes = List.of("node0", "node1", "node2");
        for (org.patchbay.model.Node node : cluster.getNodes()) {
            if (nodes.contains(node.getName())) {
                node.setOsImage(recorded);
                node.setBootMode(org.patchbay.model.BootMode.DISK);
            }
        }
        try (LabFixture fixture = new LabFixture(cluster, dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(90_000);
            for (String node : nodes) {
                assertEquals("image alpha\n" + node, run(fixture.lab, node, "cat", "/etc/patchbay-image", "/etc/hostname"), node + " runs the image, personalised");
                assertTrue(fixture.lab.sharesBase(node) && !Files.exists(fixture.lab.disk(node)), node + " has no disk of its own");
            }
            List<Path> bases;
            try (var listing = Files.list(fixture.lab.diskFolder().resolve("bases"))) {
                bases = listing.toList();
            }
            assertEquals(1, bases.size(), "one base disk for the three nodes: " + bases);
            long base = allocatedBytes(bases.get(0));
            long all = allocatedBytes(fixture.lab.diskFolder());
            assertTrue(base > 1 << 20 && all < base * 3 / 2, "three nodes of one image take about its space once: " + all + " bytes for a " + base + "-byte base");

            // personalised with secrets that never touch the disk: the node's own agent key, readable by root only
            assertEquals("600", run(fixture.lab, "node0", "stat", "-c", "%a", "/etc/patchbay/tls/node-key.pem"));
            assertTrue(!run(fixture.lab, "node0", "cat", "/etc/patchbay/tls/node.pem").equals(run(fixture.lab, "node1", "cat", "/etc/patchbay/tls/node.pem")),
                    "each node has its own certificate");
            run(fixture.lab, "node0", "sh", "-c", "echo changed > /etc/node0-note && rm /etc/patchbay-image && mkdir -p /srv/data /etc/ssh && echo kept > /srv/data/f");
            assertEquals("changed kept", run(fixture.lab, "node0", "sh", "-c", "echo $(cat /etc/node0-note /srv/data/f)"));
            assertEquals("image alpha", run(fixture.lab, "node1", "cat", "/etc/patchbay-image"), "a node's changes are its own");
            assertEquals("absent", run(fixture.lab, "node1", "sh", "-c", "test -e /etc/node0-note && echo present || echo absent"));
            assertAJobMovesIntoTheOtherNodesDisk(fixture, "node1", "node2");

            // capture node0 as the console does: off, its changes onto a disk of its own, captured
            ImagingTestbed imaging = new LabTestbed(fixture.lab).imaging().orElseThrow();
            Path disk = imaging.readableDisk("node0").orElseThrow();
            PduDriver pdu = new PduDriver(snmp, fixture.lab.pduDevice(), PduProfile.APC_RACK_PDU, 1);
            assertTrue(pdu.command(fixture.lab.pduOutlet("node0"), PowerCommand.OFF).get(30, TimeUnit.SECONDS).succeeded());
            imaging.ownDisk("node0");
            assertTrue(!fixture.lab.sharesBase("node0") && Files.isRegularFile(disk), "node0 has a disk of its own now");
            Process fsck = new ProcessBuilder("e2fsck", "-fn", disk.toString()).redirectErrorStream(true).start();
            String fsckOutput = new String(fsck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(fsck.waitFor(60, TimeUnit.SECONDS) && fsck.exitValue() == 0, "its file system is clean: " + fsckOutput);
            DiskImageFile mine = library.capture("mine", disk, "Patchbay busybox", "node0", null);
            assertEquals("", debugfsList(disk, "/etc/patchbay/tls"), "the captured disk holds no certificate or key");
            assertTrue(pdu.command(fixture.lab.pduOutlet("node0"), PowerCommand.ON).get(30, TimeUnit.SECONDS).succeeded());
            LabFixture.await("node0 up again", 90_000, () -> fixture.live.node("node0") != null && fixture.live.node("node0").up());
            assertEquals("changed kept absent", run(fixture.lab, "node0", "sh", "-c",
                    "echo $(cat /etc/node0-note /srv/data/f) $(test -e /etc/patchbay-image && echo present || echo absent)"), "node0 boots its own disk with its changes");

            List<NodeState> seen = new CopyOnWriteArrayList<>();
            ReimageBatch batch = reimage(fixture, snmp, mine, List.of("node2"), 200, seen);
            batch.done().get(300, TimeUnit.SECONDS);
            assertEquals(Phase.DONE, batch.state("node2").phase(), batch.state("node2").message());
            assertEquals("changed kept absent node2", run(fixture.lab, "node2", "sh", "-c",
                    "echo $(cat /etc/node0-note /srv/data/f) $(test -e /etc/patchbay-image && echo present || echo absent) $(cat /etc/hostname)"),
                    "the captured image holds node0's changes");
            assertTrue(!fixture.lab.sharesBase("node2") && Files.isRegularFile(fixture.lab.disk("node2")), "a reimaged node has a disk of its own");
            String node0Key = run(fixture.lab, "node0", "cat", "/etc/ssh/ssh_host_ed25519_key.pub");
            String node2Key = run(fixture.lab, "node2", "cat", "/etc/ssh/ssh_host_ed25519_key.pub");
            assertTrue(node0Key.startsWith("ssh-ed25519 ") && node2Key.startsWith("ssh-ed25519 ") && !node0Key.equals(node2Key),
                    "an image with /etc/ssh gives each node host keys of its own: " + node0Key + " / " + node2Key);
            assertEquals("image alpha", run(fixture.lab, "node1", "cat", "/etc/patchbay-image"), "node1 still runs the shared image");
        }
    }

    /** The names in a folder of an ext4 disk file (without . and ..), one per line, read with debugfs; the folder must exist. */
    private static String debugfsList(Path disk, String folder) throws Exception {
        Process debugfs = new ProcessBuilder("debugfs", "-R", "ls -p " + folder, disk.toString()).redirectErrorStream(true).start();
        String out = new String(debugfs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(debugfs.waitFor(60, TimeUnit.SECONDS), "debugfs " + disk);
        StringBuilder names = new StringBuilder();
        boolean listed = false;
        for (String line : out.split("\n")) {
            String[] fields = line.split("/");
            if (fields.length > 5 && fields[5].equals(".")) {
                listed = true;
            } else if (fields.length > 5 && !fields[5].equals("..")) {
                names.append(fields[5]).append('\n');
            }
        }
        assertTrue(listed, "debugfs listed " + folder + " of " + disk + ": " + out);
        return names.toString().strip();
    }

    private static long allocatedBytes(Path path) throws Exception {
        Process du = new ProcessBuilder("du", "-s", "-B1", path.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(du.waitFor(60, TimeUnit.SECONDS) && du.exitValue() == 0, "du " + path);
        return Long.parseLong(out.split("\\s+")[0]);
    }
}
