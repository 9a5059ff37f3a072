package org.patchbay.lab;

import java.io.File;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;

/**
 * The lab's power strip: an SNMP agent (SNMP4J-agent) that looks like an APC Rack PDU — sysObjectID
 * of an AP8941 and the {@code rPDUOutletControlOutletCommand} column, one outlet per lab node — whose
 * outlets really cut and restore the node's processes. SNMPv3 authPriv only (SHA-256, AES-128).
 */
final class LabPdu extends LabSnmpAgent {

    static final OID APC_RACK_PDU_SYS_OID = new OID("1.3.6.1.4.1.318.1.3.4.6");
    static final OID OUTLET_COMMAND = new OID("1.3.6.1.4.1.318.1.1.12.3.3.1.1.4");
    static final String USER = LabSnmpAgent.USER;

    private final Map<Integer, String> nodesByOutlet;
    private final IntUnaryOperator state;
    private final Switcher switcher;

    /** What the outlets do to the lab: 1 on, 2 off, 3 cycle; called on the agent's thread, so it must return quickly. */
    interface Switcher {
        void command(int outlet, int value);
    }

    LabPdu(File bootCounter, UdpAddress address, Map<Integer, String> nodesByOutlet, String authPassphrase, String privacyPassphrase,
            IntUnaryOperator state, Switcher switcher) {
        super(bootCounter, address, authPassphrase, privacyPassphrase);
        this.nodesByOutlet = nodesByOutlet;
        this.state = state;
        this.switcher = switcher;
        setSysDescr(new OctetString("Patchbay lab PDU (APC Rack PDU outlet table), " + nodesByOutlet.size() + " outlets"));
        setSysOID(APC_RACK_PDU_SYS_OID);
    }

    @Override
    protected void registerManagedObjects() {
        for (int outlet : nodesByOutlet.keySet()) {
            addOutlet(outlet);
        }
    }

    private final Map<Integer, Outlet> registered = new java.util.concurrent.ConcurrentHashMap<>();

    /** An outlet for a node added while the lab runs; its number is never reused in this lab. */
    void addOutlet(int outlet) {
        Outlet mo = new Outlet(new OID(OUTLET_COMMAND).append(outlet), outlet);
        try {
            server.register(mo, null);
            registered.put(outlet, mo);
        } catch (org.snmp4j.agent.DuplicateRegistrationException e) {
            throw new IllegalStateException("outlet " + outlet + " registered twice", e);
        }
    }

    /** The outlet of a node removed while the lab runs: gone from the outlet table. */
    void removeOutlet(int outlet) {
        Outlet mo = registered.remove(outlet);
        if (mo != null) {
            server.unregister(mo, null);
        }
    }

    /** One outlet: reads 1 on, 2 off (3 while a cycle runs); writes 1 on, 2 off, 3 reboot. */
    private final class Outlet extends MOScalar<Integer32> {
        private final int outlet;

        Outlet(OID oid, int outlet) {
            super(oid, MOAccessImpl.ACCESS_READ_WRITE, new Integer32(1));
            this.outlet = outlet;
        }

        // MOScalar scopes itself to the instance OID minus its last arc (x.0 -> x); the outlet table's
        // instances are <column>.<outlet>, so each outlet claims exactly its own OID instead.
        @Override
        public OID getLowerBound() {
            return new OID(getOid());
        }

        @Override
        public OID getUpperBound() {
            return getOid().nextPeer();
        }

        @Override
        public boolean isLowerIncluded() {
            return true;
        }

        @Override
        public boolean isUpperIncluded() {
            return false;
        }

        @Override
        public Integer32 getValue() {
            return new Integer32(state.applyAsInt(outlet));
        }

        @Override
        public int isValueOK(SubRequest<?> request) {
            Variable value = request.getVariableBinding().getVariable();
            if (!(value instanceof Integer32)) {
                return SnmpConstants.SNMP_ERROR_WRONG_TYPE;
            }
            int v = value.toInt();
            return v >= 1 && v <= 3 ? SnmpConstants.SNMP_ERROR_SUCCESS : SnmpConstants.SNMP_ERROR_WRONG_VALUE;
        }

        @Override
        public int setValue(Integer32 value) {
            switcher.command(outlet, value.toInt());
            return SnmpConstants.SNMP_ERROR_SUCCESS;
        }
    }
}
