package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.canvas.EdgeStyle;
import org.patchbay.ui.canvas.GraphGestureListener;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.canvas.NodeStyle;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer;
import org.patchbay.ui.live.LiveRepainter;

/** Live updates arriving without pause never take the UI thread from the user, however slowly the canvas paints. */
class LiveRepainterUiTest {

    @Test
    void aCanvasThatPaintsSlowlyIsRepaintedLessOftenAndTheUiThreadStaysMostlyFree() throws Exception {
        Measured measured = run(150, 3000);
        assertTrue(measured.repaints >= 3, "live updates still reach the canvas: " + measured.repaints + " repaints");
        assertTrue(measured.busy <= 0.6, String.format("painting took %.0f %% of the UI thread in %d repaints (at most about half)", measured.busy * 100, measured.repaints));
    }

    @Test
    void aCanvasThatPaintsQuicklyIsRepaintedAtMostTwentyTimesASecond() throws Exception {
        Measured measured = run(0, 2000);
        assertTrue(measured.repaints >= 5, measured.repaints + " repaints");
        assertTrue(measured.repaints <= 2 * LiveRepainter.MAX_RATE_HZ + 2, measured.repaints + " repaints in 2 s");
    }

    private record Measured(long repaints, double busy) {
    }

    private static Measured run(long paintMillis, long forMillis) throws Exception {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(800, 600);
            SlowRenderer renderer = new SlowRenderer(new Draw2dGraphRenderer(), paintMillis);
            TopologyViewer viewer = new TopologyViewer(shell, renderer);
            Cluster cluster = TopologyTemplates.star(3);
            viewer.setInput(cluster);
            shell.open();
            Gui.pump();
            LiveRepainter repainter = new LiveRepainter(viewer);
            String node = cluster.getNodes().get(0).getName();
            AtomicBoolean feeding = new AtomicBoolean(true);
            // as a thousand streaming agents would: a change every few milliseconds, from another thread
            Thread feeder = Thread.ofPlatform().daemon(true).start(() -> {
                while (feeding.get()) {
                    repainter.changed(node);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            renderer.paintNanos = 0;
            long start = System.nanoTime();
            long end = start + forMillis * 1_000_000;
            while (System.nanoTime() < end) {
                if (!display.readAndDispatch()) {
                    display.timerExec(5, () -> {
                    });
                    display.sleep();
                }
            }
            feeding.set(false);
            feeder.join();
            return new Measured(repainter.repaints(), renderer.paintNanos / (double) (System.nanoTime() - start));
        } finally {
            shell.dispose();
        }
    }

    /** The real renderer, with each paint taking at least {@code paintMillis}: a big canvas on a slow machine. */
    private static final class SlowRenderer implements GraphRenderer {
        private final GraphRenderer real;
        private final long paintMillis;
        long paintNanos;

        SlowRenderer(GraphRenderer real, long paintMillis) {
            this.real = real;
            this.paintMillis = paintMillis;
        }

        @Override
        public void paintNow() {
            long t0 = System.nanoTime();
            real.paintNow();
            try {
                Thread.sleep(paintMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            paintNanos += System.nanoTime() - t0;
        }

        @Override
        public Control createControl(Composite parent) {
            return real.createControl(parent);
        }

        @Override
        public Control getControl() {
            return real.getControl();
        }

        @Override
        public void setGestureListener(GraphGestureListener listener) {
            real.setGestureListener(listener);
        }

        @Override
        public void putNode(Object item, NodeStyle style) {
            real.putNode(item, style);
        }

        @Override
        public void putEdge(Object item, Object source, Object target, EdgeStyle style) {
            real.putEdge(item, source, target, style);
        }

        @Override
        public void remove(Object item) {
            real.remove(item);
        }

        @Override
        public NodeStyle drawnNodeStyle(Object item) {
            return real.drawnNodeStyle(item);
        }

        @Override
        public EdgeStyle drawnEdgeStyle(Object item) {
            return real.drawnEdgeStyle(item);
        }

        @Override
        public Collection<Object> items() {
            return real.items();
        }

        @Override
        public void setSelection(Collection<?> items) {
            real.setSelection(items);
        }

        @Override
        public List<Object> getSelection() {
            return real.getSelection();
        }

        @Override
        public void setTool(Object tool) {
            real.setTool(tool);
        }

        @Override
        public Object getTool() {
            return real.getTool();
        }

        @Override
        public double getZoom() {
            return real.getZoom();
        }

        @Override
        public void setZoom(double zoom) {
            real.setZoom(zoom);
        }

        @Override
        public void zoomToFit() {
            real.zoomToFit();
        }

        @Override
        public int[] toDiagram(int controlX, int controlY) {
            return real.toDiagram(controlX, controlY);
        }

        @Override
        public Object itemAt(int controlX, int controlY) {
            return real.itemAt(controlX, controlY);
        }

        @Override
        public int[] centreOnControl(Object item) {
            return real.centreOnControl(item);
        }

        @Override
        public void reveal(Object item) {
            real.reveal(item);
        }

        @Override
        public Control createOverview(Composite parent) {
            return real.createOverview(parent);
        }

        @Override
        public int[] drawnLabelBounds(Object item) {
            return real.drawnLabelBounds(item);
        }

        @Override
        public int[] drawnPoints(Object item) {
            return real.drawnPoints(item);
        }

        @Override
        public void setDimmed(Collection<?> items) {
            real.setDimmed(items);
        }

        @Override
        public boolean isDimmed(Object item) {
            return real.isDimmed(item);
        }

        @Override
        public void setTransits(List<org.patchbay.ui.canvas.Transit> transits) {
            real.setTransits(transits);
        }

        @Override
        public List<org.patchbay.ui.canvas.Transit> transits() {
            return real.transits();
        }
    }
}
