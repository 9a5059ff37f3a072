package org.patchbay.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.patchbay.model.Cluster;

/**
 * What a topology editor edits: a {@code .cluster} file, or a new topology not yet saved. The
 * cluster is loaded before the editor opens, so a damaged file fails in the Open command with a
 * clear message and no half-open editor.
 */
public final class ClusterEditorInput implements IEditorInput {

    private final Path file;
    private final Cluster cluster;

    private ClusterEditorInput(Path file, Cluster cluster) {
        this.file = file;
        this.cluster = cluster;
    }

    public static ClusterEditorInput forFile(Path file, Cluster loaded) {
        return new ClusterEditorInput(file.toAbsolutePath(), loaded);
    }

    public static ClusterEditorInput untitled(Cluster fresh) {
        return new ClusterEditorInput(null, fresh);
    }

    /** The file behind the editor, or null for a topology never saved. */
    public Path file() {
        return file;
    }

    public Cluster cluster() {
        return cluster;
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
        return file != null ? file.getFileName().toString() : cluster.getName() + " (unsaved)";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file != null ? file.toString() : "New topology, not saved yet";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        if (file == null) {
            return this == other;
        }
        return other instanceof ClusterEditorInput input && file.equals(input.file);
    }

    @Override
    public int hashCode() {
        return file == null ? System.identityHashCode(this) : Objects.hash(file);
    }
}
