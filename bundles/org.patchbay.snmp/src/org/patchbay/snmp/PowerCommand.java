package org.patchbay.snmp;

/** What a PDU outlet can be told to do. CYCLE is off then on, done by the PDU itself. */
public enum PowerCommand {
    ON, OFF, CYCLE;

    /** The state an outlet should end in after the command (a cycle ends on). */
    public OutletState expected() {
        return this == OFF ? OutletState.OFF : OutletState.ON;
    }
}
