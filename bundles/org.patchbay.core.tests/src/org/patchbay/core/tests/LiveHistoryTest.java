package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.core.live.LiveHistory;
import org.patchbay.core.live.LiveState;

/** The charts' history of a node: the last {@link LiveHistory#POINTS} points with their times, oldest first, in order. */
class LiveHistoryTest {

    @Test
    void theLastPointsAreKeptWithTheirTimesAndValuesOldestFirst() {
        LiveState live = new LiveState();
        List<Long> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        long time = 1_764_800_000_000L;
        int events = LiveHistory.POINTS + 137;
        for (int i = 0; i < events; i++) {
            // irregular gaps, as events arrive from a loaded agent; one pause of a day
            time += i == 300 ? 86_400_000L : 700 + (i * 37) % 900;
            double rate = 1e9 * (i % 10) + i * 1234.5;
            times.add(time);
            rates.add(rate);
            live.event("n1", event(i, time, 10 + i % 90, rate));
        }
        Object[] points = live.history("n1").iface("eth0")[0].copy();
        long[] t = (long[]) points[0];
        double[] v = (double[]) points[1];
        assertEquals(LiveHistory.POINTS, t.length, "the ring holds the last points only");
        long[] expectedTimes = times.subList(events - LiveHistory.POINTS, events).stream().mapToLong(Long::longValue).toArray();
        assertArrayEquals(expectedTimes, t, "each point keeps its time to the millisecond");
        for (int i = 0; i < v.length; i++) {
            double expected = rates.get(events - LiveHistory.POINTS + i);
            assertEquals(expected, v[i], Math.abs(expected) * 1e-6, "point " + i);
        }
        double[] cpu = (double[]) live.history("n1").cpu().copy()[1];
        assertEquals(10 + (events - 1) % 90, cpu[cpu.length - 1], 1e-4);
    }

    @Test
    void aClockThatGoesBackKeepsThePointsInOrder() {
        LiveState live = new LiveState();
        live.event("n1", event(1, 10_000, 5, 1));
        live.event("n1", event(2, 11_000, 6, 2));
        live.event("n1", event(3, 9_000, 7, 3));
        live.event("n1", event(4, 12_500, 8, 4));
        long[] t = (long[]) live.history("n1").cpu().copy()[0];
        assertArrayEquals(new long[] {10_000, 11_000, 11_000, 12_500}, t);
        double[] v = (double[]) live.history("n1").cpu().copy()[1];
        assertTrue(v[2] == 7 && v[3] == 8, "values stay with their points");
    }

    private static AgentEvent event(long seq, long timeMillis, double cpu, double rxBitsPerSecond) {
        NodeStatus status = new NodeStatus("n1", "lab", "test", 100, 2, cpu, 0.1, 0.1, 0.1, 1L << 30, 1L << 29, 2);
        InterfaceInfo eth0 = new InterfaceInfo("eth0", 0, 0, 0, 0, 0, 0, 0, 0, "up", 1000, rxBitsPerSecond, rxBitsPerSecond / 2);
        return new AgentEvent(seq, "boot", timeMillis, status, List.of(eth0), seq == 1, List.of(), List.of());
    }
}
