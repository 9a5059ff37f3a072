package org.patchbay.core.power;

import java.util.Optional;
import java.util.function.Function;

import org.patchbay.model.PowerController;
import org.patchbay.snmp.PduProfile;

/** The SNMP driver profile for a PDU of the model: its vendor profile, or for "generic" the user's description of it. */
final class PduProfiles {

    private PduProfiles() {
    }

    static Optional<PduProfile> of(PowerController pdu, Function<String, Optional<PduProfile>> genericProfiles) {
        return switch (pdu.getVendorProfile()) {
            case APC_RACK_PDU -> Optional.of(PduProfile.APC_RACK_PDU);
            case APC_MASTER_SWITCH -> Optional.of(PduProfile.APC_MASTERSWITCH);
            case RARITAN_PDU2 -> Optional.of(PduProfile.RARITAN_PDU2);
            case EATON_EPDU -> Optional.of(PduProfile.EATON_EPDU);
            case GENERIC -> pdu.getName() == null ? Optional.empty() : genericProfiles.apply(pdu.getName());
        };
    }
}
