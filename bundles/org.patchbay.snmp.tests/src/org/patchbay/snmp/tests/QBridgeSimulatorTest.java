package org.patchbay.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchbay.snmp.QBridgeVlans;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpDevice;

/**
 * Q-BRIDGE-MIB VLAN programming against snmpsim serving a recorded Dell PowerConnect: the profile
 * is found from its sysObjectID, a VLAN is made the way that switch wants (createAndWait, the port
 * lists, active) and read back with its port lists decoded, a PVID set, the bridge-port map and the
 * learned addresses read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QBridgeSimulatorTest {

    private RecordedDevices devices;
    private SnmpClient client;
    private SnmpDevice dell;

    @BeforeAll
    void start() throws Exception {
        devices = RecordedDevices.start("dell-powerconnect");
        client = devices.client;
        dell = devices.device("dell-powerconnect");
    }

    @AfterAll
    void stop() throws Exception {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void aVlanIsMadeTheWayAPowerConnectWantsAndReadBack() throws Exception {
        QBridgeVlans.VlanProfile profile = QBridgeVlans.detect(client, dell).get(10, TimeUnit.SECONDS);
        assertEquals("Dell PowerConnect", profile.name());
        assertEquals(true, profile.createAndWait());
        QBridgeVlans vlans = new QBridgeVlans(client, dell, profile);

        assertEquals(Map.of(1, 49, 2, 50, 3, 51, 4, 52), vlans.bridgePortIfIndexes().get(10, TimeUnit.SECONDS));
        assertEquals(List.of(new QBridgeVlans.ForwardingEntry(1, "00:1b:21:3a:4f:10", 1), new QBridgeVlans.ForwardingEntry(1, "00:1b:21:3a:4f:20", 3)),
                vlans.forwardingTable().get(10, TimeUnit.SECONDS));

        BitSet untagged = new BitSet();
        untagged.set(1);
        untagged.set(3);
        BitSet tagged = new BitSet();
        tagged.set(4);
        vlans.create(101, "expA/link0", tagged, untagged).get(10, TimeUnit.SECONDS);
        vlans.setPvid(3, 101).get(10, TimeUnit.SECONDS);

        QBridgeVlans.Vlan made = vlans.vlans().get(10, TimeUnit.SECONDS).get(101);
        assertEquals("expA/link0", made.name());
        assertEquals(QBridgeVlans.ROW_ACTIVE, made.rowStatus(), "createAndWait, then active");
        BitSet egress = (BitSet) untagged.clone();
        egress.or(tagged);
        assertEquals(egress, made.egress(), "untagged ports are egress ports too, the trunk port tagged");
        assertEquals(untagged, made.untagged());
        assertEquals(101, vlans.pvids().get(10, TimeUnit.SECONDS).get(3));
        assertEquals(1, vlans.pvids().get(10, TimeUnit.SECONDS).get(2), "other ports keep theirs");
    }

    @Test
    void portListsPutPortOneInTheHighBitOfTheFirstOctet() {
        BitSet ports = new BitSet();
        ports.set(1);
        ports.set(9);
        ports.set(16);
        assertEquals("80:81", QBridgeVlans.portList(ports, 2).toHexString());
        assertEquals(ports, QBridgeVlans.ports(QBridgeVlans.portList(ports, 64)));
    }
}
