package org.patchbay.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.core.power.Operation;
import org.patchbay.core.power.PowerOperations;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Who did what to which node and how it ended: every power operation and every node of every reimage
 * of the active topology, newest first.
 */
public final class OperationsView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.operations";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** One line of the history: a power operation, or one node of a reimage batch. */
    public record Row(java.time.Instant time, String user, String node, String operation, String state, String outcome) {
        static Row of(Operation op) {
            List<Operation.Step> steps = op.steps();
            String last = steps.isEmpty() ? "" : steps.get(steps.size() - 1).text();
            return new Row(op.requested(), op.user(), op.node(), op.action().words, op.state().name().toLowerCase().replace('_', ' '),
                    op.outcome().isEmpty() ? last : op.outcome());
        }
    }

    private TableViewer table;
    private PowerOperations watched;
    private org.patchbay.core.imaging.ImagingSession imaging;
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
        column("Time", 70, row -> TIME.format(row.time()));
        column("User", 80, Row::user);
        column("Node", 100, Row::node);
        column("Operation", 130, Row::operation);
        column("State", 150, Row::state);
        column("Outcome", 600, Row::outcome);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Display.getCurrent().timerExec(500, this::attach);
    }

    /** The power operations of the history, newest first (for tests). */
    public List<Operation> shown() {
        return shownOperations;
    }

    /** Every line shown, newest first (for tests). */
    public List<Row> rows() {
        @SuppressWarnings("unchecked")
        List<Row> input = (List<Row>) table.getInput();
        return input == null ? List.of() : input;
    }

    private List<Operation> shownOperations = List.of();

    private void column(String title, int width, Function<Row, String> text) {
        TextColumns.add(table, Row.class, title, width, text);
    }

    /** Follows the active topology's operations; checks twice a second which topology is active. */
    private void attach() {
        if (table.getControl().isDisposed()) {
            return;
        }
        PowerOperations now = null;
        org.patchbay.core.imaging.ImagingSession reimages = null;
        if (getSite().getPage().getActiveEditor() instanceof TopologyEditor editor) {
            try {
                now = editor.live().power(editor.cluster());
            } catch (java.io.IOException e) {
                now = null;
            }
            reimages = editor.live().imaging().orElse(null);
        }
        if (reimages != null || imaging != null) {
            // reimage batches change without telling: their lines are read again at each check
            imaging = reimages;
            refresh();
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
        shownOperations = List.copyOf(ops);
        List<Row> rows = new java.util.ArrayList<>();
        ops.forEach(op -> rows.add(Row.of(op)));
        if (imaging != null) {
            for (var record : imaging.history()) {
                for (var state : record.batch().states()) {
                    rows.add(new Row(record.started(), record.user(), state.node(), "reimage " + record.batch().image().name(), state.phase().words
                            + (state.totalChunks() > 0 && !state.phase().finished() ? " " + Math.round(100 * state.fraction()) + "%" : ""), state.message()));
                }
            }
        }
        rows.sort(java.util.Comparator.comparing(Row::time).reversed());
        if (!rows.equals(rows())) {
            table.setInput(rows);
        }
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
