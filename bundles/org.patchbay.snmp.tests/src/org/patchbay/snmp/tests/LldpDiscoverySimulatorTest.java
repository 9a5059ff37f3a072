package org.patchbay.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchbay.core.swapin.InventoryDiscovery;
import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;
import org.patchbay.snmp.LldpNeighbours;
import org.patchbay.snmp.QBridgeVlans;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpDevice;

/**
 * Cabling discovered over LLDP-MIB and the forwarding tables from snmpsim serving two switches in
 * the shape of an HP ProCurve (LLDP ports numbered as its ports and ifIndexes) and a Dell PowerConnect
 * (LLDP ports numbered as bridge ports, on ifIndex 49-52): machines running lldpd are cabled from what
 * the switch heard (by their port's MAC, or by host name and interface name), the two switches that
 * hear each other become a trunk whose ports the forwarding tables then ignore, a machine without
 * LLDP is cabled from its learned MAC, and a neighbour that is no machine is reported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LldpDiscoverySimulatorTest {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    private RecordedDevices devices;
    private SnmpClient client;

    @BeforeAll
    void start() throws Exception {
        devices = RecordedDevices.start("procurve-leaf1");
        client = devices.client;
    }

    @AfterAll
    void stop() throws Exception {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void aSwitchSaysWhoItIsAndWhomItHearsOnWhichPort() throws Exception {
        LldpNeighbours leaf1 = new LldpNeighbours(client, device("procurve-leaf1"));
        LldpNeighbours.Local local = leaf1.local().get(10, TimeUnit.SECONDS);
        assertEquals("00:1a:4b:00:00:01", local.chassisId());
        assertEquals("leaf1", local.systemName());
        assertEquals(new LldpNeighbours.LocalPort(24, 7, "24", "24"), local.ports().get(24));

        List<LldpNeighbours.Neighbour> heard = leaf1.neighbours().get(10, TimeUnit.SECONDS);
        assertEquals(List.of(
                new LldpNeighbours.Neighbour(1, 4, "52:54:00:00:01:00", 3, "52:54:00:00:01:00", "eth0", "pc1.testbed.example.org"),
                new LldpNeighbours.Neighbour(2, 4, "52:54:00:00:02:00", 5, "eth1", "eth1", "pc2"),
                new LldpNeighbours.Neighbour(24, 4, "00:1e:c9:00:00:02", 5, "gi1/0/4", "Uplink", "leaf2")), heard);

        LldpNeighbours withoutLldp = new LldpNeighbours(client, device("dell-powerconnect"));
        assertEquals(LldpNeighbours.Local.NONE, withoutLldp.local().get(10, TimeUnit.SECONDS), "a switch without LLDP-MIB says nothing");
    }

    @Test
    void theCablingAndTheTrunkAreFilledInFromWhatTheSwitchesHeardAndLearned() throws Exception {
        Testbed testbed = FACTORY.createTestbed();
        testbed.setName("rack");
        Switch leaf1 = switchWithPorts(testbed, "leaf1", List.of("1", "2", "3", "24"), List.of(1, 2, 3, 24));
        Switch leaf2 = switchWithPorts(testbed, "leaf2", List.of("gi1/0/1", "gi1/0/2", "gi1/0/3", "gi1/0/4"), List.of(49, 50, 51, 52));
        machine(testbed, "pc1", "eth0", "52:54:00:00:01:00");
        Machine pc2 = machine(testbed, "pc2", "eth0", "52:54:00:00:02:00");
        Interface pc2eth1 = FACTORY.createInterface();
        pc2eth1.setName("eth1");
        pc2eth1.setMac("52:54:00:00:02:01");
        pc2.getInterfaces().add(pc2eth1);
        machine(testbed, "pc3", "eth0", "52:54:00:00:03:00");
        machine(testbed, "pc4", "eth0", "52:54:00:00:04:00");
        machine(testbed, "pc5", "eth0", "52:54:00:00:05:00");
        // pc3 was recorded on the wrong port: what leaf1 learned corrects it
        iface(testbed, "pc3").setCabledTo(leaf2.getPorts().get(2));

        InventoryDiscovery.Result result = InventoryDiscovery.discover(testbed,
                sw -> new QBridgeVlans(client, device(sw.getName().equals("leaf1") ? "procurve-leaf1" : "dell-leaf2"), QBridgeVlans.VlanProfile.STANDARD));

        assertEquals(port(leaf1, "1"), iface(testbed, "pc1").getCabledTo(), "pc1's lldpd sent its port's MAC: " + result);
        assertEquals(port(leaf1, "2"), pc2eth1.getCabledTo(), "pc2's lldpd sent its host and interface name: " + result);
        assertNull(pc2.getInterfaces().get(0).getCabledTo(), "pc2's eth0 was heard nowhere");
        assertEquals(port(leaf1, "3"), iface(testbed, "pc3").getCabledTo(), "pc3 (no LLDP) where leaf1 learned its MAC, not on the trunk");
        assertEquals(port(leaf2, "gi1/0/2"), iface(testbed, "pc4").getCabledTo(),
                "pc4 (no LLDP) on leaf2's edge port; leaf1 saw its MAC only across the trunk");
        assertEquals(1, testbed.getTrunks().size(), "the switches hear each other on one cable: " + result.trunks());
        Trunk trunk = testbed.getTrunks().get(0);
        assertEquals(List.of(port(leaf1, "24"), port(leaf2, "gi1/0/4")), List.of(trunk.getEndA(), trunk.getEndB()));
        assertEquals(List.of("leaf1-leaf2: leaf1 24 – leaf2 gi1/0/4 (added; its capacity is taken as 1000 Mb/s: set the real one)"), result.trunks());
        assertEquals(List.of("pc1.eth0 -> leaf1 1", "pc2.eth1 -> leaf1 2", "pc3.eth0 -> leaf1 3 (was leaf2 gi1/0/3)", "pc4.eth0 -> leaf2 gi1/0/2"),
                result.cabled());
        assertEquals(List.of("pc2.eth0 (52:54:00:00:02:00)", "pc5.eth0 (52:54:00:00:05:00)"), result.unseen());
        assertTrue(result.unknown().contains("leaf2 gi1/0/1 hears lab-printer port '00:11:22:33:44:55', which is no machine interface or switch of the inventory"),
                result.unknown().toString());
    }

    private SnmpDevice device(String community) {
        return devices.device(community);
    }

    private static Switch switchWithPorts(Testbed testbed, String name, List<String> ports, List<Integer> ifIndexes) {
        Switch sw = FACTORY.createSwitch();
        sw.setName(name);
        for (int i = 0; i < ports.size(); i++) {
            SwitchPort port = FACTORY.createSwitchPort();
            port.setName(ports.get(i));
            port.setIfIndex(ifIndexes.get(i));
            sw.getPorts().add(port);
        }
        testbed.getSwitches().add(sw);
        return sw;
    }

    private static Machine machine(Testbed testbed, String name, String iface, String mac) {
        Machine machine = FACTORY.createMachine();
        machine.setName(name);
        Interface i = FACTORY.createInterface();
        i.setName(iface);
        i.setMac(mac);
        machine.getInterfaces().add(i);
        testbed.getMachines().add(machine);
        return machine;
    }

    private static Interface iface(Testbed testbed, String machine) {
        return testbed.getMachines().stream().filter(m -> m.getName().equals(machine)).findFirst().orElseThrow().getInterfaces().get(0);
    }

    private static SwitchPort port(Switch sw, String name) {
        return sw.getPorts().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }
}
