package org.patchbay.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.patchbay.model.Testbed;
import org.patchbay.model.edit.domain.TopologyEditingDomain;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.persistence.ClusterResourceFactory;
import org.patchbay.ui.properties.ItemPropertySourceProvider;
import org.patchbay.ui.views.ItemProviderContentProvider;
import org.patchbay.ui.views.ItemProviderLabelProvider;

/**
 * The testbed inventory editor: the machines, switches, trunks and PDUs of a {@code .testbed} as a
 * tree beside a drawing of them (machines and switches as boxes, cables and trunks as lines, each
 * machine's reservation); New ▸ and Delete on each element's menu, every value (cabling included: an
 * interface's Cabled To offers the switches' ports) in Properties, boxes placed by dragging or
 * Arrange; undoable, saved atomically.
 */
public final class InventoryEditor extends EditorPart {

    public static final String ID = "org.patchbay.ui.editors.inventory";

    private AdapterFactoryEditingDomain domain;
    private Testbed testbed;
    private TreeViewer tree;
    private InventoryDrawing drawing;
    private CommandStackActions undoRedo;
    private final List<PropertySheetPage> propertyPages = new ArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof InventoryEditorInput inventoryInput)) {
            throw new PartInitException("The inventory editor opens .testbed files, not " + input.getName() + ".");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        domain = TopologyEditingDomain.create();
        testbed = inventoryInput.testbed();
        Resource resource = testbed.eResource();
        if (resource == null) {
            resource = domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("untitled."
                    + ClusterResourceFactory.TESTBED_FILE_EXTENSION));
            resource.getContents().add(testbed);
        } else {
            domain.getResourceSet().getResources().add(resource);
        }
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.MULTI | SWT.FULL_SELECTION);
        tree.setContentProvider(new ItemProviderContentProvider(domain.getAdapterFactory()));
        tree.setLabelProvider(new ItemProviderLabelProvider(domain.getAdapterFactory()));
        tree.setInput(testbed.eResource());
        tree.expandToLevel(2);
        getSite().setSelectionProvider(tree);
        MenuManager menu = new MenuManager("#InventoryContext");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        undoRedo = new CommandStackActions(domain.getCommandStack());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo);
        domain.getCommandStack().addCommandStackListener(undoRedo);
        undoRedo.update();
        drawing = new InventoryDrawing(sash, testbed, domain, elements -> {
            tree.setSelection(new StructuredSelection(elements), true);
        }, refusal -> getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(refusal));
        tree.addSelectionChangedListener(event -> drawing.select(tree.getStructuredSelection().toList()));
        sash.setWeights(1, 2);
    }

    /** The drawing of the inventory beside the tree. */
    public org.patchbay.ui.canvas.TopologyViewer drawing() {
        return drawing.viewer();
    }

    /** What the drawing does with the gestures its canvas reports (drag, select, a line drawn), for tests that report them as the canvas does. */
    public org.patchbay.ui.canvas.GraphGestureListener drawingGestures() {
        return drawing;
    }

    /** Presses (or releases) the drawing's Cable button: the next line drawn is a cable or trunk. */
    public void setCabling(boolean on) {
        drawing.setCabling(on);
    }

    /** Whether the drawing's Cable button is pressed. */
    public boolean cabling() {
        return drawing.cabling();
    }

    /** The drawing's line of guidance: how to draw, the cable just drawn, or why a line was refused. */
    public String drawingHint() {
        return drawing.hint();
    }

    /** New ▸ (what the selected element may hold, from its item provider) and Delete. */
    private void fillMenu(IMenuManager menu) {
        IStructuredSelection selection = tree.getStructuredSelection();
        if (selection.size() == 1 && selection.getFirstElement() instanceof EObject owner) {
            MenuManager newChild = new MenuManager("&New");
            for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
                if (descriptor instanceof CommandParameter parameter && parameter.getFeature() instanceof EReference reference) {
                    String label = reference.getName() + ": " + ((EObject) parameter.getValue()).eClass().getName();
                    newChild.add(new Action(label) {
                        @Override
                        public void run() {
                            createChild(owner, parameter);
                        }
                    });
                }
            }
            menu.add(newChild);
        }
        if (!selection.isEmpty() && !selection.toList().contains(testbed)) {
            menu.add(new Separator());
            menu.add(new Action("&Delete") {
                @Override
                public void run() {
                    execute(DeleteCommand.create(domain, selection.toList()));
                }
            });
        }
    }

    /** Adds a new child as the New ▸ menu does: one undoable command; the child is selected. */
    public EObject createChild(EObject owner, Object descriptor) {
        Command create = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
        if (!execute(create)) {
            return null;
        }
        Collection<?> made = create.getResult();
        EObject child = made.isEmpty() ? null : (EObject) made.iterator().next();
        if (child != null) {
            tree.refresh();
            tree.setSelection(new StructuredSelection(child), true);
        }
        return child;
    }

    /** The New ▸ entries of an element, as the menu shows them (for tests and scripts). */
    public List<Object> newChildDescriptors(EObject owner) {
        return new ArrayList<>(domain.getNewChildDescriptors(owner, null));
    }

    private boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    public Testbed testbed() {
        return testbed;
    }

    public TreeViewer tree() {
        return tree;
    }

    /** The label the tree shows for an element. */
    public String label(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) domain.getAdapterFactory().adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    public void undo() {
        domain.getCommandStack().undo();
    }

    private void commandStackChanged(EventObject event) {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        tree.getControl().getDisplay().asyncExec(() -> {
            if (!tree.getControl().isDisposed()) {
                tree.refresh(true);
                drawing.refresh();
                drawing.select(tree.getStructuredSelection().toList());
                firePropertyChange(PROP_DIRTY);
                for (PropertySheetPage page : List.copyOf(propertyPages)) {
                    if (page.getControl() != null && !page.getControl().isDisposed()) {
                        page.refresh();
                    }
                }
            }
        });
    }

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
        Path file = ((InventoryEditorInput) getEditorInput()).file();
        if (file == null) {
            doSaveAs();
            return;
        }
        saveTo(file);
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save inventory as");
        dialog.setFilterExtensions(new String[] {"*." + ClusterResourceFactory.TESTBED_FILE_EXTENSION, "*"});
        dialog.setOverwrite(true);
        Path current = ((InventoryEditorInput) getEditorInput()).file();
        dialog.setFilterPath(current != null ? current.getParent().toString() : System.getProperty("user.home"));
        dialog.setFileName(current != null ? current.getFileName().toString() : testbed.getName() + "." + ClusterResourceFactory.TESTBED_FILE_EXTENSION);
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            String name = file.getFileName().toString();
            saveTo(name.contains(".") || Files.exists(file) ? file : file.resolveSibling(name + "." + ClusterResourceFactory.TESTBED_FILE_EXTENSION));
        }
    }

    /** Saves atomically to {@code file}; a failure is shown and the editor stays dirty. */
    public boolean saveTo(Path file) {
        try {
            ClusterFiles.saveTestbed(testbed, file);
        } catch (ClusterFileException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
            return false;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        if (!file.toAbsolutePath().equals(((InventoryEditorInput) getEditorInput()).file())) {
            setInputWithNotify(InventoryEditorInput.forFile(file, testbed));
            setPartName(getEditorInput().getName());
        }
        firePropertyChange(PROP_DIRTY);
        return true;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == Testbed.class) {
            return adapter.cast(testbed);
        }
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage() {
                @Override
                public void dispose() {
                    propertyPages.remove(this);
                    super.dispose();
                }
            };
            page.setPropertySourceProvider(new ItemPropertySourceProvider(domain, message -> getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage(message)));
            propertyPages.add(page);
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        ((org.eclipse.emf.edit.provider.ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
        super.dispose();
    }
}
