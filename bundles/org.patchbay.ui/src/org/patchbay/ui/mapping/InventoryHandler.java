package org.patchbay.ui.mapping;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.ui.editor.InventoryEditor;
import org.patchbay.ui.editor.InventoryEditorInput;

/**
 * File > New Inventory and File > Open Inventory…: a testbed inventory in the inventory editor.
 * Parameters: {@code action} (new or open) and, for open, {@code file} to skip the dialog.
 */
public final class InventoryHandler extends AbstractHandler {

    public static final String ACTION_PARAMETER = "org.patchbay.ui.commands.inventory.action";
    public static final String FILE_PARAMETER = "org.patchbay.ui.commands.inventory.file";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            if ("new".equals(event.getParameter(ACTION_PARAMETER))) {
                Testbed fresh = PatchbayFactory.eINSTANCE.createTestbed();
                fresh.setName("testbed");
                return page.openEditor(InventoryEditorInput.untitled(fresh), InventoryEditor.ID);
            }
            String file = event.getParameter(FILE_PARAMETER);
            if (file == null) {
                FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
                dialog.setText("Open a testbed inventory");
                dialog.setFilterExtensions(new String[] {"*.testbed", "*"});
                dialog.setFilterPath(System.getProperty("user.home"));
                file = dialog.open();
                if (file == null) {
                    return null;
                }
            }
            Path path = Path.of(file);
            return page.openEditor(InventoryEditorInput.forFile(path, ClusterFiles.loadTestbed(path)), InventoryEditor.ID);
        } catch (ClusterFileException | PartInitException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Open Inventory", e.getMessage());
            return null;
        }
    }
}
