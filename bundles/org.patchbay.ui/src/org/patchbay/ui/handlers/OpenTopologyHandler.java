package org.patchbay.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.app.TopologyOpener;

/**
 * File > Open: the file is read in a Job (larger than the limit, default 64 MB, it is refused with how to
 * raise it); a damaged or foreign file gives an error naming the file and opens nothing.
 */
public final class OpenTopologyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open topology");
        dialog.setFilterExtensions(new String[] {"*.cluster", "*"});
        dialog.setFilterPath(new org.patchbay.ui.app.RecentFiles().folder());
        String chosen = dialog.open();
        if (chosen != null) {
            // read in a Job with progress (cancellable); the editor opens when the file is loaded
            TopologyOpener.openFileInBackground(window.getActivePage(), Path.of(chosen),
                    message -> MessageDialog.openError(window.getShell(), "Cannot open topology", message));
        }
        return null;
    }
}
