package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.core.live.LiveState;
import org.patchbay.core.power.Batch;
import org.patchbay.core.power.Operation;
import org.patchbay.core.power.PowerAction;
import org.patchbay.core.power.PowerOperations;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.power.PowerTimings;
import org.patchbay.snmp.OutletState;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.PowerCommand;
import org.patchbay.snmp.SnmpDevice;

/** Power operations against fakes of the testbed's agents and PDU: escalation, failure reasons, batches and cancel, in milliseconds. */
class PowerOperationsTest {

    /** A node that never goes down is given 300 ms; coming back is waited for up to 5 s, so a loaded machine's late timer still counts. */
    private static final PowerTimings QUICK = new PowerTimings(Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(5),
            List.of(Duration.ofMillis(20)));

    private final LiveState live = new LiveState();
    private final List<String> commands = new CopyOnWriteArrayList<>();

    private void up(String node, boolean isUp) {
        live.state(node, isUp ? ConnectionState.UP : ConnectionState.UNREACHABLE, "");
    }

    private static Optional<PowerOutlet> outlet(String node) {
        return Optional.of(new PowerOutlet(SnmpDevice.of("rack1", "127.0.0.1", 9, null), PduProfile.APC_RACK_PDU, 1, 1));
    }

    /** A PDU whose outlet 1 feeds node0: a cycle takes node0 down and, when {@code comesBack}, up again. */
    private PowerOperations.Outlets pdu(boolean comesBack) {
        return (outlet, command) -> {
            String node = "node0";
            commands.add(command.name());
            up(node, false);
            if (command != PowerCommand.OFF && comesBack) {
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> up(node, true));
            }
            return CompletableFuture.completedFuture(new PduDriver.Outcome(outlet.outlet(), command, OutletState.ON,
                    command == PowerCommand.OFF ? OutletState.OFF : OutletState.ON, null));
        };
    }

    @Test
    void aNodeThatAcceptsTheRebootButNeverGoesDownIsPowerCycled() throws Exception {
        up("node0", true);
        PowerOperations power = new PowerOperations(node -> CompletableFuture.completedFuture("accepted"), live, pdu(true), PowerOperationsTest::outlet, QUICK);
        Operation op = power.start("node0", PowerAction.REBOOT, "test");
        op.done().get(10, TimeUnit.SECONDS);
        assertEquals(Operation.State.SUCCEEDED, op.state(), op.outcome());
        assertTrue(op.outcome().contains("did not go down") && op.outcome().contains("power-cycled"), op.outcome());
        assertTrue(op.outcome().matches(".*, up after \\d+ s"), "says how long the node took to come back: " + op.outcome());
        assertTrue(!op.outcome().contains("pending"), "not the PDU's transient state: " + op.outcome());
        assertEquals(List.of("CYCLE"), commands);
        assertTrue(op.steps().stream().anyMatch(s -> s.state() == Operation.State.AGENT_REBOOT), "asked the agent first: " + op.steps());
    }

    @Test
    void aSilentAgentWithoutAnOutletFailsNamingWhy() throws Exception {
        up("node0", false);
        PowerOperations power = new PowerOperations(node -> CompletableFuture.failedFuture(new IllegalStateException("refused")), live, pdu(true),
                node -> Optional.empty(), QUICK);
        Operation op = power.start("node0", PowerAction.REBOOT, "test");
        op.done().get(10, TimeUnit.SECONDS);
        assertEquals(Operation.State.FAILED, op.state());
        assertEquals("node0's agent is not answering, and no PDU outlet feeds node0 to power-cycle it", op.outcome());
        assertEquals(List.of(), commands, "no PDU was touched");
    }

    @Test
    void aNodeThatDoesNotComeBackAfterTheCycleFails() throws Exception {
        up("node0", true);
        PowerOperations power = new PowerOperations(node -> CompletableFuture.completedFuture("accepted"), live, pdu(false), PowerOperationsTest::outlet, QUICK);
        Operation op = power.start("node0", PowerAction.CYCLE, "test");
        op.done().get(10, TimeUnit.SECONDS);
        assertEquals(Operation.State.FAILED, op.state());
        assertTrue(op.outcome().startsWith("node0 did not come back within"), op.outcome());
    }

    @Test
    void aCancelledBatchStartsNoMoreGroups() throws Exception {
        for (int i = 0; i < 6; i++) {
            up("n" + i, true);
        }
        // the agents accept and the nodes go down and come back: each reboot takes a little while
        PowerOperations power = new PowerOperations(node -> {
            up(node, false); // the agent took the reboot: its node goes down
            CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(() -> up(node, true));
            return CompletableFuture.completedFuture("accepted");
        }, live, pdu(true), PowerOperationsTest::outlet, QUICK);
        Batch batch = power.startBatch(List.of("n0", "n1", "n2", "n3", "n4", "n5"), PowerAction.REBOOT, "test", 2, Duration.ofMillis(200));
        long deadline = System.currentTimeMillis() + 10_000;
        while (batch.groups().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        batch.cancel();
        batch.done().get(10, TimeUnit.SECONDS);
        assertEquals(1, batch.groups().size(), "only the first group ran: " + batch.groups());
        assertTrue(power.history().stream().noneMatch(o -> List.of("n2", "n3", "n4", "n5").contains(o.node())), "no later node was touched");
    }
}
