package org.patchbay.ui.nsfile;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.model.Cluster;
import org.patchbay.nsfile.NsExport;

/** File > Export NS File: the open topology as an Emulab NS file, written atomically. */
public final class ExportNsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Cluster cluster = editor == null ? null : editor.getAdapter(Cluster.class);
        if (cluster == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setText("Export as Emulab NS file");
        dialog.setFilterExtensions(new String[] {"*.ns", "*"});
        dialog.setFileName((cluster.getName() == null ? "topology" : cluster.getName()) + ".ns");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(window, cluster, Path.of(chosen));
        }
        return null;
    }

    public static void export(IWorkbenchWindow window, Cluster cluster, Path file) {
        try {
            NsExport.Result result = NsExport.write(cluster, file);
            if (!result.skipped().isEmpty()) {
                MessageDialog.openWarning(window.getShell(), "NS file written without some elements",
                        "Wrote " + file + ", without:\n\n" + String.join("\n", result.skipped()));
            }
        } catch (Exception e) {
            MessageDialog.openError(window.getShell(), "Cannot export NS file", e.getMessage());
        }
    }
}
