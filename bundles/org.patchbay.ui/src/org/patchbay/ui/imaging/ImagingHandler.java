package org.patchbay.ui.imaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImagingSession;
import org.patchbay.core.imaging.PbImageTool;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.core.imaging.ReimageRefused;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabOptions;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Reimage…, Capture Image… and Manage Images… (parameter {@code action}). Reimage asks for an image
 * and the multicast rate (or takes parameters {@code image} and {@code rate}), then runs the batch as a
 * Job: the Progress view shows it, Cancel stops it, each node shows its phase and a progress bar on the
 * canvas, and nodes that fail are listed with their reasons.
 */
public final class ImagingHandler extends AbstractHandler {

    public static final int DEFAULT_RATE_MBPS = 100;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor)) {
            MessageDialog.openInformation(shell, "Images", "Open a topology first (File > New Topology or Open Topology).");
            return null;
        }
        ImagingSession imaging;
        try {
            imaging = editor.live().imaging(new PbImageTool(LabOptions.findNativeHelper("pb-image")));
        } catch (LabException e) {
            MessageDialog.openError(shell, "Images", e.getMessage());
            return null;
        }
        String action = event.getParameter("org.patchbay.ui.commands.imaging.action");
        switch (action == null ? "reimage" : action) {
            case "reimage" -> reimage(event, shell, editor, imaging);
            case "capture" -> capture(event, shell, editor, imaging);
            case "images" -> manage(shell, editor, imaging);
            default -> throw new ExecutionException("unknown imaging action " + action);
        }
        return null;
    }

    private static List<String> selectedNodes(TopologyEditor editor) {
        List<String> nodes = new ArrayList<>();
        if (editor.viewer().getSelection() instanceof IStructuredSelection selection) {
            for (Object o : selection.toList()) {
                Object element = o instanceof Interface iface ? iface.eContainer() : o;
                if (element instanceof Node node && node.getName() != null && !nodes.contains(node.getName())) {
                    nodes.add(node.getName());
                }
            }
        }
        return nodes;
    }

    private static void reimage(ExecutionEvent event, Shell shell, TopologyEditor editor, ImagingSession imaging) {
        List<String> nodes = selectedNodes(editor);
        if (nodes.isEmpty()) {
            MessageDialog.openInformation(shell, "Reimage", "Select the nodes to reimage first.");
            return;
        }
        DiskImageFile image;
        int rate;
        try {
            String named = event.getParameter("org.patchbay.ui.commands.imaging.image");
            Optional<DiskImageFile> chosen = named != null ? imaging.library().find(named) : choose(shell, imaging, "Reimage " + describe(nodes),
                    "Image to write to " + describe(nodes) + " (their disks are overwritten):");
            if (chosen.isEmpty()) {
                if (named != null) {
                    MessageDialog.openError(shell, "Reimage", "There is no image " + named + " in " + imaging.library().folder());
                }
                return;
            }
            image = chosen.get();
            String rateText = event.getParameter("org.patchbay.ui.commands.imaging.rate");
            if (rateText == null) {
                InputDialog ask = new InputDialog(shell, "Reimage", imaging.budget(image, nodes)
                        + ".\nMulticast rate cap in Mb/s (1-10000; the image server never sends faster):",
                        Integer.toString(DEFAULT_RATE_MBPS), text -> rateProblem(text));
                if (ask.open() != Window.OK) {
                    return;
                }
                rateText = ask.getValue();
            }
            rate = Integer.parseInt(rateText.strip());
        } catch (IOException e) {
            MessageDialog.openError(shell, "Reimage", "Cannot read the image library: " + e.getMessage());
            return;
        }
        ReimageBatch batch;
        try {
            batch = imaging.reimage(editor.cluster(), image, nodes, rate, System.getProperty("user.name", "?"), recordOnModel(editor, image));
        } catch (ReimageRefused | IOException | IllegalArgumentException e) {
            MessageDialog.openWarning(shell, "Reimage", e.getMessage());
            return;
        }
        org.patchbay.ui.views.OperationsView.show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        follow(editor, batch);
    }

    /** A node that ends running the image gets it as its OS image in the topology (one undoable command per node as it finishes). */
    private static java.util.function.Consumer<ReimageBatch.NodeState> recordOnModel(TopologyEditor editor, DiskImageFile image) {
        org.patchbay.model.edit.commands.TopologyCommands.ImageFacts facts = new org.patchbay.model.edit.commands.TopologyCommands.ImageFacts(
                image.name(), image.os(), image.sourceNode(), image.layout(), image.sha256(), image.created().toString(), image.storedBytes(),
                image.file().toString());
        return state -> {
            if (state.phase() != ReimageBatch.Phase.DONE) {
                return;
            }
            editor.getSite().getShell().getDisplay().asyncExec(() -> editor.cluster().getNodes().stream().filter(n -> state.node().equals(n.getName()))
                    .findFirst().ifPresent(node -> editor.execute(editor.commands().nodesRun(List.of(node), facts), null)));
        };
    }

    private static String rateProblem(String text) {
        try {
            int rate = Integer.parseInt(text.strip());
            return rate >= 1 && rate <= 10_000 ? null : "between 1 and 10000 Mb/s";
        } catch (NumberFormatException e) {
            return "a whole number of Mb/s";
        }
    }

    private static String describe(List<String> nodes) {
        return nodes.size() == 1 ? nodes.get(0) : nodes.size() + " nodes";
    }

    /** The batch as a Job: one unit per node, progress as the nodes write their images; Cancel stops the batch. */
    private static void follow(TopologyEditor editor, ReimageBatch batch) {
        int nodes = batch.states().size();
        Job job = new Job("Reimage " + nodes + " node(s) with " + batch.image().name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                int scale = 1000;
                monitor.beginTask(getName(), nodes * scale);
                int reported = 0;
                while (!batch.done().isDone()) {
                    if (monitor.isCanceled()) {
                        batch.cancel();
                        batch.done().join();
                        return Status.CANCEL_STATUS;
                    }
                    List<ReimageBatch.NodeState> states = batch.states();
                    int worked = (int) Math.round(states.stream().mapToDouble(ReimageBatch.NodeState::fraction).sum() * scale);
                    if (worked > reported) {
                        monitor.worked(worked - reported);
                        reported = worked;
                    }
                    long finished = states.stream().filter(s -> s.phase().finished()).count();
                    monitor.subTask(finished + " of " + nodes + " finished; " + states.stream().filter(s -> !s.phase().finished())
                            .map(s -> s.node() + " " + s.phase().words + (s.totalChunks() > 0 ? " " + Math.round(100 * s.fraction()) + "%" : "")).findFirst()
                            .orElse(""));
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        batch.cancel();
                        return Status.CANCEL_STATUS;
                    }
                }
                monitor.done();
                List<String> failed = batch.states().stream().filter(s -> s.phase() != ReimageBatch.Phase.DONE).map(s -> s.node() + ": " + s.message())
                        .toList();
                editor.getSite().getShell().getDisplay().asyncExec(() -> editor.showStatus(failed.isEmpty()
                        ? "Reimaged " + nodes + " node(s) with " + batch.image().name()
                        : (nodes - failed.size()) + " of " + nodes + " reimaged; " + String.join("; ", failed)));
                return failed.isEmpty() ? Status.OK_STATUS
                        : Status.warning(failed.size() + " of " + nodes + " nodes were not reimaged (Reimage them again to retry): " + String.join("; ", failed));
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private static void capture(ExecutionEvent event, Shell shell, TopologyEditor editor, ImagingSession imaging) {
        List<String> nodes = selectedNodes(editor);
        if (nodes.size() != 1) {
            MessageDialog.openInformation(shell, "Capture Image", "Select the one node whose disk to capture.");
            return;
        }
        String node = nodes.get(0);
        String name = event.getParameter("org.patchbay.ui.commands.imaging.name");
        if (name == null) {
            InputDialog ask = new InputDialog(shell, "Capture Image", "Name of the image of " + node + "'s disk (" + node
                    + " is powered off while its disk is read, then on again):", node + "-image", text -> {
                        try {
                            org.patchbay.core.imaging.ImageLibrary.checkName(text);
                            return null;
                        } catch (IllegalArgumentException e) {
                            return e.getMessage();
                        }
                    });
            if (ask.open() != Window.OK) {
                return;
            }
            name = ask.getValue();
        }
        String imageName = name;
        Job job = new Job("Capture " + node + " as " + imageName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 1000);
                int[] reported = {0};
                try {
                    DiskImageFile image = imaging.capture(editor.cluster(), node, imageName, "", new PbImageTool.Progress() {
                        @Override
                        public void at(long done, long total) {
                            int worked = total <= 0 ? 0 : (int) (1000 * done / total);
                            monitor.worked(worked - reported[0]);
                            reported[0] = worked;
                        }

                        @Override
                        public boolean cancelled() {
                            return monitor.isCanceled();
                        }
                    });
                    editor.getSite().getShell().getDisplay().asyncExec(() -> editor.showStatus("Captured " + node + " as " + image.name() + " ("
                            + image.fileBytes() / (1 << 20) + " MB for " + image.storedBytes() / (1 << 20) + " MB of disk in use)"));
                    return Status.OK_STATUS;
                } catch (InterruptedException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    return Status.error("Capturing " + node + " failed: " + e.getMessage());
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private static Optional<DiskImageFile> choose(Shell shell, ImagingSession imaging, String title, String message) throws IOException {
        List<DiskImageFile> images = imaging.library().list();
        if (images.isEmpty()) {
            MessageDialog.openInformation(shell, title, "The image library (" + imaging.library().folder()
                    + ") is empty. Capture a node's disk (Capture Image…) or add an image with 'patchbay-cli image add'.");
            return Optional.empty();
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                DiskImageFile i = (DiskImageFile) element;
                return i.name() + "  —  " + (i.os().isEmpty() ? "" : i.os() + ", ") + i.storedBytes() / (1 << 20) + " MB in use of a "
                        + i.diskBytes() / (1 << 20) + " MB disk" + (i.sourceNode().isEmpty() ? "" : ", from " + i.sourceNode());
            }
        });
        dialog.setTitle(title);
        dialog.setMessage(message);
        dialog.setElements(images.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof DiskImageFile chosen ? Optional.of(chosen) : Optional.empty();
    }

    private static void manage(Shell shell, TopologyEditor editor, ImagingSession imaging) {
        try {
            Optional<DiskImageFile> chosen = choose(shell, imaging, "Images", "Images in " + imaging.library().folder() + ":");
            if (chosen.isEmpty()) {
                return;
            }
            DiskImageFile image = chosen.get();
            MessageDialog what = new MessageDialog(shell, "Image " + image.name(), null, image.name() + "\n" + image.layout() + "\nSHA-256 " + image.sha256()
                    + "\ncaptured " + image.created(), MessageDialog.INFORMATION, 2, "Rename…", "Delete", IDialogConstants.CLOSE_LABEL);
            int button = what.open();
            if (button == 0) {
                InputDialog ask = new InputDialog(shell, "Rename Image", "New name of " + image.name() + ":", image.name(), null);
                if (ask.open() == Window.OK) {
                    imaging.library().rename(image.name(), ask.getValue(), name -> imaging.inUse(name) || editor.commands().imageInUse(name));
                }
            } else if (button == 1 && MessageDialog.openConfirm(shell, "Delete Image", "Delete image " + image.name() + " (" + image.file() + ")?")) {
                imaging.library().delete(image.name(), name -> imaging.inUse(name) || editor.commands().imageInUse(name));
            }
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openWarning(shell, "Images", e.getMessage());
        }
    }
}
