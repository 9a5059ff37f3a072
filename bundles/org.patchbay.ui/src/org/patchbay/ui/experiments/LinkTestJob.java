package org.patchbay.ui.experiments;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.experiment.LinkTest;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.TestbedSweepTarget;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabOptions;
import org.patchbay.model.Cluster;

/**
 * Lab > Test Links as a Job: every pair probed against the drawing (see {@link LinkTest}), a unit of
 * work per pair; the outcome in the status line and the pairs in the Results view (sweep "linktest").
 */
final class LinkTestJob extends Job {

    private final List<LinkTest.Pair> pairs;
    private final Path database;
    private final TestbedSession session;
    private final Display display;
    private final IWorkbenchPage page;
    private final IEditorPart editor;
    private volatile List<LinkTest.Result> results = List.of();

    private LinkTestJob(List<LinkTest.Pair> pairs, Path database, TestbedSession session, Display display, IWorkbenchPage page, IEditorPart editor) {
        super("Testing " + pairs.size() + " link pairs");
        this.pairs = pairs;
        this.database = database;
        this.session = session;
        this.display = display;
        this.page = page;
        this.editor = editor;
        setUser(true);
    }

    static LinkTestJob start(ExecutionEvent event, IEditorPart editor, Cluster cluster) {
        Path database = ExperimentHandler.database(editor);
        TestbedSession session = editor.getAdapter(TestbedSession.class);
        String refusal = database == null ? "Save the topology first: the results are kept beside it."
                : session == null || session.testbed() == null ? "Start the lab first (Lab > Start Lab): the test probes its links."
                : session.testbed().shell().isEmpty() ? session.testbed().description() + " cannot start the probes with their output; the test runs on the lab (Lab > Start Lab)."
                : session.shaping().isEmpty() ? "The lab runs without real links (the console is not running as root), so there is nothing to probe." : null;
        List<LinkTest.Pair> pairs = refusal == null ? LinkTest.pairs(cluster) : List.of();
        if (refusal == null && pairs.isEmpty()) {
            refusal = "No link, LAN or switch joins two addressed node interfaces: nothing to test.";
        }
        if (refusal != null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Test Links", refusal);
            return null;
        }
        LinkTestJob job = new LinkTestJob(pairs, database, session, Display.getCurrent(), HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), editor);
        job.schedule();
        return job;
    }

    List<LinkTest.Result> results() {
        return results;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), pairs.size());
        try (ResultStore store = ResultStore.open(database)) {
            LinkTest test = new LinkTest(new TestbedSweepTarget(session, display::asyncExec), LabOptions.findNativeHelper("pb-probe"));
            results = test.run(pairs, store, (r, done, total) -> monitor.worked(1), monitor::isCanceled);
            long bad = results.stream().filter(r -> r.verdict() == LinkTest.Verdict.OUT_OF_SPEC || r.verdict() == LinkTest.Verdict.UNREACHABLE).count();
            String message = "Test Links: " + results.size() + " of " + pairs.size() + " pairs probed, " + (results.size() - bad) + " as drawn, " + bad
                    + " out of spec or unreachable" + (bad == 0 ? "" : ": " + String.join("; ", results.stream()
                            .filter(r -> r.verdict() == LinkTest.Verdict.OUT_OF_SPEC || r.verdict() == LinkTest.Verdict.UNREACHABLE).limit(3)
                            .map(r -> r.pair().name() + " " + r.message()).toList()));
            long sweepId = store.sweeps(LinkTest.EXPERIMENT).get(0).id();
            display.asyncExec(() -> {
                if (editor instanceof org.patchbay.ui.editor.TopologyEditor topology) {
                    topology.showStatus(message);
                }
                ResultsView view = ResultsView.show(page);
                if (view != null) {
                    view.showResults(database);
                    view.refresh(sweepId);
                }
                LinkTestView matrix = LinkTestView.show(page);
                if (matrix != null) {
                    matrix.show(results, message);
                }
            });
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (SweepException | LabException e) {
            return Status.error("Test Links: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
