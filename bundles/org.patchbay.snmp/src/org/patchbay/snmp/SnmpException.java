package org.patchbay.snmp;

/**
 * An SNMP request that did not succeed, with a kind that tells apart what a user must fix
 * differently: nothing answers, the answer proves wrong credentials, or the device refused.
 */
public class SnmpException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** No answer within the timeout and retries: wrong address or port, device down, or a v1/v2c community it ignores. */
        TIMEOUT,
        /** The device says the credentials are wrong (wrong digest, unknown user, decryption error, security level). */
        AUTHENTICATION,
        /** The device answered with an error status (noSuchName, notWritable, wrongValue ...). */
        REFUSED,
        /** The object does not exist on this device. */
        NO_SUCH_OBJECT,
        /** The request could not be sent (bad address, socket). */
        LOCAL
    }

    private final Kind kind;

    public SnmpException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SnmpException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
