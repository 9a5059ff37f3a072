package org.patchbay.ui.handlers;

import java.io.IOException;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.live.LabJobs;

/** Lab > Start, Stop, Connect Agents, Shape Real Links and Disconnect, on the active topology (parameter {@code action}). */
public final class LabHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Lab", "Open a topology first (File > New Topology or Open Topology).");
            return null;
        }
        String action = event.getParameter("org.patchbay.ui.commands.lab.action");
        switch (action == null ? "start" : action) {
            case "start" -> LabJobs.start(editor);
            case "retryFailed" -> LabJobs.retry(editor, java.util.List.of());
            case "retry" -> {
                java.util.List<String> nodes = new java.util.ArrayList<>();
                if (editor.viewer().getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection selection) {
                    for (Object o : selection.toList()) {
                        if (o instanceof org.patchbay.model.Node node && node.getName() != null) {
                            nodes.add(node.getName());
                        }
                    }
                }
                if (!nodes.isEmpty()) {
                    LabJobs.retry(editor, nodes);
                }
            }
            case "stop" -> LabJobs.stop(editor);
            case "connect" -> {
                try {
                    Map<String, String> problems = editor.live().connectAgents(EcoreUtil.copy(editor.cluster()));
                    int count = editor.live().testbed().endpoints().size();
                    if (count == 0) {
                        editor.live().disconnect();
                        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Connect Agents",
                                "No node names an agent endpoint. Set 'Agent Endpoint' (host:port) in Properties, or start the lab (Lab > Start).");
                        return null;
                    }
                    followEdits(editor);
                    editor.showStatus("Following " + count + " real nodes through their agents" + (problems.isEmpty() ? ""
                            : "; not followed: " + String.join("; ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList())));
                } catch (IOException e) {
                    MessageDialog.openError(HandlerUtil.getActiveShell(event), "Connect Agents", "Cannot set up the console's certificates: " + e.getMessage());
                } catch (IllegalStateException e) {
                    MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Connect Agents", e.getMessage());
                }
            }
            case "shape" -> {
                try {
                    Map<String, String> problems = editor.live().shapeModelAgents(editor.cluster());
                    followEdits(editor);
                    editor.showStatus("Shaping real links through their nodes' agents (the links show what each node runs)"
                            + (problems.isEmpty() ? "" : "; " + problems.values()));
                } catch (IOException | IllegalStateException e) {
                    MessageDialog.openWarning(HandlerUtil.getActiveShell(event), "Shape Real Links", e.getMessage());
                }
            }
            case "disconnect" -> {
                try {
                    editor.live().disconnect();
                    editor.showStatus("Stopped following the real nodes");
                } catch (IllegalStateException e) {
                    MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Disconnect", e.getMessage());
                }
            }
            default -> throw new ExecutionException("unknown lab action " + action);
        }
        return null;
    }

    /** Agent endpoints, outlets and switches edited from now on are followed too. */
    private static void followEdits(TopologyEditor editor) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        editor.live().followTopology(editor.cluster(), display::asyncExec, text -> display.asyncExec(() -> editor.showStatus(text)));
    }
}
