package org.patchbay.ui.canvas.draw2d;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.patchbay.ui.canvas.Transit;

/**
 * Draws transits over the graph: the way from one box's centre to the other's, lit and dashed, and
 * a marker carrying the label travelling along it, one trip every {@link #TRIP_MS}. The animation
 * runs on a timer only while there is something to show, and repaints only the transits' area.
 */
final class TransitLayer extends FreeformLayer {

    private static final int TRIP_MS = 1200;
    private static final int FRAME_MS = 50;

    private final ElementFigure.FigureColors colors;
    private final Function<Object, Rectangle> boundsOf;
    private final Map<String, Long> startedAt = new HashMap<>();
    private List<Transit> shown = List.of();
    private boolean animating;

    TransitLayer(ElementFigure.FigureColors colors, Function<Object, Rectangle> boundsOf) {
        this.colors = colors;
        this.boundsOf = boundsOf;
    }

    void set(List<Transit> next) {
        List<Transit> drawable = new ArrayList<>();
        for (Transit transit : next) {
            if (boundsOf.apply(transit.from()) != null && boundsOf.apply(transit.to()) != null) {
                drawable.add(transit);
                startedAt.putIfAbsent(transit.key(), System.currentTimeMillis());
            }
        }
        startedAt.keySet().retainAll(drawable.stream().map(Transit::key).toList());
        if (drawable.equals(shown)) {
            return;
        }
        repaintArea();
        shown = List.copyOf(drawable);
        repaintArea();
        if (!shown.isEmpty() && !animating) {
            animating = true;
            org.eclipse.swt.widgets.Display.getCurrent().timerExec(FRAME_MS, this::frame);
        }
    }

    List<Transit> shown() {
        return shown;
    }

    private void frame() {
        if (shown.isEmpty() || getUpdateManager() == null) {
            animating = false;
            return;
        }
        repaintArea();
        org.eclipse.swt.widgets.Display.getCurrent().timerExec(FRAME_MS, this::frame);
    }

    /** Damages the rectangle around every shown transit (in this layer's coordinates). */
    private void repaintArea() {
        for (Transit transit : shown) {
            Rectangle a = boundsOf.apply(transit.from());
            Rectangle b = boundsOf.apply(transit.to());
            if (a != null && b != null) {
                repaint(a.getUnion(b).getExpanded(80, 30));
            }
        }
    }

    @Override
    public boolean containsPoint(int x, int y) {
        // never in the way of clicks and drags on the graph beneath
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        long now = System.currentTimeMillis();
        for (Transit transit : shown) {
            Rectangle a = boundsOf.apply(transit.from());
            Rectangle b = boundsOf.apply(transit.to());
            if (a == null || b == null) {
                continue;
            }
            org.eclipse.draw2d.geometry.Point from = a.getCenter();
            org.eclipse.draw2d.geometry.Point to = b.getCenter();
            g.setAntialias(SWT.ON);
            g.setForegroundColor(colors.selection());
            g.setLineWidth(3);
            g.setLineStyle(Graphics.LINE_DASH);
            g.drawLine(from, to);
            g.setLineStyle(Graphics.LINE_SOLID);
            double t = ((now - startedAt.getOrDefault(transit.key(), now)) % TRIP_MS) / (double) TRIP_MS;
            int x = (int) Math.round(from.x + (to.x - from.x) * t);
            int y = (int) Math.round(from.y + (to.y - from.y) * t);
            g.setFont(colors.small());
            org.eclipse.draw2d.geometry.Dimension text = org.eclipse.draw2d.FigureUtilities.getTextExtents(transit.label(), colors.small());
            Rectangle marker = new Rectangle(x - text.width / 2 - 6, y - text.height / 2 - 3, text.width + 12, text.height + 6);
            g.setBackgroundColor(colors.selection());
            g.fillRoundRectangle(marker, 10, 10);
            g.setForegroundColor(colors.onProblem());
            g.drawText(transit.label(), marker.x + 6, marker.y + 3);
        }
    }
}
