package org.patchbay.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.core.live.LiveHistory;
import org.patchbay.core.live.LiveNode;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * The selected node, live: its state and figures, a sortable process table (with TERM and KILL on
 * a process, Reboot on the node), and charts of CPU, memory and each interface's throughput over the
 * last minutes. Follows the selection in the topology editor; refreshes at most twice a second.
 */
public final class NodeDetailView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.nodeDetail";
    private static final int REFRESH_MILLIS = 500;
    private static final int[] SERIES_COLOURS = {SWT.COLOR_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_RED, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN,
            SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED};

    private Label header;
    private TableViewer processes;
    private Chart usageChart;
    private Chart throughputChart;
    private TopologyEditor editor;
    private String node;
    private LiveNode shown;
    private long chartsDrawnAt;
    private int sortColumn = 3;
    private boolean sortDescending = true;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final Runnable ticker = this::tick;

    private record Column(String title, int width, int style, Function<ProcessInfo, String> text, Comparator<ProcessInfo> order) {
    }

    private final List<Column> columns = List.of(
            new Column("PID", 70, SWT.RIGHT, p -> Integer.toString(p.pid()), Comparator.comparingInt(ProcessInfo::pid)),
            new Column("User", 80, SWT.LEFT, ProcessInfo::user, Comparator.comparing(ProcessInfo::user)),
            new Column("State", 50, SWT.CENTER, ProcessInfo::state, Comparator.comparing(ProcessInfo::state)),
            new Column("CPU %", 70, SWT.RIGHT, p -> String.format("%.1f", p.cpuPercent()), Comparator.comparingDouble(ProcessInfo::cpuPercent)),
            new Column("RSS", 80, SWT.RIGHT, p -> bytes(p.rssBytes()), Comparator.comparingLong(ProcessInfo::rssBytes)),
            new Column("Command", 420, SWT.LEFT, ProcessInfo::command, Comparator.comparing(ProcessInfo::command)));

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        header = new Label(body, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        header.setText("Select a node on the canvas; start the lab (Lab > Start) or connect agents to see it live.");
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createProcessTable(sash);
        Composite charts = new Composite(sash, SWT.NONE);
        charts.setLayout(new FillLayout(SWT.HORIZONTAL));
        usageChart = chart(charts, "CPU, memory %");
        throughputChart = chart(charts, "Mb/s");
        sash.setWeights(11, 9);
        createActions();
        getSite().getPage().addPostSelectionListener(selectionListener);
        if (getSite().getPage().getActiveEditor() instanceof TopologyEditor active) {
            selectionChanged(active, active.viewer().getSelection());
        }
        Display.getCurrent().timerExec(REFRESH_MILLIS, ticker);
    }

    /** The node shown, or null. */
    public String node() {
        return node;
    }

    /** The process table as shown, in display order (for tests and for copying). */
    public List<ProcessInfo> shownProcesses() {
        List<ProcessInfo> rows = new ArrayList<>();
        Table table = processes.getTable();
        for (int i = 0; i < table.getItemCount(); i++) {
            rows.add((ProcessInfo) table.getItem(i).getData());
        }
        return rows;
    }

    public void show(TopologyEditor topologyEditor, String nodeName) {
        editor = topologyEditor;
        node = nodeName;
        shown = null;
        chartsDrawnAt = 0;
        tick();
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (!(part instanceof TopologyEditor topologyEditor) || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof Interface iface && iface.eContainer() instanceof Node owner) {
            first = owner;
        }
        if (first instanceof Node selected && selected.getName() != null && !Objects.equals(selected.getName(), node)) {
            show(topologyEditor, selected.getName());
        }
    }

    private void tick() {
        if (header.isDisposed()) {
            return;
        }
        try {
            refresh();
        } finally {
            header.getDisplay().timerExec(REFRESH_MILLIS, ticker);
        }
    }

    private void refresh() {
        if (editor != null && (editor.viewer() == null || editor.viewer().getControl().isDisposed())) {
            editor = null;
            node = null;
            shown = null;
            header.setText("The topology was closed. Select a node on a topology's canvas.");
            processes.setInput(List.of());
        }
        if (editor == null || node == null) {
            return;
        }
        LiveNode now = editor.live().live().node(node);
        if (now == null) {
            header.setText(node + ": not watched. Start the lab (Lab > Start) or connect agents (Lab > Connect Agents).");
            processes.setInput(List.of());
            return;
        }
        if (now == shown) {
            return;
        }
        shown = now;
        header.setText(headerText(now));
        processes.setInput(new ArrayList<>(now.processes().values()));
        if (System.currentTimeMillis() - chartsDrawnAt >= 1000) {
            chartsDrawnAt = System.currentTimeMillis();
            drawCharts(editor.live().live().history(node));
        }
    }

    private static String headerText(LiveNode n) {
        StringBuilder text = new StringBuilder(n.node()).append(": ").append(n.state().name().toLowerCase());
        if (!n.reason().isEmpty() && !n.up()) {
            text.append(" (").append(n.reason()).append(')');
        }
        if (n.status() != null) {
            var s = n.status();
            text.append(String.format(" · %s · cpu %.0f%% of %d · mem %s of %s · load %.2f · up %s · %d processes", s.mode(), s.cpuPercent(), s.cpus(),
                    bytes(s.memoryUsedBytes()), bytes(s.memoryTotalBytes()), s.load1(), duration(s.uptimeSeconds()), n.processes().size()));
        }
        return text.toString();
    }

    private void createProcessTable(Composite parent) {
        processes = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = processes.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int index = i;
            TableViewerColumn viewerColumn = new TableViewerColumn(processes, column.style());
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.title());
            tableColumn.setWidth(column.width());
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((ProcessInfo) element);
                }
            });
            tableColumn.addListener(SWT.Selection, e -> sortBy(index));
        }
        processes.setContentProvider(ArrayContentProvider.getInstance());
        processes.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                int order = columns.get(sortColumn).order().compare((ProcessInfo) a, (ProcessInfo) b);
                return sortDescending ? -order : order;
            }
        });
        table.setSortColumn(table.getColumn(sortColumn));
        table.setSortDirection(SWT.DOWN);
        dragProcessesOntoNodes(table);
    }

    /** How far the mouse moves with a process pressed before it counts as a drag, in pixels. */
    private static final int DRAG_THRESHOLD = 8;

    /**
     * A process dragged out of the table and dropped on a node, on the topology canvas or in the
     * Migrations view, moves there (its job does; any other process is told why it cannot). The pressed
     * table keeps the mouse while the button is down, so the drop is where the release happens.
     */
    private void dragProcessesOntoNodes(Table table) {
        ProcessInfo[] pressed = new ProcessInfo[1];
        org.eclipse.swt.graphics.Point[] pressedAt = new org.eclipse.swt.graphics.Point[1];
        boolean[] dragging = {false};
        table.addListener(SWT.MouseDown, e -> {
            org.eclipse.swt.widgets.TableItem item = e.button == 1 ? table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y)) : null;
            pressed[0] = item != null && item.getData() instanceof ProcessInfo p ? p : null;
            pressedAt[0] = new org.eclipse.swt.graphics.Point(e.x, e.y);
            dragging[0] = false;
        });
        table.addListener(SWT.MouseMove, e -> {
            if (pressed[0] != null && !dragging[0] && Math.abs(e.x - pressedAt[0].x) + Math.abs(e.y - pressedAt[0].y) > DRAG_THRESHOLD) {
                dragging[0] = true;
                table.setCursor(table.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
                setContentDescription("Drop " + pressed[0].command() + " on a node (topology or Migrations view) to move it there");
            }
        });
        table.addListener(SWT.MouseUp, e -> {
            ProcessInfo process = pressed[0];
            boolean dropped = dragging[0];
            pressed[0] = null;
            dragging[0] = false;
            table.setCursor(null);
            if (process == null || !dropped) {
                return;
            }
            org.eclipse.swt.graphics.Point display = table.toDisplay(e.x, e.y);
            java.util.Optional<String> target = dropTarget(display);
            if (target.isEmpty()) {
                setContentDescription("Not moved: drop the process on a node of the topology or of the Migrations view");
            } else if (target.get().equals(node)) {
                setContentDescription(process.command() + " runs on " + node + " already");
            } else {
                moveProcess(process, target.get());
            }
        });
    }

    /** The node under a screen point: on the canvas of the topology this view follows, else in the Migrations view. */
    private java.util.Optional<String> dropTarget(org.eclipse.swt.graphics.Point display) {
        if (editor != null) {
            java.util.Optional<org.patchbay.model.Node> onCanvas = editor.nodeAtDisplay(display);
            if (onCanvas.isPresent()) {
                return java.util.Optional.ofNullable(onCanvas.get().getName());
            }
        }
        return getSite().getPage().findView(MigrationsView.ID) instanceof MigrationsView migrations ? migrations.nodeAtDisplay(display) : java.util.Optional.empty();
    }

    /** Where a shown process's row is drawn, in the table's coordinates (for a drag). */
    public java.util.Optional<org.eclipse.swt.graphics.Point> rowCentre(int pid) {
        Table table = processes.getTable();
        for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
            if (item.getData() instanceof ProcessInfo p && p.pid() == pid) {
                org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
                return java.util.Optional.of(new org.eclipse.swt.graphics.Point(bounds.x + 20, bounds.y + bounds.height / 2));
            }
        }
        return java.util.Optional.empty();
    }

    public Table processTable() {
        return processes.getTable();
    }

    /** Sorts by a column; a second click on the same column reverses the order. */
    public void sortBy(int column) {
        sortDescending = column == sortColumn ? !sortDescending : column == 3 || column == 4;
        sortColumn = column;
        Table table = processes.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
        processes.refresh();
    }

    private void createActions() {
        Action reboot = new Action("Reboot") {
            @Override
            public void run() {
                if (editor != null && node != null) {
                    act("Reboot " + node, () -> editor.live().monitor().reboot(node));
                }
            }
        };
        reboot.setToolTipText("Reboot this node through its agent");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(reboot);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillProcessMenu);
        processes.getTable().setMenu(menu.createContextMenu(processes.getTable()));
    }

    /** Signals for any process; Move to and Send Home for a job's process (any other is told why it cannot move). */
    private void fillProcessMenu(org.eclipse.jface.action.IMenuManager menu) {
        Object selected = processes.getStructuredSelection().getFirstElement();
        if (!(selected instanceof ProcessInfo p) || editor == null) {
            return;
        }
        for (String signal : List.of("TERM", "KILL", "STOP", "CONT")) {
            menu.add(new Action("Send " + signal) {
                @Override
                public void run() {
                    act("SIG" + signal + " to " + p.pid(), () -> editor.live().monitor().signal(node, p.pid(), signal));
                }
            });
        }
        menu.add(new org.eclipse.jface.action.Separator());
        MenuManager moveTo = new MenuManager("Move to");
        String here = node;
        editor.live().live().nodes().values().stream().filter(n -> n.up() && !n.node().equals(here)).map(LiveNode::node).sorted().forEach(target ->
                moveTo.add(new Action(target) {
                    @Override
                    public void run() {
                        moveProcess(p, target);
                    }
                }));
        menu.add(moveTo);
        menu.add(new Action("Send Home") {
            @Override
            public void run() {
                moveProcess(p, null);
            }
        });
    }

    /**
     * Moves the job that {@code p} (a process of the shown node) belongs to: to {@code target}, or
     * home when it is null. A process that is no job's is told, in the view's description, why it
     * cannot move.
     */
    public void moveProcess(ProcessInfo p, String target) {
        boolean home = target == null;
        org.patchbay.core.jobs.ClusterJobs jobs;
        try {
            jobs = editor.live().jobs();
        } catch (java.io.IOException e) {
            setContentDescription("Cannot reach the agents: " + e.getMessage());
            return;
        }
        if (editor == null || node == null) {
            return;
        }
        java.util.Optional<org.patchbay.core.jobs.ClusterJob> job = jobOf(jobs.snapshot(), p);
        if (job.isEmpty()) {
            setContentDescription("Process " + p.pid() + " (" + p.command() + ") is not a job, so it cannot move: it shares the node's process numbers,"
                    + " which the target may have in use. Start it with Run Job… (node menu) to make it movable.");
            return;
        }
        String id = job.get().id();
        act((home ? "Send " + id + " home" : "Move " + id + " to " + target), () -> (home ? jobs.sendHome(id) : jobs.migrate(id, target, "user"))
                .thenApply(m -> m.id()));
        MigrationsView.show(getSite().getPage());
    }

    /** The job whose process tree holds {@code p} on this node: its first process is {@code p} or one of its ancestors. */
    private java.util.Optional<org.patchbay.core.jobs.ClusterJob> jobOf(org.patchbay.core.jobs.ClusterJobs.Snapshot snapshot, ProcessInfo p) {
        LiveNode live = editor.live().live().node(node);
        java.util.Map<Integer, ProcessInfo> all = live == null ? java.util.Map.of() : live.processes();
        ProcessInfo at = p;
        for (int depth = 0; at != null && depth < 64; depth++) {
            int pid = at.pid();
            java.util.Optional<org.patchbay.core.jobs.ClusterJob> job = snapshot.jobsOn(node).stream().filter(j -> j.pid() == pid).findFirst();
            if (job.isPresent()) {
                return job;
            }
            at = all.get(at.ppid());
        }
        return java.util.Optional.empty();
    }

    private interface Request {
        java.util.concurrent.CompletableFuture<String> send() throws java.io.IOException;
    }

    /** Sends a request and reports its outcome in the view's description, never blocking the UI thread. */
    private void act(String what, Request request) {
        setContentDescription(what + "…");
        Display display = header.getDisplay();
        try {
            request.send().whenComplete((ok, failure) -> display.asyncExec(() -> {
                if (!header.isDisposed()) {
                    setContentDescription(failure == null ? what + ": done" : what + " failed: " + rootMessage(failure));
                }
            }));
        } catch (java.io.IOException e) {
            setContentDescription(what + " failed: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t.getMessage();
    }

    /** A chart without a title line (the part is short): the y axis says what it shows, the x axis is seconds before now. */
    private static Chart chart(Composite parent, String unit) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText("s");
        chart.getAxisSet().getYAxis(0).getTitle().setText(unit);
        chart.getLegend().setPosition(SWT.BOTTOM);
        return chart;
    }

    private void drawCharts(LiveHistory history) {
        long now = System.currentTimeMillis();
        clear(usageChart);
        line(usageChart, "CPU", history.cpu(), now, 1, 0);
        line(usageChart, "memory", history.memory(), now, 1, 1);
        usageChart.getAxisSet().adjustRange();
        usageChart.getAxisSet().getYAxis(0).setRange(new Range(0, 100));
        usageChart.redraw();

        clear(throughputChart);
        int colour = 0;
        for (String name : history.interfaceNames()) {
            if (name.equals("lo") || name.equals(KernelInterfaceNames.MANAGEMENT)) {
                continue;
            }
            String label = name;
            LiveHistory.Series[] series = history.iface(name);
            line(throughputChart, label + " rx", series[0], now, 1e-6, colour++);
            line(throughputChart, label + " tx", series[1], now, 1e-6, colour++);
        }
        throughputChart.getAxisSet().adjustRange();
        Range y = throughputChart.getAxisSet().getYAxis(0).getRange();
        throughputChart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, y.upper)));
        throughputChart.redraw();
    }

    private static void clear(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }

    private static void line(Chart chart, String name, LiveHistory.Series data, long now, double scale, int colour) {
        Object[] points = data.copy();
        long[] times = (long[]) points[0];
        double[] values = (double[]) points[1];
        if (times.length == 0) {
            return;
        }
        double[] x = new double[times.length];
        double[] y = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            x[i] = (times[i] - now) / 1000.0;
            y[i] = values[i] * scale;
        }
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, name);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        Color c = chart.getDisplay().getSystemColor(SERIES_COLOURS[colour % SERIES_COLOURS.length]);
        series.setLineColor(c);
        series.setLineWidth(2);
    }

    private static String bytes(long value) {
        if (value >= 1L << 30) {
            return String.format("%.1f GB", value / (double) (1L << 30));
        }
        if (value >= 1L << 20) {
            return String.format("%.1f MB", value / (double) (1L << 20));
        }
        return String.format("%d kB", value >> 10);
    }

    private static String duration(double seconds) {
        long s = (long) seconds;
        return s >= 86400 ? s / 86400 + "d " + (s % 86400) / 3600 + "h" : s >= 3600 ? s / 3600 + "h " + (s % 3600) / 60 + "m" : s / 60 + "m " + s % 60 + "s";
    }

    @Override
    public void setFocus() {
        processes.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
