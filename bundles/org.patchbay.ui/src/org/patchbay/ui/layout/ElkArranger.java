package org.patchbay.ui.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.patchbay.model.topology.HostGroups;
import org.patchbay.model.topology.Wiring;
import org.patchbay.ui.canvas.TopologyStyleProvider;

/**
 * Computes positions for every box of a topology with ELK. The result is applied by the caller as
 * one undoable command. {@link Algorithm#AUTOMATIC} picks by shape and size: layered for
 * switch-centred clusters and small graphs, stress for mid-size meshes, and layered again for
 * large meshes, where ELK's force and stress take tens of seconds. ELK's tree layout measured no
 * faster than layered on cluster trees (bench/README.md), so it is offered but not chosen.
 * Automatic lays a switch's (or LAN's) own hosts out as a grid block beneath it, and ELK only the
 * blocks and the rest, so big clusters come out compact, about a window's shape, and fast.
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

    private static final int BLOCK_GAP_X = 20;
    private static final int BLOCK_GAP_Y = 18;
    private static final int BLOCK_BELOW_HUB = 50;
    /** What layered adds around the blocks: the space between siblings, and the switches above them. */
    private static final int BACKBONE_SPACING = 30;
    private static final int BACKBONE_HEIGHT = 150;
    /** The shape the whole drawing should roughly have when the caller has no window to fit: wider than tall. */
    public static final double DEFAULT_ASPECT = 1.6;

    /**
     * A switch or LAN and the hosts wired to it alone, laid out as one block: the switch on top, its
     * hosts in a grid beneath. ELK places the blocks; the grid is ours, so a 40-host switch is a
     * compact card instead of a 40-box-wide fan, and ELK has only the backbone to lay out.
     */
    private record Block(DiagramElement hub, List<? extends DiagramElement> members, int columns) {
        int rows() {
            return (members.size() + columns - 1) / columns;
        }

        int width() {
            return Math.max(TopologyStyleProvider.size(hub)[0],
                    columns * (TopologyStyleProvider.NODE_WIDTH + BLOCK_GAP_X) - BLOCK_GAP_X);
        }

        int height() {
            return TopologyStyleProvider.size(hub)[1] + BLOCK_BELOW_HUB + rows() * (TopologyStyleProvider.NODE_HEIGHT + BLOCK_GAP_Y) - BLOCK_GAP_Y;
        }

        void place(int x, int y, Map<DiagramElement, Position> positions) {
            int[] hubSize = TopologyStyleProvider.size(hub);
            int width = width();
            positions.put(hub, new Position(x + (width - hubSize[0]) / 2, y));
            int gridWidth = columns * (TopologyStyleProvider.NODE_WIDTH + BLOCK_GAP_X) - BLOCK_GAP_X;
            int left = x + (width - gridWidth) / 2;
            int top = y + hubSize[1] + BLOCK_BELOW_HUB;
            for (int i = 0; i < members.size(); i++) {
                positions.put(members.get(i), new Position(left + (i % columns) * (TopologyStyleProvider.NODE_WIDTH + BLOCK_GAP_X),
                        top + (i / columns) * (TopologyStyleProvider.NODE_HEIGHT + BLOCK_GAP_Y)));
            }
        }
    }

    /** A layout ready to run: built from the model on the UI thread, computed on any thread. */
    public static final class Prepared {
        private final ElkNode graph;
        private final Map<DiagramElement, ElkNode> boxes;
        private final Algorithm algorithm;
        private final Map<DiagramElement, Block> blocks;

        private Prepared(ElkNode graph, Map<DiagramElement, ElkNode> boxes, Algorithm algorithm, Map<DiagramElement, Block> blocks) {
            this.graph = graph;
            this.boxes = boxes;
            this.algorithm = algorithm;
            this.blocks = blocks;
        }

        public Algorithm algorithm() {
            return algorithm;
        }

        public int size() {
            return boxes.size() + blocks.values().stream().mapToInt(block -> block.members().size()).sum();
        }

        /** Runs ELK; touches only the ELK graph, never the model. */
        public Map<DiagramElement, Position> compute() {
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            Map<DiagramElement, Position> positions = new HashMap<>();
            boxes.forEach((element, node) -> {
                int x = (int) Math.round(node.getX()) + 20;
                int y = (int) Math.round(node.getY()) + 20;
                Block block = blocks.get(element);
                if (block != null) {
                    block.place(x, y, positions);
                } else {
                    positions.put(element, new Position(x, y));
                }
            });
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
        return prepare(cluster, requested, DEFAULT_ASPECT);
    }

    /** As {@link #prepare(Cluster, Algorithm)}, shaping host blocks so the drawing is about {@code aspect} (width / height) wide. */
    public Prepared prepare(Cluster cluster, Algorithm requested, double aspect) {
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
        Map<DiagramElement, Block> blocks = requested == Algorithm.AUTOMATIC && algorithm == Algorithm.LAYERED
                ? blocks(cluster, aspect > 0 ? aspect : DEFAULT_ASPECT) : Map.of();
        Set<DiagramElement> inBlocks = new HashSet<>();
        blocks.values().forEach(block -> inBlocks.addAll(block.members()));
        Map<DiagramElement, ElkNode> boxes = new LinkedHashMap<>();
        for (DiagramElement element : Wiring.diagramElements(cluster)) {
            if (inBlocks.contains(element)) {
                continue;
            }
            ElkNode node = ElkGraphUtil.createNode(graph);
            Block block = blocks.get(element);
            int[] size = block != null ? new int[] {block.width(), block.height()} : TopologyStyleProvider.size(element);
            node.setDimensions(size[0], size[1]);
            boxes.put(element, node);
        }
        // Switches are drawn above hosts: make links point from the switch side downwards; between
        // two switches, from the one with fewer hosts of its own (the core) to the other (an edge).
        HostGroups groups = HostGroups.of(cluster);
        for (Link link : cluster.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            if (a != null && b != null && a != b && !inBlocks.contains(a) && !inBlocks.contains(b)) {
                boolean aSwitch = a instanceof org.patchbay.model.Switch;
                boolean bSwitch = b instanceof org.patchbay.model.Switch;
                boolean bAbove = bSwitch && (!aSwitch || groups.members(b).size() < groups.members(a).size());
                ElkGraphUtil.createSimpleEdge(boxes.get(bAbove ? b : a), boxes.get(bAbove ? a : b));
            }
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                DiagramElement owner = Wiring.ownerOf(member);
                if (owner != null && !inBlocks.contains(owner)) {
                    ElkGraphUtil.createSimpleEdge(boxes.get(lan), boxes.get(owner));
                }
            }
        }
        return new Prepared(graph, boxes, algorithm, blocks);
    }

    /**
     * A block per switch or LAN with at least two hosts of its own. Every block gets the same number
     * of columns, the one that makes the blocks side by side (as layered puts sibling switches),
     * under a backbone layer or two, closest to {@code aspect} (width / height).
     */
    private static Map<DiagramElement, Block> blocks(Cluster cluster, double aspect) {
        HostGroups groups = HostGroups.of(cluster);
        List<DiagramElement> hubs = groups.hubs().stream().filter(hub -> groups.members(hub).size() >= 2).toList();
        int most = hubs.stream().mapToInt(hub -> groups.members(hub).size()).max().orElse(0);
        int bestColumns = 1;
        double bestMiss = Double.MAX_VALUE;
        for (int columns = 1; columns <= most; columns++) {
            double width = 0;
            double height = 0;
            for (DiagramElement hub : hubs) {
                Block block = new Block(hub, groups.members(hub), Math.min(columns, groups.members(hub).size()));
                width += block.width() + BACKBONE_SPACING;
                height = Math.max(height, block.height());
            }
            double miss = Math.abs(Math.log(width / (height + BACKBONE_HEIGHT) / aspect));
            if (miss < bestMiss) {
                bestMiss = miss;
                bestColumns = columns;
            }
        }
        Map<DiagramElement, Block> blocks = new LinkedHashMap<>();
        for (DiagramElement hub : hubs) {
            blocks.put(hub, new Block(hub, groups.members(hub), Math.min(bestColumns, groups.members(hub).size())));
        }
        return blocks;
    }
}
