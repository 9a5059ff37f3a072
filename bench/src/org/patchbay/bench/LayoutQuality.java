package org.patchbay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How good a drawing is, computed the same way for Arrange's and for sfdp's: overlapping box pairs
 * and normalised stress (how far drawn distances are from graph distances, at the best scale; lower
 * is better; 0 is perfect). Stress uses every pair on graphs up to {@link #ALL_PAIRS_UP_TO} nodes,
 * else the same seeded sample of sources for both drawings.
 */
final class LayoutQuality {

    static final int ALL_PAIRS_UP_TO = 1500;
    private static final int SAMPLED_SOURCES = 1000;

    private LayoutQuality() {
    }

    /** Box centres {x0, y0, ...} and box size, in the drawing's own units. */
    record Drawing(double[] centres, double boxWidth, double boxHeight) {
    }

    /** Normalised stress of {@code drawing} for the graph with adjacency {@code neighbours}. */
    static double stress(int[][] neighbours, Drawing drawing) {
        int n = neighbours.length;
        int[] sources = sources(n);
        double weightedDistanceProduct = 0;
        double weightedDrawnSquared = 0;
        double weightedGraphSquared = 0;
        int[] distance = new int[n];
        double[] xy = drawing.centres();
        // stress(s) = sum w (s*x - d)^2 with w = d^-2; the best s = sum w d x / sum w x^2
        for (int source : sources) {
            bfs(neighbours, source, distance);
            for (int j = 0; j < n; j++) {
                if (j == source || distance[j] <= 0) {
                    continue;
                }
                double d = distance[j];
                double w = 1 / (d * d);
                double x = Math.hypot(xy[2 * source] - xy[2 * j], xy[2 * source + 1] - xy[2 * j + 1]);
                weightedDistanceProduct += w * d * x;
                weightedDrawnSquared += w * x * x;
                weightedGraphSquared += w * d * d;
            }
        }
        double s = weightedDistanceProduct / weightedDrawnSquared;
        // sum w (s x - d)^2 = s^2 sum w x^2 - 2 s sum w d x + sum w d^2, divided by sum w d^2 (the number of pairs)
        return (s * s * weightedDrawnSquared - 2 * s * weightedDistanceProduct + weightedGraphSquared) / weightedGraphSquared;
    }

    private static int[] sources(int n) {
        if (n <= ALL_PAIRS_UP_TO) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        Random random = new Random(7);
        return random.ints(0, n).distinct().limit(SAMPLED_SOURCES).toArray();
    }

    private static void bfs(int[][] neighbours, int source, int[] distance) {
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        distance[source] = 0;
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int u : neighbours[v]) {
                if (distance[u] < 0) {
                    distance[u] = distance[v] + 1;
                    queue.add(u);
                }
            }
        }
    }

    /** Pairs of boxes that overlap. */
    static int overlaps(Drawing drawing) {
        double[] xy = drawing.centres();
        double w = drawing.boxWidth();
        double h = drawing.boxHeight();
        int n = xy.length / 2;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int v = 0; v < n; v++) {
            grid.computeIfAbsent(key((int) Math.floor(xy[2 * v] / w), (int) Math.floor(xy[2 * v + 1] / h)), k -> new java.util.ArrayList<>()).add(v);
        }
        int count = 0;
        for (int v = 0; v < n; v++) {
            int cx = (int) Math.floor(xy[2 * v] / w);
            int cy = (int) Math.floor(xy[2 * v + 1] / h);
            for (int gx = cx - 1; gx <= cx + 1; gx++) {
                for (int gy = cy - 1; gy <= cy + 1; gy++) {
                    for (int u : grid.getOrDefault(key(gx, gy), List.of())) {
                        if (u > v && Math.abs(xy[2 * u] - xy[2 * v]) < w - 1e-6 && Math.abs(xy[2 * u + 1] - xy[2 * v + 1]) < h - 1e-6) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xFFFFFFFFL);
    }

    /** Node centres from Graphviz's {@code -Tplain} output for nodes named n0..n(count-1). */
    static double[] plainCentres(Path plain, int count) throws IOException {
        double[] xy = new double[2 * count];
        for (String line : Files.readAllLines(plain)) {
            if (line.startsWith("node ")) {
                String[] f = line.split(" ");
                int id = Integer.parseInt(f[1].substring(1));
                xy[2 * id] = Double.parseDouble(f[2]);
                xy[2 * id + 1] = Double.parseDouble(f[3]);
            }
        }
        return xy;
    }
}
