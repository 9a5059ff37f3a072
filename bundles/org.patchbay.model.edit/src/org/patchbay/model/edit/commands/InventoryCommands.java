package org.patchbay.model.edit.commands;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PatchbayPackage.Literals;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;

/**
 * The cabling a user draws on an inventory, each as one undoable EMF command: a line from a machine to
 * a switch is a cable (the machine's first uncabled interface to the switch's first free port), a line
 * between two switches is a trunk (a free port on each, its capacity the slower port's speed). Where no
 * interface or port is free a new one is added, numbered after the last (ifIndex too, as the switch's
 * agent numbers them). {@link #whyNotCable} says in words why a line cannot be drawn.
 */
public final class InventoryCommands {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;
    private static final long DEFAULT_SPEED_MBPS = 1000;

    private final EditingDomain domain;
    private final Testbed testbed;

    public InventoryCommands(EditingDomain domain, Testbed testbed) {
        this.domain = domain;
        this.testbed = testbed;
    }

    /** Why a line from {@code a} to {@code b} cannot be cabled, or null when it can. */
    public String whyNotCable(DiagramElement a, DiagramElement b) {
        if (!(a instanceof Machine || a instanceof Switch) || !(b instanceof Machine || b instanceof Switch)) {
            return "Draw a cable from a machine to a switch, or a trunk from a switch to another switch.";
        }
        if (a == b) {
            return a.getName() + " cannot be cabled to itself; drag to " + (a instanceof Switch ? "a machine or another switch." : "a switch.");
        }
        if (a instanceof Machine && b instanceof Machine) {
            return "Machines are cabled to switches, not to each other: drag from " + a.getName() + " to the switch its interface is plugged into.";
        }
        return null;
    }

    /** The cable or trunk a line from {@code a} to {@code b} stands for; unexecutable when {@link #whyNotCable} refuses. */
    public Command cable(DiagramElement a, DiagramElement b) {
        if (whyNotCable(a, b) != null) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<SwitchPort> taken = takenPorts();
        CompoundCommand compound = new CompoundCommand();
        if (a instanceof Switch first && b instanceof Switch second) {
            SwitchPort endA = freePort(first, DEFAULT_SPEED_MBPS, taken, compound);
            taken.add(endA);
            SwitchPort endB = freePort(second, DEFAULT_SPEED_MBPS, taken, compound);
            Trunk trunk = FACTORY.createTrunk();
            trunk.setName(freeTrunkName(first.getName() + "-" + second.getName()));
            trunk.setEndA(endA);
            trunk.setEndB(endB);
            trunk.setCapacityMbps(Math.min(endA.getSpeedMbps(), endB.getSpeedMbps()));
            compound.append(AddCommand.create(domain, testbed, Literals.TESTBED__TRUNKS, trunk));
            compound.setLabel("Trunk " + first.getName() + " " + endA.getName() + " to " + second.getName() + " " + endB.getName());
            return compound;
        }
        Machine machine = (Machine) (a instanceof Machine ? a : b);
        Switch sw = (Switch) (a instanceof Switch ? a : b);
        Interface iface = freeInterface(machine, compound);
        SwitchPort port = freePort(sw, iface.getSpeedMbps(), taken, compound);
        compound.append(SetCommand.create(domain, iface, Literals.INTERFACE__CABLED_TO, port));
        compound.setLabel("Cable " + machine.getName() + " " + iface.getName() + " to " + sw.getName() + " " + port.getName());
        return compound;
    }

    /** Ports already at the end of a cable or a trunk. */
    private Set<SwitchPort> takenPorts() {
        Set<SwitchPort> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Machine machine : testbed.getMachines()) {
            for (Interface iface : machine.getInterfaces()) {
                if (iface.getCabledTo() != null) {
                    taken.add(iface.getCabledTo());
                }
            }
        }
        for (Trunk trunk : testbed.getTrunks()) {
            taken.add(trunk.getEndA());
            taken.add(trunk.getEndB());
        }
        return taken;
    }

    private SwitchPort freePort(Switch sw, long speedMbps, Set<SwitchPort> taken, CompoundCommand compound) {
        for (SwitchPort port : sw.getPorts()) {
            if (!taken.contains(port)) {
                return port;
            }
        }
        int ifIndex = sw.getPorts().stream().mapToInt(SwitchPort::getIfIndex).max().orElse(0) + 1;
        SwitchPort port = FACTORY.createSwitchPort();
        port.setIfIndex(ifIndex);
        port.setName(freeName(sw.getPorts().stream().map(SwitchPort::getName).toList(), "port", ifIndex));
        port.setSpeedMbps(speedMbps);
        compound.append(AddCommand.create(domain, sw, Literals.SWITCH__PORTS, port));
        return port;
    }

    private Interface freeInterface(Machine machine, CompoundCommand compound) {
        for (Interface iface : machine.getInterfaces()) {
            if (iface.getCabledTo() == null) {
                return iface;
            }
        }
        Interface iface = FACTORY.createInterface();
        iface.setName(freeName(machine.getInterfaces().stream().map(Interface::getName).toList(), "eth", machine.getInterfaces().size()));
        iface.setKind(InterfaceKind.ETHERNET);
        iface.setSpeedMbps(machine.getInterfaces().isEmpty() ? DEFAULT_SPEED_MBPS : machine.getInterfaces().get(0).getSpeedMbps());
        compound.append(AddCommand.create(domain, machine, Literals.MACHINE__INTERFACES, iface));
        return iface;
    }

    private String freeTrunkName(String stem) {
        java.util.List<String> names = testbed.getTrunks().stream().map(Trunk::getName).toList();
        return names.contains(stem) ? freeName(names, stem + "-", 2) : stem;
    }

    private static String freeName(java.util.List<String> names, String prefix, int from) {
        int n = from;
        while (names.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
