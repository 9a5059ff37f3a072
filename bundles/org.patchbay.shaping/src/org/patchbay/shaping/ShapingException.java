package org.patchbay.shaping;

/** A pipe a backend cannot express; the message names the link, the value and what would work. */
public class ShapingException extends Exception {

    private static final long serialVersionUID = 1L;

    public ShapingException(String message) {
        super(message);
    }
}
