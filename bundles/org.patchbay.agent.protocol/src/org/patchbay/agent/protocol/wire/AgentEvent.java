package org.patchbay.agent.protocol.wire;

import java.util.List;

/**
 * One message of the agent's event stream. {@code seq} counts up by one per event on a stream, so
 * a gap means events were lost; {@code boot} changes whenever the agent restarts. The first event of
 * a stream carries the whole process table ({@code processSnapshot}); later ones carry only the
 * processes that started or changed and the pids that exited.
 */
public record AgentEvent(long seq, String boot, long timeMillis, NodeStatus status, List<InterfaceInfo> interfaces, boolean processSnapshot,
        List<ProcessInfo> processes, List<Integer> exitedPids) {
}
