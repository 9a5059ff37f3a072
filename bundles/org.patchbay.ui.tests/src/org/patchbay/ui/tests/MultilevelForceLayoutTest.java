package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.patchbay.ui.layout.MultilevelForceLayout;

/** The multilevel force layout Arrange uses for big meshes: no box on another, neighbours near, the same picture every time. */
class MultilevelForceLayoutTest {

    private static final int WIDTH = 150;
    private static final int HEIGHT = 76;

    /** A connected random graph: a random tree plus extra random edges. */
    private static MultilevelForceLayout.Graph random(int nodes, int extra, long seed) {
        Random random = new Random(seed);
        int[] from = new int[nodes - 1 + extra];
        int[] to = new int[from.length];
        for (int v = 1; v < nodes; v++) {
            from[v - 1] = v;
            to[v - 1] = random.nextInt(v);
        }
        for (int e = nodes - 1; e < from.length; e++) {
            from[e] = random.nextInt(nodes);
            to[e] = random.nextInt(nodes);
        }
        return new MultilevelForceLayout.Graph(nodes, from, to);
    }

    @Test
    void noTwoBoxesOverlapAndNeighboursAreDrawnNearEachOther() {
        MultilevelForceLayout.Graph graph = random(800, 400, 3);
        double[] xy = new MultilevelForceLayout(WIDTH, HEIGHT, 230, 1).layout(graph, () -> false);
        assertEquals(1600, xy.length);
        for (int v = 0; v < 800; v++) {
            for (int u = v + 1; u < 800; u++) {
                boolean overlap = Math.abs(xy[2 * u] - xy[2 * v]) < WIDTH && Math.abs(xy[2 * u + 1] - xy[2 * v + 1]) < HEIGHT;
                assertTrue(!overlap, "boxes " + v + " and " + u + " overlap");
            }
        }
        double linked = 0;
        for (int e = 0; e < graph.from().length; e++) {
            linked += Math.hypot(xy[2 * graph.from()[e]] - xy[2 * graph.to()[e]], xy[2 * graph.from()[e] + 1] - xy[2 * graph.to()[e] + 1]);
        }
        linked /= graph.from().length;
        Random random = new Random(9);
        double any = 0;
        for (int i = 0; i < 2000; i++) {
            int a = random.nextInt(800);
            int b = random.nextInt(800);
            any += Math.hypot(xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]);
        }
        any /= 2000;
        assertTrue(linked * 3 < any, "linked nodes are drawn much closer (a random placement gives 1:1) (" + Math.round(linked) + ") than any two (" + Math.round(any) + ")");
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
        for (int v = 0; v < 800; v++) {
            minX = Math.min(minX, xy[2 * v]);
            minY = Math.min(minY, xy[2 * v + 1]);
        }
        assertEquals(WIDTH / 2.0, minX, 1e-6, "the drawing starts at the left edge");
        assertEquals(HEIGHT / 2.0, minY, 1e-6);
    }

    @Test
    void theSameGraphGetsTheSamePictureAndACancelledLayoutStopsEarly() {
        MultilevelForceLayout.Graph graph = random(300, 150, 5);
        MultilevelForceLayout layout = new MultilevelForceLayout(WIDTH, HEIGHT, 230, 1);
        assertArrayEquals(layout.layout(graph, () -> false), layout.layout(graph, () -> false), "seeded: repeatable");
        int[] polls = {0};
        double[] partial = layout.layout(graph, () -> ++polls[0] > 3);
        assertEquals(600, partial.length, "a cancelled layout still places every node");
        assertTrue(polls[0] < 50, "it stopped soon after being cancelled (" + polls[0] + " polls)");
    }

    @Test
    void selfLoopsRepeatedEdgesAndIsolatedNodesAreFine() {
        MultilevelForceLayout.Graph graph = new MultilevelForceLayout.Graph(5, new int[] {0, 0, 1, 2}, new int[] {0, 1, 0, 1});
        double[] xy = new MultilevelForceLayout(WIDTH, HEIGHT, 230, 1).layout(graph, () -> false);
        for (double coordinate : xy) {
            assertTrue(Double.isFinite(coordinate), "every coordinate is a number");
        }
        assertEquals(0, new MultilevelForceLayout(WIDTH, HEIGHT, 230, 1).layout(new MultilevelForceLayout.Graph(0, new int[0], new int[0]), () -> false).length);
    }
}
