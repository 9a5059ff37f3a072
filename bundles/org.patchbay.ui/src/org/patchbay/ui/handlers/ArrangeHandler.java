package org.patchbay.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.layout.ElkArranger;

/** Topology > Arrange: an ELK layout applied as one undoable step. Parameter "algorithm". */
public final class ArrangeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor) {
            String name = event.getParameter("org.patchbay.ui.commands.arrange.algorithm");
            ElkArranger.Algorithm algorithm = name == null ? ElkArranger.Algorithm.AUTOMATIC : ElkArranger.Algorithm.valueOf(name);
            editor.arrange(algorithm);
        }
        return null;
    }
}
