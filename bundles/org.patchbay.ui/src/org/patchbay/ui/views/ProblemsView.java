package org.patchbay.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.model.NamedElement;
import org.patchbay.model.validation.TopologyDiagnostician.Problem;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Problems: what the validator found in the active topology. Double-click a row to select the
 * elements it is about on the canvas, in the outline and in Properties.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.problems";

    private TableViewer table;
    private TopologyEditor tracked;
    private final Consumer<List<Problem>> problemListener = problems -> {
        if (table != null && !table.getControl().isDisposed()) {
            table.setInput(problems);
            setContentDescription(problems.isEmpty() ? "No problems" : problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        }
    };
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof TopologyEditor editor) {
                track(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == tracked) {
                track(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        Image error = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        TableViewerColumn description = new TableViewerColumn(table, SWT.NONE);
        description.getColumn().setText("Description");
        description.getColumn().setWidth(720);
        description.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return error;
            }
        });
        TableViewerColumn elements = new TableViewerColumn(table, SWT.NONE);
        elements.getColumn().setText("Elements");
        elements.getColumn().setWidth(220);
        elements.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                StringBuilder names = new StringBuilder();
                for (Object e : ((Problem) element).elements()) {
                    if (names.length() > 0) {
                        names.append(", ");
                    }
                    names.append(e instanceof NamedElement n ? n.getName() : String.valueOf(e));
                }
                return names.toString();
            }
        });
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof Problem problem && tracked != null) {
                getSite().getPage().activate(tracked);
                tracked.select(problem.elements());
            }
        });
        getSite().setSelectionProvider(table);
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof TopologyEditor editor ? editor : null);
    }

    /** The table, for automation and tests. */
    public TableViewer table() {
        return table;
    }

    private void track(TopologyEditor editor) {
        if (tracked == editor) {
            return;
        }
        if (tracked != null) {
            tracked.removeProblemListener(problemListener);
        }
        tracked = editor;
        if (editor != null) {
            editor.addProblemListener(problemListener);
            problemListener.accept(editor.problems());
        } else {
            problemListener.accept(List.of());
            setContentDescription("No topology open");
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        track(null);
        super.dispose();
    }
}
