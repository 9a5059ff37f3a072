package org.patchbay.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.editor.TopologyEditor;

/** Zoom in, out, to fit or to 100 %: parameter "how" = in | out | fit | actual. */
public final class ZoomHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor) {
            GraphRenderer renderer = editor.viewer().renderer();
            String how = event.getParameter("org.patchbay.ui.commands.zoom.how");
            switch (how == null ? "fit" : how) {
                case "in" -> renderer.setZoom(renderer.getZoom() * 1.25);
                case "out" -> renderer.setZoom(renderer.getZoom() / 1.25);
                case "actual" -> renderer.setZoom(1);
                default -> renderer.zoomToFit();
            }
        }
        return null;
    }
}
