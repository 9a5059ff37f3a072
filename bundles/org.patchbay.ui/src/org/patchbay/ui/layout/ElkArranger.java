package org.patchbay.ui.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Port;
import org.patchbay.model.edit.commands.TopologyCommands.Position;
import org.patchbay.model.topology.Wiring;
import org.patchbay.ui.canvas.TopologyStyleProvider;

/**
 * Computes positions for every box of a topology with ELK. The result is applied by the caller as
 * one undoable command. {@link Algorithm#AUTOMATIC} picks by shape and size: layered for
 * switch-centred clusters and small graphs, stress for mid-size meshes, and layered again for
 * large meshes, where ELK's force and stress take tens of seconds. ELK's tree layout measured no
 * faster than layered on cluster trees (bench/README.md), so it is offered but not chosen.
 */
public final class ElkArranger {

    public enum Algorithm {
        AUTOMATIC("Automatic"), LAYERED("Layered (hierarchy)"), TREE("Tree"), FORCE("Force-directed"), STRESS("Stress (distances)");

        private final String label;

        Algorithm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final int STRESS_LIMIT = 300;

    /** Layout options are looked up in ELK's service; in OSGi its ServiceLoader finds none, so register here. */
    public ElkArranger() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData("org.eclipse.elk.layered") == null || service.getAlgorithmData("org.eclipse.elk.mrtree") == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider(), new ForceMetaDataProvider(), new StressMetaDataProvider(),
                    new MrTreeMetaDataProvider());
        }
    }

    /** A layout ready to run: built from the model on the UI thread, computed on any thread. */
    public static final class Prepared {
        private final ElkNode graph;
        private final Map<DiagramElement, ElkNode> boxes;
        private final Algorithm algorithm;

        private Prepared(ElkNode graph, Map<DiagramElement, ElkNode> boxes, Algorithm algorithm) {
            this.graph = graph;
            this.boxes = boxes;
            this.algorithm = algorithm;
        }

        public Algorithm algorithm() {
            return algorithm;
        }

        public int size() {
            return boxes.size();
        }

        /** Runs ELK; touches only the ELK graph, never the model. */
        public Map<DiagramElement, Position> compute() {
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            Map<DiagramElement, Position> positions = new HashMap<>();
            boxes.forEach((element, node) -> positions.put(element,
                    new Position((int) Math.round(node.getX()) + 20, (int) Math.round(node.getY()) + 20)));
            return positions;
        }
    }

    public Algorithm choose(Cluster cluster) {
        int boxes = Wiring.diagramElements(cluster).size();
        boolean switchCentred = !cluster.getSwitches().isEmpty() || !cluster.getLans().isEmpty();
        if (switchCentred || boxes <= 40) {
            return Algorithm.LAYERED;
        }
        return boxes <= STRESS_LIMIT ? Algorithm.STRESS : Algorithm.LAYERED;
    }

    public Map<DiagramElement, Position> arrange(Cluster cluster, Algorithm requested) {
        return prepare(cluster, requested).compute();
    }

    public Prepared prepare(Cluster cluster, Algorithm requested) {
        Algorithm algorithm = requested == Algorithm.AUTOMATIC ? choose(cluster) : requested;
        ElkNode graph = ElkGraphUtil.createGraph();
        switch (algorithm) {
            case FORCE -> {
                graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.force");
                graph.setProperty(CoreOptions.SPACING_NODE_NODE, 60.0);
            }
            case STRESS -> {
                graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.stress");
                graph.setProperty(CoreOptions.SPACING_NODE_NODE, 60.0);
            }
            case TREE -> {
                graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.mrtree");
                graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
                graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
            }
            default -> {
                graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
                graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
                graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
                graph.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
                graph.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
            }
        }
        graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 60.0);
        Map<DiagramElement, ElkNode> boxes = new LinkedHashMap<>();
        for (DiagramElement element : Wiring.diagramElements(cluster)) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            int[] size = TopologyStyleProvider.size(element);
            node.setDimensions(size[0], size[1]);
            boxes.put(element, node);
        }
        // Switches are drawn above hosts: make links point from the switch side downwards.
        for (Link link : cluster.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            if (a != null && b != null && a != b) {
                boolean aIsHost = !(a instanceof org.patchbay.model.Switch);
                ElkGraphUtil.createSimpleEdge(boxes.get(aIsHost && b instanceof org.patchbay.model.Switch ? b : a),
                        boxes.get(aIsHost && b instanceof org.patchbay.model.Switch ? a : b));
            }
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                DiagramElement owner = Wiring.ownerOf(member);
                if (owner != null) {
                    ElkGraphUtil.createSimpleEdge(boxes.get(lan), boxes.get(owner));
                }
            }
        }
        return new Prepared(graph, boxes, algorithm);
    }
}
