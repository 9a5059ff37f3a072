package org.patchbay.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.core.power.Operation;
import org.patchbay.core.power.PowerOperations;
import org.patchbay.ui.editor.TopologyEditor;

/** Who did what to which node and how it ended: every power operation of the active topology, newest first. */
public final class OperationsView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.operations";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private TableViewer table;
    private PowerOperations watched;
    private final Consumer<Operation> listener = op -> {
        Display display = table.getControl().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    };

    public static void show(IWorkbenchPage page) {
        try {
            page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the operation runs all the same; the history is only a view on it
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Time", 70, op -> TIME.format(op.requested()));
        column("User", 80, Operation::user);
        column("Node", 100, Operation::node);
        column("Operation", 90, op -> op.action().words);
        column("State", 110, op -> op.state().name().toLowerCase().replace('_', ' '));
        column("Outcome", 600, op -> op.outcome().isEmpty() ? lastStep(op) : op.outcome());
        table.setContentProvider(ArrayContentProvider.getInstance());
        Display.getCurrent().timerExec(500, this::attach);
    }

    /** The operations shown, newest first (for tests). */
    public List<Operation> shown() {
        @SuppressWarnings("unchecked")
        List<Operation> input = (List<Operation>) table.getInput();
        return input == null ? List.of() : input;
    }

    private static String lastStep(Operation op) {
        List<Operation.Step> steps = op.steps();
        return steps.isEmpty() ? "" : steps.get(steps.size() - 1).text();
    }

    private void column(String title, int width, Function<Operation, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Operation) element);
            }
        });
    }

    /** Follows the active topology's operations; checks twice a second which topology is active. */
    private void attach() {
        if (table.getControl().isDisposed()) {
            return;
        }
        PowerOperations now = null;
        if (getSite().getPage().getActiveEditor() instanceof TopologyEditor editor) {
            try {
                now = editor.live().power(editor.cluster());
            } catch (java.io.IOException e) {
                now = null;
            }
        }
        if (now != watched) {
            if (watched != null) {
                watched.removeListener(listener);
            }
            watched = now;
            if (watched != null) {
                watched.addListener(listener);
            }
            refresh();
        }
        table.getControl().getDisplay().timerExec(500, this::attach);
    }

    private void refresh() {
        if (table.getControl().isDisposed()) {
            return;
        }
        List<Operation> ops = watched == null ? List.of() : new java.util.ArrayList<>(watched.history());
        java.util.Collections.reverse(ops);
        table.setInput(ops);
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (watched != null) {
            watched.removeListener(listener);
        }
        super.dispose();
    }
}
