package org.patchbay.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a switch's hosts as a bus instead of a fan: when a node has at least {@link #MIN_HOSTS}
 * hosts that are linked to it alone and sit below it in rows (as Arrange lays out a switch's hosts),
 * each host's link leaves the switch straight down, runs along the gap above the first row, down a
 * gutter between two columns to the gap above the host's row, along it, and drops onto the host.
 * The links share those segments, so forty hosts read as one trunk with a bus per row rather than
 * forty lines crossing the boxes. A group whose routes would cross any other box keeps straight
 * lines, so a hand-made layout never gets worse.
 */
public final class BusRouting {

    /** Fewer hosts than this on a switch are drawn as straight lines: a fan of three is readable. */
    public static final int MIN_HOSTS = 4;
    /** Rows closer than this leave no room for a bus between them. */
    static final int MIN_GAP = 4;

    /** A link between two drawn nodes. */
    public record Link(Object id, Object a, Object b) {
    }

    /**
     * A routed link: its points (x0, y0, x1, y1, ... from end a to end b), the switch whose bus it
     * hangs on, and that bus's trunk (the segment down from the switch), which a label shared by
     * the whole bus can follow.
     */
    public record Route(int[] points, Object hub, int[] trunk) {
    }

    private BusRouting() {
    }

    /** The routed links by id (points in diagram coordinates); links not in the map are drawn straight. */
    public static Map<Object, Route> route(Map<Object, LabelPlacement.Box> boxes, List<Link> links) {
        Map<Object, List<Link>> byNode = new HashMap<>();
        for (Link link : links) {
            if (link.a().equals(link.b()) || !boxes.containsKey(link.a()) || !boxes.containsKey(link.b())) {
                continue;
            }
            byNode.computeIfAbsent(link.a(), n -> new ArrayList<>()).add(link);
            byNode.computeIfAbsent(link.b(), n -> new ArrayList<>()).add(link);
        }
        Map<Object, Route> routes = new LinkedHashMap<>();
        for (Map.Entry<Object, List<Link>> entry : byNode.entrySet()) {
            Object hub = entry.getKey();
            Map<Object, Link> hosts = new LinkedHashMap<>();
            for (Link link : entry.getValue()) {
                Object other = link.a().equals(hub) ? link.b() : link.a();
                if (byNode.get(other).size() == 1) {
                    hosts.put(other, link);
                }
            }
            if (hosts.size() >= MIN_HOSTS) {
                routes.putAll(group(hub, hosts, boxes));
            }
        }
        return routes;
    }

    /** The bus routes of one switch's hosts, or none when they are not in clean rows below it. */
    private static Map<Object, Route> group(Object hub, Map<Object, Link> hosts, Map<Object, LabelPlacement.Box> boxes) {
        LabelPlacement.Box s = boxes.get(hub);
        int hubBottom = s.y() + s.height();
        int hubX = s.x() + s.width() / 2;
        // rows by their top edge; every host must be below the switch
        TreeMap<Integer, List<Object>> rows = new TreeMap<>();
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (Object host : hosts.keySet()) {
            LabelPlacement.Box b = boxes.get(host);
            if (b.y() < hubBottom + 2 * MIN_GAP) {
                return Map.of();
            }
            rows.computeIfAbsent(b.y(), y -> new ArrayList<>()).add(host);
            left = Math.min(left, b.x());
            right = Math.max(right, b.x() + b.width());
        }
        // the bus above each row runs in the gap between it and the row (or switch) above
        List<Integer> tops = new ArrayList<>(rows.keySet());
        Map<Integer, Integer> busY = new HashMap<>();
        int above = hubBottom;
        for (int top : tops) {
            int gap = top - above;
            if (gap < MIN_GAP) {
                return Map.of();
            }
            busY.put(top, top - Math.min(gap, 2 * 8) / 2);
            int bottom = top;
            for (Object host : rows.get(top)) {
                LabelPlacement.Box b = boxes.get(host);
                bottom = Math.max(bottom, b.y() + b.height());
            }
            above = bottom;
        }
        int gutter = gutter(hosts.keySet(), boxes, hubX, left, right);
        int firstBus = busY.get(tops.get(0));
        int[] trunkSegment = {hubX, hubBottom, hubX, firstBus};
        Map<Object, Route> routes = new LinkedHashMap<>();
        for (Map.Entry<Object, Link> host : hosts.entrySet()) {
            LabelPlacement.Box b = boxes.get(host.getKey());
            int x = b.x() + b.width() / 2;
            int bus = busY.get(b.y());
            List<int[]> points = new ArrayList<>();
            points.add(new int[] {hubX, hubBottom});
            points.add(new int[] {hubX, firstBus});
            if (bus != firstBus) {
                points.add(new int[] {gutter, firstBus});
                points.add(new int[] {gutter, bus});
            }
            points.add(new int[] {x, bus});
            points.add(new int[] {x, b.y()});
            int[] route = flatten(points);
            boolean hostFirst = host.getValue().a().equals(host.getKey());
            routes.put(host.getValue().id(), new Route(hostFirst ? reversed(route) : route, hub, trunkSegment));
        }
        // the block the buses run through holds the switch's hosts only (another switch's hosts, a node dragged in: straight lines)
        int blockLeft = Math.min(left, gutter);
        int blockRight = Math.max(right, gutter);
        for (Map.Entry<Object, LabelPlacement.Box> other : boxes.entrySet()) {
            LabelPlacement.Box b = other.getValue();
            if (!other.getKey().equals(hub) && !hosts.containsKey(other.getKey()) && b.x() < blockRight && b.x() + b.width() > blockLeft
                    && b.y() < above && b.y() + b.height() > firstBus) {
                return Map.of();
            }
        }
        // outside the block every route shares the trunk: down from the switch, along the first bus to the gutter
        int[] trunk = {hubX, hubBottom, hubX, firstBus, gutter, firstBus};
        if (crossesOtherBoxes(trunk, hub, null, boxes)) {
            return Map.of();
        }
        return routes;
    }

    /**
     * The x of the gap between two columns of hosts nearest the switch's centre, where the trunk goes
     * down between the rows; beside the block when its hosts leave no gap.
     */
    private static int gutter(Iterable<Object> hosts, Map<Object, LabelPlacement.Box> boxes, int hubX, int left, int right) {
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        for (Object host : hosts) {
            LabelPlacement.Box b = boxes.get(host);
            spans.merge(b.x(), b.x() + b.width(), Math::max);
        }
        // merged column intervals; a gap is where one ends before the next begins
        int best = left - 2 * MIN_GAP;
        int bestDistance = Math.abs(best - hubX);
        int end = Integer.MIN_VALUE;
        for (Map.Entry<Integer, Integer> span : spans.entrySet()) {
            if (end != Integer.MIN_VALUE && span.getKey() - end >= MIN_GAP) {
                int middle = (end + span.getKey()) / 2;
                if (Math.abs(middle - hubX) < bestDistance) {
                    best = middle;
                    bestDistance = Math.abs(middle - hubX);
                }
            }
            end = Math.max(end, span.getValue());
        }
        int beside = right + 2 * MIN_GAP;
        return Math.abs(beside - hubX) < bestDistance ? beside : best;
    }

    private static boolean crossesOtherBoxes(int[] route, Object hub, Object host, Map<Object, LabelPlacement.Box> boxes) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < route.length; i += 2) {
            minX = Math.min(minX, route[i]);
            maxX = Math.max(maxX, route[i]);
            minY = Math.min(minY, route[i + 1]);
            maxY = Math.max(maxY, route[i + 1]);
        }
        for (Map.Entry<Object, LabelPlacement.Box> other : boxes.entrySet()) {
            LabelPlacement.Box b = other.getValue();
            if (other.getKey().equals(hub) || other.getKey().equals(host) || b.x() > maxX || b.x() + b.width() < minX || b.y() > maxY
                    || b.y() + b.height() < minY) {
                continue;
            }
            for (int i = 0; i + 3 < route.length; i += 2) {
                if (segmentEntersBox(route[i], route[i + 1], route[i + 2], route[i + 3], b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an axis-parallel segment passes through the inside of a box (running along its edge does not). */
    static boolean segmentEntersBox(int x1, int y1, int x2, int y2, LabelPlacement.Box b) {
        int left = Math.min(x1, x2);
        int right = Math.max(x1, x2);
        int top = Math.min(y1, y2);
        int bottom = Math.max(y1, y2);
        return left < b.x() + b.width() && right > b.x() && top < b.y() + b.height() && bottom > b.y();
    }

    private static int[] flatten(List<int[]> points) {
        List<int[]> kept = new ArrayList<>();
        for (int[] p : points) {
            if (!kept.isEmpty() && kept.get(kept.size() - 1)[0] == p[0] && kept.get(kept.size() - 1)[1] == p[1]) {
                continue;
            }
            kept.add(p);
        }
        int[] flat = new int[kept.size() * 2];
        for (int i = 0; i < kept.size(); i++) {
            flat[2 * i] = kept.get(i)[0];
            flat[2 * i + 1] = kept.get(i)[1];
        }
        return flat;
    }

    private static int[] reversed(int[] route) {
        int[] back = new int[route.length];
        for (int i = 0; i < route.length; i += 2) {
            back[route.length - 2 - i] = route[i];
            back[route.length - 1 - i] = route[i + 1];
        }
        return back;
    }
}
