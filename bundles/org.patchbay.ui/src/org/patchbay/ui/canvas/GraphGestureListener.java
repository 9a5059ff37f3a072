package org.patchbay.ui.canvas;

import java.util.List;
import java.util.Map;

/**
 * What a user did on the canvas, in terms of graph items. The renderer reports gestures; the
 * viewer's owner turns them into model commands (or refuses them), and the model change flows
 * back to the renderer. The renderer never changes the model itself.
 */
public interface GraphGestureListener {

    void selectionChanged(List<Object> selection);

    /** Items were dragged; the map holds each item's new top-left corner in diagram coordinates. */
    void moveRequested(Map<Object, int[]> newPositions);

    void connectRequested(Object source, Object target);

    /** A palette entry ({@code tool}) was dropped or clicked at (x, y) in diagram coordinates. */
    void createRequested(Object tool, int x, int y);

    /** Double-click on an item. */
    void openRequested(Object item);
}
