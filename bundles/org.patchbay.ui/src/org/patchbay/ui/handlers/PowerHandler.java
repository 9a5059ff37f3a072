package org.patchbay.ui.handlers;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.power.Batch;
import org.patchbay.core.power.Operation;
import org.patchbay.core.power.OperationRefused;
import org.patchbay.core.power.PowerAction;
import org.patchbay.core.power.PowerOperations;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.views.OperationsView;

/**
 * Power On, Off, Cycle and Reboot on the selected nodes (parameter {@code action}). One node is one
 * operation; several go in groups of four with a pause between groups. Each runs as a Job, so the
 * Progress view lists it and Cancel stops it.
 */
public final class PowerHandler extends AbstractHandler {

    public static final int GROUP_SIZE = 4;
    public static final Duration GROUP_PAUSE = Duration.ofSeconds(5);

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor)) {
            return null;
        }
        PowerAction action = PowerAction.valueOf(event.getParameter("org.patchbay.ui.commands.power.action").toUpperCase());
        List<String> nodes = new ArrayList<>();
        if (editor.viewer().getSelection() instanceof IStructuredSelection selection) {
            for (Object o : selection.toList()) {
                Object element = o instanceof Interface iface ? iface.eContainer() : o;
                if (element instanceof Node node && node.getName() != null) {
                    nodes.add(node.getName());
                }
            }
        }
        if (nodes.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Power", "Select one or more nodes first.");
            return null;
        }
        PowerOperations power;
        try {
            power = editor.live().power(editor.cluster());
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Power", "Cannot set up SNMP or the agents' TLS: " + e.getMessage());
            return null;
        }
        OperationsView.show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        if (nodes.size() == 1) {
            try {
                Operation op = power.start(nodes.get(0), action, user());
                follow(action.words + " " + nodes.get(0), op, power);
            } catch (OperationRefused e) {
                MessageDialog.openWarning(HandlerUtil.getActiveShell(event), "Power", e.getMessage());
            }
        } else {
            Batch batch = power.startBatch(nodes, action, user(), GROUP_SIZE, GROUP_PAUSE);
            follow(action.words + " " + nodes.size() + " nodes in groups of " + GROUP_SIZE, batch);
        }
        return null;
    }

    static String user() {
        return System.getProperty("user.name", "?");
    }

    private static void follow(String name, Operation op, PowerOperations power) {
        watch(name, () -> op.state().finished(), () -> power.cancel(op), () -> op.state().name().toLowerCase().replace('_', ' '),
                () -> op.state() == Operation.State.SUCCEEDED ? Status.OK_STATUS : Status.warning(op.outcome()));
    }

    private static void follow(String name, Batch batch) {
        watch(name, () -> batch.done().isDone(), batch::cancel, () -> batch.groups().size() + " groups done", () -> Status.OK_STATUS);
    }

    /** A Job that mirrors something running elsewhere: progress text until it is done, Cancel passed on. */
    private static void watch(String name, java.util.function.BooleanSupplier done, Runnable cancel, java.util.function.Supplier<String> progress,
            java.util.function.Supplier<IStatus> result) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                while (!done.getAsBoolean()) {
                    if (monitor.isCanceled()) {
                        cancel.run();
                        return Status.CANCEL_STATUS;
                    }
                    monitor.subTask(progress.get());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Status.CANCEL_STATUS;
                    }
                }
                monitor.done();
                return result.get();
            }
        };
        job.schedule();
    }
}
