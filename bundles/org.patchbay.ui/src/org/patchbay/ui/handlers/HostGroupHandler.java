package org.patchbay.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.model.DiagramElement;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Collapse Hosts / Expand Hosts (parameter {@code action}: collapse | expand | collapseAll |
 * expandAll): folds the hosts that hang off the selected switches or LANs alone into their figures,
 * or unfolds them; the "All" forms act on every switch and LAN that has such hosts. A view setting:
 * the topology file and the undo history are not touched.
 */
public final class HostGroupHandler extends AbstractHandler {

    public static final String ACTION_PARAMETER = "org.patchbay.ui.commands.hostGroup.action";

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor)) {
            return null;
        }
        TopologyViewer viewer = editor.viewer();
        String action = event.getParameter(ACTION_PARAMETER);
        boolean all = action != null && action.endsWith("All");
        boolean collapse = action == null || action.startsWith("collapse");
        List<DiagramElement> hubs = new ArrayList<>();
        if (all) {
            hubs.addAll(viewer.collapsibleHubs());
        } else if (viewer.getSelection() instanceof IStructuredSelection selection) {
            for (Object item : selection.toList()) {
                if (item instanceof DiagramElement element && !viewer.groupOf(element).isEmpty()) {
                    hubs.add(element);
                }
            }
        }
        if (hubs.isEmpty()) {
            editor.showStatus(all ? "No switch or LAN has hosts of its own to fold."
                    : "Select a switch or LAN that has hosts of its own (hosts wired to it and nothing else).");
            return null;
        }
        viewer.setCollapsed(hubs, collapse);
        int hosts = hubs.stream().mapToInt(hub -> viewer.groupOf(hub).size()).sum();
        editor.showStatus((collapse ? "Folded " : "Unfolded ") + hosts + " hosts " + (collapse ? "into " : "of ")
                + (hubs.size() == 1 ? hubs.get(0).getName() : hubs.size() + " switches and LANs"));
        return null;
    }
}
