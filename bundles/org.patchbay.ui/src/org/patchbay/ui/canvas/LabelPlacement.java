package org.patchbay.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each link's label goes so that no two labels and no label and box overlap: along its link,
 * at the middle if that is free, else at the first free spot nearer either end; a label with no
 * free spot is left out (its link's tooltip still says it). Greedy, in the order given, with a grid
 * index, so a few thousand labels place in milliseconds. Diagram coordinates throughout.
 */
public final class LabelPlacement {

    /** Fractions along the link tried in turn: the middle first, then outwards. */
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
    private static final int CELL = 128;

    /** A rectangle in diagram coordinates. */
    public record Box(int x, int y, int width, int height) {
        boolean intersects(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }

    /** A label of {@code width} x {@code height} for the link from centre (ax, ay) to centre (bx, by). */
    public record Label(Object link, int ax, int ay, int bx, int by, int width, int height) {
    }

    private final Map<Long, List<Box>> grid = new HashMap<>();

    private LabelPlacement() {
    }

    /** Each label's box, for the labels that found room; the others are absent. {@code boxes} are the figures to keep clear of. */
    public static Map<Object, Box> place(List<Box> boxes, List<Label> labels) {
        LabelPlacement placement = new LabelPlacement();
        boxes.forEach(placement::occupy);
        Map<Object, Box> placed = new LinkedHashMap<>();
        for (Label label : labels) {
            for (double t : ALONG) {
                int cx = (int) Math.round(label.ax + (label.bx - label.ax) * t);
                int cy = (int) Math.round(label.ay + (label.by - label.ay) * t);
                Box box = new Box(cx - label.width / 2, cy - label.height / 2, label.width, label.height);
                if (placement.isFree(box)) {
                    placement.occupy(box);
                    placed.put(label.link, box);
                    break;
                }
            }
        }
        return placed;
    }

    private static long key(int column, int row) {
        return ((long) column << 32) ^ (row & 0xFFFFFFFFL);
    }

    private void occupy(Box box) {
        for (int column = Math.floorDiv(box.x, CELL); column <= Math.floorDiv(box.x + box.width - 1, CELL); column++) {
            for (int row = Math.floorDiv(box.y, CELL); row <= Math.floorDiv(box.y + box.height - 1, CELL); row++) {
                grid.computeIfAbsent(key(column, row), k -> new ArrayList<>()).add(box);
            }
        }
    }

    private boolean isFree(Box box) {
        for (int column = Math.floorDiv(box.x, CELL); column <= Math.floorDiv(box.x + box.width - 1, CELL); column++) {
            for (int row = Math.floorDiv(box.y, CELL); row <= Math.floorDiv(box.y + box.height - 1, CELL); row++) {
                for (Box taken : grid.getOrDefault(key(column, row), List.of())) {
                    if (taken.intersects(box)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
