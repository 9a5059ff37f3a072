package org.patchbay.core.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;

/**
 * How busy a node is, as the balancer and Best Node weigh it: the cores its processes use (the sum
 * of their CPU, so a lab node counts only its own) over the cores it has, and the share of its
 * memory in use. {@code capacity} is in cores: a node twice as fast counts twice.
 */
public record NodeLoad(String node, double busyCores, double capacity, double memoryFraction) {

    /** Busy cores per core of capacity: 1.0 is fully busy, 2.0 twice oversubscribed. */
    public double load() {
        return capacity <= 0 ? Double.MAX_VALUE : busyCores / capacity;
    }

    /** The load of every node that is up, from what its agent last reported. */
    public static Map<String, NodeLoad> of(LiveState live) {
        Map<String, NodeLoad> loads = new LinkedHashMap<>();
        for (LiveNode n : live.nodes().values()) {
            if (n.up() && n.status() != null) {
                double busy = 0;
                for (ProcessInfo p : n.processes().values()) {
                    busy += p.cpuPercent() / 100.0;
                }
                double memory = n.status().memoryTotalBytes() <= 0 ? 0 : (double) n.status().memoryUsedBytes() / n.status().memoryTotalBytes();
                loads.put(n.node(), new NodeLoad(n.node(), busy, Math.max(0.01, n.status().cpuCapacity()), memory));
            }
        }
        return loads;
    }
}
