package org.patchbay.ui.canvas.draw2d;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MidpointLocator;
import org.eclipse.draw2d.PolylineConnection;
import org.patchbay.ui.canvas.EdgeStyle;

/**
 * A link (or a LAN membership, dashed) with its shaping as a label, at the spot {@link
 * org.patchbay.ui.canvas.LabelPlacement} found for it (the middle until it has run), or hidden when
 * there is no room; its text is always in the tooltip.
 */
final class EdgeFigure extends PolylineConnection {

    private final ElementFigure.FigureColors colors;
    private final Label label = new Label();
    private EdgeStyle style;
    private boolean selected;
    private boolean zoomedIn = true;
    /** Where the label goes, in diagram coordinates; null until placed. */
    private org.patchbay.ui.canvas.LabelPlacement.Box placed;
    private boolean noRoom;
    /** The text of a bus's shared label when this link carries it, else null. */
    private String labelOverride;
    /** The bus route it takes (x0, y0, x1, y1, ...), or null for a straight line between its ends. */
    private int[] route;

    EdgeFigure(ElementFigure.FigureColors colors, ElementFigure source, ElementFigure target, EdgeStyle style) {
        this.colors = colors;
        setSourceAnchor(new OwnerAnchor(source));
        setTargetAnchor(new OwnerAnchor(target));
        label.setFont(colors.small());
        label.setOpaque(true);
        MidpointLocator middle = new MidpointLocator(this, 0);
        add(label, (org.eclipse.draw2d.Locator) figure -> {
            if (placed == null) {
                middle.relocate(figure);
            } else {
                figure.setBounds(new org.eclipse.draw2d.geometry.Rectangle(placed.x(), placed.y(), placed.width(), placed.height()));
            }
        });
        setStyle(style);
    }

    void setEnds(ElementFigure source, ElementFigure target) {
        if (getSourceAnchor().getOwner() != source) {
            setSourceAnchor(new OwnerAnchor(source));
        }
        if (getTargetAnchor().getOwner() != target) {
            setTargetAnchor(new OwnerAnchor(target));
        }
    }

    @Override
    protected void outlineShape(Graphics g) {
        if (!drawsItself()) {
            return;
        }
        if (colors.fastLines()) {
            g.setAntialias(org.eclipse.swt.SWT.OFF);
        }
        super.outlineShape(g);
    }

    /** Nothing to paint when the bulk layer draws the line and no label shows: skip the per-figure graphics setup. */
    @Override
    public void paint(Graphics g) {
        if (drawsItself() || label.isVisible()) {
            if (dimmed) {
                // the parent restores the graphics after each child: the fade stays with this link and its label
                g.setAlpha(ElementFigure.DIMMED_ALPHA);
            }
            super.paint(g);
        }
    }

    /** Takes {@code points} (diagram coordinates, see {@link org.patchbay.ui.canvas.BusRouting}), or a straight line when null. */
    void setRoute(int[] points) {
        if (java.util.Arrays.equals(points, route)) {
            return;
        }
        route = points;
        if (points == null) {
            setConnectionRouter(org.eclipse.draw2d.ConnectionRouter.NULL);
            return;
        }
        org.eclipse.draw2d.geometry.PointList list = new org.eclipse.draw2d.geometry.PointList(points.length / 2);
        for (int i = 0; i + 1 < points.length; i += 2) {
            list.addPoint(points[i], points[i + 1]);
        }
        setConnectionRouter(new org.eclipse.draw2d.AbstractRouter() {
            @Override
            public void route(org.eclipse.draw2d.Connection connection) {
                connection.setPoints(list.getCopy());
            }
        });
    }

    /** The bus route it takes, or null when it is straight. */
    int[] route() {
        return route;
    }

    /** False when {@link BulkPaintLayer} draws this link's line together with all the others. */
    boolean drawsItself() {
        boolean emphasised = selected || style.problem() != null || style.loaded() || style.down();
        return emphasised ? colors.detailed() : colors.detailed() && !colors.fastLines();
    }

    /** Shows or hides the shaping label; hidden when zoomed out too far to read it. */
    void showLabel(boolean show) {
        zoomedIn = show;
        updateLabelVisibility();
    }

    /** Puts the label at {@code box}, or leaves it out when null (no free room along the link). */
    void placeLabel(org.patchbay.ui.canvas.LabelPlacement.Box box) {
        noRoom = box == null;
        if (box != null && !box.equals(placed)) {
            placed = box;
            label.revalidate();
        }
        updateLabelVisibility();
    }

    /** The label's text and size, or null when it has no text. */
    String labelText() {
        return labelText(style).isEmpty() ? null : label.getText();
    }

    org.eclipse.draw2d.geometry.Dimension labelSize() {
        return label.getPreferredSize();
    }

    /** The label's bounds in diagram coordinates as drawn, or null when it is not shown. */
    org.eclipse.draw2d.geometry.Rectangle drawnLabelBounds() {
        return label.isVisible() ? label.getBounds().getCopy() : null;
    }

    private void updateLabelVisibility() {
        boolean visible = zoomedIn && !noRoom && !labelText(style).isEmpty();
        if (label.isVisible() != visible) {
            label.setVisible(visible);
        }
    }

    /**
     * Shows {@code text} instead of the link's own label (the label of a whole bus, carried by one of
     * its links), or the link's own again when null.
     */
    void setLabelOverride(String text) {
        if (java.util.Objects.equals(text, labelOverride)) {
            return;
        }
        labelOverride = text;
        label.setText(text != null ? text : labelText(style));
    }

    /** The bus label this link shows for its whole bus, or null. */
    String labelOverride() {
        return labelOverride;
    }

    /** The link's own label text, whatever its label shows. */
    String ownLabelText() {
        String text = labelText(style);
        return text.isEmpty() ? null : text;
    }

    void setStyle(EdgeStyle newStyle) {
        style = newStyle;
        label.setText(labelOverride != null ? labelOverride : labelText(newStyle));
        zoomedIn = colors.detailed();
        updateLabelVisibility();
        // the label's text leads the tooltip: it is how a label with no room on the canvas is read
        String tip = newStyle.problem() != null ? newStyle.problem() : newStyle.applied();
        String text = labelText(newStyle);
        String both = text.isEmpty() ? tip : tip == null ? text : text + "\n" + tip;
        setToolTip(both == null ? null : new Label(both));
        setLineStyle(newStyle.down() ? Graphics.LINE_DOT : newStyle.dashed() ? Graphics.LINE_DASH : Graphics.LINE_SOLID);
        applyColours();
    }

    EdgeStyle style() {
        return style;
    }

    void setSelected(boolean value) {
        selected = value;
        applyColours();
    }

    boolean isSelected() {
        return selected;
    }

    private boolean dimmed;

    /** Faded: a filter is on and an end of this link does not match it. Returns whether that changed anything. */
    boolean setDimmed(boolean value) {
        if (dimmed == value) {
            return false;
        }
        dimmed = value;
        repaint();
        return true;
    }

    boolean isDimmed() {
        return dimmed;
    }

    /** Shaping, then the measured rate when the link is watched: "1.5Mb 20ms · 1.2 Mb/s". */
    private static String labelText(EdgeStyle s) {
        String shaping = s.label() == null ? "" : s.label();
        if (s.load() == null) {
            return shaping;
        }
        return shaping.isEmpty() ? s.load() : shaping + " · " + s.load();
    }

    private void applyColours() {
        if (style.down() && !selected) {
            // a link taken down carries nothing: red and dotted whatever its last load, so it stands out
            setForegroundColor(colors.level(org.patchbay.ui.canvas.LiveBadge.Level.DOWN));
            setLineWidth(2);
            label.setForegroundColor(colors.level(org.patchbay.ui.canvas.LiveBadge.Level.DOWN));
            return;
        }
        if (style.problem() == null && !selected && style.loaded()) {
            setForegroundColor(colors.heat(style.utilization()));
            setLineWidth(style.utilization() < 0.01 ? 1 : 2 + (int) Math.round(style.utilization() * 6));
            // the label often hides a short link: busy links say so in its colour too
            label.setForegroundColor(style.utilization() >= 0.5 ? colors.heat(style.utilization()) : colors.text());
            return;
        }
        setForegroundColor(style.problem() != null ? colors.problem() : selected ? colors.selection() : colors.outline());
        setLineWidth(selected || style.problem() != null ? 3 : 1);
        label.setForegroundColor(style.problem() != null ? colors.problem() : colors.text());
    }
}
