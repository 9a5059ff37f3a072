package org.patchbay.core.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;

/**
 * How busy a node is, as the balancer and Best Node weigh it, in MOSIX's spirit (its load is the run
 * queue): {@code busyCores} is the CPU its processes want, each runnable process counting a whole
 * core and any other the share it used (so a saturated node with eight runnable jobs counts eight,
 * not the one core it has); over {@code capacity}, the cores it may use (a node twice as fast counts
 * twice; a quota counts); and the share of its memory in use. The node's own agent is left out.
 */
public record NodeLoad(String node, double busyCores, double capacity, double memoryFraction) {

    /** Wanted cores per core of capacity: 1.0 is fully busy, 2.0 twice oversubscribed. */
    public double load() {
        return capacity <= 0 ? Double.MAX_VALUE : busyCores / capacity;
    }

    /** The load of every node that is up, from what its agent last reported. */
    public static Map<String, NodeLoad> of(LiveState live) {
        Map<String, NodeLoad> loads = new LinkedHashMap<>();
        for (LiveNode n : live.nodes().values()) {
            if (n.up() && n.status() != null) {
                double busy = busyCores(n);
                double memory = n.status().memoryTotalBytes() <= 0 ? 0 : (double) n.status().memoryUsedBytes() / n.status().memoryTotalBytes();
                loads.put(n.node(), new NodeLoad(n.node(), busy, Math.max(0.01, n.status().cpuCapacity()), memory));
            }
        }
        return loads;
    }

    /** The cores a node's processes want (its agent left out). */
    public static double busyCores(LiveNode n) {
        double busy = 0;
        for (ProcessInfo p : n.processes().values()) {
            busy += demand(p);
        }
        return busy;
    }

    /** What one process wants: a whole core while it is runnable, else the share it used; the agent itself nothing. */
    static double demand(ProcessInfo p) {
        if (p.command().contains("patchbay-agent")) {
            return 0;
        }
        return Math.max(p.cpuPercent() / 100.0, p.state().startsWith("R") ? 1 : 0);
    }
}
