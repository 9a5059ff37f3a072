package org.patchbay.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.core.events.EventSchedule;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.topology.EventText;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.model.validation.EventRules;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * The active topology's event schedule: a time line with each event's mark (grey waiting, amber
 * running, green done, red failed) and the clock's cursor, and a table of what fires when and how it
 * went. Start, Pause and Reset run it against the lab; Add takes an event as testbed users write it
 * ("10.5 bottleneck down", or Emulab's {@code $ns at 10.5 "$bottleneck down"}) and Delete removes the
 * selected ones, both as undoable edits of the topology.
 */
public final class EventTimelineView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.timeline";
    private static final int REFRESH_MILLIS = 100;

    /** One line of the table: an event, and when and how it fired if it has. */
    public record Row(double atSeconds, String what, Double firedAtSeconds, Boolean ok, String outcome, String problem, ScheduledEvent event) {
        public String status() {
            if (problem != null) {
                return "⚠ " + problem;
            }
            if (firedAtSeconds == null) {
                return "waiting";
            }
            return ok == null ? "running" : ok ? "done: " + outcome : "failed: " + outcome;
        }
    }

    private Canvas timeline;
    private TableViewer table;
    private TopologyEditor tracked;
    private List<Row> rows = List.of();
    private final Action start = action("Start", "Start the schedule, or resume it after a pause", this::start);
    private final Action pause = action("Pause", "Stop the clock; waiting events wait", this::pause);
    private final Action reset = action("Reset", "Back to 0 s: links up, every value as the topology says", this::reset);
    private final Action add = action("Add Event...", "Add an event, e.g. 10.5 bottleneck down", this::addFromDialog);
    private final Action delete = action("Delete", "Delete the selected events", this::deleteSelected);
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof TopologyEditor editor) {
                tracked = editor;
                refresh();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == tracked) {
                tracked = null;
                refresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        timeline = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridData line = new GridData(SWT.FILL, SWT.TOP, true, false);
        line.heightHint = 64;
        timeline.setLayoutData(line);
        timeline.addPaintListener(e -> paint(e.gc, timeline.getClientArea()));
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("At (s)", 70, r -> ShapingText.seconds(r.atSeconds()));
        column("Event", 380, Row::what);
        column("Fired (s)", 80, r -> r.firedAtSeconds() == null ? "" : String.format("%.3f", r.firedAtSeconds()));
        column("Outcome", 420, Row::status);
        table.setContentProvider(ArrayContentProvider.getInstance());
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        for (Action a : List.of(start, pause, reset, add, delete)) {
            bar.add(a);
        }
        getSite().setSelectionProvider(new EventSelection(table));
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        tracked = active instanceof TopologyEditor editor ? editor : null;
        refresh();
        tick();
    }

    /** What the table shows, for automation and tests. */
    public List<Row> rows() {
        return rows;
    }

    public EventSchedule schedule() {
        return tracked == null ? null : tracked.live().schedule(tracked.cluster(), getSite().getShell().getDisplay()::asyncExec);
    }

    /** Adds the event written in {@code text}; returns why not, or null when it was added. */
    public String addEvent(String text) {
        if (tracked == null) {
            return "Open a topology first.";
        }
        try {
            ScheduledEvent event = EventText.parse(tracked.cluster(), text);
            tracked.execute(AddCommand.create(tracked.getEditingDomain(), tracked.cluster(), PatchbayPackage.Literals.CLUSTER__EVENTS, event),
                    "Cannot add the event.");
            refresh();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void start() {
        EventSchedule schedule = schedule();
        if (schedule == null) {
            return;
        }
        try {
            schedule.start();
        } catch (IllegalStateException e) {
            MessageDialog.openWarning(getSite().getShell(), "Event Schedule", e.getMessage());
        }
        refresh();
    }

    public void pause() {
        if (schedule() != null) {
            schedule().pause();
        }
        refresh();
    }

    public void reset() {
        if (schedule() != null) {
            schedule().reset();
        }
        refresh();
    }

    private void addFromDialog() {
        if (tracked == null) {
            return;
        }
        IInputValidator validator = text -> {
            try {
                EventText.parse(tracked.cluster(), text);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
        InputDialog dialog = new InputDialog(getSite().getShell(), "Add Event",
                "TIME LINK down|up · TIME LINK bandwidth|delay|loss VALUE · TIME NODE run COMMAND\n(or Emulab's $ns at 10.5 \"$link down\")",
                "10 " + (tracked.cluster().getLinks().isEmpty() ? "link0" : tracked.cluster().getLinks().get(0).getName()) + " down", validator);
        if (dialog.open() == Window.OK) {
            addEvent(dialog.getValue());
        }
    }

    private void deleteSelected() {
        if (tracked == null || !(table.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
            return;
        }
        List<ScheduledEvent> doomed = new ArrayList<>();
        for (Object o : selection.toList()) {
            doomed.add(((Row) o).event());
        }
        tracked.execute(DeleteCommand.create(tracked.getEditingDomain(), doomed), "Cannot delete these events.");
        refresh();
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        EventSchedule schedule = tracked == null ? null : schedule();
        List<Row> next = new ArrayList<>();
        EventSchedule.State state = schedule == null ? null : schedule.state();
        if (schedule != null && state != EventSchedule.State.READY) {
            List<EventSchedule.Fired> fired = schedule.fired();
            for (EventSchedule.Entry entry : schedule.entries()) {
                EventSchedule.Fired f = fired.stream().filter(x -> x.entry() == entry).findFirst().orElse(null);
                next.add(new Row(entry.atSeconds(), entry.what(), f == null ? null : f.firedAtSeconds(), f == null ? null : f.ok(),
                        f == null ? null : f.outcome(), null, entry.event()));
            }
        } else if (tracked != null) {
            for (ScheduledEvent event : tracked.cluster().getEvents()) {
                next.add(new Row(event.getAtSeconds(), EventRules.describe(event), null, null, null, EventRules.problem(event).orElse(null), event));
            }
            next.sort(Comparator.comparingDouble(Row::atSeconds));
        }
        boolean changed = !next.equals(rows);
        if (changed) {
            List<ScheduledEvent> selected = new ArrayList<>();
            for (Object o : table.getStructuredSelection().toList()) {
                selected.add(((Row) o).event());
            }
            rows = List.copyOf(next);
            table.setInput(rows);
            // an edit in Properties changes the row; keep it selected so Properties stays on it
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(rows.stream().filter(r -> selected.contains(r.event())).toList()));
        }
        start.setEnabled(schedule != null && state != EventSchedule.State.RUNNING && !rows.isEmpty());
        pause.setEnabled(state == EventSchedule.State.RUNNING);
        reset.setEnabled(state != null && state != EventSchedule.State.READY);
        add.setEnabled(tracked != null);
        delete.setEnabled(tracked != null && state != EventSchedule.State.RUNNING);
        setContentDescription(tracked == null ? "No topology open"
                : rows.isEmpty() ? "No events: Add Event... (e.g. 10.5 bottleneck down)"
                : state == null || state == EventSchedule.State.READY ? rows.size() + " events, ready"
                : String.format("%s at %.1f s", state.name().toLowerCase(), schedule.elapsedSeconds()));
        if (changed || state == EventSchedule.State.RUNNING) {
            // the cursor moves only while the clock runs; an idle view does not repaint ten times a second
            timeline.redraw();
        }
    }

    /** While the view lives: the clock's cursor moves and outcomes come in. */
    private void tick() {
        if (table.getControl().isDisposed()) {
            return;
        }
        refresh();
        getSite().getShell().getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (rows.isEmpty()) {
            return;
        }
        EventSchedule schedule = tracked == null ? null : schedule();
        double now = schedule == null ? 0 : schedule.elapsedSeconds();
        double end = Math.max(Math.max(rows.get(rows.size() - 1).atSeconds() * 1.1, now * 1.05), 1);
        int left = 16;
        int width = Math.max(1, area.width - 2 * left);
        int axis = area.height - 20;
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(left, axis, left + width, axis);
        double step = niceStep(end / 8);
        for (double t = 0; t <= end; t += step) {
            int x = left + (int) (t / end * width);
            gc.drawLine(x, axis, x, axis + 4);
            gc.drawText(ShapingText.seconds(t) + "s", x + 2, axis + 4, true);
        }
        int level = 0;
        for (Row row : rows) {
            int x = left + (int) (row.atSeconds() / end * width);
            Color colour = gc.getDevice().getSystemColor(row.problem() != null || Boolean.FALSE.equals(row.ok()) ? SWT.COLOR_RED
                    : row.firedAtSeconds() == null ? SWT.COLOR_GRAY : row.ok() == null ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_GREEN);
            gc.setBackground(colour);
            gc.fillOval(x - 5, axis - 5, 10, 10);
            String label = row.what().substring(row.what().indexOf(':') + 1).trim();
            Point size = gc.textExtent(label);
            int y = 2 + (level++ % 2) * (size.y + 2);
            gc.setForeground(colour);
            gc.drawText(label, Math.min(Math.max(left, x - size.x / 2), left + width - size.x), y, true);
        }
        if (schedule != null && schedule.state() != EventSchedule.State.READY) {
            int x = left + (int) (Math.min(now, end) / end * width);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawLine(x, 0, x, axis + 4);
        }
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TextColumns.add(table, Row.class, title, width, text);
    }

    private static Action action(String text, String tooltip, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(tooltip);
        return a;
    }

    /** Properties edits the selected events through the topology's command stack, like any other element. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.properties.IPropertySheetPage.class && tracked != null) {
            return adapter.cast(tracked.newPropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    /** The table's selection as the events themselves, so Properties can show and edit them. */
    private static final class EventSelection implements org.eclipse.jface.viewers.ISelectionProvider {
        private final TableViewer table;
        private final List<org.eclipse.jface.viewers.ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        EventSelection(TableViewer table) {
            this.table = table;
            table.addSelectionChangedListener(e -> {
                var event = new org.eclipse.jface.viewers.SelectionChangedEvent(this, getSelection());
                listeners.forEach(l -> l.selectionChanged(event));
            });
        }

        @Override
        public org.eclipse.jface.viewers.ISelection getSelection() {
            List<ScheduledEvent> events = new ArrayList<>();
            for (Object o : table.getStructuredSelection().toList()) {
                events.add(((Row) o).event());
            }
            return new org.eclipse.jface.viewers.StructuredSelection(events);
        }

        @Override
        public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
            // the table selects rows itself
        }

        @Override
        public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        super.dispose();
    }
}
