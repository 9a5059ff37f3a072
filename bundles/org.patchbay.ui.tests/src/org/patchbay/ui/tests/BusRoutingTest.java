package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchbay.ui.canvas.BusRouting;
import org.patchbay.ui.canvas.LabelPlacement.Box;

/** A switch's hosts in rows below it hang on a bus; anything else keeps straight lines. */
class BusRoutingTest {

    private final Map<Object, Box> boxes = new LinkedHashMap<>();
    private final List<BusRouting.Link> links = new ArrayList<>();

    /** sw at (300, 0) 80x30; hosts 80x40 in rows of five, 10 apart, the first row at y 60. */
    private void switchWithHosts(int count) {
        boxes.put("sw", new Box(300, 0, 80, 30));
        for (int i = 0; i < count; i++) {
            boxes.put("h" + i, new Box(100 + (i % 5) * 90, 60 + (i / 5) * 50, 80, 40));
            links.add(new BusRouting.Link("l" + i, "sw", "h" + i));
        }
    }

    @Test
    void eachHostsLinkRunsFromTheSwitchAlongTheBusesAndDropsOntoTheHost() {
        switchWithHosts(10);
        Map<Object, BusRouting.Route> routes = BusRouting.route(boxes, links);
        assertEquals(10, routes.size(), "every host's link is routed");
        for (int i = 0; i < 10; i++) {
            int[] r = routes.get("l" + i).points();
            assertEquals("sw", routes.get("l" + i).hub());
            Box host = boxes.get("h" + i);
            assertArrayEquals(new int[] {340, 30}, new int[] {r[0], r[1]}, "leaves the switch's bottom at its centre");
            assertArrayEquals(new int[] {host.x() + 40, host.y()}, new int[] {r[r.length - 2], r[r.length - 1]}, "ends on the host's top centre");
            for (int p = 0; p + 3 < r.length; p += 2) {
                assertTrue(r[p] == r[p + 2] || r[p + 1] == r[p + 3], "segments are horizontal or vertical: l" + i);
                for (Map.Entry<Object, Box> box : boxes.entrySet()) {
                    if (!box.getKey().equals("sw") && !box.getKey().equals("h" + i)) {
                        assertFalse(enters(r[p], r[p + 1], r[p + 2], r[p + 3], box.getValue()), "l" + i + " crosses " + box.getKey());
                    }
                }
            }
        }
        // the second row's links go down the gutter nearest the switch's centre (x 340): between the columns at 280..360 and 370..450
        int[] second = routes.get("l7").points();
        assertTrue(java.util.Arrays.stream(second).anyMatch(v -> v == 365), "down the gutter at x 365: " + java.util.Arrays.toString(second));
    }

    @Test
    void aLinkGivenAsHostToSwitchIsRoutedFromTheHostEnd() {
        switchWithHosts(5);
        links.set(2, new BusRouting.Link("l2", "h2", "sw"));
        int[] r = BusRouting.route(boxes, links).get("l2").points();
        assertArrayEquals(new int[] {boxes.get("h2").x() + 40, 60}, new int[] {r[0], r[1]}, "starts on the host");
        assertArrayEquals(new int[] {340, 30}, new int[] {r[r.length - 2], r[r.length - 1]}, "ends on the switch");
    }

    @Test
    void fewHostsHostsBesideTheSwitchOrAStrangerInTheBlockKeepStraightLines() {
        switchWithHosts(3);
        assertTrue(BusRouting.route(boxes, links).isEmpty(), "three hosts: a fan is readable");

        boxes.clear();
        links.clear();
        switchWithHosts(10);
        boxes.put("h4", new Box(600, 0, 80, 40));
        assertTrue(BusRouting.route(boxes, links).isEmpty(), "a host beside the switch, not below it");

        boxes.clear();
        links.clear();
        switchWithHosts(10);
        boxes.put("other", new Box(190, 105, 60, 20));
        assertTrue(BusRouting.route(boxes, links).isEmpty(), "a node that is not the switch's sits in the block");

        boxes.clear();
        links.clear();
        switchWithHosts(10);
        links.add(new BusRouting.Link("extra", "h1", "h2"));
        assertTrue(BusRouting.route(boxes, links).isEmpty(), "two hosts linked to each other too sit in the block: the line between them would cross the buses");
    }

    private static boolean enters(int x1, int y1, int x2, int y2, Box b) {
        return Math.min(x1, x2) < b.x() + b.width() && Math.max(x1, x2) > b.x() && Math.min(y1, y2) < b.y() + b.height() && Math.max(y1, y2) > b.y();
    }
}
