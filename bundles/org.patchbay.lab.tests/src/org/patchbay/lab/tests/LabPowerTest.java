package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.core.power.Batch;
import org.patchbay.core.power.Operation;
import org.patchbay.core.power.OperationRefused;
import org.patchbay.core.power.PowerAction;
import org.patchbay.core.power.PowerOperations;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.power.PowerTimings;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.snmp.OutletState;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/** Power end to end in the lab: its SNMP PDU really cuts and restores nodes; reboot escalates; batches pace themselves. */
class LabPowerTest {

    @TempDir
    Path dir;

    private static PowerOperations operations(LabFixture fixture, SnmpClient snmp) {
        return new PowerOperations(fixture.monitor, fixture.live, snmp,
                node -> Optional.of(new PowerOutlet(fixture.lab.pduDevice(), PduProfile.APC_RACK_PDU, 1, fixture.lab.pduOutlet(node))), PowerTimings.lab());
    }

    @Test
    void aWedgedNodeIsPowerCycledByEscalationAndComesBackWhileAHealthyOneRebootsThroughItsAgent() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does)");
        try (LabFixture fixture = new LabFixture(TopologyTemplates.star(2), dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(20_000);
            PduDriver pdu = new PduDriver(snmp, fixture.lab.pduDevice(), PduDriver.detect(snmp, fixture.lab.pduDevice()).get(10, TimeUnit.SECONDS).orElseThrow(), 1);
            assertEquals(PduProfile.APC_RACK_PDU, pdu.profile(), "the lab PDU passes for an APC Rack PDU");
            assertEquals(OutletState.ON, pdu.read(1).get(10, TimeUnit.SECONDS));

            fixture.lab.wedge("node1");
            fixture.awaitAllUp(20_000);
            PowerOperations power = operations(fixture, snmp);
            Operation healthy = power.start("node0", PowerAction.REBOOT, "test");
            Operation wedged = power.start("node1", PowerAction.REBOOT, "test");
            OperationRefused busy = assertThrows(OperationRefused.class, () -> power.start("node1", PowerAction.OFF, "someone else"));
            assertTrue(busy.getMessage().contains("node1 is busy: reboot started by test"), busy.getMessage());

            healthy.done().get(60, TimeUnit.SECONDS);
            wedged.done().get(60, TimeUnit.SECONDS);
            assertEquals(Operation.State.SUCCEEDED, healthy.state(), healthy.outcome());
            assertTrue(healthy.outcome().matches("node0 rebooted by its agent, up after \\d+ s"), healthy.outcome());
            assertEquals(Operation.State.SUCCEEDED, wedged.state(), wedged.outcome());
            assertTrue(wedged.outcome().contains("did not go down") && wedged.outcome().contains("power-cycled through lab-pdu outlet 2"), wedged.outcome());
            assertTrue(wedged.steps().stream().anyMatch(s -> s.state() == Operation.State.POWER_COMMAND));
            assertTrue(fixture.live.node("node1").up(), "node1 is back after the power cycle");
        }
    }

    @Test
    void anUnreachablePduGivesUpWithinTheBoundAndChangesNothing() throws Exception {
        Cluster cluster = TopologyTemplates.star(1);
        Cluster before = EcoreUtil.copy(cluster);
        try (LabFixture fixture = new LabFixture(cluster, dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(20_000);
            SnmpDevice dead = SnmpDevice.of("rack-pdu-7", "127.0.0.1", 9,
                    SnmpCredentials.v3("patchbay", SnmpCredentials.Auth.SHA256, "whatever-passphrase", SnmpCredentials.Privacy.AES128, "whatever-passphrase"))
                    .withTimeout(300, 1);
            PowerTimings quick = new PowerTimings(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10),
                    List.of(Duration.ofMillis(200), Duration.ofMillis(400)));
            PowerOperations power = new PowerOperations(fixture.monitor, fixture.live, snmp,
                    node -> Optional.of(new PowerOutlet(dead, PduProfile.APC_RACK_PDU, 1, 1)), quick);
            long started = System.currentTimeMillis();
            Operation off = power.start("node0", PowerAction.OFF, "test");
            off.done().get(30, TimeUnit.SECONDS);
            long took = System.currentTimeMillis() - started;
            // 3 tries x (300 ms x 2 attempts for discovery and request, at most) + 600 ms of pauses
            assertTrue(took < 6000, "gave up after " + took + " ms");
            assertEquals(Operation.State.FAILED, off.state());
            assertTrue(off.outcome().contains("gave up after 3 tries: rack-pdu-7 is unreachable"), off.outcome());
            assertTrue(fixture.live.node("node0").up(), "the node was not touched");
            assertTrue(EcoreUtil.equals(before, cluster), "the model is as it was");

            SnmpDevice wrongKey = SnmpDevice.of("lab-pdu", fixture.lab.pduDevice().host(), fixture.lab.pduDevice().port(),
                    SnmpCredentials.v3("patchbay", SnmpCredentials.Auth.SHA256, "not-the-lab-key", SnmpCredentials.Privacy.AES128, "not-the-lab-key"));
            PowerOperations badKey = new PowerOperations(fixture.monitor, fixture.live, snmp,
                    node -> Optional.of(new PowerOutlet(wrongKey, PduProfile.APC_RACK_PDU, 1, 1)), quick);
            Operation refused = badKey.start("node0", PowerAction.OFF, "test");
            refused.done().get(30, TimeUnit.SECONDS);
            assertEquals(Operation.State.FAILED, refused.state());
            assertTrue(refused.outcome().contains("authentication failure"), refused.outcome());
            assertTrue(fixture.live.node("node0").up());
        }
    }

    @Test
    void cancellingABatchStartsNoMoreGroups() throws Exception {
        Cluster cluster = TopologyTemplates.star(4);
        try (LabFixture fixture = new LabFixture(cluster, dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(30_000);
            PowerOperations power = operations(fixture, snmp);
            List<String> nodes = cluster.getNodes().stream().map(Node::getName).toList();
            Batch batch = power.startBatch(nodes, PowerAction.CYCLE, "test", 2, Duration.ofSeconds(30));
            LabFixture.await("the first group to finish", 60_000, () -> batch.groups().size() == 1);
            batch.cancel();
            batch.done().get(10, TimeUnit.SECONDS);
            assertEquals(1, batch.groups().size(), "no group started after the cancel");
            assertEquals(List.of("node0", "node1"), power.history().stream().map(Operation::node).toList(), "node2 and node3 were never touched");
            assertTrue(batch.cancelled());
            fixture.awaitAllUp(30_000);
        }
    }

    @Test
    void tenNodesArePowerCycledInGroupsOfFourWithAPauseBetween() throws Exception {
        Cluster cluster = TopologyTemplates.star(10);
        try (LabFixture fixture = new LabFixture(cluster, dir, false); SnmpClient snmp = new SnmpClient()) {
            fixture.awaitAllUp(60_000);
            PowerOperations power = operations(fixture, snmp);
            List<String> nodes = cluster.getNodes().stream().map(Node::getName).toList();
            Duration pause = Duration.ofSeconds(2);
            Batch batch = power.startBatch(nodes, PowerAction.CYCLE, "test", 4, pause);
            batch.done().get(180, TimeUnit.SECONDS);
            List<Batch.Group> groups = batch.groups();
            assertEquals(List.of(4, 4, 2), groups.stream().map(g -> g.operations().size()).toList());
            assertEquals(nodes, groups.stream().flatMap(g -> g.operations().stream()).map(Operation::node).toList(), "in order");
            for (int g = 1; g < groups.size(); g++) {
                Duration gap = Duration.between(groups.get(g - 1).finished(), groups.get(g).started());
                assertTrue(gap.compareTo(pause) >= 0 && gap.compareTo(pause.plusSeconds(1)) < 0, "pause between groups: " + gap);
            }
            for (Batch.Group group : groups) {
                Instant first = group.operations().get(0).requested();
                for (Operation op : group.operations()) {
                    assertEquals(Operation.State.SUCCEEDED, op.state(), op.toString());
                    assertTrue(Duration.between(first, op.requested()).toMillis() < 500, "a group starts together");
                    assertTrue(!op.requested().isBefore(group.started()) && !op.finishedAt().isAfter(group.finished()));
                }
            }
            fixture.awaitAllUp(30_000);
        }
    }
}
