package org.patchbay.lab;

/** The lab could not do something; the message names what and says how to fix it. */
public class LabException extends Exception {

    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
