package org.patchbay.agent.client;

/** A request to an agent failed; the message names the node and says what to check. */
public class AgentException extends Exception {

    private static final long serialVersionUID = 1L;

    public AgentException(String message, Throwable cause) {
        super(message, cause);
    }
}
