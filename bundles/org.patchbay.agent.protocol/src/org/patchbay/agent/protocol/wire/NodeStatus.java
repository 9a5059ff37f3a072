package org.patchbay.agent.protocol.wire;

/**
 * A node's machine-wide figures as the agent reports them. {@code mode} says how the agent runs:
 * {@code host} on a real machine, {@code namespace} in a lab network namespace, {@code loopback} in
 * the lab's degraded mode, where it shares the console machine's processes and interfaces.
 */
public record NodeStatus(String node, String mode, String agentVersion, double uptimeSeconds, int cpus, double cpuPercent, double load1,
        double load5, double load15, long memoryTotalBytes, long memoryUsedBytes) {

    public double memoryPercent() {
        return memoryTotalBytes <= 0 ? 0 : 100.0 * memoryUsedBytes / memoryTotalBytes;
    }
}
