package org.patchbay.ui.mapping;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.model.Cluster;

/**
 * Experiment > Map onto Testbed…: asks for a testbed inventory (.testbed) unless the
 * {@code inventory} parameter names one, and shows the mapping of the open topology in the Mapping
 * view.
 */
public final class MapHandler extends AbstractHandler {

    public static final String INVENTORY_PARAMETER = "org.patchbay.ui.commands.map.inventory";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Cluster cluster = editor == null ? null : editor.getAdapter(Cluster.class);
        if (cluster == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Map onto Testbed", "Open a topology first.");
            return null;
        }
        String inventory = event.getParameter(INVENTORY_PARAMETER);
        if (inventory == null) {
            FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
            dialog.setText("Testbed inventory to map " + cluster.getName() + " onto");
            dialog.setFilterExtensions(new String[] {"*.testbed", "*"});
            dialog.setFilterNames(new String[] {"Testbed inventories (*.testbed)", "All files"});
            dialog.setFilterPath(System.getProperty("user.home"));
            inventory = dialog.open();
            if (inventory == null) {
                return null;
            }
        }
        MappingView view = MappingView.show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        if (view != null) {
            view.map(cluster, Path.of(inventory));
        }
        return view;
    }
}
