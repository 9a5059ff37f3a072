package org.patchbay.ui.canvas;

/**
 * How one graph node looks, independent of the renderer: its box in diagram coordinates, the
 * lines of text it shows, when the validator objects to it the problem text, when it is being
 * watched its live badge (else null), and how many hosts are folded into it when its group is
 * collapsed (0 when none: then it is drawn as itself alone).
 */
public record NodeStyle(int x, int y, int width, int height, Shape shape, String kind, String title, String detail, String status,
        String problem, LiveBadge live, int foldedHosts) {

    public NodeStyle(int x, int y, int width, int height, Shape shape, String kind, String title, String detail, String status,
            String problem, LiveBadge live) {
        this(x, y, width, height, shape, kind, title, detail, status, problem, live, 0);
    }

    /** The family of an element, which decides its outline and colours. */
    public enum Shape {
        NODE, SWITCH, PDU, LAN
    }
}
