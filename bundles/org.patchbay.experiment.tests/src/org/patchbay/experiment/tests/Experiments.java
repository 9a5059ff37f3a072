package org.patchbay.experiment.tests;

import java.util.List;

import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.Link;
import org.patchbay.model.Measure;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;
import org.patchbay.model.templates.ClusterBuilder;

/** Topologies and experiments for the sweep tests, built the way the editor's commands would. */
final class Experiments {

    final Cluster cluster;
    final List<Node> nodes;
    final Link link;
    final Experiment experiment;

    Experiments(int nodeCount) {
        ClusterBuilder builder = new ClusterBuilder("sweeps");
        nodes = new java.util.ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(builder.node("n" + i, i * 100, 0, NodeRole.COMPUTE));
        }
        link = builder.link(nodes.get(0), nodes.get(1), new int[] {10, 0, 0});
        cluster = builder.cluster();
        experiment = PatchbayFactory.eINSTANCE.createExperiment();
        experiment.setName("e");
        cluster.getExperiments().add(experiment);
    }

    SweepParameter parameter(String name, ParameterKind kind, String values) {
        return parameter(name, kind, values, null);
    }

    SweepParameter parameter(String name, ParameterKind kind, String values, ShapedElement on) {
        SweepParameter p = PatchbayFactory.eINSTANCE.createSweepParameter();
        p.setName(name);
        p.setKind(kind);
        p.setValues(values);
        p.setLink(on);
        experiment.getParameters().add(p);
        return p;
    }

    WorkloadStep step(String name, String command, int order, boolean background, Node... on) {
        WorkloadStep s = PatchbayFactory.eINSTANCE.createWorkloadStep();
        s.setName(name);
        s.setCommand(command);
        s.setOrder(order);
        s.setBackground(background);
        s.getNodes().addAll(List.of(on));
        experiment.getSteps().add(s);
        return s;
    }

    Measure measure(String name, MeasureKind kind, WorkloadStep step, String pattern) {
        Measure m = PatchbayFactory.eINSTANCE.createMeasure();
        m.setName(name);
        m.setKind(kind);
        m.setStep(step);
        m.setPattern(pattern);
        experiment.getMeasures().add(m);
        return m;
    }
}
