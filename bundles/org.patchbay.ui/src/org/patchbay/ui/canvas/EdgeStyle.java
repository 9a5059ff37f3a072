package org.patchbay.ui.canvas;

/** How one graph edge looks: its label ("100Mb 10ms 1%"), a problem text or null, dashed for LAN membership. */
public record EdgeStyle(String label, String problem, boolean dashed) {
}
