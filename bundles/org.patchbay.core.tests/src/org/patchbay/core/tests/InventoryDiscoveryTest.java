package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchbay.core.swapin.InventoryDiscovery;
import org.patchbay.core.swapin.InventoryDiscovery.SwitchFindings;
import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;
import org.patchbay.model.templates.TestbedBuilder;
import org.patchbay.snmp.LldpNeighbours;
import org.patchbay.snmp.QBridgeVlans.ForwardingEntry;

/** Cabling filled in from what switches told (LLDP neighbours, learned addresses), without SNMP: the switches' answers are given. */
class InventoryDiscoveryTest {

    @Test
    void aTrunkRecordedOnTheWrongPortIsCorrectedAndThePortItLeftCablesAMachineByAddress() {
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch core = builder.switchNamed("core", null);
        Switch leaf = builder.switchNamed("leaf", null);
        SwitchPort core1 = builder.port(core, "1");
        SwitchPort leaf1 = builder.port(leaf, "1");
        SwitchPort leaf2 = builder.port(leaf, "2");
        Testbed testbed = builder.testbed();
        Trunk uplink = trunk(testbed, core1, leaf1);
        Interface pc1 = machine(testbed, "pc1", "02:00:00:00:00:01");

        Map<Switch, SwitchFindings> findings = new LinkedHashMap<>();
        findings.put(core, new SwitchFindings(Map.of(1, 1), List.of(new ForwardingEntry(1, "02:00:00:00:00:01", 1)),
                local("00:00:00:00:00:c0", "core", "1"), List.of(new LldpNeighbours.Neighbour(1, 4, "00:00:00:00:00:1e", 7, "2", "", "leaf.example.org"))));
        findings.put(leaf, new SwitchFindings(Map.of(1, 1, 2, 2), List.of(new ForwardingEntry(1, "02:00:00:00:00:01", 1),
                new ForwardingEntry(1, "00:00:00:00:00:c0", 2)), local("00:00:00:00:00:1e", "leaf", "1", "2"),
                List.of(new LldpNeighbours.Neighbour(2, 4, "00:00:00:00:00:c0", 7, "1", "", "core"))));

        InventoryDiscovery.Result result = InventoryDiscovery.apply(testbed, findings);

        assertEquals(List.of(core1, leaf2), List.of(uplink.getEndA(), uplink.getEndB()), "the uplink is on the leaf's port 2: " + result);
        assertEquals(List.of("uplink: core 1 – leaf 2 (was leaf 1)"), result.trunks(), "both ends heard each other: one correction");
        assertEquals(1, testbed.getTrunks().size());
        assertEquals(leaf1, pc1.getCabledTo(), "leaf port 1 is an edge port again, where pc1 was learned; core saw it on the trunk: " + result);
        assertEquals(List.of("pc1.eth0 -> leaf 1"), result.cabled());
    }

    @Test
    void aPortTheNeighbourNamesButItsSwitchDoesNotListIsReportedAndNothingIsGuessed() {
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch core = builder.switchNamed("core", null);
        Switch leaf = builder.switchNamed("leaf", null);
        SwitchPort core1 = builder.port(core, "1");
        SwitchPort leaf1 = builder.port(leaf, "1");
        Testbed testbed = builder.testbed();
        Trunk uplink = trunk(testbed, core1, leaf1);

        Map<Switch, SwitchFindings> findings = new LinkedHashMap<>();
        findings.put(core, new SwitchFindings(Map.of(1, 1), List.of(), local("00:00:00:00:00:c0", "core", "1"),
                List.of(new LldpNeighbours.Neighbour(1, 7, "leaf-chassis", 5, "port 2", "", "leaf.example.org"))));
        // the leaf has no LLDP-MIB: its port list cannot say which port "port 2" is
        findings.put(leaf, new SwitchFindings(Map.of(1, 1), List.of(), LldpNeighbours.Local.NONE, List.of()));

        InventoryDiscovery.Result result = InventoryDiscovery.apply(testbed, findings);

        assertEquals(List.of(core1, leaf1), List.of(uplink.getEndA(), uplink.getEndB()), "unchanged: " + result);
        assertEquals(List.of("core 1 hears leaf port 'port 2', which leaf does not list among its LLDP ports"), result.unknown());
        assertTrue(result.trunks().isEmpty() && result.cabled().isEmpty(), result.toString());
    }

    private static LldpNeighbours.Local local(String chassis, String name, String... ports) {
        Map<Integer, LldpNeighbours.LocalPort> list = new LinkedHashMap<>();
        for (String port : ports) {
            list.put(Integer.parseInt(port), new LldpNeighbours.LocalPort(Integer.parseInt(port), 7, port, ""));
        }
        return new LldpNeighbours.Local(4, chassis, name, list);
    }

    private static Trunk trunk(Testbed testbed, SwitchPort a, SwitchPort b) {
        Trunk trunk = PatchbayFactory.eINSTANCE.createTrunk();
        trunk.setName("uplink");
        trunk.setEndA(a);
        trunk.setEndB(b);
        testbed.getTrunks().add(trunk);
        return trunk;
    }

    private static Interface machine(Testbed testbed, String name, String mac) {
        Machine machine = PatchbayFactory.eINSTANCE.createMachine();
        machine.setName(name);
        Interface iface = PatchbayFactory.eINSTANCE.createInterface();
        iface.setName("eth0");
        iface.setMac(mac);
        machine.getInterfaces().add(iface);
        testbed.getMachines().add(machine);
        return iface;
    }
}
