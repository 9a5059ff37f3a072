package org.patchbay.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo and Redo for a topology editor's command stack, labelled with what they will undo or redo. */
final class CommandStackActions implements CommandStackListener {

    final Action undo;
    final Action redo;
    private final CommandStack stack;

    CommandStackActions(CommandStack stack) {
        this.stack = stack;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo = new Action() {
            @Override
            public void run() {
                stack.undo();
            }
        };
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        undo.setId(ActionFactory.UNDO.getId());
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo = new Action() {
            @Override
            public void run() {
                stack.redo();
            }
        };
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        redo.setId(ActionFactory.REDO.getId());
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        stack.addCommandStackListener(this);
        update();
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        update();
    }

    void update() {
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? "&Undo " + label(stack.getUndoCommand().getLabel()) : "&Undo");
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? "&Redo " + label(stack.getRedoCommand().getLabel()) : "&Redo");
    }

    void dispose() {
        stack.removeCommandStackListener(this);
    }

    private static String label(String text) {
        return text == null ? "" : text;
    }
}
