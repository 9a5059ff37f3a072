package org.patchbay.snmp;

/** An outlet as its PDU reports it. PENDING: a delayed command is waiting (Eaton's pendingOn/pendingOff). */
public enum OutletState {
    ON, OFF, PENDING, UNKNOWN
}
