package org.patchbay.ui.canvas.draw2d;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Path;
import org.patchbay.ui.canvas.LiveBadge;
import org.patchbay.ui.canvas.NodeStyle;

/**
 * Draws large graphs in bulk, beneath the figures: with many links, all plain links are one
 * stroke (centre to centre; the opaque boxes hide the inner ends); zoomed out below the detail
 * threshold, all boxes are drawn here too, a fill per colour, instead of thousands of per-figure
 * calls through Draw2d's scaled graphics. The figures stay in place, invisible to the eye but not
 * to hit-testing, so selection and dragging work the same at every zoom. Zoomed out, a watched node's
 * mark takes its state's colour and carries its name where the mark is wide enough to read it. Selected links and links
 * with problems are still drawn by their own figures, emphasised.
 */
final class BulkPaintLayer extends FreeformLayer {

    /** Marks narrower than this on screen carry no name: it could not be read. */
    private static final int MIN_NAMED_WIDTH = 30;

    /** What the layer needs from the renderer: the figures and the current scale. */
    interface Source {
        Collection<ElementFigure> elements();

        Collection<EdgeFigure> edges();

        Rectangle boundsOf(ElementFigure figure);

        double scale();
    }

    private final ElementFigure.FigureColors colors;
    private final Source source;

    BulkPaintLayer(ElementFigure.FigureColors colors, Source source) {
        this.colors = colors;
        this.source = source;
    }

    @Override
    protected void paintFigure(Graphics g) {
        boolean bulkLinks = colors.fastLines() || !colors.detailed();
        if (!bulkLinks) {
            return;
        }
        double scale = source.scale();
        Rectangle clip = new Rectangle();
        g.getClip(clip);
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        Path links = new Path(display);
        Path outlines = new Path(display);
        Map<NodeStyle.Shape, Path> fills = new EnumMap<>(NodeStyle.Shape.class);
        Map<LiveBadge.Level, Path> states = new EnumMap<>(LiveBadge.Level.class);
        java.util.List<Object[]> named = new java.util.ArrayList<>();
        Path marked = new Path(display);
        Path selected = new Path(display);
        Path dimmed = new Path(display);
        try {
            for (EdgeFigure edge : source.edges()) {
                if (edge.drawsItself()) {
                    continue;
                }
                int[] route = edge.route();
                if (route != null) {
                    addRoute(links, route, scale, clip);
                    continue;
                }
                ElementFigure from = (ElementFigure) edge.getSourceAnchor().getOwner();
                ElementFigure to = (ElementFigure) edge.getTargetAnchor().getOwner();
                Rectangle a = source.boundsOf(from);
                Rectangle b = source.boundsOf(to);
                float ax = (float) ((a.x + a.width / 2.0) * scale);
                float ay = (float) ((a.y + a.height / 2.0) * scale);
                float bx = (float) ((b.x + b.width / 2.0) * scale);
                float by = (float) ((b.y + b.height / 2.0) * scale);
                if (Math.max(ax, bx) >= clip.x && Math.min(ax, bx) <= clip.right() && Math.max(ay, by) >= clip.y
                        && Math.min(ay, by) <= clip.bottom()) {
                    links.moveTo(ax, ay);
                    links.lineTo(bx, by);
                }
            }
            for (ElementFigure element : colors.detailed() ? java.util.List.<ElementFigure>of() : source.elements()) {
                Rectangle r = source.boundsOf(element);
                float x = (float) (r.x * scale);
                float y = (float) (r.y * scale);
                float w = Math.max(2f, (float) (r.width * scale));
                float h = Math.max(2f, (float) (r.height * scale));
                if (x > clip.right() || y > clip.bottom() || x + w < clip.x || y + h < clip.y) {
                    continue;
                }
                NodeStyle style = element.style();
                // zoomed out, a watched node is a mark in its state's colour: what is down shows at any size
                Path fill = element.isDimmed() ? dimmed : style.problem() != null ? marked : element.isSelected() ? selected
                        : style.live() != null ? states.computeIfAbsent(style.live().level(), level -> new Path(display))
                        : fills.computeIfAbsent(style.shape(), shape -> new Path(display));
                fill.addRectangle(x, y, w, h);
                outlines.addRectangle(x, y, w, h);
                if (w >= MIN_NAMED_WIDTH && h >= colors.smallHeight()) {
                    named.add(new Object[] {style.title(), x, y, w, h});
                }
            }
            g.setAntialias(SWT.OFF);
            g.setLineWidth(1);
            g.setForegroundColor(colors.outline());
            g.drawPath(links);
            fills.forEach((shape, path) -> fillWith(g, path, colors.fill(shape)));
            states.forEach((level, path) -> fillWith(g, path, colors.level(level)));
            fillWith(g, marked, colors.problem());
            fillWith(g, selected, colors.selection());
            fillWith(g, dimmed, colors.barTrack());
            g.setForegroundColor(colors.outline());
            g.drawPath(outlines);
            drawNames(g, named);
        } finally {
            links.dispose();
            outlines.dispose();
            marked.dispose();
            selected.dispose();
            dimmed.dispose();
            fills.values().forEach(Path::dispose);
            states.values().forEach(Path::dispose);
        }
    }

    /** A bus-routed link's segments, when any part of it is in the clip. */
    private static void addRoute(Path links, int[] route, double scale, Rectangle clip) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i + 1 < route.length; i += 2) {
            minX = Math.min(minX, (float) (route[i] * scale));
            maxX = Math.max(maxX, (float) (route[i] * scale));
            minY = Math.min(minY, (float) (route[i + 1] * scale));
            maxY = Math.max(maxY, (float) (route[i + 1] * scale));
        }
        if (maxX < clip.x || minX > clip.right() || maxY < clip.y || minY > clip.bottom()) {
            return;
        }
        links.moveTo((float) (route[0] * scale), (float) (route[1] * scale));
        for (int i = 2; i + 1 < route.length; i += 2) {
            links.lineTo((float) (route[i] * scale), (float) (route[i + 1] * scale));
        }
    }

    /** Names inside the marks that are wide enough for them; a name that does not fit is left out, not cut. */
    private void drawNames(Graphics g, java.util.List<Object[]> named) {
        if (named.isEmpty()) {
            return;
        }
        g.setFont(colors.small());
        g.setForegroundColor(colors.text());
        for (Object[] mark : named) {
            String name = (String) mark[0];
            float x = (Float) mark[1];
            float y = (Float) mark[2];
            float w = (Float) mark[3];
            float h = (Float) mark[4];
            int width = org.eclipse.draw2d.FigureUtilities.getTextWidth(name, colors.small());
            if (width <= w - 4) {
                g.drawText(name, Math.round(x + (w - width) / 2), Math.round(y + (h - colors.smallHeight()) / 2));
            }
        }
    }

    private static void fillWith(Graphics g, Path path, Color colour) {
        g.setBackgroundColor(colour);
        g.fillPath(path);
    }
}
