package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Switch;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TestbedBuilder;
import org.patchbay.ui.editor.InventoryEditor;

/**
 * In the real workbench: File > Open Inventory shows a .testbed as a tree of machines, switches
 * and trunks; New ▸ adds a machine as one undoable step; the inventory saves and reopens with it.
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
}
