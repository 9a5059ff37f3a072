package org.patchbay.ui.live;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.patchbay.core.live.LiveState;
import org.patchbay.ui.canvas.TopologyViewer;

/**
 * Turns live updates, which arrive on network threads at any rate, into canvas repaints on the UI
 * thread at most {@link #MAX_RATE_HZ} times a second: changed node names are gathered, and one
 * repaint restyles them all. However many nodes stream, the UI thread does one bounded batch per
 * 50 ms: an event waits at most that long for the repaint that shows it, so the p99 from sample to
 * screen stays under 100 ms (bench/ingestion), at about a third of a core for 1 000 nodes. A canvas
 * whose repaint takes longer than that is repainted less often (the gap after a repaint is at
 * least as long as the repaint took), so live updates never take more than half of the UI thread.
 */
public final class LiveRepainter implements LiveState.Listener {

    public static final int MAX_RATE_HZ = 20;
    private static final long MIN_INTERVAL_MILLIS = 1000 / MAX_RATE_HZ;

    private final Display display;
    private final TopologyViewer viewer;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Consumer<Set<String>> afterRepaint = names -> {
    };
    private long lastRepaintMillis;
    private long lastPaintEndMillis;
    private long lastPaintTookMillis;
    private long repaints;

    public LiveRepainter(TopologyViewer viewer) {
        this.viewer = viewer;
        this.display = viewer.getControl().getDisplay();
    }

    /** Told, on the UI thread, which nodes each repaint covered (for the node detail part and the ingestion benchmark). */
    public void setAfterRepaint(Consumer<Set<String>> listener) {
        afterRepaint = listener;
    }

    public long repaints() {
        return repaints;
    }

    @Override
    public void changed(String node) {
        dirty.add(node);
        if (scheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(this::schedule);
        }
    }

    private void schedule() {
        long next = Math.max(lastRepaintMillis + MIN_INTERVAL_MILLIS, lastPaintEndMillis + lastPaintTookMillis);
        long wait = Math.max(0, next - System.currentTimeMillis());
        if (wait == 0) {
            repaint();
        } else {
            display.timerExec((int) wait, this::repaint);
        }
    }

    private void repaint() {
        scheduled.set(false);
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (var it = dirty.iterator(); it.hasNext();) {
            names.add(it.next());
            it.remove();
        }
        long started = System.currentTimeMillis();
        lastRepaintMillis = started;
        if (names.isEmpty()) {
            return;
        }
        viewer.updateLive(names);
        viewer.renderer().paintNow();
        lastPaintEndMillis = System.currentTimeMillis();
        lastPaintTookMillis = lastPaintEndMillis - started;
        repaints++;
        afterRepaint.accept(names);
    }
}
