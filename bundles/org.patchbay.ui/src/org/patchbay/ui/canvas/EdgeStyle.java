package org.patchbay.ui.canvas;

/**
 * How one graph edge looks: its label ("100Mb 10ms 1%"), a problem text or null, dashed for LAN
 * membership, live load (utilization 0..1, negative when not measured, with the rate as text), and
 * whether the console has taken the running link down.
 */
public record EdgeStyle(String label, String problem, boolean dashed, double utilization, String load, boolean down) {

    public EdgeStyle(String label, String problem, boolean dashed) {
        this(label, problem, dashed, -1, null, false);
    }

    public EdgeStyle(String label, String problem, boolean dashed, double utilization, String load) {
        this(label, problem, dashed, utilization, load, false);
    }

    public EdgeStyle withShaping(String newLabel, String newProblem, boolean isDown) {
        return new EdgeStyle(newLabel, newProblem, dashed, utilization, load, isDown);
    }

    public boolean loaded() {
        return utilization >= 0;
    }
}
