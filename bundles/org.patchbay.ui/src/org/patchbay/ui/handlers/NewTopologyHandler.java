package org.patchbay.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.dialogs.NewTopologyDialog;

/** File > New Topology: choose a template and open it unsaved. */
public final class NewTopologyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        NewTopologyDialog dialog = new NewTopologyDialog(window.getShell());
        if (dialog.open() == Window.OK && dialog.result() != null) {
            try {
                TopologyOpener.openNew(window.getActivePage(), dialog.result());
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        return null;
    }
}
