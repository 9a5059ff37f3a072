package org.patchbay.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File > Open Recent: a numbered entry per remembered topology (name, then its folder), opened in the background like File > Open. */
public final class RecentFilesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        List<Path> files = new RecentFiles().files();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Action open = new Action("&" + (i + 1) + " " + file.getFileName() + "  (" + file.getParent() + ")") {
                @Override
                public void run() {
                    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                    TopologyOpener.openFileInBackground(window.getActivePage(), file,
                            message -> MessageDialog.openError(window.getShell(), "Cannot open topology", message));
                }
            };
            open.setToolTipText(file.toString());
            items.add(new ActionContributionItem(open));
        }
        if (items.isEmpty()) {
            Action none = new Action("(no topology opened yet)") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
