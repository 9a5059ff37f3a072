package org.patchbay.model.edit.commands;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.Measure;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.NamedElement;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PatchbayPackage.Literals;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;

/**
 * Experiments as undoable commands: a new one that already runs (a parameter, a step on the first node,
 * its wall time measured), and a parameter, step or measure added to one, each with a free name.
 */
public final class ExperimentCommands {

    /** What can be added to an experiment. */
    public enum Part {
        PARAMETER, STEP, MEASURE
    }

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;
    private final EditingDomain domain;
    private final Cluster cluster;

    public ExperimentCommands(EditingDomain domain, Cluster cluster) {
        this.domain = domain;
        this.cluster = cluster;
    }

    /** A new experiment, valid as it stands: x = 1, 2; a step printing "result x" on the first node; its output and wall time measured. */
    public Command newExperiment() {
        Experiment experiment = FACTORY.createExperiment();
        experiment.setName(free(cluster.getExperiments(), "experiment"));
        SweepParameter x = FACTORY.createSweepParameter();
        x.setName("x");
        x.setKind(ParameterKind.VARIABLE);
        x.setValues("1, 2");
        experiment.getParameters().add(x);
        WorkloadStep step = FACTORY.createWorkloadStep();
        step.setName("run");
        step.setCommand("echo result ${x}");
        if (!cluster.getNodes().isEmpty()) {
            step.getNodes().add(cluster.getNodes().get(0));
        }
        experiment.getSteps().add(step);
        Measure result = FACTORY.createMeasure();
        result.setName("result");
        result.setKind(MeasureKind.OUTPUT_PATTERN);
        result.setStep(step);
        result.setPattern("result ([0-9.]+)");
        experiment.getMeasures().add(result);
        Measure time = FACTORY.createMeasure();
        time.setName("time");
        time.setKind(MeasureKind.WALL_TIME);
        time.setStep(step);
        time.setUnit("s");
        experiment.getMeasures().add(time);
        return TopologyCommands.labelled(AddCommand.create(domain, cluster, Literals.CLUSTER__EXPERIMENTS, experiment), "New Experiment " + experiment.getName());
    }

    /** A parameter, step or measure added to {@code experiment}. */
    public Command add(Experiment experiment, Part part) {
        return switch (part) {
            case PARAMETER -> {
                SweepParameter p = FACTORY.createSweepParameter();
                p.setName(free(names(experiment), "p"));
                p.setKind(ParameterKind.VARIABLE);
                p.setValues("1, 2");
                yield TopologyCommands.labelled(AddCommand.create(domain, experiment, Literals.EXPERIMENT__PARAMETERS, p), "Add Parameter " + p.getName());
            }
            case STEP -> {
                WorkloadStep s = FACTORY.createWorkloadStep();
                s.setName(free(experiment.getSteps(), "step"));
                s.setCommand("true");
                s.setOrder(experiment.getSteps().stream().mapToInt(WorkloadStep::getOrder).max().orElse(-1) + 1);
                if (!cluster.getNodes().isEmpty()) {
                    s.getNodes().add(cluster.getNodes().get(0));
                }
                yield TopologyCommands.labelled(AddCommand.create(domain, experiment, Literals.EXPERIMENT__STEPS, s), "Add Step " + s.getName());
            }
            case MEASURE -> {
                Measure m = FACTORY.createMeasure();
                m.setName(free(names(experiment), "m"));
                m.setKind(MeasureKind.WALL_TIME);
                m.setUnit("s");
                m.setStep(experiment.getSteps().isEmpty() ? null : experiment.getSteps().get(experiment.getSteps().size() - 1));
                yield TopologyCommands.labelled(AddCommand.create(domain, experiment, Literals.EXPERIMENT__MEASURES, m), "Add Measure " + m.getName());
            }
        };
    }

    private static List<NamedElement> names(Experiment experiment) {
        List<NamedElement> all = new java.util.ArrayList<>(experiment.getParameters());
        all.addAll(experiment.getMeasures());
        return all;
    }

    private static String free(List<? extends NamedElement> existing, String prefix) {
        for (int i = 1;; i++) {
            String name = prefix + i;
            if (existing.stream().noneMatch(e -> name.equals(e.getName()))) {
                return name;
            }
        }
    }
}
