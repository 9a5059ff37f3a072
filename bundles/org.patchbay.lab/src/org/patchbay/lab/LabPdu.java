package org.patchbay.lab;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.snmp4j.TransportMapping;
import org.snmp4j.agent.BaseAgent;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The lab's power strip: an SNMP agent (SNMP4J-agent) that looks like an APC Rack PDU — sysObjectID
 * of an AP8941 and the {@code rPDUOutletControlOutletCommand} column, one outlet per lab node — whose
 * outlets really cut and restore the node's processes. SNMPv3 authPriv only (SHA-256, AES-128).
 */
final class LabPdu extends BaseAgent {

    static final OID APC_RACK_PDU_SYS_OID = new OID("1.3.6.1.4.1.318.1.3.4.6");
    static final OID OUTLET_COMMAND = new OID("1.3.6.1.4.1.318.1.1.12.3.3.1.1.4");
    static final String USER = "patchbay";

    private final UdpAddress address;
    private final Map<Integer, String> nodesByOutlet;
    private final String authPassphrase;
    private final String privacyPassphrase;
    private final IntUnaryOperator state;
    private final Switcher switcher;

    /** What the outlets do to the lab: 1 on, 2 off, 3 cycle; called on the agent's thread, so it must return quickly. */
    interface Switcher {
        void command(int outlet, int value);
    }

    LabPdu(File bootCounter, UdpAddress address, Map<Integer, String> nodesByOutlet, String authPassphrase, String privacyPassphrase,
            IntUnaryOperator state, Switcher switcher) {
        super(bootCounter, null, new CommandProcessor(new OctetString(MPv3.createLocalEngineID())));
        this.address = address;
        this.nodesByOutlet = nodesByOutlet;
        this.authPassphrase = authPassphrase;
        this.privacyPassphrase = privacyPassphrase;
        this.state = state;
        this.switcher = switcher;
        setSysDescr(new OctetString("Patchbay lab PDU (APC Rack PDU outlet table), " + nodesByOutlet.size() + " outlets"));
        setSysOID(APC_RACK_PDU_SYS_OID);
    }

    void start() throws IOException {
        init();
        getServer().addContext(new OctetString());
        finishInit();
        run();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void initTransportMappings() throws IOException {
        transportMappings = new TransportMapping[] {new DefaultUdpTransportMapping(address)};
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

    @Override
    protected void unregisterManagedObjects() {
        // the agent lives as long as the lab; its objects go with it
    }

    @Override
    protected void addUsmUser(USM usm) {
        usm.addUser(new UsmUser(new OctetString(USER), AuthHMAC192SHA256.ID, new OctetString(authPassphrase), PrivAES128.ID,
                new OctetString(privacyPassphrase)));
    }

    @Override
    protected void addNotificationTargets(SnmpTargetMIB targets, SnmpNotificationMIB notifications) {
        // the lab PDU sends no traps
    }

    @Override
    protected void addViews(VacmMIB vacm) {
        vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(USER), new OctetString("pdu"), StorageType.nonVolatile);
        vacm.addAccess(new OctetString("pdu"), new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV, MutableVACM.VACM_MATCH_EXACT,
                new OctetString("all"), new OctetString("all"), new OctetString(), StorageType.nonVolatile);
        vacm.addViewTreeFamily(new OctetString("all"), new OID("1.3"), new OctetString(), VacmMIB.vacmViewIncluded, StorageType.nonVolatile);
    }

    @Override
    protected void addCommunities(SnmpCommunityMIB communities) {
        // SNMPv3 only: no community can reach the lab's power
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
