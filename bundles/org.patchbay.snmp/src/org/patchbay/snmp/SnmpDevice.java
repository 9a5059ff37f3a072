package org.patchbay.snmp;

/** Where a device is and how to talk to it; timeout per try and retries are per device, so a slow one only slows itself. */
public record SnmpDevice(String name, String host, int port, SnmpCredentials credentials, long timeoutMillis, int retries) {

    public static SnmpDevice of(String name, String host, int port, SnmpCredentials credentials) {
        return new SnmpDevice(name, host, port, credentials, 1000, 1);
    }

    public SnmpDevice withTimeout(long millis, int tries) {
        return new SnmpDevice(name, host, port, credentials, millis, tries);
    }

    @Override
    public String toString() {
        return name + " (" + host + ":" + port + ", " + credentials + ")";
    }
}
