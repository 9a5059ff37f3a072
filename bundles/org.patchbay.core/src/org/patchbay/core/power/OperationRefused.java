package org.patchbay.core.power;

/** A power request that was not started, with the reason (another operation on the node, no outlet ...). */
public class OperationRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public OperationRefused(String message) {
        super(message);
    }
}
