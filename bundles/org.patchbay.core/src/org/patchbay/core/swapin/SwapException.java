package org.patchbay.core.swapin;

/** A swap-in or swap-out could not be done; the message says what and, after a failed swap-in, that it was rolled back. */
public final class SwapException extends Exception {

    private static final long serialVersionUID = 1L;

    public SwapException(String message) {
        super(message);
    }

    public SwapException(String message, Throwable cause) {
        super(message, cause);
    }
}
