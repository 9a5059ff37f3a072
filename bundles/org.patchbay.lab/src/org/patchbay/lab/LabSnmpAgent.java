package org.patchbay.lab;

import java.io.File;
import java.io.IOException;

import org.snmp4j.TransportMapping;
import org.snmp4j.agent.BaseAgent;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * A lab device's SNMP agent (SNMP4J-agent): SNMPv3 authPriv only (SHA-256, AES-128) for one user,
 * no communities, no traps, the whole tree readable and writable to that user. The lab PDU and the
 * lab switches' VLAN agents are its kinds.
 */
abstract class LabSnmpAgent extends BaseAgent {

    static final String USER = "patchbay";
    /** A user with the same passphrases that may read everything and write nothing, as switches' monitoring accounts. */
    static final String READ_ONLY_USER = "patchbay-ro";

    private final UdpAddress address;
    private final String authPassphrase;
    private final String privacyPassphrase;

    LabSnmpAgent(File bootCounter, UdpAddress address, String authPassphrase, String privacyPassphrase) {
        super(bootCounter, null, new CommandProcessor(new OctetString(MPv3.createLocalEngineID())));
        this.address = address;
        this.authPassphrase = authPassphrase;
        this.privacyPassphrase = privacyPassphrase;
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
    protected void unregisterManagedObjects() {
        // the agent lives as long as the lab; its objects go with it
    }

    @Override
    protected void addUsmUser(USM usm) {
        for (String user : new String[] {USER, READ_ONLY_USER}) {
            usm.addUser(new UsmUser(new OctetString(user), AuthHMAC192SHA256.ID, new OctetString(authPassphrase), PrivAES128.ID,
                    new OctetString(privacyPassphrase)));
        }
    }

    @Override
    protected void addNotificationTargets(SnmpTargetMIB targets, SnmpNotificationMIB notifications) {
        // lab devices send no traps
    }

    @Override
    protected void addViews(VacmMIB vacm) {
        vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(USER), new OctetString("operators"), StorageType.nonVolatile);
        vacm.addAccess(new OctetString("operators"), new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV,
                MutableVACM.VACM_MATCH_EXACT, new OctetString("all"), new OctetString("all"), new OctetString(), StorageType.nonVolatile);
        vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(READ_ONLY_USER), new OctetString("readers"), StorageType.nonVolatile);
        vacm.addAccess(new OctetString("readers"), new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV,
                MutableVACM.VACM_MATCH_EXACT, new OctetString("all"), new OctetString(), new OctetString(), StorageType.nonVolatile);
        vacm.addViewTreeFamily(new OctetString("all"), new OID("1.3"), new OctetString(), VacmMIB.vacmViewIncluded, StorageType.nonVolatile);
    }

    @Override
    protected void addCommunities(SnmpCommunityMIB communities) {
        // SNMPv3 only: no community can reach a lab device
    }
}
