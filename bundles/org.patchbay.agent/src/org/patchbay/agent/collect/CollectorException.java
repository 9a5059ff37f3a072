package org.patchbay.agent.collect;

import java.io.IOException;

/** A kernel file could not be read or did not have the expected form; the message names it. */
public class CollectorException extends IOException {
    private static final long serialVersionUID = 1L;

    public CollectorException(String message, Throwable cause) {
        super(message, cause);
    }

    public CollectorException(String message) {
        super(message);
    }
}
