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
 * switch-centred clusters and small graphs, stress for mid-size meshes, and a multilevel force
 * layout for large meshes, where ELK's force and stress take tens of seconds. ELK's tree layout measured no
 * faster than layered on cluster trees (bench/README.md), so it is offered but not chosen. Large
 * meshes get {@link MultilevelForceLayout}, ours, since ELK's force and stress are quadratic.
 * Automatic lays a switch's (or LAN's) own hosts out as a grid block beneath it, and ELK only the
 * blocks and the rest, so big clusters come out compact, about a window's shape, and fast.
 */
public final class ElkArranger {

    public enum Algorithm {
        AUTOMATIC("Automatic"), LAYERED("Layered (hierarchy)"), TREE("Tree"), FORCE("Force-directed"), STRESS("Stress (distances)"),
        MULTILEVEL("Multilevel force (sfdp-like)");

        private final String label;

        Algorithm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final int STRESS_LIMIT = 300;
    /** Centre to centre: a box's width and a bit, so neighbours sit apart with room for a label. */
    private static final double MULTILEVEL_EDGE_LENGTH = 230;

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
    private static final int FAMILY_GAP = 60;
    private static final int FAMILY_BELOW_PARENT = 90;
    /** The shape the whole drawing should roughly have when the caller has no window to fit: wider than tall. */
    public static final double DEFAULT_ASPECT = 1.6;

    /** Something ELK places as one box and we fill in: a block, or a family of blocks. */
    private interface Unit {
        int width();

        int height();

        void place(int x, int y, Map<DiagramElement, Position> positions);
    }

    /**
     * A switch or LAN and the hosts wired to it alone, laid out as one block: the switch on top, its
     * hosts in a grid beneath. ELK places the blocks; the grid is ours, so a 40-host switch is a
     * compact card instead of a 40-box-wide fan, and ELK has only the backbone to lay out.
     */
    private record Block(DiagramElement hub, List<? extends DiagramElement> members, int columns) implements Unit {
        int rows() {
            return (members.size() + columns - 1) / columns;
        }

        @Override
        public int width() {
            return members.isEmpty() ? TopologyStyleProvider.size(hub)[0]
                    : Math.max(TopologyStyleProvider.size(hub)[0], columns * (TopologyStyleProvider.NODE_WIDTH + BLOCK_GAP_X) - BLOCK_GAP_X);
        }

        @Override
        public int height() {
            return members.isEmpty() ? TopologyStyleProvider.size(hub)[1]
                    : TopologyStyleProvider.size(hub)[1] + BLOCK_BELOW_HUB + rows() * (TopologyStyleProvider.NODE_HEIGHT + BLOCK_GAP_Y) - BLOCK_GAP_Y;
        }

        @Override
        public void place(int x, int y, Map<DiagramElement, Position> positions) {
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

    /**
     * A switch (the core) with the blocks of the switches that hang off it alone, those in rows of
     * {@code perRow} beneath it: a data-centre cluster becomes a grid of edge-switch cards under
     * its core instead of one row of a hundred cards.
     */
    private record Family(Block parent, List<Block> children, int perRow) implements Unit {
        private int columnWidth() {
            return children.stream().mapToInt(Block::width).max().orElse(0);
        }

        private int rowHeight(int row) {
            return children.subList(row * perRow, Math.min(children.size(), (row + 1) * perRow)).stream().mapToInt(Block::height).max().orElse(0);
        }

        private int rows() {
            return (children.size() + perRow - 1) / perRow;
        }

        @Override
        public int width() {
            return Math.max(parent.width(), perRow * (columnWidth() + FAMILY_GAP) - FAMILY_GAP);
        }

        @Override
        public int height() {
            int height = parent.height() + FAMILY_BELOW_PARENT;
            for (int row = 0; row < rows(); row++) {
                height += rowHeight(row) + FAMILY_GAP;
            }
            return height - FAMILY_GAP;
        }

        @Override
        public void place(int x, int y, Map<DiagramElement, Position> positions) {
            int width = width();
            parent.place(x + (width - parent.width()) / 2, y, positions);
            int gridWidth = perRow * (columnWidth() + FAMILY_GAP) - FAMILY_GAP;
            int left = x + (width - gridWidth) / 2;
            int top = y + parent.height() + FAMILY_BELOW_PARENT;
            for (int row = 0; row < rows(); row++) {
                for (int i = row * perRow; i < Math.min(children.size(), (row + 1) * perRow); i++) {
                    Block child = children.get(i);
                    child.place(left + (i - row * perRow) * (columnWidth() + FAMILY_GAP) + (columnWidth() - child.width()) / 2, top, positions);
                }
                top += rowHeight(row) + FAMILY_GAP;
            }
        }
    }

    /** A layout ready to run: built from the model on the UI thread, computed on any thread. */
    public static final class Prepared {
        private final ElkNode graph;
        private final Map<DiagramElement, ElkNode> boxes;
        private final Algorithm algorithm;
        private final Map<DiagramElement, Unit> blocks;
        private final List<DiagramElement> multilevelElements;
        private final MultilevelForceLayout.Graph multilevelGraph;

        private Prepared(ElkNode graph, Map<DiagramElement, ElkNode> boxes, Algorithm algorithm, Map<DiagramElement, Unit> blocks) {
            this.graph = graph;
            this.boxes = boxes;
            this.algorithm = algorithm;
            this.blocks = blocks;
            this.multilevelElements = List.of();
            this.multilevelGraph = null;
        }

        private Prepared(List<DiagramElement> elements, MultilevelForceLayout.Graph graph) {
            this.graph = null;
            this.boxes = Map.of();
            this.algorithm = Algorithm.MULTILEVEL;
            this.blocks = Map.of();
            this.multilevelElements = elements;
            this.multilevelGraph = graph;
        }

        public Algorithm algorithm() {
            return algorithm;
        }

        public int size() {
            Map<DiagramElement, Position> counted = new HashMap<>();
            blocks.values().forEach(unit -> unit.place(0, 0, counted));
            return boxes.size() + multilevelElements.size() + counted.size() - blocks.size();
        }

        /** Runs the layout; touches only its own graph, never the model. */
        public Map<DiagramElement, Position> compute() {
            return compute(() -> false);
        }

        /** As {@link #compute()}, stopping early (with a partial result) once {@code cancelled} says so. */
        public Map<DiagramElement, Position> compute(java.util.function.BooleanSupplier cancelled) {
            if (multilevelGraph != null) {
                double[] centres = new MultilevelForceLayout(TopologyStyleProvider.NODE_WIDTH, TopologyStyleProvider.NODE_HEIGHT,
                        MULTILEVEL_EDGE_LENGTH, 1).layout(multilevelGraph, cancelled);
                Map<DiagramElement, Position> positions = new HashMap<>();
                for (int i = 0; i < multilevelElements.size(); i++) {
                    int[] size = TopologyStyleProvider.size(multilevelElements.get(i));
                    positions.put(multilevelElements.get(i), new Position((int) Math.round(centres[2 * i] - size[0] / 2.0) + 20,
                            (int) Math.round(centres[2 * i + 1] - size[1] / 2.0) + 20));
                }
                return positions;
            }
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            Map<DiagramElement, Position> positions = new HashMap<>();
            boxes.forEach((element, node) -> {
                int x = (int) Math.round(node.getX()) + 20;
                int y = (int) Math.round(node.getY()) + 20;
                Unit unit = blocks.get(element);
                if (unit != null) {
                    unit.place(x, y, positions);
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
        return boxes <= STRESS_LIMIT ? Algorithm.STRESS : Algorithm.MULTILEVEL;
    }

    /** The graph of boxes and links (LAN memberships as edges to the LAN) for the multilevel layout. */
    private static Prepared prepareMultilevel(Cluster cluster) {
        List<DiagramElement> elements = Wiring.diagramElements(cluster);
        Map<DiagramElement, Integer> index = new HashMap<>();
        for (DiagramElement element : elements) {
            index.put(element, index.size());
        }
        List<int[]> edges = new java.util.ArrayList<>();
        for (Link link : cluster.getLinks()) {
            Integer a = index.get(Wiring.ownerOf(link.getEndA()));
            Integer b = index.get(Wiring.ownerOf(link.getEndB()));
            if (a != null && b != null) {
                edges.add(new int[] {a, b});
            }
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                Integer owner = index.get(Wiring.ownerOf(member));
                if (owner != null) {
                    edges.add(new int[] {index.get(lan), owner});
                }
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = edges.get(i)[0];
            to[i] = edges.get(i)[1];
        }
        return new Prepared(elements, new MultilevelForceLayout.Graph(elements.size(), from, to));
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
        if (algorithm == Algorithm.MULTILEVEL) {
            return prepareMultilevel(cluster);
        }
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
        Map<DiagramElement, Unit> blocks = requested == Algorithm.AUTOMATIC && algorithm == Algorithm.LAYERED
                ? units(cluster, aspect > 0 ? aspect : DEFAULT_ASPECT) : Map.of();
        Set<DiagramElement> inBlocks = new HashSet<>();
        blocks.forEach((owner, unit) -> {
            Map<DiagramElement, Position> inside = new HashMap<>();
            unit.place(0, 0, inside);
            inside.keySet().stream().filter(element -> element != owner).forEach(inBlocks::add);
        });
        Map<DiagramElement, ElkNode> boxes = new LinkedHashMap<>();
        for (DiagramElement element : Wiring.diagramElements(cluster)) {
            if (inBlocks.contains(element)) {
                continue;
            }
            ElkNode node = ElkGraphUtil.createNode(graph);
            Unit unit = blocks.get(element);
            int[] size = unit != null ? new int[] {unit.width(), unit.height()} : TopologyStyleProvider.size(element);
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
     * What ELK places as one box: a block per switch or LAN with at least two hosts of its own, and
     * a family per switch with two or more such blocks hanging off it alone (their switches wired
     * to nothing else but their hosts). With families, blocks are about a window's shape and the
     * family's rows of blocks make the drawing so; without, every block gets the same number of
     * columns, the one that makes the blocks side by side (as layered puts them) closest to it.
     */
    private static Map<DiagramElement, Unit> units(Cluster cluster, double aspect) {
        HostGroups groups = HostGroups.of(cluster);
        List<DiagramElement> hubs = groups.hubs().stream().filter(hub -> groups.members(hub).size() >= 2).toList();
        Set<DiagramElement> hidden = new HashSet<>();
        hubs.forEach(hub -> hidden.addAll(groups.members(hub)));
        Map<DiagramElement, Set<DiagramElement>> backbone = new HashMap<>();
        java.util.function.BiConsumer<DiagramElement, DiagramElement> join = (a, b) -> {
            if (a != null && b != null && a != b && !hidden.contains(a) && !hidden.contains(b)) {
                backbone.computeIfAbsent(a, e -> new java.util.LinkedHashSet<>()).add(b);
                backbone.computeIfAbsent(b, e -> new java.util.LinkedHashSet<>()).add(a);
            }
        };
        cluster.getLinks().forEach(link -> join.accept(Wiring.ownerOf(link.getEndA()), Wiring.ownerOf(link.getEndB())));
        cluster.getLans().forEach(lan -> lan.getMembers().forEach(member -> join.accept(lan, Wiring.ownerOf(member))));
        Map<DiagramElement, List<DiagramElement>> childrenOf = new LinkedHashMap<>();
        for (DiagramElement hub : hubs) {
            Set<DiagramElement> around = backbone.getOrDefault(hub, Set.of());
            if (around.size() == 1) {
                childrenOf.computeIfAbsent(around.iterator().next(), parent -> new java.util.ArrayList<>()).add(hub);
            }
        }
        childrenOf.values().removeIf(children -> children.size() < 2);
        // one level of families: a parent that is itself some family's child keeps its plain block
        Set<DiagramElement> anyChild = new HashSet<>();
        childrenOf.values().forEach(anyChild::addAll);
        childrenOf.keySet().removeIf(anyChild::contains);
        Map<DiagramElement, Unit> units = new LinkedHashMap<>();
        if (childrenOf.isEmpty()) {
            int columns = sideBySideColumns(hubs, groups, aspect);
            for (DiagramElement hub : hubs) {
                units.put(hub, new Block(hub, groups.members(hub), Math.min(columns, groups.members(hub).size())));
            }
            return units;
        }
        Set<DiagramElement> inFamilies = new HashSet<>();
        childrenOf.values().forEach(inFamilies::addAll);
        for (DiagramElement hub : hubs) {
            units.put(hub, new Block(hub, groups.members(hub), shapedColumns(groups.members(hub).size(), aspect)));
        }
        childrenOf.forEach((parent, children) -> {
            Block parentBlock = units.get(parent) instanceof Block own ? own : new Block(parent, List.of(), 1);
            List<Block> blocks = children.stream().map(child -> (Block) units.get(child)).toList();
            int width = blocks.stream().mapToInt(Block::width).max().orElse(1) + FAMILY_GAP;
            int height = blocks.stream().mapToInt(Block::height).max().orElse(1) + FAMILY_GAP;
            // perRow blocks across, children / perRow rows down: about the window's shape
            int perRow = (int) Math.round(Math.sqrt(aspect * blocks.size() * height / width));
            units.put(parent, new Family(parentBlock, blocks, Math.max(1, Math.min(blocks.size(), perRow))));
        });
        inFamilies.forEach(units::remove);
        return units;
    }

    /** Columns of a block alone whose grid of {@code hosts} is about {@code aspect} wide. */
    private static int shapedColumns(int hosts, double aspect) {
        double cellWidth = TopologyStyleProvider.NODE_WIDTH + BLOCK_GAP_X;
        double cellHeight = TopologyStyleProvider.NODE_HEIGHT + BLOCK_GAP_Y;
        return Math.max(1, Math.min(hosts, (int) Math.round(Math.sqrt(aspect * hosts * cellHeight / cellWidth))));
    }

    /** The one number of columns that makes {@code hubs}' blocks side by side closest to {@code aspect}. */
    private static int sideBySideColumns(List<DiagramElement> hubs, HostGroups groups, double aspect) {
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
        return bestColumns;
    }
}
