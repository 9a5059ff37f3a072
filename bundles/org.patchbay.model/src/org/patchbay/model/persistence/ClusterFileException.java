package org.patchbay.model.persistence;

import java.io.IOException;

/** A topology file could not be read or written; the message names the file and what to do. */
public class ClusterFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public ClusterFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ClusterFileException(String message) {
        super(message);
    }
}
