package org.patchbay.ui.canvas;

/**
 * A node's live state as the canvas shows it: a coloured dot for the level, a line of text, and CPU
 * and memory bars (percent, or negative for none). Null on a node nobody is watching.
 */
public record LiveBadge(Level level, String text, double cpuPercent, double memoryPercent) {

    /** The dot's colour: green, red, amber (connecting, rebooting), purple (certificate refused). */
    public enum Level {
        UP, DOWN, WAITING, UNTRUSTED
    }
}
