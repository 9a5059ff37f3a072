package org.patchbay.experiment;

/** A sweep that cannot start or go on, with what is wrong and the fix. */
public final class SweepException extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }

    public SweepException(String message, Throwable cause) {
        super(message, cause);
    }
}
