package org.patchbay.ui.experiments;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.core.live.LiveState;
import org.patchbay.ui.canvas.TopologyStyleProvider;

/**
 * What a running sweep shows on each node of the canvas: the run it takes part in and how far the
 * sweep is, as a progress bar; a node whose run failed shows it in red until the next run. One per
 * editor; a sweep sets it from its thread and the live state's listeners repaint the nodes.
 */
public final class SweepOnCanvas {

    private final LiveState live;
    private final Map<String, TopologyStyleProvider.Progress> shown = new ConcurrentHashMap<>();

    public SweepOnCanvas(LiveState live) {
        this.live = live;
    }

    /** The bar of {@code node}, or null when no sweep runs on it. */
    public TopologyStyleProvider.Progress on(String node) {
        return shown.get(node);
    }

    /** {@code nodes} take part in run {@code index} of {@code total} ({@code done} recorded so far). */
    void running(List<String> nodes, int index, int total, int done, String values) {
        clear();
        for (String node : nodes) {
            shown.put(node, new TopologyStyleProvider.Progress("sweep run " + index + " of " + total + ": " + values, (double) done / total, false));
            live.touch(node);
        }
    }

    /** The run on {@code nodes} ended as {@code outcome}; a failure stays red until the next run. */
    void ended(List<String> nodes, boolean failed, String outcome) {
        for (String node : nodes) {
            TopologyStyleProvider.Progress before = shown.get(node);
            if (before != null) {
                shown.put(node, new TopologyStyleProvider.Progress(failed ? "sweep run " + outcome : before.text(), before.fraction(), failed));
                live.touch(node);
            }
        }
    }

    /** The sweep is over: every node shows its own state again. */
    void clear() {
        for (String node : List.copyOf(shown.keySet())) {
            shown.remove(node);
            live.touch(node);
        }
    }
}
