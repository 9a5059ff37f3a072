package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.live.LiveState;
import org.patchbay.core.swapin.MachineActivity;

/** When machines were last busy, from agent events on an injected clock: CPU, experiment traffic, the management interface ignored. */
class MachineActivityTest {

    private final LiveState live = new LiveState();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-03T10:00:00Z"));

    @Test
    void busyMachinesAreSeenBusyAndQuietOnesKeepTheTimeTheyWereLastBusy() {
        for (String node : List.of("pc1", "pc2", "pc3")) {
            live.state(node, ConnectionState.UP, "");
        }
        try (MachineActivity activity = new MachineActivity(live, clock, 0.1, 100_000)) {
            report("pc1", List.of(), List.of());
            report("pc2", List.of(), List.of());
            report("pc3", List.of(), List.of());
            assertEquals(Optional.of(clock.instant()), activity.lastBusy("pc1"), "first seen counts as the start of its quiet");
            Instant start = clock.instant();

            clock.advance(java.time.Duration.ofSeconds(600));
            report("pc1", List.of(new ProcessInfo(10, 1, "root", "R", "spin", 99, 1 << 20)), List.of());
            report("pc2", List.of(), List.of(iface("eth0", 5_000_000)));
            report("pc3", List.of(new ProcessInfo(11, 1, "root", "S", "java -jar patchbay-agent.jar", 3, 1 << 20)),
                    List.of(iface("mgmt0", 50_000_000)));

            assertEquals(Optional.of(clock.instant()), activity.lastBusy("pc1"), "a runnable process is work");
            assertEquals(Optional.of(clock.instant()), activity.lastBusy("pc2"), "experiment traffic is work");
            assertEquals(Optional.of(start), activity.lastBusy("pc3"), "its own agent and the management network are not");
            assertTrue(activity.lastBusy("pc9").isEmpty(), "a machine never heard from");
        }
    }

    private void report(String node, List<ProcessInfo> processes, List<InterfaceInfo> interfaces) {
        live.event(node, new AgentEvent(clock.instant().toEpochMilli(), "boot", clock.instant().toEpochMilli(), new NodeStatus(node, "namespace", "test", 1, 1, 0, 0, 0, 0,
                1 << 30, 1 << 28), interfaces, true, processes, List.of()));
    }

    private static InterfaceInfo iface(String name, double bitsPerSecond) {
        return new InterfaceInfo(name, 0, 0, 0, 0, 0, 0, 0, 0, "up", 1000, bitsPerSecond / 2, bitsPerSecond / 2);
    }
}
