package org.patchbay.ui.canvas;

/**
 * How one graph edge looks: its label ("100Mb 10ms 1%"), a problem text or null, dashed for LAN
 * membership, and live load: utilization 0..1 (negative when not measured) with the rate as text.
 */
public record EdgeStyle(String label, String problem, boolean dashed, double utilization, String load) {

    public EdgeStyle(String label, String problem, boolean dashed) {
        this(label, problem, dashed, -1, null);
    }

    public boolean loaded() {
        return utilization >= 0;
    }
}
