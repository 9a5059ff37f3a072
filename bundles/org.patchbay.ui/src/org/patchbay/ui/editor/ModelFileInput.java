package org.patchbay.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.patchbay.model.NamedElement;

/**
 * What an editor of a model file edits: the root loaded from its file before the editor opens (so
 * a damaged file fails in the Open command with a clear message and no half-open editor), or a new
 * root not saved yet. Two inputs are the same editor when they name the same file.
 */
abstract class ModelFileInput<T extends NamedElement> implements IEditorInput {

    private final Path file;
    private final T root;
    private final String unsavedTip;

    ModelFileInput(Path file, T root, String unsavedTip) {
        this.file = file == null ? null : file.toAbsolutePath();
        this.root = root;
        this.unsavedTip = unsavedTip;
    }

    /** The file behind the editor, or null for one never saved. */
    public Path file() {
        return file;
    }

    T root() {
        return root;
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
        return file != null ? file.getFileName().toString() : root.getName() + " (unsaved)";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file != null ? file.toString() : unsavedTip;
    }

    @Override
    public <A> A getAdapter(Class<A> adapter) {
        return adapter.isInstance(root) ? adapter.cast(root) : null;
    }

    @Override
    public boolean equals(Object other) {
        if (file == null) {
            return this == other;
        }
        return other != null && other.getClass() == getClass() && file.equals(((ModelFileInput<?>) other).file);
    }

    @Override
    public int hashCode() {
        return file == null ? System.identityHashCode(this) : Objects.hash(file);
    }
}
