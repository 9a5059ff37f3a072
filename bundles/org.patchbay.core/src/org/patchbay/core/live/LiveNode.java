package org.patchbay.core.live;

import java.util.Map;

import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;

/**
 * What the console knows about one node right now. Immutable: the store swaps in a new one per
 * event, so a reader (the UI thread) never sees half an update. {@code status} is null until the
 * first event; {@code eventMillis} is when the agent took the latest sample.
 */
public record LiveNode(String node, ConnectionState state, String reason, NodeStatus status, Map<String, InterfaceInfo> interfaces,
        Map<Integer, ProcessInfo> processes, long eventMillis, long receivedNanos) {

    public static LiveNode connecting(String node) {
        return new LiveNode(node, ConnectionState.CONNECTING, "", null, Map.of(), Map.of(), 0, 0);
    }

    public boolean up() {
        return state == ConnectionState.UP;
    }

    LiveNode withState(ConnectionState newState, String newReason) {
        return new LiveNode(node, newState, newReason, status, interfaces, processes, eventMillis, receivedNanos);
    }
}
