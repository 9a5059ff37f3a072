package org.patchbay.ui.canvas;

/**
 * How one graph edge looks: its label ("100Mb 10ms 1%"), a problem text or null, dashed for LAN
 * membership, live load (utilization 0..1, negative when not measured, with the rate as text),
 * whether the console has taken the running link down, and what the running link is shaped to as
 * read back from where it runs (null when nothing runs it).
 */
public record EdgeStyle(String label, String problem, boolean dashed, double utilization, String load, boolean down, String applied) {

    public EdgeStyle(String label, String problem, boolean dashed) {
        this(label, problem, dashed, -1, null, false, null);
    }

    public EdgeStyle(String label, String problem, boolean dashed, double utilization, String load) {
        this(label, problem, dashed, utilization, load, false, null);
    }

    /** With what the running link does: {@code appliedText} is shown as the figure's tooltip when there is no problem. */
    public EdgeStyle withShaping(String newLabel, String newProblem, boolean isDown, String appliedText) {
        return new EdgeStyle(newLabel, newProblem, dashed, utilization, load, isDown, appliedText);
    }

    public boolean loaded() {
        return utilization >= 0;
    }
}
