package org.patchbay.agent.server;

import java.time.Duration;

/**
 * Everything a peer can make an agent hold, bounded (docs/agent-api.md, "Limits"). Unauthenticated
 * peers are bounded by address, because every lab agent is dialled from the console's one address
 * and agents dial each other; authenticated ones by client certificate.
 *
 * @param maxConnections open TCP connections; past it the agent stops accepting until one closes
 * @param maxHandshakes TLS handshakes in progress, from everyone
 * @param maxHandshakesPerSource TLS handshakes in progress from one IP address; more are closed at once
 * @param handshakeTimeout a handshake not finished by then is closed
 * @param idleTimeout an established connection with no traffic either way is closed
 * @param maxStreams event streams open, from everyone
 * @param maxStreamsPerClient event streams open with one client certificate
 * @param maxHeaderBytes request line and headers
 * @param maxBodyBytes a request body (the largest, a shaping plan)
 */
public record AgentLimits(int maxConnections, int maxHandshakes, int maxHandshakesPerSource, Duration handshakeTimeout, Duration idleTimeout,
        int maxStreams, int maxStreamsPerClient, int maxHeaderBytes, int maxBodyBytes) {

    public AgentLimits {
        if (maxConnections < 2 || maxHandshakes < 1 || maxHandshakesPerSource < 1 || maxStreams < 1 || maxStreamsPerClient < 1 || maxHeaderBytes < 1024
                || maxBodyBytes < 1024 || handshakeTimeout.isNegative() || handshakeTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("agent limits must be positive (connections >= 2, headers and bodies >= 1 KB): " + this);
        }
    }

    /**
     * Sized for a node agent: one console (an event stream and a few requests) and a few peer agents,
     * with room left for a console that redials before its old stream is noticed gone. At these sizes a
     * flood costs at most about 32 handshake buffers of 17 KB and 32 streams of one pending sample each.
     */
    public static AgentLimits standard() {
        return new AgentLimits(64, 32, 8, Duration.ofSeconds(10), Duration.ofSeconds(30), 32, 8, 8 * 1024, 1 << 20);
    }
}
