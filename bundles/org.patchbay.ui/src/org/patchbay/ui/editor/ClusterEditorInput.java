package org.patchbay.ui.editor;

import java.nio.file.Path;

import org.patchbay.model.Cluster;

/** What a topology editor edits: a {@code .cluster} file, or a new topology not yet saved. */
public final class ClusterEditorInput extends ModelFileInput<Cluster> {

    private ClusterEditorInput(Path file, Cluster cluster) {
        super(file, cluster, "New topology, not saved yet");
    }

    public static ClusterEditorInput forFile(Path file, Cluster loaded) {
        return new ClusterEditorInput(file, loaded);
    }

    public static ClusterEditorInput untitled(Cluster fresh) {
        return new ClusterEditorInput(null, fresh);
    }

    public Cluster cluster() {
        return root();
    }
}
