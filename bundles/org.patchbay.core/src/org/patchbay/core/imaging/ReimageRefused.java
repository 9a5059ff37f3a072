package org.patchbay.core.imaging;

/** A reimage that was not started, and why; nothing was changed. */
public final class ReimageRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public ReimageRefused(String message) {
        super(message);
    }
}
