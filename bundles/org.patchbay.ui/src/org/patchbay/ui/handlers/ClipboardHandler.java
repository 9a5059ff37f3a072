package org.patchbay.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.editor.TopologyEditor;

/** Edit > Duplicate (Ctrl+D), Copy (Ctrl+C), Paste (Ctrl+V) on the canvas: the editor's copies of nodes, switches and LANs with their links. */
public final class ClipboardHandler extends AbstractHandler {

    public static final String ACTION_PARAMETER = "org.patchbay.ui.commands.clipboard.action";

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor)) {
            return null;
        }
        String action = event.getParameter(ACTION_PARAMETER);
        if ("copy".equals(action)) {
            editor.copySelection();
            return null;
        }
        return "paste".equals(action) ? editor.paste() : editor.duplicateSelection();
    }
}
