package org.patchbay.agent.protocol.wire;

/** One process on a node; CPU is percent of one core over the last sampling interval. */
public record ProcessInfo(int pid, int ppid, String user, String state, String command, double cpuPercent, long rssBytes) {
}
