package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.cli.PatchbayCli;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabInventory;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.Cluster;
import org.patchbay.model.Machine;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.Switch;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.ClusterBuilder;
import org.patchbay.model.templates.TestbedBuilder;
import org.patchbay.snmp.QBridgeVlans;
import org.patchbay.snmp.SnmpClient;

/**
 * {@code patchbay-cli swap} against the lab acting as a testbed (its switch programmed over real
 * SNMP): an experiment swapped in for a time shows in {@code list} with its reservation end, a second
 * swap-in is refused, {@code expire} swaps it out once the reservation has ended (its VLAN gone from
 * the switch, its machines free in the saved inventory), {@code out} swaps out one with no end, and bad
 * input is refused naming the option. {@code watch} swaps out an experiment whose machines do no work
 * (their real agents followed) while a busy one stays in until its reservation ends.
 */
class SwapCommandsTest {

    @Test
    void anExperimentSwappedInForATimeIsSwappedOutByExpireOnceItEnds() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Path dir = Files.createTempDirectory("patchbay-swap-cli");
        Testbed testbed = rack(3);
        ClusterBuilder b = new ClusterBuilder("expX");
        Node x1 = b.node("x1", 0, 0, NodeRole.COMPUTE);
        Node x2 = b.node("x2", 200, 0, NodeRole.COMPUTE);
        x1.setHardwareType("pc");
        x2.setHardwareType("pc");
        b.link(x1, x2, new int[] {10, 84, 1});
        Path topology = dir.resolve("expX.cluster");
        ClusterFiles.save(b.cluster(), topology);

        try (LabInventory lab = LabInventory.start(testbed, LabFixture.options(dir, false), LabListener.NONE, LabProgress.NONE);
                SnmpClient snmp = new SnmpClient()) {
            Path inventory = dir.resolve("rack.testbed");
            ClusterFiles.saveTestbed(testbed, inventory);
            String credentials = lab.credentials().toString();

            Result missing = cli("swap", "in", topology.toString(), inventory.toString());
            assertEquals(1, missing.exit);
            assertTrue(missing.err.contains("no SNMP credentials") && missing.err.contains("--credentials FILE"), missing.err);
            Result badTime = cli("swap", "in", topology.toString(), inventory.toString(), "--credentials", credentials, "--for", "soon");
            assertEquals(2, badTime.exit, badTime.err);
            assertTrue(badTime.err.contains("--for takes a number and a unit (s, m, h or d), like 8h or 90m; not 'soon'"), badTime.err);

            Result in = cli("swap", "in", topology.toString(), inventory.toString(), "--credentials", credentials, "--for", "2h");
            assertEquals(0, in.exit, in.err);
            assertTrue(in.out.contains("expX is swapped in on rack: 2 machines, 1 VLANs on 1 switches, reserved until "), in.out);
            List<Machine> reserved = ClusterFiles.loadTestbed(inventory).getMachines().stream().filter(m -> "expX".equals(m.getReservedBy())).toList();
            assertEquals(2, reserved.size(), "the saved inventory holds the reservation");
            assertNotNull(reserved.get(0).getReservedUntil());
            QBridgeVlans switchVlans = new QBridgeVlans(snmp, lab.vlanDevices().get("leaf1"), QBridgeVlans.VlanProfile.STANDARD);
            assertEquals(2, switchVlans.vlans().get(60, TimeUnit.SECONDS).size(), "VLAN 1 and expX's on the switch");

            Result listed = cli("swap", "list", inventory.toString());
            assertTrue(listed.out.startsWith("expX") && listed.out.contains("until 20"), listed.out);
            assertEquals(1, cli("swap", "in", topology.toString(), inventory.toString(), "--credentials", credentials).exit,
                    "a second swap-in of the same experiment is refused");
            assertTrue(cli("swap", "expire", inventory.toString(), "--credentials", credentials).out.contains("no reservation on rack has ended"));

            // the reservation ends (as two hours later)
            Testbed saved = ClusterFiles.loadTestbed(inventory);
            saved.getMachines().stream().filter(m -> "expX".equals(m.getReservedBy())).forEach(m -> m.setReservedUntil(java.time.Instant.now().minusSeconds(1).toString()));
            ClusterFiles.saveTestbed(saved, inventory);
            Result expired = cli("swap", "expire", inventory.toString(), "--credentials", credentials);
            assertEquals(0, expired.exit, expired.err);
            assertTrue(expired.out.contains("expX swapped out: its reservation ended"), expired.out);
            assertTrue(ClusterFiles.loadTestbed(inventory).getMachines().stream().allMatch(m -> m.getReservedBy() == null), "every machine free again");
            assertEquals(Set.of(1), switchVlans.vlans().get(60, TimeUnit.SECONDS).keySet(), "only VLAN 1 is left on the switch");

            Result again = cli("swap", "in", topology.toString(), inventory.toString(), "--credentials", credentials, "--name", "expY");
            assertTrue(again.out.contains("reserved until swapped out"), again.out + again.err);
            Result out = cli("swap", "out", "expY", inventory.toString(), "--credentials", credentials);
            assertEquals(0, out.exit, out.err);
            assertTrue(out.out.contains("expY is swapped out"), "exit " + out.exit + ": " + out.out + out.err);
            assertTrue(cli("swap", "list", inventory.toString()).out.contains("nothing is swapped in on rack"));
            assertNull(ClusterFiles.loadTestbed(inventory).getMachines().get(0).getReservedUntil());
        }
    }

    @Test
    void watchSwapsOutAnIdleExperimentAndKeepsABusyOneUntilItsReservationEnds() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Path dir = Files.createTempDirectory("patchbay-swap-watch");
        Testbed testbed = rack(4);
        Path busyTopology = pair(dir, "busy");
        Path idleTopology = pair(dir, "quiet");

        try (LabInventory lab = LabInventory.start(testbed, LabFixture.options(dir, false), LabListener.NONE, LabProgress.NONE);
                SnmpClient snmp = new SnmpClient()) {
            Path inventory = dir.resolve("rack.testbed");
            ClusterFiles.saveTestbed(testbed, inventory);
            String credentials = lab.credentials().toString();
            assertEquals(0, cli("swap", "in", busyTopology.toString(), inventory.toString(), "--credentials", credentials).exit);
            assertEquals(0, cli("swap", "in", idleTopology.toString(), inventory.toString(), "--credentials", credentials).exit);
            String busyMachine = machinesOf(inventory, "busy").get(0);
            Result badIdle = cli("swap", "watch", inventory.toString(), "--credentials", credentials, "--idle", "a while");
            assertEquals(2, badIdle.exit);
            assertTrue(badIdle.err.contains("--idle takes a number and a unit (s, m, h or d), like 8h or 90m; not 'a while'"), badIdle.err);

            Process burner = lab.lab().exec(busyMachine, List.of("sh", "-c", "while :; do :; done"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Thread watch = Thread.ofPlatform().name("swap-watch").start(() -> PatchbayCli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "swap", "watch", inventory.toString(), "--credentials", credentials, "--ca", dir.resolve("ca").toString(), "--idle", "4s",
                    "--every", "1s"));
            try {
                watchFor(out, err, () -> {
                    // the watch saves the inventory, then reports the look: wait for both
                    LabFixture.await("the watch to swap out the experiment whose machines do nothing", 180_000,
                            () -> machinesOf(inventory, "quiet").isEmpty() && out.toString().contains("quiet swapped out: idle for more than 4 s"));
                    assertEquals(2, machinesOf(inventory, "busy").size(), "the experiment whose machine works stays in: " + out + "\n" + err);

                    Testbed saved = ClusterFiles.loadTestbed(inventory);
                    saved.getMachines().stream().filter(m -> "busy".equals(m.getReservedBy()))
                            .forEach(m -> m.setReservedUntil(java.time.Instant.now().minusSeconds(1).toString()));
                    ClusterFiles.saveTestbed(saved, inventory);
                    LabFixture.await("the watch to swap out the busy experiment once its reservation ended", 120_000,
                            () -> machinesOf(inventory, "busy").isEmpty() && out.toString().contains("busy swapped out: its reservation ended"));
                    QBridgeVlans switchVlans = new QBridgeVlans(snmp, lab.vlanDevices().get("leaf1"), QBridgeVlans.VlanProfile.STANDARD);
                    assertEquals(Set.of(1), switchVlans.vlans().get(60, TimeUnit.SECONDS).keySet(), "only VLAN 1 is left on the switch");
                });
            } finally {
                watch.interrupt();
                watch.join(60_000);
                burner.destroyForcibly();
            }
            assertFalse(watch.isAlive(), "the watch stops when told");
        }
    }

    private interface Checks {
        void run() throws Exception;
    }

    /** Runs the checks of a running watch; a failure carries what the watch printed. */
    private static void watchFor(StringWriter out, StringWriter err, Checks checks) throws Exception {
        try {
            checks.run();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nthe watch printed:\n" + out + "\n" + err, e);
        }
    }

    /** Machines pc1..pcN of type pc on one switch, leaf1, whose VLANs come from 100-199. */
    private static Testbed rack(int machines) {
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch leaf = builder.switchNamed("leaf1", "100-199");
        for (int i = 1; i <= machines; i++) {
            builder.machineOn(leaf, "pc" + i, "pc", 1, 1000);
        }
        return builder.testbed();
    }

    private static Path pair(Path dir, String name) throws Exception {
        ClusterBuilder b = new ClusterBuilder(name);
        Node one = b.node(name + "1", 0, 0, NodeRole.COMPUTE);
        Node two = b.node(name + "2", 200, 0, NodeRole.COMPUTE);
        one.setHardwareType("pc");
        two.setHardwareType("pc");
        b.link(one, two, new int[] {10, 84, 1});
        Path topology = dir.resolve(name + ".cluster");
        ClusterFiles.save(b.cluster(), topology);
        return topology;
    }

    /** The machines the saved inventory reserves for {@code experiment}; none while the file is being replaced. */
    private static List<String> machinesOf(Path inventory, String experiment) {
        try {
            return ClusterFiles.loadTestbed(inventory).getMachines().stream().filter(m -> experiment.equals(m.getReservedBy())).map(Machine::getName)
                    .toList();
        } catch (org.patchbay.model.persistence.ClusterFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PatchbayCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
