package org.patchbay.ui.canvas.draw2d;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.FreeformViewport;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PrecisionPoint;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.patchbay.ui.canvas.EdgeStyle;
import org.patchbay.ui.canvas.GraphGestureListener;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.canvas.BusRouting;
import org.patchbay.ui.canvas.LabelPlacement;
import org.patchbay.ui.canvas.NodeStyle;

/**
 * The Draw2d renderer: a zoomable freeform canvas with node figures, connections and a feedback
 * layer for rubber bands and link drags. Gestures are read from raw SWT mouse events on the canvas
 * (hit-tested against the figures), which keeps them scriptable by posting SWT events in tests.
 */
public final class Draw2dGraphRenderer implements GraphRenderer {

    private static final double MIN_ZOOM = 0.02;
    private static final double MAX_ZOOM = 4;
    private static final int DRAG_THRESHOLD = 3;
    /** Below this zoom, text is too small to read: figures draw as plain boxes and link labels hide. */
    private static final double DETAIL_ZOOM = 0.5;
    /** Above this many links, lines are drawn without antialiasing. */
    private static final int FAST_LINES_ABOVE = 1000;

    private final Map<Object, ElementFigure> nodes = new LinkedHashMap<>();
    private final Map<Object, EdgeFigure> edges = new LinkedHashMap<>();
    private final Map<IFigure, Object> itemsByFigure = new HashMap<>();
    private final Set<Object> selection = new java.util.LinkedHashSet<>();

    private FigureCanvas canvas;
    private ScalableFreeformLayeredPane pane;
    private FreeformLayer primary;
    private ConnectionLayer connections;
    private FreeformLayer feedback;
    private BulkPaintLayer bulk;
    private ElementFigure.FigureColors colors;
    private GraphGestureListener listener;
    private Object tool = Tool.SELECT;
    private Gesture gesture;
    private boolean labelsDirty;
    private boolean placementScheduled;
    private final List<OverviewCanvas> overviews = new ArrayList<>();
    private TransitLayer transits;

    /** A press that may become a click, a move, a connection or a rubber band. */
    private static final class Gesture {
        final int startX;
        final int startY;
        final Object pressedItem;
        boolean dragging;
        Map<Object, Rectangle> originalBounds;
        IFigure feedbackFigure;

        Gesture(int x, int y, Object item) {
            startX = x;
            startY = y;
            pressedItem = item;
        }
    }

    @Override
    public Control createControl(Composite parent) {
        canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.setViewport(new FreeformViewport());
        colors = new ElementFigure.FigureColors(parent.getDisplay(), canvas.getFont());
        pane = new ScalableFreeformLayeredPane();
        primary = new FreeformLayer();
        primary.setLayoutManager(new FreeformLayout());
        connections = new ConnectionLayer();
        feedback = new FreeformLayer();
        pane.add(primary, "primary");
        pane.add(connections, "connections");
        pane.add(feedback, "feedback");
        transits = new TransitLayer(colors, item -> {
            ElementFigure figure = nodes.get(item);
            return figure == null ? null : (Rectangle) primary.getLayoutManager().getConstraint(figure);
        });
        pane.add(transits, "transits");
        // The bulk layer sits outside the scaled pane, so it draws with unscaled, path-capable
        // graphics, and beneath it, so boxes cover the inner ends of centre-to-centre links.
        bulk = new BulkPaintLayer(colors, new BulkPaintLayer.Source() {
            @Override
            public Collection<ElementFigure> elements() {
                return nodes.values();
            }

            @Override
            public Collection<EdgeFigure> edges() {
                return edges.values();
            }

            @Override
            public Rectangle boundsOf(ElementFigure figure) {
                return (Rectangle) primary.getLayoutManager().getConstraint(figure);
            }

            @Override
            public double scale() {
                return pane.getScale();
            }
        });
        org.eclipse.draw2d.FreeformLayeredPane root = new org.eclipse.draw2d.FreeformLayeredPane();
        root.add(bulk, "bulk");
        root.add(pane, "scaled");
        canvas.setContents(root);
        canvas.getViewport().setContentsTracksWidth(false);
        canvas.getViewport().setContentsTracksHeight(false);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                cancelGesture();
                setTool(Tool.SELECT);
            }
        });
        canvas.addDisposeListener(e -> colors.dispose());
        return canvas;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public Control createOverview(Composite parent) {
        OverviewCanvas overview = new OverviewCanvas(parent, canvas, colors, () -> new OverviewCanvas.Source() {
            @Override
            public Collection<ElementFigure> elements() {
                return nodes.values();
            }

            @Override
            public Rectangle boundsOf(ElementFigure figure) {
                return (Rectangle) primary.getLayoutManager().getConstraint(figure);
            }

            @Override
            public double scale() {
                return pane.getScale();
            }
        });
        overviews.add(overview);
        overview.control().addDisposeListener(e -> overviews.remove(overview));
        overview.control().setData(OverviewCanvas.class.getName(), overview);
        return overview.control();
    }

    /** The overview's frame (the visible part of the canvas) in its pixels: x, y, width, height; for tests. */
    public static int[] overviewFrame(Control overview) {
        return ((OverviewCanvas) overview.getData(OverviewCanvas.class.getName())).frame();
    }

    @Override
    public void setGestureListener(GraphGestureListener gestureListener) {
        listener = gestureListener;
    }

    private void bulkChanged() {
        if (!colors.detailed() || colors.fastLines()) {
            bulk.repaint();
        }
        overviews.forEach(OverviewCanvas::redrawSoon);
    }

    @Override
    public void putNode(Object item, NodeStyle style) {
        bulkChanged();
        ElementFigure figure = nodes.get(item);
        Rectangle bounds = new Rectangle(style.x(), style.y(), style.width(), style.height());
        if (figure == null) {
            figure = new ElementFigure(colors, style);
            figure.setSelected(selection.contains(item));
            nodes.put(item, figure);
            itemsByFigure.put(figure, item);
            primary.add(figure, bounds);
            labelsChanged();
        } else {
            figure.setStyle(style);
            if (!bounds.equals(primary.getLayoutManager().getConstraint(figure))) {
                primary.setConstraint(figure, bounds);
                labelsChanged();
            }
        }
    }

    @Override
    public void putEdge(Object item, Object source, Object target, EdgeStyle style) {
        bulkChanged();
        ElementFigure from = nodes.get(source);
        ElementFigure to = nodes.get(target);
        if (from == null || to == null) {
            remove(item);
            return;
        }
        EdgeFigure edge = edges.get(item);
        if (edge == null) {
            edge = new EdgeFigure(colors, from, to, style);
            edge.setSelected(selection.contains(item));
            edges.put(item, edge);
            itemsByFigure.put(edge, item);
            connections.add(edge);
            colors.setFastLines(edges.size() > FAST_LINES_ABOVE);
            labelsChanged();
        } else {
            String before = edge.ownLabelText();
            boolean endsChanged = edge.getSourceAnchor().getOwner() != from || edge.getTargetAnchor().getOwner() != to;
            edge.setEnds(from, to);
            edge.setStyle(style);
            if (endsChanged || !java.util.Objects.equals(before, edge.ownLabelText())) {
                labelsChanged();
            }
        }
    }

    /** Labels must find their places again (a box moved, a label's text changed): done once per UI turn. */
    private void labelsChanged() {
        labelsDirty = true;
        if (!placementScheduled && canvas != null && !canvas.isDisposed()) {
            placementScheduled = true;
            canvas.getDisplay().asyncExec(() -> {
                placementScheduled = false;
                placeLabels();
            });
        }
    }

    /** Places every link label clear of the boxes and of each other (see {@link LabelPlacement}). */
    private void placeLabels() {
        if (!labelsDirty || canvas == null || canvas.isDisposed()) {
            return;
        }
        labelsDirty = false;
        List<LabelPlacement.Box> boxes = new ArrayList<>(nodes.size());
        Map<Object, LabelPlacement.Box> boxesByItem = new HashMap<>();
        for (Map.Entry<Object, ElementFigure> node : nodes.entrySet()) {
            Rectangle r = (Rectangle) primary.getLayoutManager().getConstraint(node.getValue());
            LabelPlacement.Box box = new LabelPlacement.Box(r.x, r.y, r.width, r.height);
            boxes.add(box);
            boxesByItem.put(node.getKey(), box);
        }
        Map<Object, BusRouting.Route> routes = routeLinks(boxesByItem);
        Set<EdgeFigure> sharing = shareBusLabels(routes);
        List<LabelPlacement.Label> labels = new ArrayList<>();
        for (Map.Entry<Object, EdgeFigure> entry : edges.entrySet()) {
            EdgeFigure edge = entry.getValue();
            if (sharing.contains(edge)) {
                continue;
            }
            if (edge.labelText() != null) {
                org.eclipse.draw2d.geometry.Dimension size = edge.labelSize();
                BusRouting.Route route = routes.get(entry.getKey());
                if (route != null) {
                    // a bus's label beside its trunk; a link of a bus with labels of its own, along its drop onto the host
                    int[] line = edge.labelOverride() != null ? route.trunk() : java.util.Arrays.copyOfRange(route.points(), route.points().length - 4,
                            route.points().length);
                    labels.add(new LabelPlacement.Label(edge, line[0], line[1], line[2], line[3], size.width, size.height));
                    continue;
                }
                Rectangle a = (Rectangle) primary.getLayoutManager().getConstraint(edge.getSourceAnchor().getOwner());
                Rectangle b = (Rectangle) primary.getLayoutManager().getConstraint(edge.getTargetAnchor().getOwner());
                labels.add(new LabelPlacement.Label(edge, a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2,
                        size.width, size.height));
            }
        }
        Map<Object, LabelPlacement.Box> placed = LabelPlacement.place(boxes, labels);
        for (LabelPlacement.Label label : labels) {
            ((EdgeFigure) label.link()).placeLabel(placed.get(label.link()));
        }
        // the other links of a bus with one label show none of their own (their text stays in their tooltips)
        sharing.forEach(edge -> edge.placeLabel(null));
    }

    /**
     * Where all the links of a bus carry the same label ("100Mb"), one of them shows it for the bus
     * ("14 × 100Mb") beside the trunk and the others show none: the drops onto the hosts leave no room
     * for a label each. Answers the links that show none.
     */
    private Set<EdgeFigure> shareBusLabels(Map<Object, BusRouting.Route> routes) {
        Map<Object, List<EdgeFigure>> byHub = new LinkedHashMap<>();
        for (Map.Entry<Object, EdgeFigure> edge : edges.entrySet()) {
            BusRouting.Route route = routes.get(edge.getKey());
            if (route != null) {
                byHub.computeIfAbsent(route.hub(), hub -> new ArrayList<>()).add(edge.getValue());
            } else {
                edge.getValue().setLabelOverride(null);
            }
        }
        Set<EdgeFigure> quiet = new HashSet<>();
        for (List<EdgeFigure> bus : byHub.values()) {
            String text = bus.get(0).ownLabelText();
            boolean same = text != null && bus.stream().allMatch(edge -> text.equals(edge.ownLabelText()));
            for (int i = 0; i < bus.size(); i++) {
                bus.get(i).setLabelOverride(same && i == 0 ? bus.size() + " × " + text : null);
                if (same && i > 0) {
                    quiet.add(bus.get(i));
                }
            }
        }
        return quiet;
    }

    /** A switch's hosts in rows below it get bus routes ({@link BusRouting}); every other link stays straight. */
    private Map<Object, BusRouting.Route> routeLinks(Map<Object, LabelPlacement.Box> boxes) {
        List<BusRouting.Link> links = new ArrayList<>(edges.size());
        for (Map.Entry<Object, EdgeFigure> edge : edges.entrySet()) {
            Object a = itemsByFigure.get(edge.getValue().getSourceAnchor().getOwner());
            Object b = itemsByFigure.get(edge.getValue().getTargetAnchor().getOwner());
            if (a != null && b != null) {
                links.add(new BusRouting.Link(edge.getKey(), a, b));
            }
        }
        Map<Object, BusRouting.Route> routes = BusRouting.route(boxes, links);
        boolean changed = false;
        for (Map.Entry<Object, EdgeFigure> edge : edges.entrySet()) {
            BusRouting.Route route = routes.get(edge.getKey());
            int[] points = route == null ? null : route.points();
            changed |= !java.util.Arrays.equals(points, edge.getValue().route());
            edge.getValue().setRoute(points);
        }
        if (changed) {
            bulkChanged();
        }
        return routes;
    }

    @Override
    public int[] drawnPoints(Object item) {
        placeLabels();
        canvas.getViewport().validate();
        EdgeFigure edge = edges.get(item);
        if (edge == null) {
            return null;
        }
        org.eclipse.draw2d.geometry.PointList points = edge.getPoints();
        int[] flat = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            Point p = points.getPoint(i);
            flat[2 * i] = p.x;
            flat[2 * i + 1] = p.y;
        }
        return flat;
    }

    @Override
    public void setDimmed(Collection<?> items) {
        Set<Object> next = new HashSet<>(items);
        boolean changed = false;
        for (Map.Entry<Object, ElementFigure> node : nodes.entrySet()) {
            changed |= node.getValue().setDimmed(next.contains(node.getKey()));
        }
        for (Map.Entry<Object, EdgeFigure> edge : edges.entrySet()) {
            EdgeFigure figure = edge.getValue();
            changed |= figure.setDimmed(next.contains(edge.getKey()) || next.contains(itemsByFigure.get(figure.getSourceAnchor().getOwner()))
                    || next.contains(itemsByFigure.get(figure.getTargetAnchor().getOwner())));
        }
        if (changed) {
            // a filter asked again on every live update mostly changes nothing: repaint only when it did
            bulkChanged();
        }
    }

    @Override
    public boolean isDimmed(Object item) {
        ElementFigure node = nodes.get(item);
        if (node != null) {
            return node.isDimmed();
        }
        EdgeFigure edge = edges.get(item);
        return edge != null && edge.isDimmed();
    }

    @Override
    public void setTransits(List<org.patchbay.ui.canvas.Transit> next) {
        transits.set(next);
    }

    @Override
    public List<org.patchbay.ui.canvas.Transit> transits() {
        return transits.shown();
    }

    @Override
    public int[] drawnLabelBounds(Object item) {
        placeLabels();
        canvas.getViewport().validate();
        EdgeFigure edge = edges.get(item);
        Rectangle bounds = edge == null ? null : edge.drawnLabelBounds();
        return bounds == null ? null : new int[] {bounds.x, bounds.y, bounds.width, bounds.height};
    }

    @Override
    public void remove(Object item) {
        bulkChanged();
        ElementFigure node = nodes.remove(item);
        if (node != null) {
            primary.remove(node);
            itemsByFigure.remove(node);
            labelsChanged();
        }
        EdgeFigure edge = edges.remove(item);
        if (edge != null) {
            connections.remove(edge);
            itemsByFigure.remove(edge);
            labelsChanged();
        }
        selection.remove(item);
    }

    @Override
    public NodeStyle drawnNodeStyle(Object item) {
        ElementFigure figure = nodes.get(item);
        return figure == null ? null : figure.style();
    }

    @Override
    public EdgeStyle drawnEdgeStyle(Object item) {
        EdgeFigure figure = edges.get(item);
        return figure == null ? null : figure.style();
    }

    @Override
    public Collection<Object> items() {
        List<Object> all = new ArrayList<>(nodes.keySet());
        all.addAll(edges.keySet());
        return all;
    }

    @Override
    public void setSelection(Collection<?> items) {
        Set<Object> wanted = new HashSet<>();
        for (Object item : items) {
            if (nodes.containsKey(item) || edges.containsKey(item)) {
                wanted.add(item);
            }
        }
        for (Object item : new ArrayList<>(selection)) {
            if (!wanted.contains(item)) {
                mark(item, false);
            }
        }
        selection.retainAll(wanted);
        for (Object item : items) {
            if (wanted.contains(item) && selection.add(item)) {
                mark(item, true);
            }
        }
    }

    @Override
    public List<Object> getSelection() {
        return new ArrayList<>(selection);
    }

    @Override
    public void setTool(Object newTool) {
        tool = newTool == null ? Tool.SELECT : newTool;
        if (canvas != null && !canvas.isDisposed()) {
            canvas.setCursor(canvas.getDisplay().getSystemCursor(tool == Tool.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
        }
    }

    @Override
    public Object getTool() {
        return tool;
    }

    @Override
    public double getZoom() {
        return pane.getScale();
    }

    @Override
    public void setZoom(double zoom) {
        double scale = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        boolean detailed = scale >= DETAIL_ZOOM;
        if (detailed != colors.detailed()) {
            colors.setDetailed(detailed);
            edges.values().forEach(edge -> edge.showLabel(detailed));
        }
        pane.setScale(scale);
        bulk.repaint();
        overviews.forEach(OverviewCanvas::redrawSoon);
    }

    @Override
    public void zoomToFit() {
        Rectangle extent = null;
        for (ElementFigure figure : nodes.values()) {
            Rectangle b = (Rectangle) primary.getLayoutManager().getConstraint(figure);
            extent = extent == null ? b.getCopy() : extent.union(b);
        }
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        if (extent == null || area.width <= 0 || area.height <= 0) {
            setZoom(1);
            return;
        }
        extent.expand(24, 24);
        // Fit inside the area left when scrollbars show, and never enlarge past 100 %.
        int scrollbar = 20;
        double zoom = Math.min((double) (area.width - scrollbar) / extent.width, (double) (area.height - scrollbar) / extent.height);
        setZoom(Math.min(1.0, zoom));
        canvas.getViewport().validate();
        double scale = pane.getScale();
        canvas.scrollTo((int) Math.floor(extent.x * scale), (int) Math.floor(extent.y * scale));
    }

    @Override
    public int[] toDiagram(int controlX, int controlY) {
        PrecisionPoint p = new PrecisionPoint(controlX, controlY);
        primary.translateToRelative(p);
        return new int[] {(int) Math.round(p.preciseX), (int) Math.round(p.preciseY)};
    }

    @Override
    public int[] centreOnControl(Object item) {
        ElementFigure figure = nodes.get(item);
        if (figure == null) {
            throw new IllegalArgumentException("not drawn: " + item);
        }
        canvas.getViewport().validate();
        Point centre = figure.getBounds().getCenter().getCopy();
        figure.translateToAbsolute(centre);
        return new int[] {centre.x, centre.y};
    }

    @Override
    public void reveal(Object item) {
        ElementFigure figure = nodes.get(item);
        if (figure != null) {
            canvas.getViewport().validate();
            Rectangle b = figure.getBounds().getCopy();
            figure.translateToAbsolute(b);
            org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
            if (!new Rectangle(area.x, area.y, area.width, area.height).contains(b)) {
                Point view = canvas.getViewport().getViewLocation();
                canvas.scrollTo(view.x + b.x - area.width / 2 + b.width / 2, view.y + b.y - area.height / 2 + b.height / 2);
            }
        }
    }

    @Override
    public void paintNow() {
        placeLabels();
        canvas.getViewport().validate();
        canvas.getLightweightSystem().getUpdateManager().performUpdate();
        canvas.update();
    }

    @Override
    public Object itemAt(int x, int y) {
        IFigure figure = canvas.getLightweightSystem().getRootFigure().findFigureAt(x, y);
        while (figure != null) {
            Object item = itemsByFigure.get(figure);
            if (item != null) {
                return item;
            }
            figure = figure.getParent();
        }
        return null;
    }

    private void mark(Object item, boolean selected) {
        bulkChanged();
        ElementFigure node = nodes.get(item);
        if (node != null) {
            node.setSelected(selected);
        }
        EdgeFigure edge = edges.get(item);
        if (edge != null) {
            edge.setSelected(selected);
        }
    }

    private void mouseDown(Event e) {
        if (e.button == 3) {
            // A right-click acts on what is under the cursor: it joins nothing, it replaces the
            // selection unless it lands on something already selected (then the menu is for all).
            Object item = itemAt(e.x, e.y);
            if (item == null) {
                changeSelection(List.of());
            } else if (!selection.contains(item)) {
                changeSelection(List.of(item));
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        canvas.setFocus();
        Object item = itemAt(e.x, e.y);
        gesture = new Gesture(e.x, e.y, item);
        if (tool == Tool.SELECT && item != null) {
            boolean toggle = (e.stateMask & SWT.MOD1) != 0;
            if (toggle) {
                List<Object> next = getSelection();
                if (!next.remove(item)) {
                    next.add(item);
                }
                changeSelection(next);
            } else if (!selection.contains(item)) {
                changeSelection(List.of(item));
            }
        }
    }

    private void mouseMove(Event e) {
        if (gesture == null) {
            return;
        }
        if (!gesture.dragging) {
            if (Math.abs(e.x - gesture.startX) < DRAG_THRESHOLD && Math.abs(e.y - gesture.startY) < DRAG_THRESHOLD) {
                return;
            }
            startDrag();
        }
        if (gesture.originalBounds != null) {
            double scale = pane.getScale();
            int dx = (int) Math.round((e.x - gesture.startX) / scale);
            int dy = (int) Math.round((e.y - gesture.startY) / scale);
            gesture.originalBounds.forEach((item, bounds) -> primary.setConstraint(nodes.get(item), bounds.getTranslated(dx, dy)));
            bulkChanged();
        } else if (gesture.feedbackFigure instanceof Polyline line) {
            int[] end = toDiagram(e.x, e.y);
            line.setEndpoints(line.getStart(), new Point(end[0], end[1]));
        } else if (gesture.feedbackFigure != null) {
            int[] a = toDiagram(gesture.startX, gesture.startY);
            int[] b = toDiagram(e.x, e.y);
            gesture.feedbackFigure.setBounds(new Rectangle(new Point(a[0], a[1]), new Point(b[0], b[1])));
        }
    }

    private void startDrag() {
        gesture.dragging = true;
        Object pressed = gesture.pressedItem;
        if (tool == Tool.CONNECT && pressed != null && nodes.containsKey(pressed)) {
            Polyline line = new Polyline();
            line.setLineStyle(org.eclipse.draw2d.Graphics.LINE_DASH);
            line.setLineWidth(2);
            line.setForegroundColor(colors.selection());
            Point centre = nodes.get(pressed).getBounds().getCenter();
            line.setEndpoints(centre, centre);
            feedback.add(line);
            gesture.feedbackFigure = line;
        } else if (tool == Tool.SELECT && pressed != null && nodes.containsKey(pressed)) {
            gesture.originalBounds = new LinkedHashMap<>();
            for (Object item : selection) {
                ElementFigure figure = nodes.get(item);
                if (figure != null) {
                    gesture.originalBounds.put(item, ((Rectangle) primary.getLayoutManager().getConstraint(figure)).getCopy());
                }
            }
            // a bus route is fixed points: the links of what moves follow it as straight lines until it lands
            Set<ElementFigure> moving = new HashSet<>();
            gesture.originalBounds.keySet().forEach(item -> moving.add(nodes.get(item)));
            for (EdgeFigure edge : edges.values()) {
                if (edge.route() != null && (moving.contains(edge.getSourceAnchor().getOwner()) || moving.contains(edge.getTargetAnchor().getOwner()))) {
                    edge.setRoute(null);
                }
            }
        } else if (tool == Tool.SELECT && pressed == null) {
            RectangleFigure band = new RectangleFigure();
            band.setFill(false);
            band.setLineStyle(org.eclipse.draw2d.Graphics.LINE_DOT);
            band.setForegroundColor(colors.selection());
            feedback.add(band);
            gesture.feedbackFigure = band;
        }
    }

    private void mouseUp(Event e) {
        Gesture finished = gesture;
        gesture = null;
        if (finished == null || e.button != 1) {
            return;
        }
        if (finished.feedbackFigure != null) {
            feedback.remove(finished.feedbackFigure);
        }
        if (!finished.dragging) {
            click(finished, e);
            return;
        }
        if (finished.originalBounds != null) {
            Map<Object, int[]> moved = new LinkedHashMap<>();
            finished.originalBounds.forEach((item, bounds) -> {
                Rectangle now = (Rectangle) primary.getLayoutManager().getConstraint(nodes.get(item));
                moved.put(item, new int[] {now.x, now.y});
                // Back to the model's position: the move is only real once the model says so.
                primary.setConstraint(nodes.get(item), bounds);
            });
            // routes again where the nodes are (the model moves them, or leaves them where they were)
            labelsChanged();
            if (listener != null) {
                listener.moveRequested(moved);
            }
        } else if (finished.feedbackFigure instanceof Polyline) {
            Object target = itemAt(e.x, e.y);
            if (listener != null && target != null && nodes.containsKey(target)) {
                listener.connectRequested(finished.pressedItem, target);
            }
        } else if (finished.feedbackFigure != null) {
            int[] a = toDiagram(finished.startX, finished.startY);
            int[] b = toDiagram(e.x, e.y);
            Rectangle band = new Rectangle(new Point(a[0], a[1]), new Point(b[0], b[1]));
            List<Object> chosen = (e.stateMask & SWT.MOD1) != 0 ? getSelection() : new ArrayList<>();
            nodes.forEach((item, figure) -> {
                if (band.intersects((Rectangle) primary.getLayoutManager().getConstraint(figure)) && !chosen.contains(item)) {
                    chosen.add(item);
                }
            });
            changeSelection(chosen);
        }
    }

    private void click(Gesture finished, Event e) {
        if (tool == Tool.SELECT) {
            if (finished.pressedItem == null && (e.stateMask & SWT.MOD1) == 0) {
                changeSelection(List.of());
            } else if (finished.pressedItem != null && (e.stateMask & SWT.MOD1) == 0 && selection.size() > 1) {
                changeSelection(List.of(finished.pressedItem));
            }
        } else if (tool != Tool.CONNECT && listener != null) {
            int[] at = toDiagram(e.x, e.y);
            Object creation = tool;
            setTool(Tool.SELECT);
            listener.createRequested(creation, at[0], at[1]);
        }
    }

    private void doubleClick(Event e) {
        Object item = itemAt(e.x, e.y);
        if (item != null && listener != null) {
            listener.openRequested(item);
        }
    }

    /** Ctrl+wheel zooms about the point under the cursor: what is under it stays under it. */
    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            double before = getZoom();
            org.eclipse.draw2d.geometry.Point view = canvas.getViewport().getViewLocation();
            double diagramX = (view.x + e.x) / before;
            double diagramY = (view.y + e.y) / before;
            setZoom(before * (e.count > 0 ? 1.15 : 1 / 1.15));
            canvas.getViewport().validate();
            double after = getZoom();
            canvas.scrollTo((int) Math.round(diagramX * after - e.x), (int) Math.round(diagramY * after - e.y));
        }
    }

    private void cancelGesture() {
        if (gesture != null && gesture.feedbackFigure != null) {
            feedback.remove(gesture.feedbackFigure);
        }
        if (gesture != null && gesture.originalBounds != null) {
            gesture.originalBounds.forEach((item, bounds) -> primary.setConstraint(nodes.get(item), bounds));
        }
        gesture = null;
    }

    private void changeSelection(List<Object> next) {
        setSelection(next);
        if (listener != null) {
            listener.selectionChanged(getSelection());
        }
    }
}
