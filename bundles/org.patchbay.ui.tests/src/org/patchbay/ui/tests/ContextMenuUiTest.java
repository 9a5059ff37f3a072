package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.Wiring;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.editor.TopologyEditor;

/** Right-click selects what is under the cursor, and the menu offers what applies to it: node actions on nodes, link actions on links. */
class ContextMenuUiTest {

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
    void rightClickSelectsAndTheMenuMatchesWhatIsSelected() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.ring(4));
        page.activate(editor);
        Gui.pump();
        editor.viewer().renderer().setZoom(1);
        editor.viewer().renderer().paintNow();
        GraphRenderer renderer = editor.viewer().renderer();
        Control canvas = renderer.getControl();
        Node node0 = editor.cluster().getNodes().get(0);
        Node node2 = editor.cluster().getNodes().get(2);
        editor.select(List.of(node2));
        Gui.pump();

        int[] centre = renderer.centreOnControl(node0);
        Gui.rightClick(canvas, centre[0], centre[1]);
        assertEquals(List.of(node0), ((IStructuredSelection) editor.viewer().getSelection()).toList(), "right-click selected the node under it");
        List<String> nodeMenu = Gui.menuItems(canvas);
        assertTrue(nodeMenu.contains("&Reboot"), nodeMenu.toString());
        assertFalse(nodeMenu.contains("Take Link &Down"), "no link actions on a node: " + nodeMenu);

        Link link = editor.cluster().getLinks().stream().filter(l -> Wiring.ownerOf(l.getEndA()) == node0 || Wiring.ownerOf(l.getEndB()) == node0)
                .findFirst().orElseThrow();
        int[] a = renderer.centreOnControl(Wiring.ownerOf(link.getEndA()));
        int[] b = renderer.centreOnControl(Wiring.ownerOf(link.getEndB()));
        Gui.rightClick(canvas, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
        assertEquals(List.of(link), ((IStructuredSelection) editor.viewer().getSelection()).toList(), "right-click selected the link under it");
        List<String> linkMenu = Gui.menuItems(canvas);
        assertTrue(linkMenu.contains("Take Link &Down"), linkMenu.toString());
        assertFalse(linkMenu.contains("&Reboot") || linkMenu.contains("Power O&ff"), "no power actions on a link: " + linkMenu);
    }

    @Test
    void findSelectsTheNodeWithAnAddressAndSaysHowMany() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.dumbbell());
        page.activate(editor);
        Gui.pump();
        Node right1 = editor.cluster().getNodes().stream().filter(n -> n.getName().equals("right1")).findFirst().orElseThrow();
        String ip = right1.getInterfaces().get(0).getIpv4Address();
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.find"),
                java.util.Map.of("org.patchbay.ui.commands.find.query", ip)), null);
        Gui.pump();
        IStructuredSelection selected = (IStructuredSelection) editor.viewer().getSelection();
        assertEquals(List.of(right1), selected.toList(), "the node with " + ip + " is selected");
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.find"),
                java.util.Map.of("org.patchbay.ui.commands.find.query", "role:router")), null);
        Gui.pump();
        assertEquals(2, ((IStructuredSelection) editor.viewer().getSelection()).size(), "both routers");
    }

    @Test
    void copyAndPasteGiveValidNewNodesInOneUndoStep() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.dumbbell());
        page.activate(editor);
        Gui.pump();
        Node left0 = editor.cluster().getNodes().get(0);
        int nodes = editor.cluster().getNodes().size();
        int links = editor.cluster().getLinks().size();
        editor.select(List.of(left0));
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        var command = commands.getCommand("org.patchbay.ui.commands.clipboard");
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(command,
                java.util.Map.of("org.patchbay.ui.commands.clipboard.action", "copy")), null);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(command,
                java.util.Map.of("org.patchbay.ui.commands.clipboard.action", "paste")), null);
        Gui.pump();
        assertEquals(nodes + 1, editor.cluster().getNodes().size(), "a pasted node");
        assertEquals(links + 1, editor.cluster().getLinks().size(), "with its link");
        Node pasted = editor.cluster().getNodes().get(nodes);
        assertEquals(List.of(pasted), ((IStructuredSelection) editor.viewer().getSelection()).toList(), "the paste is selected");
        Gui.waitUntil(() -> editor.problems().isEmpty(), () -> "the validator to find the paste clean: " + editor.problems());
        editor.getEditingDomain().getCommandStack().undo();
        Gui.pump();
        assertEquals(nodes, editor.cluster().getNodes().size(), "one undo takes the paste back");
        assertEquals(links, editor.cluster().getLinks().size());
    }

    @Test
    void anOpenedTopologyIsOfferedUnderOpenRecent() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("patchbay-recent").resolve("recent-ring.cluster");
        org.patchbay.model.persistence.ClusterFiles.save(TopologyTemplates.ring(3), file);
        TopologyOpener.openFile(page, file);
        Gui.pump();
        assertEquals(file.toAbsolutePath(), new org.patchbay.ui.app.RecentFiles().files().get(0), "the newest first");
        assertEquals(file.getParent().toString(), new org.patchbay.ui.app.RecentFiles().folder(), "Open and Save As start there");
        Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
        Menu fileMenu = item(bar, "File").getMenu();
        fileMenu.notifyListeners(SWT.Show, new Event());
        Menu recent = item(fileMenu, "Open Recent").getMenu();
        recent.notifyListeners(SWT.Show, new Event());
        Gui.pump();
        assertTrue(recent.getItemCount() > 0 && recent.getItem(0).getText().replace("&", "").contains("recent-ring.cluster"),
                "File > Open Recent lists it first: " + java.util.Arrays.stream(recent.getItems()).map(MenuItem::getText).toList());
    }

    private static MenuItem item(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(label)) {
                return item;
            }
        }
        throw new AssertionError("no " + label + " in " + java.util.Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
    }

    @Test
    void helpListsTheKeysAsBoundAndTheLegend() {
        List<String> keys = org.patchbay.ui.dialogs.KeysAndLegendDialog.bindings().stream().map(row -> row[0] + " " + row[1]).toList();
        assertTrue(keys.stream().anyMatch(k -> k.contains("Ctrl+F") && k.contains("Find")), "Ctrl+F finds: " + keys);
        assertTrue(keys.stream().anyMatch(k -> k.contains("F1") && k.contains("Keys and Legend")), keys.toString());
        var dialog = new org.patchbay.ui.dialogs.KeysAndLegendDialog(page.getWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Gui.pump();
            assertEquals(keys.size(), dialog.keys().getItemCount(), "the dialog lists every binding");
            Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
            Menu help = item(bar, "Help").getMenu();
            help.notifyListeners(SWT.Show, new Event());
            assertTrue(java.util.Arrays.stream(help.getItems()).anyMatch(i -> i.getText().replace("&", "").startsWith("Keys and Legend")),
                    "Help offers it");
        } finally {
            dialog.close();
        }
    }

    @Test
    void aRefusedPropertiesValueIsMarkedAtTheField() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.dumbbell());
        page.activate(editor);
        Gui.pump();
        Link bottleneck = editor.cluster().getLinks().stream().filter(l -> l.getName().equals("bottleneck")).findFirst().orElseThrow();
        var source = new org.patchbay.ui.properties.ItemPropertySourceProvider(
                (org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain(), m -> { }).getPropertySource(bottleneck);
        org.eclipse.ui.views.properties.IPropertyDescriptor bandwidth = java.util.Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Bandwidth")).findFirst().orElseThrow();
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(page.getWorkbenchWindow().getShell());
        try {
            shell.setLayout(new org.eclipse.swt.layout.FillLayout());
            var cell = bandwidth.createPropertyEditor(shell);
            shell.open();
            // the Properties view shows the cell's control and gives it focus when the user starts editing
            cell.activate();
            cell.getControl().setVisible(true);
            org.eclipse.swt.widgets.Text text = (org.eclipse.swt.widgets.Text) cell.getControl();
            text.setFocus();
            var mark = (org.eclipse.jface.fieldassist.ControlDecoration) text.getData(org.patchbay.ui.properties.FieldRefusal.KEY);
            text.setText("-5");
            assertTrue(mark.isVisible(), "an invalid value is marked at the field: valid=" + cell.isValueValid() + " error=" + cell.getErrorMessage() + " mark=" + mark.getDescriptionText() + " controlVisible=" + text.isVisible() + " shellVisible=" + shell.isVisible() + " image=" + mark.getImage());
            assertTrue(mark.getDescriptionText().contains("more than 0"), "the mark says why: " + mark.getDescriptionText());
            text.setText("10Mb");
            assertFalse(mark.isVisible(), "a valid value clears the mark");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void everyPaletteEntryHasAnIconBesideItsName() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.ring(3));
        Gui.pump();
        for (Object tool : List.of(org.patchbay.ui.canvas.GraphRenderer.Tool.SELECT, org.patchbay.model.edit.commands.TopologyCommands.ElementKind.NODE,
                org.patchbay.model.edit.commands.TopologyCommands.ElementKind.SWITCH, org.patchbay.model.edit.commands.TopologyCommands.ElementKind.PDU,
                org.patchbay.model.edit.commands.TopologyCommands.ElementKind.LAN, org.patchbay.ui.canvas.GraphRenderer.Tool.CONNECT)) {
            var entry = (org.eclipse.swt.custom.CLabel) editor.palette().entry(tool);
            assertTrue(entry.getImage() != null && !entry.getText().isEmpty(), tool + ": an icon and a name");
        }
    }
}
