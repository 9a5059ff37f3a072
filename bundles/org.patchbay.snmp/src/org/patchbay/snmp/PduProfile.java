package org.patchbay.snmp;

import java.util.Map;

import org.snmp4j.smi.OID;

/**
 * Where one PDU model keeps its outlets and how it spells their states and commands. OIDs are
 * templates: {@code <outlet>} is the outlet number and {@code <unit>} the unit (or PDU) number in a
 * daisy chain ({@code defaultUnit} for a lone PDU: Raritan numbers PDUs from 1, Eaton units from 0). Values as
 * in the vendors' MIBs:
 * <ul>
 * <li>APC Rack PDU (PowerNet-MIB {@code rPDUOutletControlOutletCommand}): write 1 immediateOn, 2
 * immediateOff, 3 immediateReboot; read 1 on, 2 off (3, a reboot under way, reads as pending).</li>
 * <li>APC MasterSwitch ({@code sPDUOutletCtl}): 1 outletOn, 2 outletOff, 3 outletReboot; read 1, 2
 * (4 outletUnknown).</li>
 * <li>Raritan PDU2 ({@code switchingOperation} column 2, 0 off, 1 on, 2 cycle; state from
 * {@code outletSwitchingState} column 3, a sensor state: 7 on, 8 off).</li>
 * <li>Eaton ePDU (EATON-EPDU-MIB {@code outletControlTable}): status column 2 (0 off, 1 on, 2
 * pendingOff, 3 pendingOn); columns 3/4/5 off/on/reboot take a delay in seconds, 0 meaning now.</li>
 * </ul>
 */
public record PduProfile(String id, String label, String sysObjectIdPrefix, int defaultUnit, String stateOid, Map<Integer, OutletState> states,
        String commandOid, Map<PowerCommand, String> commandOids, Map<PowerCommand, Integer> commandValues) {

    public static final PduProfile APC_RACK_PDU = new PduProfile("apcRackPdu", "APC Rack PDU", "1.3.6.1.4.1.318.1.3.4", 1,
            "1.3.6.1.4.1.318.1.1.12.3.3.1.1.4.<outlet>", Map.of(1, OutletState.ON, 2, OutletState.OFF, 3, OutletState.PENDING),
            "1.3.6.1.4.1.318.1.1.12.3.3.1.1.4.<outlet>", Map.of(), Map.of(PowerCommand.ON, 1, PowerCommand.OFF, 2, PowerCommand.CYCLE, 3));

    public static final PduProfile APC_MASTERSWITCH = new PduProfile("apcMasterSwitch", "APC MasterSwitch", "1.3.6.1.4.1.318.1.3.4.1", 1,
            "1.3.6.1.4.1.318.1.1.4.4.2.1.3.<outlet>", Map.of(1, OutletState.ON, 2, OutletState.OFF, 3, OutletState.PENDING, 4, OutletState.UNKNOWN),
            "1.3.6.1.4.1.318.1.1.4.4.2.1.3.<outlet>", Map.of(), Map.of(PowerCommand.ON, 1, PowerCommand.OFF, 2, PowerCommand.CYCLE, 3));

    public static final PduProfile RARITAN_PDU2 = new PduProfile("raritanPdu2", "Raritan PDU2", "1.3.6.1.4.1.13742.6", 1,
            "1.3.6.1.4.1.13742.6.4.1.2.1.3.<unit>.<outlet>", Map.of(7, OutletState.ON, 8, OutletState.OFF),
            "1.3.6.1.4.1.13742.6.4.1.2.1.2.<unit>.<outlet>", Map.of(), Map.of(PowerCommand.OFF, 0, PowerCommand.ON, 1, PowerCommand.CYCLE, 2));

    public static final PduProfile EATON_EPDU = new PduProfile("eatonEpdu", "Eaton ePDU", "1.3.6.1.4.1.534.6.6.7", 0,
            "1.3.6.1.4.1.534.6.6.7.6.6.1.2.<unit>.<outlet>",
            Map.of(0, OutletState.OFF, 1, OutletState.ON, 2, OutletState.PENDING, 3, OutletState.PENDING),
            null, Map.of(PowerCommand.OFF, "1.3.6.1.4.1.534.6.6.7.6.6.1.3.<unit>.<outlet>", PowerCommand.ON, "1.3.6.1.4.1.534.6.6.7.6.6.1.4.<unit>.<outlet>",
                    PowerCommand.CYCLE, "1.3.6.1.4.1.534.6.6.7.6.6.1.5.<unit>.<outlet>"),
            Map.of(PowerCommand.OFF, 0, PowerCommand.ON, 0, PowerCommand.CYCLE, 0));

    public OID stateOid(int unit, int outlet) {
        return oid(stateOid, unit, outlet);
    }

    public OID commandOid(PowerCommand command, int unit, int outlet) {
        String template = commandOids.containsKey(command) ? commandOids.get(command) : commandOid;
        return oid(template, unit, outlet);
    }

    public OutletState state(int value) {
        return states.getOrDefault(value, OutletState.UNKNOWN);
    }

    private static OID oid(String template, int unit, int outlet) {
        return new OID(template.replace("<unit>", Integer.toString(unit)).replace("<outlet>", Integer.toString(outlet)));
    }
}
