package org.patchbay.agent.client;

/** Where the console stands with one node's agent. */
public enum ConnectionState {
    /** Dialling, or waiting for the first event. */
    CONNECTING,
    /** Events arrive on time. */
    UP,
    /** The agent stopped answering, refused the connection or broke the stream; retrying with backoff. */
    UNREACHABLE,
    /** The agent said it is rebooting; retrying until it is back. */
    REBOOTING,
    /** TLS failed: the agent's certificate is not from our CA or names another node. Retried, but slowly. */
    UNTRUSTED,
    /** Closed by the console. */
    CLOSED
}
