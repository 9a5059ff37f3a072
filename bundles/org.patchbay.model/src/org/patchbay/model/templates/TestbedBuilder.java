package org.patchbay.model.templates;

import java.util.HashMap;
import java.util.Map;

import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;

/** Builds a testbed inventory: switches, machines cabled to their ports, trunks between switches. */
public final class TestbedBuilder {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    private final Testbed testbed;
    private final Map<String, Switch> switches = new HashMap<>();

    public TestbedBuilder(String name) {
        testbed = FACTORY.createTestbed();
        testbed.setName(name);
    }

    public Testbed testbed() {
        return testbed;
    }

    /** The switch of that name, made (with the given VLAN range, null for all) the first time. */
    public Switch switchNamed(String name, String vlanRange) {
        return switches.computeIfAbsent(name, n -> {
            Switch sw = FACTORY.createSwitch();
            sw.setName(n);
            sw.setVlanRange(vlanRange);
            testbed.getSwitches().add(sw);
            return sw;
        });
    }

    /** The port of that name on the switch, made with the next ifIndex the first time. */
    public SwitchPort port(Switch sw, String portName) {
        for (SwitchPort port : sw.getPorts()) {
            if (port.getName().equals(portName)) {
                return port;
            }
        }
        SwitchPort port = FACTORY.createSwitchPort();
        port.setIfIndex(sw.getPorts().size() + 1);
        port.setName(portName);
        sw.getPorts().add(port);
        return port;
    }

    /** A new port with the next ifIndex, named after it. */
    public SwitchPort nextPort(Switch sw, long speedMbps) {
        SwitchPort port = port(sw, "port" + (sw.getPorts().size() + 1));
        port.setSpeedMbps(speedMbps);
        return port;
    }

    public Machine machine(String name, String hardwareType) {
        Machine machine = FACTORY.createMachine();
        machine.setName(name);
        machine.setHardwareType(hardwareType);
        testbed.getMachines().add(machine);
        return machine;
    }

    /** An interface of the machine cabled to the given switch port (null: not cabled). */
    public Interface cable(Machine machine, String interfaceName, String mac, long speedMbps, SwitchPort port) {
        Interface iface = FACTORY.createInterface();
        iface.setName(interfaceName);
        iface.setMac(mac);
        iface.setKind(InterfaceKind.ETHERNET);
        iface.setSpeedMbps(speedMbps);
        iface.setCabledTo(port);
        machine.getInterfaces().add(iface);
        return iface;
    }

    /** A machine with {@code interfaces} interfaces of {@code speedMbps}, each cabled to a new port of {@code sw}. */
    public Machine machineOn(Switch sw, String name, String hardwareType, int interfaces, long speedMbps) {
        Machine machine = machine(name, hardwareType);
        for (int i = 0; i < interfaces; i++) {
            cable(machine, "eth" + i, null, speedMbps, nextPort(sw, speedMbps));
        }
        return machine;
    }

    /** A trunk between new ports of the two switches. */
    public Trunk trunk(Switch a, Switch b, long capacityMbps) {
        return trunk(nextPort(a, capacityMbps), nextPort(b, capacityMbps), capacityMbps);
    }

    /** A trunk between the two given switch ports. */
    public Trunk trunk(SwitchPort endA, SwitchPort endB, long capacityMbps) {
        Trunk trunk = FACTORY.createTrunk();
        trunk.setName(((Switch) endA.eContainer()).getName() + "-" + ((Switch) endB.eContainer()).getName() + (testbed.getTrunks().size() + 1));
        trunk.setEndA(endA);
        trunk.setEndB(endB);
        endA.setSpeedMbps(capacityMbps);
        endB.setSpeedMbps(capacityMbps);
        trunk.setCapacityMbps(capacityMbps);
        testbed.getTrunks().add(trunk);
        return trunk;
    }
}
