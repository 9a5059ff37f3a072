package org.patchbay.snmp.tests;

import java.io.File;
import java.io.IOException;

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
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * A real SNMP agent (SNMP4J-agent) with an APC Rack PDU's outlet 1 that switches as told and then
 * answers the SET with commitFailed, as some PDU firmware does: the driver must report the outlet as
 * it really is.
 */
final class FaultyPdu extends BaseAgent {

    static final String USER = "faulty";
    static final String KEY = "faulty-passphrase";
    private final UdpAddress address;
    private volatile int state = 1;

    FaultyPdu(File bootCounter, int port) {
        super(bootCounter, null, new CommandProcessor(new OctetString(MPv3.createLocalEngineID())));
        this.address = new UdpAddress("127.0.0.1/" + port);
        setSysOID(new OID("1.3.6.1.4.1.318.1.3.4.6"));
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
        OID outlet = new OID("1.3.6.1.4.1.318.1.1.12.3.3.1.1.4.1");
        try {
            server.register(new MOScalar<Integer32>(outlet, MOAccessImpl.ACCESS_READ_WRITE, new Integer32(1)) {
                @Override
                public OID getLowerBound() {
                    return new OID(getOid());
                }

                @Override
                public OID getUpperBound() {
                    return getOid().nextPeer();
                }

                @Override
                public Integer32 getValue() {
                    return new Integer32(state);
                }

                @Override
                public void commit(SubRequest<?> request) {
                    state = request.getVariableBinding().getVariable().toInt() == 2 ? 2 : 1;
                    request.setErrorStatus(SnmpConstants.SNMP_ERROR_COMMIT_FAILED);
                }

                @Override
                public void undo(SubRequest<?> request) {
                    // the relay has already moved; there is nothing to undo, as on the real device
                }
            }, null);
        } catch (org.snmp4j.agent.DuplicateRegistrationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void unregisterManagedObjects() {
    }

    @Override
    protected void addUsmUser(USM usm) {
        usm.addUser(new UsmUser(new OctetString(USER), AuthHMAC192SHA256.ID, new OctetString(KEY), PrivAES128.ID, new OctetString(KEY)));
    }

    @Override
    protected void addNotificationTargets(SnmpTargetMIB targets, SnmpNotificationMIB notifications) {
    }

    @Override
    protected void addViews(VacmMIB vacm) {
        vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(USER), new OctetString("g"), StorageType.nonVolatile);
        vacm.addAccess(new OctetString("g"), new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV, MutableVACM.VACM_MATCH_EXACT,
                new OctetString("all"), new OctetString("all"), new OctetString(), StorageType.nonVolatile);
        vacm.addViewTreeFamily(new OctetString("all"), new OID("1.3"), new OctetString(), VacmMIB.vacmViewIncluded, StorageType.nonVolatile);
    }

    @Override
    protected void addCommunities(SnmpCommunityMIB communities) {
    }
}
