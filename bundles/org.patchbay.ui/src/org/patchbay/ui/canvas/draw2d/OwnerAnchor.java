package org.patchbay.ui.canvas.draw2d;

import org.eclipse.draw2d.AnchorListener;
import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.IFigure;

/**
 * A chopbox anchor that follows its own box only. Draw2d's anchors also listen to every ancestor of
 * their box (for scrolling and zooming, which move nothing in diagram coordinates here); with
 * thousands of links that puts tens of thousands of listeners on each layer, and every change of
 * a layer's extent walks them all, which made dragging a few nodes at 5 000 nodes slow.
 */
final class OwnerAnchor extends ChopboxAnchor {

    private final FigureListener ownerMoved = source -> fireAnchorMoved();

    OwnerAnchor(IFigure owner) {
        super(owner);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addAnchorListener(AnchorListener listener) {
        if (listener == null) {
            return;
        }
        if (listeners.isEmpty()) {
            getOwner().addFigureListener(ownerMoved);
        }
        listeners.add(listener);
    }

    @Override
    public void removeAnchorListener(AnchorListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            getOwner().removeFigureListener(ownerMoved);
        }
    }
}
