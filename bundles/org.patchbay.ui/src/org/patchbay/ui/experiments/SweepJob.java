package org.patchbay.ui.experiments;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.experiment.PlannedRun;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.RunRecord;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepListener;
import org.patchbay.experiment.SweepPlan;
import org.patchbay.experiment.SweepRunner;
import org.patchbay.experiment.TestbedSweepTarget;

/**
 * Experiment > Run Sweep as a Job in the Progress view: a unit of work per run, the run's values and
 * the time left as its sub-task, cancel ends the current run's processes (the run is made again when
 * the sweep resumes). Each recorded run refreshes the Results view.
 */
final class SweepJob extends Job {

    /** Told on the UI thread when a run has been recorded and when the sweep ends. */
    interface Progress {
        void recorded(long sweepId);

        void finished(String message);
    }

    private final SweepPlan plan;
    private final Path database;
    private final TestbedSession session;
    private final Display display;
    private final boolean fresh;
    private final Progress progress;
    private volatile SweepRunner.Summary summary;
    private final SweepOnCanvas canvas;

    SweepJob(SweepPlan plan, Path database, TestbedSession session, Display display, boolean fresh, Progress progress, SweepOnCanvas canvas) {
        super("Sweep of " + plan.experiment() + " (" + plan.runs().size() + " runs)");
        this.plan = plan;
        this.database = database;
        this.session = session;
        this.display = display;
        this.fresh = fresh;
        this.progress = progress;
        this.canvas = canvas;
        setUser(true);
    }

    SweepRunner.Summary summary() {
        return summary;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), plan.runs().size());
        try (ResultStore store = ResultStore.open(database)) {
            long[] sweepId = {-1};
            SweepListener listener = new SweepListener() {
                private boolean first = true;

                @Override
                public void runStarting(PlannedRun run, int done, int total, double estimateSeconds) {
                    if (first) {
                        monitor.worked(done);
                        first = false;
                    }
                    monitor.subTask("Run " + run.index() + " of " + total + ": " + run.parameters() + ", repetition " + run.repetition()
                            + (estimateSeconds >= 0 ? String.format(", about %.0f s left", estimateSeconds) : ""));
                    if (canvas != null) {
                        canvas.running(plan.nodes(run), run.index(), total, done, run.parameters().toString());
                    }
                }

                @Override
                public void runRecorded(RunRecord record) {
                    monitor.worked(1);
                    if (canvas != null) {
                        canvas.ended(plan.nodes(plan.runs().get(record.index() - 1)), record.status() != RunRecord.Status.OK,
                                record.status().name().toLowerCase().replace('_', ' ') + ": " + record.message());
                    }
                    if (sweepId[0] >= 0) {
                        display.asyncExec(() -> progress.recorded(sweepId[0]));
                    }
                }
            };
            sweepId[0] = store.open(plan, fresh).id();
            SweepRunner.Summary result = new SweepRunner(new TestbedSweepTarget(session, display::asyncExec), store).run(plan, false, listener,
                    monitor::isCanceled);
            summary = result;
            String message = "Sweep " + result.sweepId() + " of " + plan.experiment() + (result.cancelled() ? " stopped: " : ": ") + result.recorded()
                    + " runs recorded (" + result.ok() + " ok, " + result.failed() + " failed, " + result.timedOut() + " timed out)"
                    + (result.alreadyRecorded() > 0 ? ", " + result.alreadyRecorded() + " before" : "")
                    + (result.cancelled() ? "; Run Sweep again resumes it" : "");
            display.asyncExec(() -> {
                progress.recorded(result.sweepId());
                progress.finished(message);
            });
            return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (SweepException e) {
            display.asyncExec(() -> progress.finished(e.getMessage()));
            return Status.error(e.getMessage(), e);
        } finally {
            if (canvas != null) {
                canvas.clear();
            }
            monitor.done();
        }
    }
}
