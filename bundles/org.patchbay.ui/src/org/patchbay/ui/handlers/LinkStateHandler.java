package org.patchbay.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.ShapedElement;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Takes the selected running links (or LANs) down, or brings them back up (parameter {@code state}),
 * as Emulab's {@code $link down}: every packet on them is lost until they come back. Runtime only:
 * the topology file is not touched, and the figure says DOWN while it lasts.
 */
public final class LinkStateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor)) {
            return null;
        }
        boolean down = "down".equals(event.getParameter("org.patchbay.ui.commands.linkState.state"));
        List<ShapedElement> chosen = new ArrayList<>();
        if (editor.viewer().getSelection() instanceof IStructuredSelection selection) {
            for (Object o : selection.toList()) {
                if (o instanceof Link || o instanceof Lan) {
                    chosen.add((ShapedElement) o);
                }
            }
        }
        String title = down ? "Take Link Down" : "Bring Link Up";
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title, "Select one or more links or LANs first.");
            return null;
        }
        Optional<ShapingFollower> shaping = editor.live().shaping();
        if (shaping.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title,
                    "Links go down and up on a running lab. Start it with Lab > Start Lab (as root, for real links).");
            return null;
        }
        for (ShapedElement element : chosen) {
            shaping.get().setDown(element, down);
        }
        editor.showStatus((down ? "Taken down: " : "Brought up: ") + String.join(", ", chosen.stream().map(ShapedElement::getName).toList()));
        return null;
    }
}
