package org.patchbay.ui.canvas.draw2d;

import java.util.Collection;
import java.util.function.Supplier;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.patchbay.ui.canvas.NodeStyle;

/**
 * The whole graph in miniature with the part the canvas shows framed (the Outline's overview, as
 * GEF editors have): every box a mark in its fill or state colour, no text, so it stays one quick
 * paint at thousands of nodes. Pressing or dragging in it centres the canvas on that point.
 */
final class OverviewCanvas {

    private static final int MARGIN = 6;

    /** What the overview needs from the renderer. */
    interface Source {
        Collection<ElementFigure> elements();

        Rectangle boundsOf(ElementFigure figure);

        double scale();
    }

    private final Canvas control;
    private final FigureCanvas main;
    private final ElementFigure.FigureColors colors;
    private final Supplier<Source> source;
    private boolean redrawPending;
    private boolean pressed;

    OverviewCanvas(Composite parent, FigureCanvas main, ElementFigure.FigureColors colors, Supplier<Source> source) {
        this.main = main;
        this.colors = colors;
        this.source = source;
        control = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        control.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        control.setToolTipText("Overview: the frame is what the canvas shows; press or drag to move it");
        control.addListener(SWT.Paint, this::paint);
        control.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                pressed = true;
                centreOn(e.x, e.y);
            }
        });
        control.addListener(SWT.MouseMove, e -> {
            if (pressed) {
                centreOn(e.x, e.y);
            }
        });
        control.addListener(SWT.MouseUp, e -> pressed = false);
        control.addListener(SWT.Resize, e -> redrawSoon());
        org.eclipse.draw2d.Viewport viewport = main.getViewport();
        viewport.getHorizontalRangeModel().addPropertyChangeListener(e -> redrawSoon());
        viewport.getVerticalRangeModel().addPropertyChangeListener(e -> redrawSoon());
    }

    Canvas control() {
        return control;
    }

    /** Repaints once on the next UI turn, however many changes come before it. */
    void redrawSoon() {
        if (redrawPending || control.isDisposed()) {
            return;
        }
        redrawPending = true;
        control.getDisplay().asyncExec(() -> {
            redrawPending = false;
            if (!control.isDisposed()) {
                control.redraw();
            }
        });
    }

    /** The diagram's extent and the factor from diagram to overview pixels; null when nothing is drawn. */
    private record Mapping(Rectangle extent, double factor, int left, int top) {
        int x(double diagramX) {
            return left + (int) Math.round((diagramX - extent.x) * factor);
        }

        int y(double diagramY) {
            return top + (int) Math.round((diagramY - extent.y) * factor);
        }
    }

    private Mapping mapping() {
        Source graph = source.get();
        Rectangle extent = null;
        for (ElementFigure figure : graph.elements()) {
            Rectangle b = graph.boundsOf(figure);
            extent = extent == null ? b.getCopy() : extent.union(b);
        }
        org.eclipse.swt.graphics.Rectangle area = control.getClientArea();
        if (extent == null || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
            return null;
        }
        double factor = Math.min((area.width - 2.0 * MARGIN) / extent.width, (area.height - 2.0 * MARGIN) / extent.height);
        int left = MARGIN + (int) ((area.width - 2 * MARGIN - extent.width * factor) / 2);
        int top = MARGIN + (int) ((area.height - 2 * MARGIN - extent.height * factor) / 2);
        return new Mapping(extent, factor, left, top);
    }

    /** The canvas's visible part in overview pixels, as drawn by the frame (x, y, width, height), or null. */
    int[] frame() {
        Mapping map = mapping();
        if (map == null) {
            return null;
        }
        double scale = source.get().scale();
        org.eclipse.draw2d.geometry.Point view = main.getViewport().getViewLocation();
        org.eclipse.swt.graphics.Rectangle area = main.getClientArea();
        int x = map.x(view.x / scale);
        int y = map.y(view.y / scale);
        return new int[] {x, y, map.x((view.x + area.width) / scale) - x, map.y((view.y + area.height) / scale) - y};
    }

    private void paint(Event e) {
        Mapping map = mapping();
        if (map == null) {
            return;
        }
        GC gc = e.gc;
        Source graph = source.get();
        gc.setForeground(colors.outline());
        for (ElementFigure figure : graph.elements()) {
            Rectangle b = graph.boundsOf(figure);
            NodeStyle style = figure.style();
            gc.setBackground(style.problem() != null ? colors.problem() : figure.isSelected() ? colors.selection()
                    : style.live() != null ? colors.level(style.live().level()) : colors.fill(style.shape()));
            int x = map.x(b.x);
            int y = map.y(b.y);
            int w = Math.max(2, (int) Math.round(b.width * map.factor()));
            int h = Math.max(2, (int) Math.round(b.height * map.factor()));
            gc.fillRectangle(x, y, w, h);
            if (w > 4) {
                gc.drawRectangle(x, y, w - 1, h - 1);
            }
        }
        int[] frame = frame();
        gc.setForeground(colors.selection());
        gc.setLineWidth(2);
        gc.drawRectangle(frame[0], frame[1], Math.max(2, frame[2]), Math.max(2, frame[3]));
    }

    /** Scrolls the canvas so that the diagram point under overview pixel (x, y) is at its centre. */
    void centreOn(int x, int y) {
        Mapping map = mapping();
        if (map == null) {
            return;
        }
        double scale = source.get().scale();
        double diagramX = map.extent().x + (x - map.left()) / map.factor();
        double diagramY = map.extent().y + (y - map.top()) / map.factor();
        org.eclipse.swt.graphics.Rectangle area = main.getClientArea();
        main.scrollTo((int) Math.round(diagramX * scale - area.width / 2.0), (int) Math.round(diagramY * scale - area.height / 2.0));
        redrawSoon();
    }
}
