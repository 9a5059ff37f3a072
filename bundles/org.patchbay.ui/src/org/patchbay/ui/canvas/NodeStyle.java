package org.patchbay.ui.canvas;

/**
 * How one graph node looks, independent of the renderer: its box in diagram coordinates, the
 * lines of text it shows, when the validator objects to it the problem text, and when it is being
 * watched its live badge (else null).
 */
public record NodeStyle(int x, int y, int width, int height, Shape shape, String kind, String title, String detail, String status,
        String problem, LiveBadge live) {

    /** The family of an element, which decides its outline and colours. */
    public enum Shape {
        NODE, SWITCH, PDU, LAN
    }
}
