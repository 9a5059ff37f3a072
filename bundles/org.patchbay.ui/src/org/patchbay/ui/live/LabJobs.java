package org.patchbay.ui.live;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.core.session.Testbed;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabTestbed;
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
        Testbed already = editor.live().testbed();
        if (already != null) {
            editor.showStatus("Lab > Start: " + already.description() + " runs this topology already; stop it first (Lab > Stop Lab or Disconnect)");
            return null;
        }
        // the lab is built from a copy, so edits made while it starts cannot race with the plan
        Cluster snapshot = EcoreUtil.copy(editor.cluster());
        TestbedSession session = editor.live();
        Display display = Display.getCurrent();
        Job job = new Job("Starting the lab for " + editor.getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    LabOptions options = new LabOptions(LabOptions.defaultStateBase(), TestbedSession.stateDir().resolve("ca"), LabOptions.findAgentJar(),
                            LabOptions.currentJava(), LabOptions.AGENT_JVM_OPTIONS, false);
                    LabTestbed started = LabTestbed.start(snapshot, options, nodeStarts(session), progress(monitor));
                    try {
                        session.attach(started);
                    } catch (RuntimeException | java.io.IOException e) {
                        started.stop(progress(monitor));
                        throw e;
                    }
                    Lab lab = started.lab();
                    String failures = lab.failedNodes().isEmpty() ? ""
                            : "; " + lab.failedNodes().size() + " failed (right-click > Retry Node): " + String.join("; ", lab.failedNodes().entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue()).toList());
                    String vms = lab.vmNodes().isEmpty() ? "" : " (" + lab.vmNodes().size() + " as qemu VMs, " + lab.vmAccelerator().toUpperCase() + ")";
                    String message = "Lab " + lab.id() + " running: " + lab.plan().nodes().size() + " nodes" + vms + ", " + started.description() + failures;
                    ShapingPlan applied = ModelShaping.plan(snapshot);
                    display.asyncExec(() -> {
                        session.followShaping(editor.cluster(), applied);
                        session.followTopology(editor.cluster(), display::asyncExec, text -> display.asyncExec(() -> editor.showStatus(text)));
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
    private static LabListener nodeStarts(TestbedSession session) {
        return new LabListener() {
            @Override
            public void agentExited(String node, int exitCode, boolean rebooting) {
            }

            @Override
            public void agentStarted(String node) {
            }

            @Override
            public void nodePhase(String node, Phase phase) {
                if (phase.running) {
                    session.live().startRunning(node, phase.words);
                } else {
                    session.live().startPhase(node, phase.words);
                }
            }

            @Override
            public void nodeFailed(String node, String reason) {
                session.live().startFailed(node, reason);
            }

            @Override
            public void broken(java.util.Map<String, String> elements) {
                session.live().setBroken(elements);
            }
        };
    }

    /** Starts the agents of {@code nodes} again (all failed nodes when empty), as a cancellable Job. */
    public static Job retry(TopologyEditor editor, java.util.List<String> nodes) {
        TestbedSession session = editor.live();
        Display display = Display.getCurrent();
        Job job = new Job("Retrying " + (nodes.isEmpty() ? "the failed nodes" : String.join(", ", nodes))) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Testbed running = session.testbed();
                if (running == null) {
                    return new Status(IStatus.INFO, PLUGIN, "No lab is running for this topology");
                }
                java.util.List<String> targets = nodes.isEmpty() ? java.util.List.copyOf(running.failedNodes().keySet()) : nodes;
                monitor.beginTask(getName(), targets.size());
                java.util.List<String> still = new java.util.ArrayList<>();
                for (String node : targets) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    monitor.subTask(node);
                    try {
                        if (running.retry(node)) {
                            if (running.endpoints().containsKey(node)) {
                                // only a node with an agent listens; a lab VM says where it is through the lab's listener
                                session.live().startPhase(node, LabListener.Phase.AGENT_LISTENING.words);
                            }
                        } else {
                            still.add(node + ": " + running.failedNodes().get(node));
                            session.live().startFailed(node, running.failedNodes().get(node));
                        }
                    } catch (Testbed.TestbedException e) {
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
        TestbedSession session = editor.live();
        Display display = Display.getCurrent();
        Job job = new Job("Stopping the lab for " + editor.getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                Testbed running = session.testbed();
                if (running == null) {
                    return new Status(IStatus.INFO, PLUGIN, "No lab is running for this topology");
                }
                session.stopTestbed(progress(monitor));
                String said = running instanceof LabTestbed ? "Lab stopped: namespaces, links and agents removed" : "Stopped " + running.description();
                display.asyncExec(() -> editor.showStatus(said));
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
