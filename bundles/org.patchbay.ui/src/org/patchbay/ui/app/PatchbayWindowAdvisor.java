package org.patchbay.ui.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.layout.ElkArranger;

final class PatchbayWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final int SCREENSHOT_SETTLE_MS = 1500;
    private static final long LAB_SCREENSHOT_WAIT_MS = 45_000;

    private final LaunchOptions options;

    PatchbayWindowAdvisor(IWorkbenchWindowConfigurer configurer, LaunchOptions options) {
        super(configurer);
        this.options = options;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new PatchbayActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1440, 900));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("Patchbay");
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        Shell shell = getWindowConfigurer().getWindow().getShell();
        options.errors().forEach(error -> report(shell, error));
        TopologyEditor editor = null;
        try {
            if (options.maxFileSizeMb() > 0) {
                FileSizeLimit.set(options.maxFileSizeMb());
            }
            if (options.open() != null) {
                // read in a Job, as File > Open does: the window shows at once and stays live however big the file
                TopologyOpener.openFileInBackground(page, options.open(), message -> {
                    report(shell, message);
                    opened(page, shell, null);
                }, loaded -> opened(page, shell, loaded));
                return;
            } else if (options.template() != null) {
                var cluster = TopologyOpener.template(options.template());
                if (cluster.isEmpty()) {
                    report(shell, "There is no template '" + options.template() + "'. Use one of "
                            + String.join(", ", TopologyTemplates.all().stream().map(TopologyTemplates.Template::id).toList())
                            + ", cluster:N or random:N.");
                } else {
                    editor = TopologyOpener.openNew(page, cluster.get());
                }
            }
        } catch (Exception e) {
            report(shell, e.getMessage());
        }
        opened(page, shell, editor);
    }

    /** What the launch asks for once its topology is open (or failed to open: {@code editor} null): Arrange, the lab, the screenshot. */
    private void opened(IWorkbenchPage page, Shell shell, TopologyEditor editor) {
        Job arrange = editor != null && options.arrange() ? editor.arrange(ElkArranger.Algorithm.AUTOMATIC) : null;
        Job lab = editor != null && options.lab() ? org.patchbay.ui.live.LabJobs.start(editor) : null;
        if (lab != null) {
            showNodeDetail(page, editor);
        }
        if (options.screenshot() != null) {
            reportFirstPaint(editor != null ? editor.viewer().getControl() : shell);
            scheduleScreenshot(shell, editor, arrange, lab);
        }
    }

    /**
     * Says on standard error when the topology was first painted (epoch ms, and ms after the JVM
     * started): the moment the console is usable, which bench/startup measures from the launch.
     */
    private static void reportFirstPaint(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.widgets.Listener once = new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                long now = System.currentTimeMillis();
                control.removeListener(org.eclipse.swt.SWT.Paint, this);
                System.err.println("patchbay: first painted at " + now + " ms (" + (now - java.lang.management.ManagementFactory.getRuntimeMXBean()
                        .getStartTime()) + " ms after the JVM started)");
            }
        };
        control.addListener(org.eclipse.swt.SWT.Paint, once);
        control.redraw();
    }

    /** With a lab running the first thing worth seeing is a node live: select the first one in Node Detail. */
    private static void showNodeDetail(IWorkbenchPage page, TopologyEditor editor) {
        try {
            page.showView(org.patchbay.ui.views.NodeDetailView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            if (!editor.cluster().getNodes().isEmpty()) {
                editor.select(java.util.List.of(editor.cluster().getNodes().get(0)));
            }
        } catch (org.eclipse.ui.PartInitException e) {
            ILog.of(PatchbayWindowAdvisor.class).error("Cannot open Node Detail: " + e.getMessage(), e);
        }
    }

    /** Live nodes are worth a picture once every node reports, or after a bounded wait. */
    private static boolean labSettled(TopologyEditor editor, Job lab, long since) {
        if (lab == null) {
            return true;
        }
        if (System.currentTimeMillis() - since > LAB_SCREENSHOT_WAIT_MS) {
            return true;
        }
        if (lab.getResult() == null) {
            return false;
        }
        var live = editor.live().live();
        return editor.cluster().getNodes().stream()
                .allMatch(n -> live.node(n.getName()) != null && live.node(n.getName()).up() && live.history(n.getName()).cpu().size() >= 8);
    }

    private void scheduleScreenshot(Shell shell, TopologyEditor editor, Job arrange, Job lab) {
        Display display = shell.getDisplay();
        long started = System.currentTimeMillis();
        display.timerExec(SCREENSHOT_SETTLE_MS, new Runnable() {
            @Override
            public void run() {
                if ((arrange != null && arrange.getResult() == null) || !labSettled(editor, lab, started)) {
                    display.timerExec(200, this);
                    return;
                }
                if (lab != null && lab.getResult() != null && !lab.getResult().isOK()) {
                    options.fail(4);
                    System.err.println("patchbay: the lab did not start: " + lab.getResult().getMessage());
                }
                try {
                    if (editor != null) {
                        editor.viewer().flush();
                        editor.viewer().renderer().zoomToFit();
                        editor.viewer().renderer().paintNow();
                    }
                    while (display.readAndDispatch()) {
                        // let the last paints land before copying the window
                    }
                    Path written = WindowScreenshot.write(shell, options.screenshot());
                    System.err.println("patchbay: screenshot written to " + written);
                } catch (Exception e) {
                    options.fail(3);
                    System.err.println("patchbay: screenshot failed: " + e.getMessage());
                }
                // Nothing the screenshot run did (Arrange) is the user's work: close without asking to save.
                for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                    for (var page : window.getPages()) {
                        page.closeAllEditors(false);
                    }
                }
                PlatformUI.getWorkbench().close();
            }
        });
    }

    /** In screenshot mode nobody is there to click a dialog: print instead, and fail the run. */
    private void report(Shell shell, String message) {
        ILog.of(getClass()).error(message);
        if (options.screenshot() != null) {
            options.fail(2);
            System.err.println("patchbay: " + message);
        } else {
            MessageDialog.openError(shell, "Patchbay", message);
        }
    }
}
