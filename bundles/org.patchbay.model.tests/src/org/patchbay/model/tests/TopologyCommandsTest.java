package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.PowerController;
import org.patchbay.model.Switch;
import org.patchbay.model.edit.commands.TopologyCommands;
import org.patchbay.model.edit.commands.TopologyCommands.ElementKind;
import org.patchbay.model.edit.commands.TopologyCommands.Position;
import org.patchbay.model.edit.domain.TopologyEditingDomain;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.validation.TopologyDiagnostician;

/** Each editing command does what the user asked, keeps the topology valid, and undoes exactly. */
class TopologyCommandsTest {

    private AdapterFactoryEditingDomain domain;
    private CommandStack stack;
    private Cluster cluster;
    private Cluster pristine;
    private TopologyCommands commands;

    @BeforeEach
    void setUp() {
        domain = TopologyEditingDomain.create();
        stack = domain.getCommandStack();
        cluster = TopologyTemplates.dumbbell();
        Resource resource = domain.getResourceSet().createResource(URI.createURI("test.cluster"));
        resource.getContents().add(cluster);
        pristine = EcoreUtil.copy(cluster);
        commands = new TopologyCommands(domain, cluster);
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "command should be executable: " + command.getLabel());
        stack.execute(command);
    }

    private void assertBackToPristine() {
        assertTrue(EcoreUtil.equals(pristine, cluster), "undo did not restore the topology");
    }

    @Test
    void createEachKindThenUndo() {
        for (ElementKind kind : ElementKind.values()) {
            execute(commands.create(kind, 50, 60));
        }
        assertEquals(7, cluster.getNodes().size());
        Node node = cluster.getNodes().get(6);
        assertEquals("node1", node.getName());
        assertEquals(50, node.getX());
        assertEquals(60, node.getY());
        assertEquals(1, cluster.getSwitches().size());
        PowerController pdu = cluster.getPowerControllers().get(0);
        assertEquals(8, pdu.getOutlets().size());
        assertEquals(1, cluster.getLans().size());
        assertEquals(List.of(), new TopologyDiagnostician().validate(cluster));
        for (int i = 0; i < 4; i++) {
            stack.undo();
        }
        assertBackToPristine();
        stack.redo();
        assertEquals(7, cluster.getNodes().size());
    }

    @Test
    void connectTwoNodesMakesInterfacesWithFreshAddressesAndALink() {
        Node a = cluster.getNodes().get(0);
        Node b = cluster.getNodes().get(5);
        int linksBefore = cluster.getLinks().size();
        execute(commands.connect(a, b));
        assertEquals(linksBefore + 1, cluster.getLinks().size());
        Link link = cluster.getLinks().get(linksBefore);
        assertSame(a, link.getEndA().eContainer());
        assertSame(b, link.getEndB().eContainer());
        Interface ia = (Interface) link.getEndA();
        Interface ib = (Interface) link.getEndB();
        assertEquals("eth1", ia.getName());
        assertNotEquals(ia.getIpv4Address(), ib.getIpv4Address());
        assertNotEquals(ia.getMac(), ib.getMac());
        assertEquals(List.of(), new TopologyDiagnostician().validate(cluster));
        stack.undo();
        assertBackToPristine();
    }

    @Test
    void connectNodeToSwitchAddsAPortAndToLanAddsAMember() {
        execute(commands.create(ElementKind.SWITCH, 0, 0));
        execute(commands.create(ElementKind.LAN, 0, 0));
        Switch sw = cluster.getSwitches().get(0);
        Lan lan = cluster.getLans().get(0);
        Node node = cluster.getNodes().get(0);
        execute(commands.connect(node, sw));
        assertEquals(1, sw.getPorts().size());
        assertEquals(1, sw.getPorts().get(0).getIfIndex());
        execute(commands.connect(lan, node));
        assertEquals(1, lan.getMembers().size());
        assertSame(node, lan.getMembers().get(0).eContainer());
        assertEquals(List.of(), new TopologyDiagnostician().validate(cluster));
        for (int i = 0; i < 4; i++) {
            stack.undo();
        }
        assertBackToPristine();
    }

    @Test
    void impossibleConnectionsAreRefusedWithAReason() {
        execute(commands.create(ElementKind.PDU, 0, 0));
        execute(commands.create(ElementKind.LAN, 0, 0));
        execute(commands.create(ElementKind.LAN, 0, 0));
        Node node = cluster.getNodes().get(0);
        PowerController pdu = cluster.getPowerControllers().get(0);
        assertFalse(commands.connect(node, node).canExecute());
        assertTrue(commands.whyNotConnect(node, node).contains("two different"));
        assertFalse(commands.connect(node, pdu).canExecute());
        assertTrue(commands.whyNotConnect(pdu, node).contains("outlet"));
        assertFalse(commands.connect(cluster.getLans().get(0), cluster.getLans().get(1)).canExecute());
        assertNull(commands.whyNotConnect(node, cluster.getLans().get(0)));
    }

    @Test
    void moveAllIsOneUndoableStep() {
        Map<DiagramElement, Position> positions = new LinkedHashMap<>();
        int i = 0;
        for (Node node : cluster.getNodes()) {
            positions.put(node, new Position(1000 + i, 2000 + i++));
        }
        execute(commands.moveAll(positions, "Arrange"));
        assertEquals(1000, cluster.getNodes().get(0).getX());
        assertEquals(2005, cluster.getNodes().get(5).getY());
        assertEquals("Arrange", stack.getUndoCommand().getLabel());
        stack.undo();
        assertBackToPristine();
        assertFalse(stack.canUndo());
    }

    @Test
    void movingNowhereIsNotAnEdit() {
        Node node = cluster.getNodes().get(0);
        assertFalse(commands.moveAll(Map.of(node, new Position(node.getX(), node.getY())), "Move").canExecute());
    }

    @Test
    void deletingANodeTakesItsLinksAndUndoBringsAllBack() {
        Node router = cluster.getNodes().get(2);
        execute(commands.delete(List.of(router)));
        assertEquals(5, cluster.getNodes().size());
        assertEquals(2, cluster.getLinks().size(), "the three links of router0 go with it");
        assertEquals(List.of(), new TopologyDiagnostician().validate(cluster));
        stack.undo();
        assertBackToPristine();
    }

    @Test
    void deletingAnOutletClearsThePowerReference() {
        execute(commands.create(ElementKind.PDU, 0, 0));
        Outlet outlet = cluster.getPowerControllers().get(0).getOutlets().get(2);
        Node node = cluster.getNodes().get(0);
        node.setPowerOutlet(outlet);
        execute(commands.delete(List.of(cluster.getPowerControllers().get(0))));
        assertNull(node.getPowerOutlet());
        stack.undo();
        assertSame(outlet, node.getPowerOutlet());
    }

    @Test
    void deletingALanMemberInterfaceLeavesTheLanConsistent() {
        execute(commands.create(ElementKind.LAN, 0, 0));
        Lan lan = cluster.getLans().get(0);
        execute(commands.connect(cluster.getNodes().get(0), lan));
        Interface member = (Interface) lan.getMembers().get(0);
        execute(commands.delete(List.of(cluster.getNodes().get(0))));
        assertTrue(lan.getMembers().isEmpty());
        stack.undo();
        assertSame(member, lan.getMembers().get(0));
        assertNotNull(member.eContainer());
    }

    @Test
    void nodesThatRunAReimagedImageShareOneDiskImageAndUndoRestoresThem() {
        org.patchbay.model.Node left = cluster.getNodes().get(0);
        org.patchbay.model.Node right = cluster.getNodes().get(1);
        TopologyCommands.ImageFacts v1 = new TopologyCommands.ImageFacts("web", "Debian 12", "node7", "GPT; p1: ext4", "a".repeat(64),
                "2026-11-25T10:00:00Z", 1 << 20, "/images/web.pbi");
        execute(commands.nodesRun(java.util.List.of(left), v1));
        execute(commands.nodesRun(java.util.List.of(right), v1));
        org.patchbay.model.DiskImage web = left.getOsImage();
        assertSame(web, right.getOsImage(), "both nodes refer to one disk image element");
        assertEquals("GPT; p1: ext4", web.getFileSystem());
        assertEquals(org.patchbay.model.BootMode.DISK, right.getBootMode());
        assertTrue(commands.imageInUse("web"));

        TopologyCommands.ImageFacts v2 = new TopologyCommands.ImageFacts("web", "Debian 12", "node7", "GPT; p1: ext4", "b".repeat(64),
                "2026-11-26T10:00:00Z", 2 << 20, "/images/web.pbi");
        execute(commands.nodesRun(java.util.List.of(left), v2));
        assertSame(web, left.getOsImage(), "a recaptured image of the same name updates the element");
        assertEquals("b".repeat(64), web.getSha256());
        assertEquals(1, cluster.getImages().stream().filter(i -> "web".equals(i.getName())).count());

        stack.undo();
        stack.undo();
        stack.undo();
        assertBackToPristine();
        assertTrue(!commands.imageInUse("web"));
    }

    @Test
    void duplicateCopiesNodesWithTheirLinksAsOneUndoStep() {
        Node left0 = cluster.getNodes().get(0);
        Node router0 = cluster.getNodes().get(2);
        Node right0 = cluster.getNodes().get(4);
        org.patchbay.model.Outlet outlet = org.patchbay.model.PatchbayFactory.eINSTANCE.createOutlet();
        PowerController pdu = org.patchbay.model.PatchbayFactory.eINSTANCE.createPowerController();
        pdu.setName("pdu1");
        pdu.getOutlets().add(outlet);
        cluster.getPowerControllers().add(pdu);
        left0.setPowerOutlet(outlet);
        left0.setFixedTo("pc7");
        pristine = EcoreUtil.copy(cluster);
        int linksBefore = cluster.getLinks().size();

        var result = org.patchbay.model.edit.commands.Duplication.of(domain, cluster, List.of(left0, pdu), 40, 40);
        execute(result.command());
        assertEquals(List.of("pdu1"), result.skipped(), "PDUs are never copied");
        assertEquals(1, result.copies().size());
        Node copy = (Node) result.copies().get(0);
        assertEquals("left2", copy.getName(), "the next free name with the original's letters");
        assertEquals(left0.getX() + 40, copy.getX());
        assertNull(copy.getPowerOutlet(), "a copy is powered by no outlet");
        assertNull(copy.getFixedTo(), "a copy is pinned to no machine");
        Interface original = left0.getInterfaces().get(0);
        Interface copied = copy.getInterfaces().get(0);
        assertNotEquals(original.getMac(), copied.getMac());
        assertNotEquals(original.getIpv4Address(), copied.getIpv4Address());
        assertTrue(copied.getIpv4Address().startsWith("10.2.1."), "the same subnet: " + copied.getIpv4Address());
        assertEquals(linksBefore + 1, cluster.getLinks().size(), "its link to router0 is copied");
        Link link = cluster.getLinks().get(cluster.getLinks().size() - 1);
        assertSame(copy, org.patchbay.model.topology.Wiring.ownerOf(link.getEndA()));
        assertSame(router0, org.patchbay.model.topology.Wiring.ownerOf(link.getEndB()), "the copy joins the router left behind");
        assertEquals(List.of(), new TopologyDiagnostician().validate(cluster), "valid as copied");

        stack.undo();
        assertBackToPristine();
        stack.redo();

        // two linked nodes: the link joins the copies, not the originals
        var pair = org.patchbay.model.edit.commands.Duplication.of(domain, cluster, List.of(router0, cluster.getNodes().get(3)), 0, 300);
        execute(pair.command());
        Link between = cluster.getLinks().stream().filter(l -> pair.copies().contains(org.patchbay.model.topology.Wiring.ownerOf(l.getEndA()))
                && pair.copies().contains(org.patchbay.model.topology.Wiring.ownerOf(l.getEndB()))).findFirst().orElseThrow();
        assertEquals(1_544_000L, between.getBandwidthBps(), "the copied bottleneck keeps its shaping");
        assertTrue(right0.getInterfaces().size() >= 1);
        assertEquals(List.of(), new TopologyDiagnostician().validate(cluster));
    }
}
