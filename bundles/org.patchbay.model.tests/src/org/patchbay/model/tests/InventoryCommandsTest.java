package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;
import org.patchbay.model.edit.domain.TopologyEditingDomain;
import org.patchbay.model.edit.commands.InventoryCommands;
import org.patchbay.model.templates.TestbedBuilder;

/** Cables and trunks drawn on an inventory take free interfaces and ports, add them when none is free, and undo exactly. */
class InventoryCommandsTest {

    private CommandStack stack;
    private Testbed testbed;
    private Testbed pristine;
    private InventoryCommands commands;
    private Switch leaf1;
    private Switch leaf2;
    private Machine pc1;
    private Machine bare;

    @BeforeEach
    void setUp() {
        AdapterFactoryEditingDomain domain = TopologyEditingDomain.create();
        stack = domain.getCommandStack();
        TestbedBuilder builder = new TestbedBuilder("rack");
        leaf1 = builder.switchNamed("leaf1", null);
        leaf2 = builder.switchNamed("leaf2", null);
        pc1 = builder.machineOn(leaf1, "pc1", "pc3000", 1, 1000);
        builder.cable(pc1, "eth1", null, 1000, null);
        builder.nextPort(leaf1, 1000);
        bare = builder.machine("pc2", "pc3000");
        testbed = builder.testbed();
        Resource resource = domain.getResourceSet().createResource(URI.createURI("test.testbed"));
        resource.getContents().add(testbed);
        pristine = EcoreUtil.copy(testbed);
        commands = new InventoryCommands(domain, testbed);
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "the command should apply: " + command.getLabel());
        stack.execute(command);
    }

    @Test
    void aCableTakesTheMachinesFreeInterfaceAndTheSwitchsFreePort() {
        SwitchPort free = leaf1.getPorts().get(1);
        Command cable = commands.cable(pc1, leaf1);
        assertEquals("Cable pc1 eth1 to leaf1 port2", cable.getLabel());
        execute(cable);
        Interface eth1 = pc1.getInterfaces().get(1);
        assertSame(free, eth1.getCabledTo(), "the uncabled eth1 is plugged into the one free port");
        assertEquals(2, leaf1.getPorts().size(), "no port was added while one was free");

        // drawn the other way round, with nothing free on either side: a new interface and a new port
        execute(commands.cable(leaf1, pc1));
        assertEquals(List.of("eth0", "eth1", "eth2"), pc1.getInterfaces().stream().map(Interface::getName).toList());
        SwitchPort added = pc1.getInterfaces().get(2).getCabledTo();
        assertEquals("port3", added.getName());
        assertEquals(3, added.getIfIndex(), "numbered after the last port, as the switch's agent numbers them");
        assertSame(leaf1, added.eContainer());

        stack.undo();
        stack.undo();
        assertTrue(EcoreUtil.equals(pristine, testbed), "each cable is one undo");
    }

    @Test
    void aMachineWithoutInterfacesGetsOneAtTheDefaultSpeed() {
        execute(commands.cable(bare, leaf2));
        assertEquals(1, bare.getInterfaces().size());
        assertEquals("eth0", bare.getInterfaces().get(0).getName());
        assertEquals(1000, bare.getInterfaces().get(0).getSpeedMbps());
        assertEquals("port1", bare.getInterfaces().get(0).getCabledTo().getName());
    }

    @Test
    void aLineBetweenSwitchesIsATrunkOnFreePorts() {
        leaf2.getPorts().clear();
        TestbedBuilder more = new TestbedBuilder("unused");
        SwitchPort fast = more.port(leaf2, "xe1");
        fast.setSpeedMbps(10_000);
        execute(commands.cable(leaf1, leaf2));
        assertEquals(1, testbed.getTrunks().size());
        Trunk trunk = testbed.getTrunks().get(0);
        assertEquals("leaf1-leaf2", trunk.getName());
        assertSame(leaf1.getPorts().get(1), trunk.getEndA(), "leaf1's free port");
        assertSame(fast, trunk.getEndB());
        assertEquals(1000, trunk.getCapacityMbps(), "a trunk carries what its slower port does");

        execute(commands.cable(leaf2, leaf1));
        assertEquals("leaf2-leaf1", testbed.getTrunks().get(1).getName());
        execute(commands.cable(leaf1, leaf2));
        assertEquals("leaf1-leaf2-2", testbed.getTrunks().get(2).getName(), "a second trunk between the same switches gets a name of its own");
        assertEquals(6, testbed.getTrunks().stream().flatMap(t -> java.util.stream.Stream.of(t.getEndA(), t.getEndB())).distinct().count(),
                "no port ends two trunks");
    }

    @Test
    void linesThatAreNotCablesAreRefusedInWords() {
        assertEquals("Machines are cabled to switches, not to each other: drag from pc1 to the switch its interface is plugged into.",
                commands.whyNotCable(pc1, bare));
        assertEquals("pc1 cannot be cabled to itself; drag to a switch.", commands.whyNotCable(pc1, pc1));
        assertEquals("leaf1 cannot be cabled to itself; drag to a machine or another switch.", commands.whyNotCable(leaf1, leaf1));
        assertFalse(commands.cable(pc1, bare).canExecute());
        assertNull(commands.whyNotCable(pc1, leaf2));
        assertTrue(EcoreUtil.equals(pristine, testbed), "a refused line changes nothing");
    }
}
