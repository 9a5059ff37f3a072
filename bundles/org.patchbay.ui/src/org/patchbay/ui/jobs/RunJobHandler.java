package org.patchbay.ui.jobs;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.ui.views.MigrationsView;

/**
 * Run Job… on the selected node: starts a command ({@code sh -c}) as a job with that node as its
 * home, under the agents' control so it can be moved, and shows it in the Migrations view.
 * Parameter {@code command} skips the dialog.
 */
public final class RunJobHandler extends AbstractHandler {

    public static final String COMMAND_PARAMETER = "org.patchbay.ui.commands.runJob.command";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        TestbedSession session = editor == null ? null : Adapters.adapt(editor, TestbedSession.class);
        String node = selectedNode(HandlerUtil.getCurrentSelection(event));
        if (session == null || node == null) {
            MessageDialog.openInformation(shell, "Run Job", "Select a node of a running topology first.");
            return null;
        }
        if (!session.watching()) {
            MessageDialog.openInformation(shell, "Run Job", "Start the lab (Lab > Start Lab) or connect the agents first; jobs run on nodes through their agents.");
            return null;
        }
        String command = event.getParameter(COMMAND_PARAMETER);
        if (command == null) {
            InputDialog dialog = new InputDialog(shell, "Run Job on " + node, "Command (run by sh -c on " + node
                    + ", its home; its output stays there wherever the job runs):", "", text -> text.isBlank() ? "Write a command" : null);
            if (dialog.open() != Window.OK) {
                return null;
            }
            command = dialog.getValue();
        }
        MigrationsView view = MigrationsView.show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        try {
            session.jobs().run(node, List.of("sh", "-c", command)).whenComplete((job, failure) -> {
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    Display.getDefault().asyncExec(() -> MessageDialog.openError(shell, "Run Job", "The job did not start on " + node + ": " + cause.getMessage()));
                }
            });
        } catch (IOException e) {
            MessageDialog.openError(shell, "Run Job", "Cannot reach the agents: " + e.getMessage());
        }
        return view;
    }

    private static String selectedNode(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                Object element = o instanceof Interface iface ? iface.eContainer() : o;
                if (element instanceof Node n && n.getName() != null) {
                    return n.getName();
                }
            }
        }
        return null;
    }
}
