package org.patchbay.agent.server;

/** A request refused with an HTTP status and a message naming what was wrong. */
final class RequestException extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    RequestException(int status, String message) {
        super(message);
        this.status = status;
    }
}
