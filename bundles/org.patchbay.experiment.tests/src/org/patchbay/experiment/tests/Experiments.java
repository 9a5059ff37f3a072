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
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;
import org.patchbay.model.templates.ClusterBuilder;
import org.patchbay.model.templates.ExperimentBuilder;

/** Topologies and experiments for the sweep tests, built the way the editor's commands would. */
final class Experiments {

    final Cluster cluster;
    final List<Node> nodes;
    final Link link;
    final Experiment experiment;

    private final ExperimentBuilder builder;

    Experiments(int nodeCount) {
        ClusterBuilder topology = new ClusterBuilder("sweeps");
        nodes = new java.util.ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(topology.node("n" + i, i * 100, 0, NodeRole.COMPUTE));
        }
        link = topology.link(nodes.get(0), nodes.get(1), new int[] {10, 0, 0});
        cluster = topology.cluster();
        builder = new ExperimentBuilder(cluster, "e");
        experiment = builder.experiment();
    }

    SweepParameter parameter(String name, ParameterKind kind, String values) {
        return builder.parameter(name, kind, values, null);
    }

    SweepParameter parameter(String name, ParameterKind kind, String values, ShapedElement on) {
        return builder.parameter(name, kind, values, on);
    }

    WorkloadStep step(String name, String command, int order, boolean background, Node... on) {
        return builder.step(name, command, order, background, List.of(on));
    }

    Measure measure(String name, MeasureKind kind, WorkloadStep step, String pattern) {
        return builder.measure(name, kind, step, pattern, null, null);
    }
}
