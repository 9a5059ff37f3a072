package org.patchbay.agent.protocol.wire;

/**
 * A node's machine-wide figures as the agent reports them. {@code mode} says how the agent runs:
 * {@code host} on a real machine, {@code namespace} in a lab network namespace, {@code loopback} in
 * the lab's degraded mode, where it shares the console machine's processes and interfaces.
 * {@code cpuCapacity} is the cores the node may use: {@code cpus}, or less under a CPU quota (a
 * lab node given a share of the host, a container).
 */
public record NodeStatus(String node, String mode, String agentVersion, double uptimeSeconds, int cpus, double cpuPercent, double load1,
        double load5, double load15, long memoryTotalBytes, long memoryUsedBytes, double cpuCapacity) {

    /** A node without a CPU quota: its capacity is its cores. */
    public NodeStatus(String node, String mode, String agentVersion, double uptimeSeconds, int cpus, double cpuPercent, double load1, double load5,
            double load15, long memoryTotalBytes, long memoryUsedBytes) {
        this(node, mode, agentVersion, uptimeSeconds, cpus, cpuPercent, load1, load5, load15, memoryTotalBytes, memoryUsedBytes, cpus);
    }

    public double memoryPercent() {
        return memoryTotalBytes <= 0 ? 0 : 100.0 * memoryUsedBytes / memoryTotalBytes;
    }
}
