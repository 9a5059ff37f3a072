package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Link;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Switch;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TestbedBuilder;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.editor.InventoryEditor;

/**
 * In the real workbench: File > Open Inventory shows a .testbed as a tree of machines, switches
 * and trunks beside a drawing of them; New ▸ adds a machine as one undoable step; the inventory
 * saves and reopens with it; the drawing shows cables, trunks and reservations, and a drag places
 * boxes as one undoable edit.
 */
class InventoryEditorUiTest {

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Gui.pump();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        Gui.pump();
    }

    @Test
    void anInventoryIsEditedAsATreeAndSaved() throws Exception {
        Path file = Files.createTempDirectory("patchbay-inventory-ui").resolve("rack.testbed");
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch leaf = builder.switchNamed("leaf1", "100-199");
        builder.machineOn(leaf, "pc1", "pc3000", 2, 1000);
        builder.machineOn(leaf, "pc2", "pc3000", 2, 1000);
        ClusterFiles.saveTestbed(builder.testbed(), file);

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Object opened = handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.inventory"),
                Map.of("org.patchbay.ui.commands.inventory.action", "open", "org.patchbay.ui.commands.inventory.file", file.toString())), null);
        assertTrue(opened instanceof InventoryEditor, "Open Inventory opens the inventory editor: " + opened);
        InventoryEditor editor = (InventoryEditor) opened;
        Gui.pump();
        TreeItem root = editor.tree().getTree().getItem(0);
        assertEquals(editor.label(editor.testbed()), root.getText());
        assertTrue(java.util.Arrays.stream(root.getItems()).anyMatch(item -> item.getText().contains("pc2")), "machines are in the tree");

        CommandParameter newMachine = editor.newChildDescriptors(editor.testbed()).stream().map(CommandParameter.class::cast)
                .filter(p -> p.getFeature() == PatchbayPackage.Literals.TESTBED__MACHINES).findFirst().orElseThrow();
        EObject added = editor.createChild(editor.testbed(), newMachine);
        assertNotNull(added);
        assertEquals(3, editor.testbed().getMachines().size());
        assertTrue(editor.isDirty());
        editor.undo();
        Gui.pump();
        assertEquals(2, editor.testbed().getMachines().size(), "New is one undoable step");
        Machine machine = (Machine) editor.createChild(editor.testbed(), newMachine);
        machine.setName("pc3");
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertEquals(3, ClusterFiles.loadTestbed(file).getMachines().size(), "the saved inventory holds the new machine");
    }

    @Test
    void theInventoryIsDrawnWithItsCablesTrunksAndReservationsAndBoxesArePlacedByDragging() throws Exception {
        Path file = Files.createTempDirectory("patchbay-inventory-ui").resolve("rack.testbed");
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch leaf1 = builder.switchNamed("leaf1", null);
        Switch leaf2 = builder.switchNamed("leaf2", null);
        builder.machineOn(leaf1, "pc1", "pc3000", 1, 1000);
        Machine pc2 = builder.machineOn(leaf1, "pc2", "pc3000", 1, 1000);
        builder.machineOn(leaf2, "pc3", "d430", 2, 10000);
        builder.trunk(leaf1, leaf2, 10000);
        pc2.setReservedBy("expA");
        pc2.setReservedUntil("2026-12-05T10:00:00Z");
        ClusterFiles.saveTestbed(builder.testbed(), file);
        InventoryEditor editor = open(file);

        TopologyViewer drawing = editor.drawing();
        List<Object> items = List.copyOf(drawing.renderer().items());
        assertEquals(List.of("leaf1", "leaf2", "pc1", "pc2", "pc3"), items.stream().filter(DiagramElement.class::isInstance)
                .map(i -> ((DiagramElement) i).getName()).sorted().toList(), "a box per switch and machine");
        List<Link> lines = items.stream().filter(Link.class::isInstance).map(Link.class::cast).toList();
        assertEquals(5, lines.size(), "a line per cable (4) and trunk (1): " + lines);
        Link trunk = lines.stream().filter(l -> l.getEndA().eContainer() instanceof Switch && l.getEndB().eContainer() instanceof Switch)
                .findFirst().orElseThrow();
        assertEquals("10Gb", drawing.styles().edgeStyle(trunk).label(), "the trunk shows its capacity");
        assertEquals("held by expA until 2026-12-05T10:00:00Z", drawing.styles().nodeStyle(box(items, "pc2")).status());
        assertEquals("free", drawing.styles().nodeStyle(box(items, "pc1")).status());
        assertEquals("NODE · compute · d430", drawing.styles().nodeStyle(box(items, "pc3")).kind(), "a machine's box says its hardware type");
        assertEquals("2 × 10Gb", drawing.styles().nodeStyle(box(items, "pc3")).detail(), "and its interfaces");

        // never placed: laid out for display without touching the file
        assertTrue(items.stream().filter(DiagramElement.class::isInstance).map(i -> ((DiagramElement) i).getX() + "," + ((DiagramElement) i).getY())
                .distinct().count() == 5, "every box has a place of its own");
        assertFalse(editor.isDirty(), "showing the inventory changes nothing in it");

        // a drag keeps the drawing as shown and the box where it was dropped, as one undoable edit
        DiagramElement pc1Box = box(items, "pc1");
        DiagramElement leaf2Box = box(items, "leaf2");
        List<Integer> leaf2Shown = List.of(leaf2Box.getX(), leaf2Box.getY());
        int x = pc1Box.getX() + 300;
        editor.drawingGestures().moveRequested(Map.of(pc1Box, new int[] {x, pc1Box.getY()}));
        Gui.pump();
        Machine pc1 = editor.testbed().getMachines().stream().filter(m -> m.getName().equals("pc1")).findFirst().orElseThrow();
        assertEquals(x, pc1.getX());
        Switch leaf2Now = editor.testbed().getSwitches().stream().filter(sw -> sw.getName().equals("leaf2")).findFirst().orElseThrow();
        assertEquals(leaf2Shown, List.of(leaf2Now.getX(), leaf2Now.getY()), "the others keep the places they were shown at");
        assertTrue(editor.isDirty());
        assertEquals(x, box(List.copyOf(drawing.renderer().items()), "pc1").getX(), "the drawing follows the inventory");
        editor.undo();
        Gui.pump();
        assertEquals(0, pc1.getX(), "one undo takes the whole move back");

        // selecting a box selects its machine in the tree (and so in Properties)
        editor.drawingGestures().selectionChanged(List.of(box(List.copyOf(drawing.renderer().items()), "pc3")));
        Gui.pump();
        assertEquals(List.of("pc3"), editor.tree().getStructuredSelection().toList().stream().map(o -> ((Machine) o).getName()).toList());
    }

    @Test
    void cablesAndTrunksAreDrawnByDraggingWithCablePressed() throws Exception {
        Path file = Files.createTempDirectory("patchbay-inventory-ui").resolve("rack.testbed");
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch leaf1 = builder.switchNamed("leaf1", null);
        builder.switchNamed("leaf2", null);
        builder.machineOn(leaf1, "pc1", "pc3000", 1, 1000);
        builder.cable(builder.machine("pc2", "pc3000"), "eth0", "02:00:00:00:00:02", 1000, null);
        ClusterFiles.saveTestbed(builder.testbed(), file);
        InventoryEditor editor = open(file);
        Machine pc2 = editor.testbed().getMachines().get(1);
        editor.drawing().renderer().zoomToFit();
        Gui.pump();
        org.eclipse.swt.widgets.Control canvas = editor.drawing().renderer().getControl();
        assertEquals(1, editor.drawing().renderer().items().stream().filter(Link.class::isInstance).count(), "pc1's one cable");

        // pc2's uncabled eth0 dragged to leaf2: a cable on a new port, drawn, one undo
        editor.setCabling(true);
        assertEquals(org.patchbay.ui.canvas.GraphRenderer.Tool.CONNECT, editor.drawing().renderer().getTool());
        List<Object> items = List.copyOf(editor.drawing().renderer().items());
        int[] from = editor.drawing().renderer().centreOnControl(box(items, "pc2"));
        int[] to = editor.drawing().renderer().centreOnControl(box(items, "leaf2"));
        Gui.drag(canvas, from[0], from[1], to[0], to[1], 0);
        Switch leaf2 = editor.testbed().getSwitches().get(1);
        assertEquals(1, leaf2.getPorts().size(), "leaf2 had no port: one was added");
        assertEquals(leaf2.getPorts().get(0), pc2.getInterfaces().get(0).getCabledTo(), "pc2 eth0 is cabled to it");
        assertEquals("Cable pc2 eth0 to leaf2 port1", editor.drawingHint());
        assertFalse(editor.cabling(), "Cable is released after one line");
        assertEquals(2, editor.drawing().renderer().items().stream().filter(Link.class::isInstance).count(), "the new cable is drawn");
        assertTrue(editor.isDirty());

        // leaf1 to leaf2: a trunk
        editor.setCabling(true);
        items = List.copyOf(editor.drawing().renderer().items());
        from = editor.drawing().renderer().centreOnControl(box(items, "leaf1"));
        to = editor.drawing().renderer().centreOnControl(box(items, "leaf2"));
        Gui.drag(canvas, from[0], from[1], to[0], to[1], 0);
        assertEquals(1, editor.testbed().getTrunks().size());
        assertEquals("leaf1-leaf2", editor.testbed().getTrunks().get(0).getName());
        assertEquals(3, editor.drawing().renderer().items().stream().filter(Link.class::isInstance).count(), "the trunk is drawn");

        // machine to machine: refused in words, nothing changes
        editor.setCabling(true);
        items = List.copyOf(editor.drawing().renderer().items());
        from = editor.drawing().renderer().centreOnControl(box(items, "pc1"));
        to = editor.drawing().renderer().centreOnControl(box(items, "pc2"));
        Gui.drag(canvas, from[0], from[1], to[0], to[1], 0);
        assertEquals("Machines are cabled to switches, not to each other: drag from pc1 to the switch its interface is plugged into.",
                editor.drawingHint());
        assertEquals(1, editor.testbed().getTrunks().size());
        assertEquals(1, pc2.getInterfaces().size());

        editor.undo();
        editor.undo();
        Gui.pump();
        assertEquals(0, editor.testbed().getTrunks().size());
        assertEquals(null, pc2.getInterfaces().get(0).getCabledTo(), "each line is one undo");
        assertEquals(1, editor.drawing().renderer().items().stream().filter(Link.class::isInstance).count());
        editor.doSave(null);
        assertEquals(0, ClusterFiles.loadTestbed(file).getTrunks().size());
    }

    private InventoryEditor open(Path file) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Object opened = handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.inventory"),
                Map.of("org.patchbay.ui.commands.inventory.action", "open", "org.patchbay.ui.commands.inventory.file", file.toString())), null);
        Gui.pump();
        return (InventoryEditor) opened;
    }

    private static DiagramElement box(List<Object> items, String name) {
        return items.stream().filter(DiagramElement.class::isInstance).map(DiagramElement.class::cast).filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no box " + name));
    }
}
