package org.patchbay.ui.live;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.Cluster;
import org.patchbay.shaping.ShapingPlan;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Lab start and stop as Eclipse Jobs: they show in the Progress view, can be cancelled (a cancelled
 * start removes what it had made), and report the outcome on the editor's status line.
 */
public final class LabJobs {

    private static final String PLUGIN = "org.patchbay.ui";

    private LabJobs() {
    }

    public static Job start(TopologyEditor editor) {
        // the lab is built from a copy, so edits made while it starts cannot race with the plan
        Cluster snapshot = EcoreUtil.copy(editor.cluster());
        LiveSession session = editor.live();
        Display display = Display.getCurrent();
        Job job = new Job("Starting the lab for " + editor.getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    session.startLab(snapshot, nodeStarts(session), progress(monitor));
                    Lab lab = session.lab();
                    String failures = lab.failedNodes().isEmpty() ? ""
                            : "; " + lab.failedNodes().size() + " failed (right-click > Retry Node): " + String.join("; ", lab.failedNodes().entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue()).toList());
                    String message = "Lab " + lab.id() + " running: " + lab.endpoints().size() + " nodes, " + lab.mode().description
                            + lab.shaping().map(s -> "; links shaped by " + s.backend()).orElse("") + failures;
                    ShapingPlan applied = ModelShaping.plan(snapshot);
                    display.asyncExec(() -> {
                        session.followShaping(editor.cluster(), applied);
                        editor.showStatus(message);
                    });
                    return Status.OK_STATUS;
                } catch (LabException e) {
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
                } catch (java.io.IOException e) {
                    return Status.error("The lab could not start: " + e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Each node's start phase and failure go to the live state, so the canvas shows them from the first second. */
    private static LabListener nodeStarts(LiveSession session) {
        return new LabListener() {
            @Override
            public void agentExited(String node, int exitCode, boolean rebooting) {
            }

            @Override
            public void agentStarted(String node) {
            }

            @Override
            public void nodePhase(String node, Phase phase) {
                session.live().startPhase(node, phase.words);
            }

            @Override
            public void nodeFailed(String node, String reason) {
                session.live().startFailed(node, reason);
            }
        };
    }

    /** Starts the agents of {@code nodes} again (all failed nodes when empty), as a cancellable Job. */
    public static Job retry(TopologyEditor editor, java.util.List<String> nodes) {
        LiveSession session = editor.live();
        Display display = Display.getCurrent();
        Job job = new Job("Retrying " + (nodes.isEmpty() ? "the failed nodes" : String.join(", ", nodes))) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Lab lab = session.lab();
                if (lab == null) {
                    return new Status(IStatus.INFO, PLUGIN, "No lab is running for this topology");
                }
                java.util.List<String> targets = nodes.isEmpty() ? java.util.List.copyOf(lab.failedNodes().keySet()) : nodes;
                monitor.beginTask(getName(), targets.size());
                java.util.List<String> still = new java.util.ArrayList<>();
                for (String node : targets) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    monitor.subTask(node);
                    try {
                        if (lab.retry(node)) {
                            session.live().startPhase(node, LabListener.Phase.AGENT_LISTENING.words);
                        } else {
                            still.add(node + ": " + lab.failedNodes().get(node));
                            session.live().startFailed(node, lab.failedNodes().get(node));
                        }
                    } catch (LabException e) {
                        still.add(node + ": " + e.getMessage());
                    }
                    monitor.worked(1);
                }
                String message = still.isEmpty() ? "Retried " + String.join(", ", targets) + ": running" : "Still failing: " + String.join("; ", still);
                display.asyncExec(() -> editor.showStatus(message));
                monitor.done();
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    public static Job stop(TopologyEditor editor) {
        LiveSession session = editor.live();
        Display display = Display.getCurrent();
        Job job = new Job("Stopping the lab for " + editor.getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                if (session.lab() == null) {
                    return new Status(IStatus.INFO, PLUGIN, "No lab is running for this topology");
                }
                session.stopLab(progress(monitor));
                display.asyncExec(() -> editor.showStatus("Lab stopped: namespaces, links and agents removed"));
                monitor.done();
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static LabProgress progress(IProgressMonitor monitor) {
        return new LabProgress() {
            @Override
            public void step(String what, int done, int total) {
                monitor.subTask(what + " (" + (done + 1) + "/" + total + ")");
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        };
    }
}
