package org.patchbay.ui.properties;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/**
 * A refused value shown where it is typed: an error mark at the Properties cell while its text is
 * invalid, the reason as the mark's hover text (the status line says it too). The decoration is kept
 * on the cell's control under {@link #KEY}.
 */
public final class FieldRefusal {

    public static final String KEY = "patchbay.refusal";

    private FieldRefusal() {
    }

    /** {@code editor}, with its validator's refusals marked at the field as the user types. */
    public static TextCellEditor marked(TextCellEditor editor) {
        ControlDecoration mark = new ControlDecoration(editor.getControl(), SWT.LEFT | SWT.TOP);
        mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        mark.setShowHover(true);
        mark.hide();
        editor.getControl().setData(KEY, mark);
        editor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                if (newValidState) {
                    mark.hide();
                } else {
                    // the reason shows when the pointer is on the mark; a hover opened here would take the focus and end the edit
                    mark.setDescriptionText(editor.getErrorMessage());
                    mark.show();
                }
            }

            @Override
            public void applyEditorValue() {
                // a refused value is not applied: its mark stays until the text is valid
                if (editor.isValueValid()) {
                    mark.hide();
                    mark.hideHover();
                }
            }

            @Override
            public void cancelEditor() {
                mark.hide();
                mark.hideHover();
            }
        });
        return editor;
    }
}
