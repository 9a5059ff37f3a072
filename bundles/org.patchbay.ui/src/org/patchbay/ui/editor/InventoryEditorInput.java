package org.patchbay.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.patchbay.model.Testbed;

/** What an inventory editor edits: a {@code .testbed} file loaded before the editor opens, or a new inventory not yet saved. */
public final class InventoryEditorInput implements IEditorInput {

    private final Path file;
    private final Testbed testbed;

    private InventoryEditorInput(Path file, Testbed testbed) {
        this.file = file;
        this.testbed = testbed;
    }

    public static InventoryEditorInput forFile(Path file, Testbed loaded) {
        return new InventoryEditorInput(file.toAbsolutePath(), loaded);
    }

    public static InventoryEditorInput untitled(Testbed fresh) {
        return new InventoryEditorInput(null, fresh);
    }

    /** The file behind the editor, or null for an inventory never saved. */
    public Path file() {
        return file;
    }

    public Testbed testbed() {
        return testbed;
    }

    @Override
    public boolean exists() {
        return file != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file != null ? file.getFileName().toString() : testbed.getName() + " (unsaved)";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file != null ? file.toString() : "A testbed inventory not saved yet";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == Testbed.class ? adapter.cast(testbed) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InventoryEditorInput input && (file != null ? file.equals(input.file) : testbed == input.testbed);
    }

    @Override
    public int hashCode() {
        return file != null ? file.hashCode() : System.identityHashCode(testbed);
    }
}
