package org.patchbay.ui.experiments;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepPlan;
import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.edit.commands.ExperimentCommands;
import org.patchbay.ui.editor.ClusterEditorInput;

/**
 * The Experiment menu's sweep entries: New Experiment, Add Parameter/Step/Measure (to the selected
 * experiment, or the topology's only one), Run Sweep (a Job on the running lab), Results. Edits are
 * commands on the editor's stack; the definition is then edited in the Outline and Properties.
 */
public final class ExperimentHandler extends AbstractHandler {

    public static final String ACTION_PARAMETER = "org.patchbay.ui.commands.experiment.action";

    @Override
    public Object execute(ExecutionEvent event) {
        String action = event.getParameter(ACTION_PARAMETER);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Cluster cluster = editor == null ? null : editor.getAdapter(Cluster.class);
        EditingDomain domain = editor == null ? null : editor.getAdapter(EditingDomain.class);
        if (cluster == null || domain == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Experiment", "Open a topology first.");
            return null;
        }
        ExperimentCommands commands = new ExperimentCommands(domain, cluster);
        if ("linktest".equals(action)) {
            return LinkTestJob.start(event, editor, cluster);
        }
        if ("new".equals(action)) {
            execute(domain, commands.newExperiment());
            return cluster.getExperiments().get(cluster.getExperiments().size() - 1);
        }
        Experiment experiment = chosen(HandlerUtil.getCurrentSelection(event), cluster);
        if (experiment == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Experiment", cluster.getExperiments().isEmpty()
                    ? "This topology has no experiment yet: Experiment > New Experiment adds one."
                    : "Select the experiment (or one of its parts) in the Outline: this topology has " + cluster.getExperiments().size() + ".");
            return null;
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        switch (action == null ? "run" : action) {
            case "parameter" -> execute(domain, commands.add(experiment, ExperimentCommands.Part.PARAMETER));
            case "step" -> execute(domain, commands.add(experiment, ExperimentCommands.Part.STEP));
            case "measure" -> execute(domain, commands.add(experiment, ExperimentCommands.Part.MEASURE));
            case "results" -> {
                Path database = database(editor);
                if (database == null) {
                    MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Results", "Save the topology first: its results are kept beside it.");
                    return null;
                }
                ResultsView view = ResultsView.show(page);
                if (view != null) {
                    view.showResults(database);
                }
                return view;
            }
            default -> {
                return run(event, editor, experiment, page);
            }
        }
        return experiment;
    }

    private static SweepJob run(ExecutionEvent event, IEditorPart editor, Experiment experiment, IWorkbenchPage page) {
        Path database = database(editor);
        if (database == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Sweep", "Save the topology first: a sweep's results are kept beside it ("
                    + "NAME.results.mv.db).");
            return null;
        }
        TestbedSession session = editor.getAdapter(TestbedSession.class);
        if (session == null || session.testbed() == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Sweep", "Start the lab first (Lab > Start Lab): the sweep runs on it.");
            return null;
        }
        if (session.testbed().shell().isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Sweep", session.testbed().description()
                    + " cannot start programs with their output, which a sweep reads; stop following them (Lab > Disconnect) and start the lab (Lab > Start Lab).");
            return null;
        }
        SweepPlan plan;
        try {
            plan = SweepPlan.of(experiment);
        } catch (SweepException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Run Sweep", "The experiment cannot run yet:\n\n" + e.getMessage());
            return null;
        }
        ResultsView view = ResultsView.show(page);
        if (view != null) {
            view.showResults(database);
        }
        java.util.function.Consumer<String> status = text -> {
            if (editor instanceof org.patchbay.ui.editor.TopologyEditor topology) {
                topology.showStatus(text);
            }
        };
        SweepJob job = new SweepJob(plan, database, session, Display.getCurrent(), false, new SweepJob.Progress() {
            @Override
            public void recorded(long sweepId) {
                ResultsView open = ResultsView.find(page);
                if (open != null) {
                    open.refresh(sweepId);
                }
            }

            @Override
            public void finished(String message) {
                status.accept(message);
            }
        }, editor.getAdapter(SweepOnCanvas.class));
        job.schedule();
        return job;
    }

    static Path database(IEditorPart editor) {
        Path file = editor.getEditorInput() instanceof ClusterEditorInput input ? input.file() : null;
        return file == null ? null : ResultStore.beside(file);
    }

    private static void execute(EditingDomain domain, Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The experiment the selection is in, else the topology's only one. */
    static Experiment chosen(ISelection selection, Cluster cluster) {
        if (selection instanceof IStructuredSelection structured) {
            for (Object item : structured.toList()) {
                for (EObject at = item instanceof EObject e ? e : null; at != null; at = at.eContainer()) {
                    if (at instanceof Experiment experiment && experiment.eContainer() == cluster) {
                        return experiment;
                    }
                }
            }
        }
        return cluster.getExperiments().size() == 1 ? cluster.getExperiments().get(0) : null;
    }
}
