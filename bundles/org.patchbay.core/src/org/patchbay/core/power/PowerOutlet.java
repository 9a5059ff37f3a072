package org.patchbay.core.power;

import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.SnmpDevice;

/** The PDU outlet that feeds a node. */
public record PowerOutlet(SnmpDevice pdu, PduProfile profile, int unit, int outlet) {

    @Override
    public String toString() {
        return pdu.name() + " outlet " + outlet;
    }
}
