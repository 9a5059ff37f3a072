package org.patchbay.agent.collect;

/**
 * Machine-wide figures at one instant: CPU time counters (in clock ticks, all CPUs together),
 * load averages, memory in bytes, uptime in seconds.
 */
public record HostSample(int cpus, long cpuBusyTicks, long cpuTotalTicks, double load1, double load5, double load15,
        long memoryTotalBytes, long memoryAvailableBytes, double uptimeSeconds) {

    /** Percent of all CPUs busy between {@code earlier} and this sample (0-100). */
    public double cpuPercentSince(HostSample earlier) {
        long total = cpuTotalTicks - earlier.cpuTotalTicks;
        return total <= 0 ? 0 : 100.0 * (cpuBusyTicks - earlier.cpuBusyTicks) / total;
    }

    public long memoryUsedBytes() {
        return memoryTotalBytes - memoryAvailableBytes;
    }
}
