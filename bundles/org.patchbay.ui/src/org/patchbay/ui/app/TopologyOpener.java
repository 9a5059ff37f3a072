package org.patchbay.ui.app;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.editor.ClusterEditorInput;
import org.patchbay.ui.editor.TopologyEditor;

/** Opens topologies in editors: files (loaded fully first) and templates by id. */
public final class TopologyOpener {

    private TopologyOpener() {
    }

    /**
     * Loads {@code file} and opens it. A file that cannot be read throws with the reason and no
     * editor is opened.
     */
    public static TopologyEditor openFile(IWorkbenchPage page, Path file) throws ClusterFileException, PartInitException {
        Cluster cluster = ClusterFiles.load(file, FileSizeLimit.bytes());
        return open(page, ClusterEditorInput.forFile(file, cluster));
    }

    /**
     * Loads {@code file} in a Job (never on the UI thread: a large file takes a while) and opens it
     * when loaded, unless the Job was cancelled; a file that cannot be read is reported on {@code failed}.
     */
    public static org.eclipse.core.runtime.jobs.Job openFileInBackground(IWorkbenchPage page, Path file, java.util.function.Consumer<String> failed) {
        return openFileInBackground(page, file, failed, editor -> { });
    }

    /** As above; {@code opened} hears the editor on the UI thread once the file is open. */
    public static org.eclipse.core.runtime.jobs.Job openFileInBackground(IWorkbenchPage page, Path file, java.util.function.Consumer<String> failed,
            java.util.function.Consumer<TopologyEditor> opened) {
        org.eclipse.swt.widgets.Display display = page.getWorkbenchWindow().getShell().getDisplay();
        long limit = FileSizeLimit.bytes();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Opening " + file.getFileName(), monitor -> {
            monitor.beginTask("Reading " + file, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
            try {
                Cluster cluster = ClusterFiles.load(file, limit);
                if (monitor.isCanceled()) {
                    return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> {
                    try {
                        opened.accept(open(page, ClusterEditorInput.forFile(file, cluster)));
                    } catch (PartInitException e) {
                        failed.accept(e.getMessage());
                    }
                });
                return org.eclipse.core.runtime.Status.OK_STATUS;
            } catch (ClusterFileException e) {
                display.asyncExec(() -> failed.accept(e.getMessage()));
                return org.eclipse.core.runtime.Status.info(e.getMessage());
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    public static TopologyEditor openNew(IWorkbenchPage page, Cluster fresh) throws PartInitException {
        return open(page, ClusterEditorInput.untitled(fresh));
    }

    private static TopologyEditor open(IWorkbenchPage page, ClusterEditorInput input) throws PartInitException {
        IEditorPart part = page.openEditor(input, TopologyEditor.ID);
        if (input.file() != null) {
            new RecentFiles().remember(input.file());
        }
        return (TopologyEditor) part;
    }

    /**
     * A fresh cluster for a template id: one of {@link TopologyTemplates#all()}, or
     * {@code cluster:N} (core/edge/host tree of N hosts) or {@code random:N} (N nodes, 1.5 links each).
     */
    public static Optional<Cluster> template(String id) {
        return TopologyTemplates.create(id);
    }
}
