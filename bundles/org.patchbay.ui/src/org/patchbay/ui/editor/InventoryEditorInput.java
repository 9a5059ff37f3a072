package org.patchbay.ui.editor;

import java.nio.file.Path;

import org.patchbay.model.Testbed;

/** What an inventory editor edits: a {@code .testbed} file, or a new inventory not yet saved. */
public final class InventoryEditorInput extends ModelFileInput<Testbed> {

    private InventoryEditorInput(Path file, Testbed testbed) {
        super(file, testbed, "A testbed inventory not saved yet");
    }

    public static InventoryEditorInput forFile(Path file, Testbed loaded) {
        return new InventoryEditorInput(file, loaded);
    }

    public static InventoryEditorInput untitled(Testbed fresh) {
        return new InventoryEditorInput(null, fresh);
    }

    public Testbed testbed() {
        return root();
    }
}
