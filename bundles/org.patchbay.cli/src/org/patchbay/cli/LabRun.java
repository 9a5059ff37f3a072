package org.patchbay.cli;

import java.io.PrintWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.patchbay.core.session.Testbed;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.Cluster;

/**
 * A lab the command line starts for one sweep or link test and stops after: the topology's lab, a
 * session following it (agents, shaping as the model says, runtime changes on top) and the one thread
 * that owns the model while it runs.
 */
final class LabRun implements AutoCloseable {

    private final TestbedSession session;
    private final ExecutorService modelThread;
    private final PrintWriter out;

    private LabRun(TestbedSession session, ExecutorService modelThread, PrintWriter out) {
        this.session = session;
        this.modelThread = modelThread;
        this.out = out;
    }

    static LabRun start(Cluster cluster, CancelOnSignal cancel, PrintWriter out) throws Exception {
        out.println("starting the lab for " + cluster.getName() + " (" + cluster.getNodes().size() + " nodes)");
        TestbedSession session = new TestbedSession(TestbedSession.stateDir().resolve("ca"));
        ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "lab-model"));
        LabRun run = new LabRun(session, modelThread, out);
        try {
            LabTestbed lab = startLab(cluster, cancel, out);
            session.attach(lab);
            session.followShaping(cluster, ModelShaping.plan(EcoreUtil.copy(cluster)));
            return run;
        } catch (Exception | Error e) {
            run.close();
            throw e;
        }
    }

    private static LabTestbed startLab(Cluster cluster, CancelOnSignal cancel, PrintWriter out) throws LabException {
        LabOptions options = new LabOptions(LabOptions.defaultStateBase(), TestbedSession.stateDir().resolve("ca"), LabOptions.findAgentJar(),
                LabOptions.currentJava(), LabOptions.AGENT_JVM_OPTIONS, false);
        LabTestbed lab = LabTestbed.start(EcoreUtil.copy(cluster), options, new LabListener() {
            @Override
            public void agentExited(String node, int exitCode, boolean rebooting) {
            }

            @Override
            public void agentStarted(String node) {
            }

            @Override
            public void nodeFailed(String node, String reason) {
                out.println(node + ": FAILED: " + reason);
            }
        }, new Testbed.Progress() {
            @Override
            public void step(String what, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return cancel.cancelled();
            }
        });
        out.println("lab " + lab.id() + " running: " + lab.description());
        return lab;
    }

    TestbedSession session() {
        return session;
    }

    ExecutorService modelThread() {
        return modelThread;
    }

    @Override
    public void close() {
        if (session.testbed() != null) {
            out.println("stopping the lab");
            session.stopTestbed(new Testbed.Progress() {
                @Override
                public void step(String what, int done, int total) {
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        }
        session.close();
        modelThread.shutdown();
    }
}
