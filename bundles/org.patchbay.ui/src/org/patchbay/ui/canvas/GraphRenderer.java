package org.patchbay.ui.canvas;

import java.util.Collection;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Draws a graph and reports gestures on it. {@link TopologyViewer} talks only to this interface,
 * so the Draw2d renderer used here can be replaced (e.g. by Zest where a p2 site is reachable)
 * without touching the viewer, the editor or the model.
 */
public interface GraphRenderer {

    /** The palette tools a renderer understands besides creation tools, which are opaque objects. */
    enum Tool {
        SELECT, CONNECT
    }

    Control createControl(Composite parent);

    Control getControl();

    /**
     * A miniature of the whole graph with the visible part framed, for the Outline; pressing or
     * dragging in it moves the canvas there. Disposed with {@code parent}; may be called again.
     */
    Control createOverview(Composite parent);

    void setGestureListener(GraphGestureListener listener);

    void putNode(Object item, NodeStyle style);

    void putEdge(Object item, Object source, Object target, EdgeStyle style);

    void remove(Object item);

    /** The style a node is drawn with now, or null when it is not drawn (what a user sees, for automation and tests). */
    NodeStyle drawnNodeStyle(Object item);

    /** The style an edge is drawn with now, or null. */
    EdgeStyle drawnEdgeStyle(Object item);

    /** Where an edge's label is drawn (x, y, width, height in diagram coordinates), or null when it shows none. */
    int[] drawnLabelBounds(Object item);

    /** The points an edge is drawn through (x0, y0, x1, y1, ... in diagram coordinates), or null. */
    int[] drawnPoints(Object item);

    /** Items currently drawn, nodes and edges. */
    Collection<Object> items();

    void setSelection(Collection<?> items);

    List<Object> getSelection();

    /** {@link Tool#SELECT}, {@link Tool#CONNECT}, or a creation tool object given back in {@link GraphGestureListener#createRequested}. */
    void setTool(Object tool);

    Object getTool();

    double getZoom();

    void setZoom(double zoom);

    void zoomToFit();

    /** Converts a point of the control to diagram coordinates. */
    int[] toDiagram(int controlX, int controlY);

    /** The item (node or edge) drawn at a point of the control, or null. */
    Object itemAt(int controlX, int controlY);

    /** The centre of a node in control coordinates (for keyboard-less automation and tests). */
    int[] centreOnControl(Object item);

    void reveal(Object item);

    /** Draws these items faded (a filter shows what matches at full strength); every other item at full strength. */
    void setDimmed(Collection<?> items);

    /** Whether an item is drawn faded now (for automation and tests). */
    boolean isDimmed(Object item);

    /** Shows these transits (and only these) as animated markers between their items; items not drawn are skipped. */
    void setTransits(List<Transit> transits);

    /** The transits drawn now (for automation and tests). */
    List<Transit> transits();

    /** Runs all pending layout and paints now; returns when the paint has reached the display. */
    void paintNow();
}
