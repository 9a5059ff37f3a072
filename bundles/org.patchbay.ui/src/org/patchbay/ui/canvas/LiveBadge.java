package org.patchbay.ui.canvas;

/**
 * A node's live state as the canvas shows it: a coloured dot for the level, a line of text, CPU and
 * memory bars (percent, or negative for none), and the progress of a long operation such as a reimage
 * (0..1, or negative for none). Null on a node nobody is watching.
 */
public record LiveBadge(Level level, String text, double cpuPercent, double memoryPercent, double progress) {

    public LiveBadge(Level level, String text, double cpuPercent, double memoryPercent) {
        this(level, text, cpuPercent, memoryPercent, -1);
    }

    /** The dot's colour: green, red, amber (connecting, rebooting), purple (certificate refused). */
    public enum Level {
        UP, DOWN, WAITING, UNTRUSTED
    }
}
