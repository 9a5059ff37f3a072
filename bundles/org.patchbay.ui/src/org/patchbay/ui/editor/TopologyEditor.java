package org.patchbay.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.edit.commands.TopologyCommands;
import org.patchbay.model.edit.commands.TopologyCommands.ElementKind;
import org.patchbay.model.edit.commands.TopologyCommands.Position;
import org.patchbay.model.edit.domain.TopologyEditingDomain;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.persistence.ClusterResourceFactory;
import org.patchbay.model.validation.TopologyDiagnostician;
import org.patchbay.model.validation.TopologyDiagnostician.Problem;
import org.patchbay.ui.live.LiveRepainter;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.ui.canvas.GraphGestureListener;
import org.patchbay.ui.canvas.GraphRenderer.Tool;
import org.patchbay.ui.canvas.TopologyStyleProvider;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer;
import org.patchbay.ui.layout.ElkArranger;
import org.patchbay.ui.properties.ItemPropertySourceProvider;
import org.patchbay.ui.views.TopologyOutlinePage;

/**
 * Edits one topology: palette and canvas, backed by an EMF editing domain so every change is an
 * undoable command. Saves atomically; validates after every change and marks problems on the
 * figures; shares its selection with Outline and Properties.
 */
public final class TopologyEditor extends EditorPart implements IEditingDomainProvider, GraphGestureListener {

    public static final String ID = "org.patchbay.ui.editors.topology";
    /** The canvas's right-click menu; plugin.xml contributes to popup:{@value}. */
    public static final String CONTEXT_MENU_ID = "org.patchbay.ui.editors.topology.context";

    private final TopologyDiagnostician diagnostician = new TopologyDiagnostician();
    private final List<Consumer<List<Problem>>> problemListeners = new CopyOnWriteArrayList<>();
    private AdapterFactoryEditingDomain domain;
    private Cluster cluster;
    private TopologyCommands commands;
    private TopologyViewer viewer;
    private PaletteBar palette;
    private CommandStackActions undoRedo;
    private Action deleteAction;
    private Action selectAllAction;
    private TopologyOutlinePage outline;
    private List<Problem> problems = List.of();
    private final List<PropertySheetPage> propertyPages = new ArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private TestbedSession liveSession;
    private LiveRepainter repainter;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ClusterEditorInput clusterInput)) {
            throw new PartInitException("The topology editor opens .cluster files and new topologies, not " + input.getName() + ".");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        domain = TopologyEditingDomain.create();
        cluster = clusterInput.cluster();
        Resource resource = cluster.eResource();
        if (resource == null) {
            resource = domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("untitled." + ClusterResourceFactory.FILE_EXTENSION));
            resource.getContents().add(cluster);
        } else {
            domain.getResourceSet().getResources().add(resource);
        }
        commands = new TopologyCommands(domain, cluster);
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite paletteHolder = new Composite(sash, SWT.NONE);
        paletteHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        viewer = new TopologyViewer(sash, new Draw2dGraphRenderer());
        palette = new PaletteBar(paletteHolder, viewer.renderer(), this::dropped);
        sash.setWeights(1, 11);
        viewer.renderer().setGestureListener(this);
        viewer.setInput(cluster);
        liveSession = new TestbedSession(TestbedSession.stateDir().resolve("ca"));
        viewer.styles().setLive(liveSession.live());
        sweepOnCanvas = new org.patchbay.ui.experiments.SweepOnCanvas(liveSession.live());
        viewer.styles().setOperations(node -> liveSession.operationOn(node)
                .map(op -> op.action().words + ": " + op.state().name().toLowerCase().replace('_', ' ')).orElse(null));
        viewer.styles().setProgress(node -> liveSession.imaging().flatMap(imaging -> imaging.stateOn(node))
                .filter(state -> state.phase() != org.patchbay.core.imaging.ReimageBatch.Phase.DONE)
                .map(state -> new org.patchbay.ui.canvas.TopologyStyleProvider.Progress(state.phase().finished()
                        ? "reimage " + state.phase().words + ": " + state.message() : "reimaging: " + state.phase().words
                                + (state.totalChunks() > 0 && !state.phase().finished() ? " " + Math.round(100 * state.fraction()) + "%" : ""),
                        state.phase().finished() ? -1 : state.fraction(), state.phase() == org.patchbay.core.imaging.ReimageBatch.Phase.FAILED))
                .orElseGet(() -> sweepOnCanvas.on(node)));
        viewer.styles().setPduOutlets(liveSession::pduLine);
        viewer.styles().setSwitchLine(liveSession::switchLine);
        watchDevices();
        org.eclipse.jface.action.MenuManager context = new org.eclipse.jface.action.MenuManager("#TopologyContext", CONTEXT_MENU_ID);
        context.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(CONTEXT_MENU_ID, context, viewer);
        migrationsOnCanvas = new org.patchbay.ui.live.MigrationsOnCanvas(viewer, liveSession);
        repainter = new LiveRepainter(viewer);
        liveSession.live().addListener(repainter);
        getSite().setSelectionProvider(viewer);
        createActions();
        validate();
        parent.getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.renderer().zoomToFit();
            }
        });
    }

    private void createActions() {
        undoRedo = new CommandStackActions(domain.getCommandStack());
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        deleteAction = new Action("&Delete") {
            @Override
            public void run() {
                deleteSelection();
            }
        };
        deleteAction.setActionDefinitionId("org.eclipse.ui.edit.delete");
        deleteAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        selectAllAction = new Action("Select &All") {
            @Override
            public void run() {
                viewer.setSelection(new StructuredSelection(new ArrayList<>(viewer.renderer().items())));
            }
        };
        selectAllAction.setActionDefinitionId("org.eclipse.ui.edit.selectAll");
        contributeGlobalActions(getEditorSite().getActionBars());
    }

    /** Undo, Redo, Delete and Select All act on this topology wherever its selection is shown. */
    public void contributeGlobalActions(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAllAction);
        bars.updateActionBars();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    // ---- model access for handlers, views and tests

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public Cluster cluster() {
        return cluster;
    }

    /** The node drawn at a point of the screen, if the canvas shows one there (where a process dragged from Node Detail lands). */
    public java.util.Optional<org.patchbay.model.Node> nodeAtDisplay(org.eclipse.swt.graphics.Point display) {
        org.eclipse.swt.widgets.Control control = viewer.getControl();
        if (control == null || control.isDisposed() || !control.isVisible()) {
            return java.util.Optional.empty();
        }
        org.eclipse.swt.graphics.Point at = control.toControl(display);
        if (!((org.eclipse.swt.widgets.Scrollable) control).getClientArea().contains(at)) {
            return java.util.Optional.empty();
        }
        return viewer.renderer().itemAt(at.x, at.y) instanceof org.patchbay.model.Node node ? java.util.Optional.of(node) : java.util.Optional.empty();
    }

    public TopologyViewer viewer() {
        return viewer;
    }

    /** Live state, agent connections and the lab of this topology; apart from the model and undo. */
    public TestbedSession live() {
        return liveSession;
    }

    public LiveRepainter repainter() {
        return repainter;
    }

    /** Jobs moving between nodes, drawn on the canvas. */
    public org.patchbay.ui.live.MigrationsOnCanvas migrationsOnCanvas() {
        return migrationsOnCanvas;
    }

    private org.patchbay.ui.live.MigrationsOnCanvas migrationsOnCanvas;

    public void showStatus(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    public PaletteBar palette() {
        return palette;
    }

    public TopologyCommands commands() {
        return commands;
    }

    public List<Problem> problems() {
        return problems;
    }

    public void addProblemListener(Consumer<List<Problem>> listener) {
        problemListeners.add(listener);
    }

    public void removeProblemListener(Consumer<List<Problem>> listener) {
        problemListeners.remove(listener);
    }

    /** Runs a command on the stack; an unexecutable one is reported in the status line and changes nothing. */
    public boolean execute(Command command, String refusal) {
        if (command == null || !command.canExecute()) {
            status(refusal);
            return false;
        }
        domain.getCommandStack().execute(command);
        status(null);
        return true;
    }

    public void select(Collection<?> elements) {
        viewer.setSelection(new StructuredSelection(new ArrayList<>(elements)), true);
    }

    private org.patchbay.ui.experiments.SweepOnCanvas sweepOnCanvas;

    /** What Copy took: pasted as fresh copies (new names and addresses) each time, a little further down and right. */
    private List<Object> clipboard = List.of();
    private int pastes;

    /** Edit > Duplicate: copies of the selected nodes, switches and LANs with their links, selected; one undo step. */
    public List<org.patchbay.model.DiagramElement> duplicateSelection() {
        ISelection selection = viewer.getSelection();
        return selection instanceof IStructuredSelection structured ? duplicate(structured.toList(), 40) : List.of();
    }

    /** Edit > Copy: remembers the selected elements for Paste. */
    public void copySelection() {
        ISelection selection = viewer.getSelection();
        clipboard = selection instanceof IStructuredSelection structured ? List.copyOf(structured.toList()) : List.of();
        pastes = 0;
        showStatus(clipboard.isEmpty() ? "Nothing to copy: select nodes, switches or LANs" : "Copied " + clipboard.size() + " elements");
    }

    /** Edit > Paste: fresh copies of what was copied (of what still exists), selected; one undo step. */
    public List<org.patchbay.model.DiagramElement> paste() {
        List<Object> present = clipboard.stream().filter(o -> o instanceof EObject e && org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(cluster(), e)).toList();
        return duplicate(present, 40 * ++pastes);
    }

    private List<org.patchbay.model.DiagramElement> duplicate(List<?> elements, int offset) {
        org.patchbay.model.edit.commands.Duplication.Result result = org.patchbay.model.edit.commands.Duplication.of(domain, cluster(), elements, offset, offset);
        if (!execute(result.command(), "Nothing to duplicate: select nodes, switches or LANs (PDUs and their outlets are never copied)")) {
            return List.of();
        }
        viewer.flush();
        select(result.copies());
        showStatus(result.command().getLabel() + ": " + String.join(", ", result.copies().stream().map(org.patchbay.model.DiagramElement::getName).toList())
                + (result.skipped().isEmpty() ? "" : "; not copied (PDUs are never copied): " + String.join(", ", result.skipped())));
        return result.copies();
    }

    public void deleteSelection() {
        ISelection selection = viewer.getSelection();
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            execute(commands.delete(structured.toList()), "Nothing to delete: select elements on the canvas or in the outline.");
        }
    }

    /**
     * Lays the topology out with ELK in a cancellable background job and applies the result as
     * one undoable command. The ELK graph is built here, on the UI thread; the job never reads the model.
     */
    public Job arrange(ElkArranger.Algorithm algorithm) {
        org.eclipse.swt.graphics.Point area = viewer.getControl().getSize();
        double aspect = area.x > 0 && area.y > 0 ? (double) area.x / area.y : ElkArranger.DEFAULT_ASPECT;
        ElkArranger.Prepared layout = new ElkArranger().prepare(cluster, algorithm, aspect);
        Job job = Job.create("Arranging " + cluster.getName() + " (" + layout.size() + " elements, " + layout.algorithm().label() + ")", monitor -> {
            Map<DiagramElement, Position> positions = layout.compute(monitor::isCanceled);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    execute(commands.moveAll(positions, "Arrange (" + layout.algorithm().label() + ")"), "Arrange changed nothing.");
                    viewer.flush();
                    viewer.renderer().zoomToFit();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    // ---- gestures from the canvas

    @Override
    public void selectionChanged(List<Object> selection) {
        viewer.rendererSelectionChanged();
    }

    @Override
    public void moveRequested(Map<Object, int[]> newPositions) {
        Map<DiagramElement, Position> positions = new LinkedHashMap<>();
        newPositions.forEach((item, xy) -> {
            if (item instanceof DiagramElement element) {
                positions.put(element, new Position(Math.max(0, xy[0]), Math.max(0, xy[1])));
                if (viewer.isCollapsed(element)) {
                    // the folded hosts travel with their switch, so unfolding finds them around it
                    int dx = xy[0] - element.getX();
                    int dy = xy[1] - element.getY();
                    for (DiagramElement member : viewer.groupOf(element)) {
                        positions.putIfAbsent(member, new Position(Math.max(0, member.getX() + dx), Math.max(0, member.getY() + dy)));
                    }
                }
            }
        });
        execute(commands.moveAll(positions, positions.size() == 1 ? "Move " + positions.keySet().iterator().next().getName()
                : "Move " + positions.size() + " elements"), null);
    }

    @Override
    public void connectRequested(Object source, Object target) {
        if (source instanceof DiagramElement a && target instanceof DiagramElement b) {
            String refusal = commands.whyNotConnect(a, b);
            if (execute(commands.connect(a, b), refusal)) {
                viewer.flush();
            }
        }
        viewer.renderer().setTool(Tool.SELECT);
        palette.highlight(Tool.SELECT);
    }

    @Override
    public void createRequested(Object tool, int x, int y) {
        if (tool instanceof ElementKind kind) {
            dropped(kind, x, y);
        }
        palette.highlight(Tool.SELECT);
    }

    private void dropped(ElementKind kind, int x, int y) {
        int[] size = kind == ElementKind.NODE ? new int[] {TopologyStyleProvider.NODE_WIDTH, TopologyStyleProvider.NODE_HEIGHT}
                : new int[] {TopologyStyleProvider.DEVICE_WIDTH, TopologyStyleProvider.DEVICE_HEIGHT};
        Command create = commands.create(kind, Math.max(0, x - size[0] / 2), Math.max(0, y - size[1] / 2));
        if (execute(create, "Cannot create a " + kind.name().toLowerCase() + " here.")) {
            viewer.flush();
            select(create.getAffectedObjects());
        }
    }

    @Override
    public void openRequested(Object item) {
        try {
            getSite().getPage().showView("org.eclipse.ui.views.PropertySheet");
        } catch (PartInitException e) {
            status("Cannot open Properties: " + e.getMessage());
        }
    }

    // ---- saving

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Path file = ((ClusterEditorInput) getEditorInput()).file();
        if (file == null) {
            doSaveAs();
            return;
        }
        saveTo(file);
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save topology as");
        dialog.setFilterExtensions(new String[] {"*." + ClusterResourceFactory.FILE_EXTENSION, "*"});
        dialog.setOverwrite(true);
        Path current = ((ClusterEditorInput) getEditorInput()).file();
        dialog.setFilterPath(current != null ? current.getParent().toString() : new org.patchbay.ui.app.RecentFiles().folder());
        dialog.setFileName(current != null ? current.getFileName().toString() : cluster.getName() + "." + ClusterResourceFactory.FILE_EXTENSION);
        String chosen = dialog.open();
        if (chosen != null) {
            saveTo(withExtension(Path.of(chosen)));
        }
    }

    /** Saves to {@code file} (atomically) and makes it this editor's file; errors are shown, nothing is lost. */
    public boolean saveTo(Path file) {
        try {
            ClusterFiles.save(cluster, file);
        } catch (ClusterFileException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
            return false;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        new org.patchbay.ui.app.RecentFiles().remember(file);
        if (!file.toAbsolutePath().equals(((ClusterEditorInput) getEditorInput()).file())) {
            setInputWithNotify(ClusterEditorInput.forFile(file, cluster));
            setPartName(getEditorInput().getName());
        }
        firePropertyChange(PROP_DIRTY);
        return true;
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") || Files.exists(file) ? file : file.resolveSibling(name + "." + ClusterResourceFactory.FILE_EXTENSION);
    }

    // ---- validation and state

    /** Follows the topology's PDUs and SNMP-managed switches (the model's addresses and credential ids). */
    private void watchDevices() {
        try {
            if (!cluster.getPowerControllers().isEmpty()) {
                liveSession.watchPdus(cluster);
            }
            liveSession.watchSwitches(cluster);
        } catch (java.io.IOException e) {
            status("Cannot open an SNMP socket to read PDUs and switches: " + e.getMessage());
        }
    }

    private void commandStackChanged(EventObject event) {
        if (liveSession != null) {
            watchDevices();
        }
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                firePropertyChange(PROP_DIRTY);
                validate();
                // Properties pages do not watch the model; show every change, including undo.
                for (PropertySheetPage page : List.copyOf(propertyPages)) {
                    if (page.getControl() != null && !page.getControl().isDisposed()) {
                        page.refresh();
                    }
                }
            }
        });
    }

    /** Re-runs the validator, marks the figures and tells the Problems view. */
    public void validate() {
        problems = diagnostician.validate(cluster);
        Map<EObject, String> byElement = new LinkedHashMap<>();
        for (Problem problem : problems) {
            for (EObject element : problem.elements()) {
                byElement.merge(element, problem.message(), (a, b) -> a + "\n" + b);
            }
        }
        viewer.setProblems(byElement);
        problemListeners.forEach(listener -> listener.accept(problems));
    }

    private void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new TopologyOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(newPropertySheetPage());
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        if (adapter == Cluster.class) {
            return adapter.cast(cluster());
        }
        if (adapter == TestbedSession.class) {
            return adapter.cast(live());
        }
        if (adapter == org.patchbay.ui.experiments.SweepOnCanvas.class) {
            return adapter.cast(sweepOnCanvas);
        }
        return super.getAdapter(adapter);
    }

    /** A Properties page that edits through this editor's command stack and refuses invalid values. */
    public PropertySheetPage newPropertySheetPage() {
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void dispose() {
                propertyPages.remove(this);
                super.dispose();
            }
        };
        page.setPropertySourceProvider(new ItemPropertySourceProvider(domain, this::status));
        propertyPages.add(page);
        return page;
    }

    @Override
    public void dispose() {
        if (liveSession != null) {
            liveSession.live().removeListener(repainter);
            liveSession.close();
        }
        domain.getCommandStack().removeCommandStackListener(stackListener);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        ((org.eclipse.emf.edit.provider.ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
        super.dispose();
    }
}
