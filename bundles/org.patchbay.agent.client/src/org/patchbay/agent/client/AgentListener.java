package org.patchbay.agent.client;

import org.patchbay.agent.protocol.wire.AgentEvent;

/** Receives one node's events and state changes, on the client's threads (never the UI thread). */
public interface AgentListener {

    void event(String node, AgentEvent event);

    /** {@code reason} says why, in words a user can act on; empty for UP. */
    void state(String node, ConnectionState state, String reason);
}
