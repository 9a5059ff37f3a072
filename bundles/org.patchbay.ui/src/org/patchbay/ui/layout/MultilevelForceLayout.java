package org.patchbay.ui.layout;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * A multilevel spring-electrical layout in the manner of Graphviz's sfdp (Y. Hu, "Efficient and
 * high quality force-directed graph drawing", 2005): the graph is coarsened by collapsing a maximal
 * matching until it is small, the coarsest graph is laid out, and each finer level starts from its
 * coarser parent's positions and is refined with Barnes–Hut repulsion and adaptive step cooling.
 * Finally boxes of the given size are pushed apart until none overlap (spreading the drawing a
 * little where a dense spot needs it). Plain Java on int arrays,
 * seeded, so the same graph always gets the same picture.
 */
public final class MultilevelForceLayout {

    /** Stop coarsening below this many nodes, or when a level shrinks by less than this fraction. */
    private static final int COARSEST = 40;
    private static final double MIN_SHRINK = 0.85;
    /** Repulsion strength relative to attraction (Hu's C) and the Barnes–Hut opening criterion. */
    private static final double REPULSION = 0.2;
    private static final double THETA = 1.2;
    /** Natural edge length grows by this factor per coarser level (Hu: sqrt(7/4)). */
    private static final double LEVEL_GROWTH = Math.sqrt(7.0 / 4.0);
    private static final int COARSEST_ITERATIONS = 300;
    private static final int LEVEL_ITERATIONS = 60;
    private static final double TOLERANCE = 0.01;
    /** Room kept between boxes, push passes before spreading, how much each spread adds, and how many spreads at most. */
    private static final double OVERLAP_GAP = 12;
    private static final int PASSES_PER_ROUND = 8;
    private static final double SPREAD = 1.08;
    private static final int SPREAD_ROUNDS = 40;

    private final int boxWidth;
    private final int boxHeight;
    private final double edgeLength;
    private final long seed;

    /** Boxes of {@code boxWidth} x {@code boxHeight}, edges about {@code edgeLength} long between centres. */
    public MultilevelForceLayout(int boxWidth, int boxHeight, double edgeLength, long seed) {
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
        this.edgeLength = edgeLength;
        this.seed = seed;
    }

    /** A graph as its edges: {@code from[i]} -- {@code to[i]}, nodes 0..n-1; self loops and repeats are ignored. */
    public record Graph(int nodes, int[] from, int[] to) {
    }

    /**
     * Centres of the nodes' boxes, {x0, y0, x1, y1, ...}, with the top-left of the drawing at (0, 0)
     * plus half a box; {@code cancelled} is polled between iterations (then the result is partial).
     */
    public double[] layout(Graph graph, BooleanSupplier cancelled) {
        int n = graph.nodes();
        if (n == 0) {
            return new double[0];
        }
        Level finest = Level.of(n, graph.from(), graph.to());
        java.util.List<Level> levels = new java.util.ArrayList<>();
        levels.add(finest);
        Random random = new Random(seed);
        while (levels.get(levels.size() - 1).n > COARSEST) {
            Level coarse = levels.get(levels.size() - 1).coarsen(random);
            if (coarse.n > MIN_SHRINK * levels.get(levels.size() - 1).n) {
                break;
            }
            levels.add(coarse);
        }
        int top = levels.size() - 1;
        double k = edgeLength * Math.pow(LEVEL_GROWTH, top);
        Level coarsest = levels.get(top);
        double[] xy = new double[2 * coarsest.n];
        double spread = k * Math.sqrt(coarsest.n);
        for (int i = 0; i < xy.length; i++) {
            xy[i] = random.nextDouble() * spread;
        }
        refine(coarsest, xy, k, COARSEST_ITERATIONS, cancelled);
        for (int level = top - 1; level >= 0; level--) {
            Level fine = levels.get(level);
            Level coarse = levels.get(level + 1);
            double[] fineXy = new double[2 * fine.n];
            for (int v = 0; v < fine.n; v++) {
                int parent = coarse.parentOf[v];
                // siblings start at their parent's place, a little apart, so forces can separate them
                fineXy[2 * v] = xy[2 * parent] + (random.nextDouble() - 0.5) * k * 0.1;
                fineXy[2 * v + 1] = xy[2 * parent + 1] + (random.nextDouble() - 0.5) * k * 0.1;
            }
            xy = fineXy;
            k /= LEVEL_GROWTH;
            refine(fine, xy, k, LEVEL_ITERATIONS, cancelled);
        }
        removeOverlaps(xy, cancelled);
        normalise(xy);
        return xy;
    }

    /** One level of the hierarchy: adjacency in CSR form, node weights, and (for a coarse level) each finer node's parent here. */
    private static final class Level {
        final int n;
        final int[] start;
        final int[] neighbours;
        final double[] weight;
        int[] parentOf;

        private Level(int n, int[] start, int[] neighbours, double[] weight) {
            this.n = n;
            this.start = start;
            this.neighbours = neighbours;
            this.weight = weight;
        }

        static Level of(int n, int[] from, int[] to) {
            double[] weight = new double[n];
            Arrays.fill(weight, 1);
            return build(n, from, to, from.length, weight);
        }

        /** CSR adjacency without self loops or repeated pairs. */
        static Level build(int n, int[] from, int[] to, int edges, double[] weight) {
            int[] degree = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                if (from[e] != to[e]) {
                    degree[from[e]]++;
                    degree[to[e]]++;
                }
            }
            int[] start = new int[n + 1];
            for (int v = 0; v < n; v++) {
                start[v + 1] = start[v] + degree[v];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] neighbours = new int[start[n]];
            for (int e = 0; e < edges; e++) {
                if (from[e] != to[e]) {
                    neighbours[fill[from[e]]++] = to[e];
                    neighbours[fill[to[e]]++] = from[e];
                }
            }
            // drop repeats: sort each row and compact
            int[] compactStart = new int[n + 1];
            int write = 0;
            for (int v = 0; v < n; v++) {
                Arrays.sort(neighbours, start[v], start[v + 1]);
                compactStart[v] = write;
                int last = -1;
                for (int i = start[v]; i < start[v + 1]; i++) {
                    if (neighbours[i] != last) {
                        last = neighbours[i];
                        neighbours[write++] = last;
                    }
                }
            }
            compactStart[n] = write;
            return new Level(n, compactStart, Arrays.copyOf(neighbours, write), weight);
        }

        /** Collapses a maximal matching, lightest neighbour first (keeps coarse nodes even); unmatched nodes stay alone. */
        Level coarsen(Random random) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int[] parent = new int[n];
            Arrays.fill(parent, -1);
            int coarseN = 0;
            for (int v : order) {
                if (parent[v] >= 0) {
                    continue;
                }
                int best = -1;
                for (int i = start[v]; i < start[v + 1]; i++) {
                    int u = neighbours[i];
                    if (parent[u] < 0 && (best < 0 || weight[u] < weight[best])) {
                        best = u;
                    }
                }
                parent[v] = coarseN;
                if (best >= 0) {
                    parent[best] = coarseN;
                }
                coarseN++;
            }
            double[] coarseWeight = new double[coarseN];
            for (int v = 0; v < n; v++) {
                coarseWeight[parent[v]] += weight[v];
            }
            int[] from = new int[neighbours.length];
            int[] to = new int[neighbours.length];
            int edges = 0;
            for (int v = 0; v < n; v++) {
                for (int i = start[v]; i < start[v + 1]; i++) {
                    int u = neighbours[i];
                    if (v < u && parent[v] != parent[u]) {
                        from[edges] = parent[v];
                        to[edges] = parent[u];
                        edges++;
                    }
                }
            }
            Level coarse = build(coarseN, from, to, edges, coarseWeight);
            coarse.parentOf = parent;
            return coarse;
        }
    }

    /** Spring-electrical refinement with Barnes–Hut repulsion and Hu's adaptive step length. */
    private static void refine(Level level, double[] xy, double k, int iterations, BooleanSupplier cancelled) {
        int n = level.n;
        double step = k;
        double energyBefore = Double.MAX_VALUE;
        int progress = 0;
        double[] force = new double[2 * n];
        QuadTree tree = new QuadTree(n);
        for (int iteration = 0; iteration < iterations && !cancelled.getAsBoolean(); iteration++) {
            Arrays.fill(force, 0);
            tree.build(xy, level.weight);
            double repulsion = REPULSION * k * k;
            for (int v = 0; v < n; v++) {
                tree.repel(v, xy, level.weight, repulsion, force);
            }
            for (int v = 0; v < n; v++) {
                for (int i = level.start[v]; i < level.start[v + 1]; i++) {
                    int u = level.neighbours[i];
                    double dx = xy[2 * u] - xy[2 * v];
                    double dy = xy[2 * u + 1] - xy[2 * v + 1];
                    double distance = Math.sqrt(dx * dx + dy * dy);
                    // attraction d^2 / k along the edge
                    force[2 * v] += dx * distance / k;
                    force[2 * v + 1] += dy * distance / k;
                }
            }
            double energy = 0;
            double moved = 0;
            for (int v = 0; v < n; v++) {
                double fx = force[2 * v];
                double fy = force[2 * v + 1];
                double length = Math.sqrt(fx * fx + fy * fy);
                energy += length * length;
                if (length > 0) {
                    xy[2 * v] += step * fx / length;
                    xy[2 * v + 1] += step * fy / length;
                    moved += step;
                }
            }
            if (energy < energyBefore) {
                if (++progress >= 5) {
                    progress = 0;
                    step /= 0.9;
                }
            } else {
                progress = 0;
                step *= 0.9;
            }
            energyBefore = energy;
            if (moved / n < TOLERANCE * k) {
                return;
            }
        }
    }

    /**
     * A Barnes–Hut quadtree over the current positions: cells hold their total weight and centre of
     * weight; a cell seen from far enough (size / distance < theta) repels as one body.
     */
    private static final class QuadTree {
        private int[] child;
        private double[] cellX;
        private double[] cellY;
        private double[] cellSize;
        private double[] mass;
        private double[] massX;
        private double[] massY;
        private int[] body;
        private int cells;

        QuadTree(int n) {
            int capacity = 4 * n + 16;
            child = new int[4 * capacity];
            cellX = new double[capacity];
            cellY = new double[capacity];
            cellSize = new double[capacity];
            mass = new double[capacity];
            massX = new double[capacity];
            massY = new double[capacity];
            body = new int[capacity];
        }

        void build(double[] xy, double[] weight) {
            int n = weight.length;
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int v = 0; v < n; v++) {
                minX = Math.min(minX, xy[2 * v]);
                maxX = Math.max(maxX, xy[2 * v]);
                minY = Math.min(minY, xy[2 * v + 1]);
                maxY = Math.max(maxY, xy[2 * v + 1]);
            }
            cells = 0;
            int root = newCell(minX, minY, Math.max(maxX - minX, maxY - minY) + 1e-6);
            for (int v = 0; v < n; v++) {
                insert(root, v, xy, weight, 0);
            }
            finish(root);
        }

        private int newCell(double x, double y, double size) {
            if (cells == cellX.length) {
                grow();
            }
            int c = cells++;
            cellX[c] = x;
            cellY[c] = y;
            cellSize[c] = size;
            mass[c] = 0;
            massX[c] = 0;
            massY[c] = 0;
            body[c] = -1;
            Arrays.fill(child, 4 * c, 4 * c + 4, -1);
            return c;
        }

        private void grow() {
            int capacity = cellX.length * 2;
            child = Arrays.copyOf(child, 4 * capacity);
            cellX = Arrays.copyOf(cellX, capacity);
            cellY = Arrays.copyOf(cellY, capacity);
            cellSize = Arrays.copyOf(cellSize, capacity);
            mass = Arrays.copyOf(mass, capacity);
            massX = Arrays.copyOf(massX, capacity);
            massY = Arrays.copyOf(massY, capacity);
            body = Arrays.copyOf(body, capacity);
        }

        private void insert(int cell, int v, double[] xy, double[] weight, int depth) {
            double x = xy[2 * v];
            double y = xy[2 * v + 1];
            mass[cell] += weight[v];
            massX[cell] += weight[v] * x;
            massY[cell] += weight[v] * y;
            boolean leaf = child[4 * cell] == -1 && child[4 * cell + 1] == -1 && child[4 * cell + 2] == -1 && child[4 * cell + 3] == -1;
            if (leaf && body[cell] == -1) {
                body[cell] = v;
                return;
            }
            if (depth > 40) {
                // bodies on the same spot: keep them together in this cell
                return;
            }
            if (leaf) {
                int resident = body[cell];
                body[cell] = -2;
                place(cell, resident, xy, weight, depth);
            }
            place(cell, v, xy, weight, depth);
        }

        private void place(int cell, int v, double[] xy, double[] weight, int depth) {
            double half = cellSize[cell] / 2;
            int quadrant = (xy[2 * v] >= cellX[cell] + half ? 1 : 0) + (xy[2 * v + 1] >= cellY[cell] + half ? 2 : 0);
            int c = child[4 * cell + quadrant];
            if (c == -1) {
                c = newCell(cellX[cell] + (quadrant & 1) * half, cellY[cell] + (quadrant >> 1) * half, half);
                child[4 * cell + quadrant] = c;
            }
            insert(c, v, xy, weight, depth + 1);
        }

        private void finish(int cell) {
            if (mass[cell] > 0) {
                massX[cell] /= mass[cell];
                massY[cell] /= mass[cell];
            }
            for (int q = 0; q < 4; q++) {
                if (child[4 * cell + q] >= 0) {
                    finish(child[4 * cell + q]);
                }
            }
        }

        private final int[] stack = new int[4096];

        void repel(int v, double[] xy, double[] weight, double repulsion, double[] force) {
            double x = xy[2 * v];
            double y = xy[2 * v + 1];
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int cell = stack[--top];
                if (mass[cell] == 0 || body[cell] == v) {
                    continue;
                }
                double dx = x - massX[cell];
                double dy = y - massY[cell];
                double distanceSquared = dx * dx + dy * dy;
                boolean leaf = body[cell] >= 0;
                if (leaf || cellSize[cell] * cellSize[cell] < THETA * THETA * distanceSquared) {
                    if (distanceSquared < 1e-9) {
                        // on the same spot: push apart in a direction of its own
                        dx = (v % 7) - 3 + 0.5;
                        dy = (v % 5) - 2 + 0.5;
                        distanceSquared = dx * dx + dy * dy;
                    }
                    // repulsion C k^2 / d, weighted by the far body's mass
                    double scale = repulsion * weight[v] * mass[cell] / distanceSquared;
                    force[2 * v] += dx * scale;
                    force[2 * v + 1] += dy * scale;
                } else {
                    for (int q = 0; q < 4; q++) {
                        int c = child[4 * cell + q];
                        if (c >= 0 && top < stack.length) {
                            stack[top++] = c;
                        }
                    }
                }
            }
        }
    }

    /**
     * Pushes overlapping boxes apart along their least overlap, a grid finding the pairs. Where a
     * dense spot keeps overlapping after a few passes, the drawing is spread a little about its
     * centre (which changes no distance ratio, so no stress) and pushed again, until none overlap.
     */
    private void removeOverlaps(double[] xy, BooleanSupplier cancelled) {
        int n = xy.length / 2;
        double w = boxWidth + OVERLAP_GAP;
        double h = boxHeight + OVERLAP_GAP;
        OverlapGrid grid = new OverlapGrid(n);
        for (int round = 0; round < SPREAD_ROUNDS && !cancelled.getAsBoolean(); round++) {
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                if (grid.pushApart(xy, w, h) == 0) {
                    return;
                }
            }
            spread(xy, SPREAD);
        }
    }

    /** Boxes bucketed by grid cell (counting sort into flat arrays), rebuilt each pass. */
    private static final class OverlapGrid {
        private final int[] cellOf;
        private final int[] order;
        private int[] cellStart = new int[0];

        OverlapGrid(int n) {
            cellOf = new int[n];
            order = new int[n];
        }

        /** One pass over all overlapping pairs; returns how many there were. */
        int pushApart(double[] xy, double w, double h) {
            int n = cellOf.length;
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int v = 0; v < n; v++) {
                minX = Math.min(minX, xy[2 * v]);
                maxX = Math.max(maxX, xy[2 * v]);
                minY = Math.min(minY, xy[2 * v + 1]);
                maxY = Math.max(maxY, xy[2 * v + 1]);
            }
            int columns = (int) Math.min(4096, (maxX - minX) / w + 1);
            int rows = (int) Math.min(4096, (maxY - minY) / h + 1);
            double cellW = Math.max(w, (maxX - minX) / columns + 1e-9);
            double cellH = Math.max(h, (maxY - minY) / rows + 1e-9);
            if (cellStart.length < columns * rows + 1) {
                cellStart = new int[columns * rows + 1];
            } else {
                Arrays.fill(cellStart, 0);
            }
            for (int v = 0; v < n; v++) {
                int cx = Math.min(columns - 1, (int) ((xy[2 * v] - minX) / cellW));
                int cy = Math.min(rows - 1, (int) ((xy[2 * v + 1] - minY) / cellH));
                cellOf[v] = cy * columns + cx;
                cellStart[cellOf[v] + 1]++;
            }
            for (int c = 0; c < columns * rows; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            int[] fill = Arrays.copyOf(cellStart, columns * rows);
            for (int v = 0; v < n; v++) {
                order[fill[cellOf[v]]++] = v;
            }
            int found = 0;
            for (int v = 0; v < n; v++) {
                int cx = cellOf[v] % columns;
                int cy = cellOf[v] / columns;
                for (int gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
                    for (int gx = Math.max(0, cx - 1); gx <= Math.min(columns - 1, cx + 1); gx++) {
                        int cell = gy * columns + gx;
                        for (int m = cellStart[cell]; m < cellStart[cell + 1]; m++) {
                            int u = order[m];
                            if (u <= v) {
                                continue;
                            }
                            double dx = xy[2 * u] - xy[2 * v];
                            double dy = xy[2 * u + 1] - xy[2 * v + 1];
                            double overlapX = w - Math.abs(dx);
                            double overlapY = h - Math.abs(dy);
                            if (overlapX > 0 && overlapY > 0) {
                                found++;
                                if (overlapX / w < overlapY / h) {
                                    double push = (overlapX / 2 + 0.5) * (dx > 0 || (dx == 0 && u > v) ? 1 : -1);
                                    xy[2 * u] += push;
                                    xy[2 * v] -= push;
                                } else {
                                    double push = (overlapY / 2 + 0.5) * (dy > 0 || (dy == 0 && u > v) ? 1 : -1);
                                    xy[2 * u + 1] += push;
                                    xy[2 * v + 1] -= push;
                                }
                            }
                        }
                    }
                }
            }
            return found;
        }
    }

    /** Scales the drawing about its centre of mass by {@code factor}. */
    private static void spread(double[] xy, double factor) {
        int n = xy.length / 2;
        double cx = 0;
        double cy = 0;
        for (int v = 0; v < n; v++) {
            cx += xy[2 * v];
            cy += xy[2 * v + 1];
        }
        cx /= n;
        cy /= n;
        for (int v = 0; v < n; v++) {
            xy[2 * v] = cx + (xy[2 * v] - cx) * factor;
            xy[2 * v + 1] = cy + (xy[2 * v + 1] - cy) * factor;
        }
    }

    /** Moves the drawing so its boxes start at (0, 0). */
    private void normalise(double[] xy) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (int v = 0; v < xy.length / 2; v++) {
            minX = Math.min(minX, xy[2 * v]);
            minY = Math.min(minY, xy[2 * v + 1]);
        }
        for (int v = 0; v < xy.length / 2; v++) {
            xy[2 * v] += boxWidth / 2.0 - minX;
            xy[2 * v + 1] += boxHeight / 2.0 - minY;
        }
    }
}
