package org.patchbay.ui.nsfile;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.nsfile.NsFileException;
import org.patchbay.nsfile.NsImport;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.layout.ElkArranger;

/**
 * File > Import NS File: the file is evaluated in a Job (a safe Tcl interpreter in its own process,
 * never on the UI thread), then opens as a new, unsaved topology and is arranged. A file that fails
 * names its line and the fix; warnings (commands Patchbay does not act on) are listed.
 */
public final class ImportNsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Import Emulab NS file");
        dialog.setFilterExtensions(new String[] {"*.ns;*.tcl", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(window, Path.of(chosen));
        }
        return null;
    }

    /** Imports {@code file} into a new editor; the Job is returned so tests and scripts can wait for it. */
    public static Job importFile(IWorkbenchWindow window, Path file) {
        Display display = window.getShell().getDisplay();
        Job job = Job.create("Importing NS file " + file.getFileName(), (IProgressMonitor monitor) -> {
            monitor.beginTask("Evaluating " + file.getFileName() + " in a safe Tcl interpreter", IProgressMonitor.UNKNOWN);
            try {
                NsImport.Result result = new NsImport().read(file);
                display.asyncExec(() -> open(window, result));
                return Status.OK_STATUS;
            } catch (NsFileException e) {
                display.asyncExec(() -> MessageDialog.openError(window.getShell(), "Cannot import NS file", e.getMessage()));
                return Status.info(e.getMessage());
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void open(IWorkbenchWindow window, NsImport.Result result) {
        if (window.getShell().isDisposed()) {
            return;
        }
        try {
            TopologyEditor editor = TopologyOpener.openNew(window.getActivePage(), result.cluster());
            editor.arrange(ElkArranger.Algorithm.AUTOMATIC);
            if (!result.warnings().isEmpty()) {
                String list = result.warnings().stream().limit(20).map(Object::toString).collect(Collectors.joining("\n"));
                String more = result.warnings().size() > 20 ? "\n… and " + (result.warnings().size() - 20) + " more" : "";
                editor.getEditorSite().getActionBars().getStatusLineManager()
                        .setMessage(result.warnings().size() + " NS commands were not acted on (see the message)");
                MessageDialog.openWarning(window.getShell(), "NS file imported with warnings",
                        "Imported " + result.cluster().getName() + ". Patchbay did not act on:\n\n" + list + more);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Cannot open the imported topology", e.getMessage());
        }
    }
}
