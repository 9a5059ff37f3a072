package org.patchbay.agent.server;

import java.util.List;

import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;

/** Everything the agent knows about its node at one instant, with rates computed against the sample before. */
public record Snapshot(long timeMillis, NodeStatus status, List<InterfaceInfo> interfaces, List<ProcessInfo> processes) {
}
