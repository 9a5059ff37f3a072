package org.patchbay.model.templates;

import java.util.List;

import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.Measure;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.Node;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;

/** Builds an experiment on a topology in code: the shipped examples and tests. */
public final class ExperimentBuilder {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;
    private final Experiment experiment;

    public ExperimentBuilder(Cluster cluster, String name) {
        experiment = FACTORY.createExperiment();
        experiment.setName(name);
        cluster.getExperiments().add(experiment);
    }

    public Experiment experiment() {
        return experiment;
    }

    public ExperimentBuilder repetitions(int repetitions) {
        experiment.setRepetitions(repetitions);
        return this;
    }

    public ExperimentBuilder timeLimit(int seconds) {
        experiment.setRunTimeLimitSeconds(seconds);
        return this;
    }

    /** A parameter; {@code link} for bandwidth, delay and loss, null otherwise. */
    public SweepParameter parameter(String name, ParameterKind kind, String values, ShapedElement link) {
        SweepParameter p = FACTORY.createSweepParameter();
        p.setName(name);
        p.setKind(kind);
        p.setValues(values);
        p.setLink(link);
        experiment.getParameters().add(p);
        return p;
    }

    public WorkloadStep step(String name, String command, int order, boolean background, List<Node> nodes) {
        WorkloadStep s = FACTORY.createWorkloadStep();
        s.setName(name);
        s.setCommand(command);
        s.setOrder(order);
        s.setBackground(background);
        s.getNodes().addAll(nodes);
        experiment.getSteps().add(s);
        return s;
    }

    /** A measure of {@code step} (pattern for output patterns) or of {@code link} (link bytes). */
    public Measure measure(String name, MeasureKind kind, WorkloadStep step, String pattern, ShapedElement link, String unit) {
        Measure m = FACTORY.createMeasure();
        m.setName(name);
        m.setKind(kind);
        m.setStep(step);
        m.setPattern(pattern);
        m.setLink(link);
        m.setUnit(unit);
        experiment.getMeasures().add(m);
        return m;
    }
}
