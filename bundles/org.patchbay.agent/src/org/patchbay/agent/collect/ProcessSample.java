package org.patchbay.agent.collect;

/**
 * One process at one instant. CPU time is user + system clock ticks since it started; resident
 * memory is in bytes; the command line is the arguments joined by spaces, or {@code [name]} for a
 * kernel thread.
 */
public record ProcessSample(int pid, int ppid, String user, char state, String command, long cpuTicks, long rssBytes) {

    /** Percent of one CPU this process used between two samples taken {@code elapsedTicks} apart. */
    public double cpuPercentSince(ProcessSample earlier, long elapsedTicks) {
        return elapsedTicks <= 0 ? 0 : 100.0 * (cpuTicks - earlier.cpuTicks) / elapsedTicks;
    }
}
