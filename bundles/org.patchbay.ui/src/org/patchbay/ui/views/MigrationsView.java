package org.patchbay.ui.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.agent.protocol.wire.JobWire.Outcome;
import org.patchbay.core.jobs.AutoBalance;
import org.patchbay.core.jobs.ClusterJob;
import org.patchbay.core.jobs.ClusterJobs;
import org.patchbay.core.jobs.NodeLoad;
import org.patchbay.core.session.TestbedSession;

/**
 * Jobs and their migrations, live, in the spirit of openMosixview's migmon: every node on a circle
 * with its jobs around it, coloured by home node; a job that moves travels along the line between
 * the two nodes. Drag a job onto a node to move it there; double-click it to send it home; its
 * menu has Best Node, Lock and Kill. Below: each migration (who asked, bytes, freeze, total,
 * outcome, and the balancer's reason). The automatic balancing of the cluster is switched here.
 * The view follows the active topology's testbed session (adapted from the editor).
 */
public final class MigrationsView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.migrations";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int NODE_RADIUS = 26;
    private static final int JOB_RADIUS = 9;
    private static final RGB[] HOME_COLOURS = {new RGB(0x1f, 0x77, 0xb4), new RGB(0xff, 0x7f, 0x0e), new RGB(0x2c, 0xa0, 0x2c), new RGB(0xd6, 0x27, 0x28),
        new RGB(0x94, 0x67, 0xbd), new RGB(0x8c, 0x56, 0x4b), new RGB(0xe3, 0x77, 0xc2), new RGB(0x7f, 0x7f, 0x7f), new RGB(0xbc, 0xbd, 0x22),
        new RGB(0x17, 0xbe, 0xcf)};

    /** One line of the history. */
    public record Row(Instant time, String job, String from, String to, String why, String outcome, String bytes, String freeze, String total,
            String detail) {
    }

    private Canvas canvas;
    private TableViewer table;
    private Button balance;
    private Button postCopy;
    private Label status;
    private TestbedSession session;
    private ClusterJobs jobs;
    private ClusterJobs.Snapshot shown = ClusterJobs.Snapshot.EMPTY;
    private final Map<String, Point> nodeCentres = new LinkedHashMap<>();
    private final Map<String, Point> jobCentres = new LinkedHashMap<>();
    private final Map<String, Color> colours = new LinkedHashMap<>();
    private String dragging;
    private Point dragAt;
    private String message = "";
    private final ClusterJobs.Listener listener = snapshot -> {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> show(snapshot));
        }
    };

    public static MigrationsView show(IWorkbenchPage page) {
        try {
            return (MigrationsView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(top, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        balance = new Button(bar, SWT.CHECK);
        balance.setText("Balance load automatically");
        balance.setToolTipText("Move jobs from busy to idle nodes, and away from nodes short of memory, when the gain outweighs the cost of moving");
        balance.addListener(SWT.Selection, e -> setBalancing(balance.getSelection()));
        postCopy = new Button(bar, SWT.CHECK);
        postCopy.setText("Post-copy");
        postCopy.setSelection(true);
        postCopy.setToolTipText("Where both nodes can, a moving job runs on its target after a short freeze and its memory follows;"
                + " until it has, the job needs its source. Off: all its memory is copied while it is frozen");
        postCopy.addListener(SWT.Selection, e -> {
            if (jobs != null) {
                jobs.setPostCopy(postCopy.getSelection());
            }
            say(postCopy.getSelection() ? "Moves run the job on its target first and its memory follows, where both nodes can"
                    : "Moves copy all of a job's memory while it is frozen");
        });
        Button run = new Button(bar, SWT.PUSH);
        run.setText("Run…");
        run.setToolTipText("Start a job on a node (its home); the job can then be moved");
        run.addListener(SWT.Selection, e -> runDialog());
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(top, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(this::paint);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addMouseListener(new org.eclipse.swt.events.MouseAdapter() {
            @Override
            public void mouseDown(MouseEvent e) {
                if (e.button == 1) {
                    dragging = jobAt(e.x, e.y).orElse(null);
                    dragAt = new Point(e.x, e.y);
                }
            }

            @Override
            public void mouseUp(MouseEvent e) {
                if (e.button == 1 && dragging != null) {
                    String job = dragging;
                    dragging = null;
                    nodeAt(e.x, e.y).ifPresent(node -> migrate(job, node));
                    canvas.redraw();
                }
            }

            @Override
            public void mouseDoubleClick(MouseEvent e) {
                jobAt(e.x, e.y).ifPresent(MigrationsView.this::sendHome);
            }
        });
        canvas.addMouseMoveListener(e -> {
            if (dragging != null) {
                dragAt = new Point(e.x, e.y);
                canvas.redraw();
            }
        });
        canvas.addMenuDetectListener(e -> {
            Point at = canvas.toControl(e.x, e.y);
            Optional<String> job = jobAt(at.x, at.y);
            if (job.isPresent()) {
                jobMenu(job.get()).setVisible(true);
            } else {
                nodeAt(at.x, at.y).ifPresent(node -> nodeMenu(node).setVisible(true));
            }
        });
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Time", 70, r -> TIME.format(r.time()));
        column("Job", 100, Row::job);
        column("From", 80, Row::from);
        column("To", 80, Row::to);
        column("Why", 70, Row::why);
        column("Outcome", 80, Row::outcome);
        column("Bytes", 80, Row::bytes);
        column("Freeze", 70, Row::freeze);
        column("Total", 70, Row::total);
        column("Detail", 600, Row::detail);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(List.of());
        sash.setWeights(3, 2);
        Display.getCurrent().timerExec(250, this::tick);
    }

    /** Follows the active topology's session; animates moving jobs; four times a second. */
    private void tick() {
        if (canvas.isDisposed()) {
            return;
        }
        IEditorPart editor = getSite().getPage().getActiveEditor();
        TestbedSession now = editor == null ? null : Adapters.adapt(editor, TestbedSession.class);
        if (now != session) {
            if (jobs != null) {
                jobs.removeListener(listener);
            }
            session = now;
            jobs = null;
            shown = ClusterJobs.Snapshot.EMPTY;
        }
        if (session != null && jobs == null && session.watching()) {
            try {
                jobs = session.jobs();
                jobs.addListener(listener);
                postCopy.setSelection(jobs.postCopy());
                balance.setSelection(session.balancing().enabled());
                show(jobs.snapshot());
            } catch (java.io.IOException e) {
                message = "jobs cannot be followed: " + e.getMessage();
            }
        }
        if (jobs != null && editor != null) {
            org.patchbay.model.Cluster cluster = Adapters.adapt(editor, org.patchbay.model.Cluster.class);
            if (cluster != null) {
                jobs.setPageAddresses(clusterAddresses(cluster));
            }
        }
        if (!shown.moving().isEmpty()) {
            canvas.redraw();
        }
        canvas.getDisplay().timerExec(250, this::tick);
    }

    /** Each node's first address on the topology's links, read on the UI thread (which owns the model). */
    private static Map<String, String> clusterAddresses(org.patchbay.model.Cluster cluster) {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (org.patchbay.model.Node n : cluster.getNodes()) {
            n.getInterfaces().stream().map(org.patchbay.model.Interface::getIpv4Address).filter(a -> a != null && !a.isBlank()).findFirst()
                    .ifPresent(a -> addresses.put(n.getName(), a.contains("/") ? a.substring(0, a.indexOf('/')) : a));
        }
        return addresses;
    }

    private void show(ClusterJobs.Snapshot snapshot) {
        if (canvas.isDisposed()) {
            return;
        }
        shown = snapshot;
        List<Row> rows = rows(snapshot);
        if (!rows.equals(rows())) {
            table.setInput(rows);
        }
        String unreachable = snapshot.unreachable().isEmpty() ? "" : "  not answering: " + String.join(", ", snapshot.unreachable().keySet());
        status.setText(snapshot.jobs().size() + " job(s), " + snapshot.moving().size() + " moving" + unreachable + (message.isEmpty() ? "" : "  " + message));
        status.getParent().layout();
        canvas.redraw();
    }

    private List<Row> rows(ClusterJobs.Snapshot snapshot) {
        List<AutoBalance.Entry> decisions = List.of();
        if (session != null && balance.getSelection()) {
            try {
                decisions = session.balancing().decisions();
            } catch (java.io.IOException e) {
                decisions = List.of();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (MigrationInfo m : snapshot.migrations()) {
            String detail = m.outcome() == Outcome.RUNNING ? m.phase() : m.error().isEmpty() ? m.phase() : m.error();
            if (m.why().equals("balancer")) {
                for (AutoBalance.Entry d : decisions) {
                    if (d.decision() != null && d.decision().job().equals(m.job()) && d.decision().to().equals(m.to())) {
                        detail = d.decision().reason() + (m.error().isEmpty() ? "" : "; " + m.error());
                        break;
                    }
                }
            }
            rows.add(new Row(Instant.ofEpochMilli(m.startedMillis()), m.job(), m.from(), m.to(), m.why(), m.outcome().wire(),
                    String.format("%.1f MB", m.bytes() / 1048576.0), m.freezeMillis() + " ms", m.totalMillis() + " ms", detail));
        }
        return rows;
    }

    /** Every history line shown, newest first (for tests). */
    public List<Row> rows() {
        @SuppressWarnings("unchecked")
        List<Row> input = (List<Row>) table.getInput();
        return input == null ? List.of() : input;
    }

    /** Where a node and a job are drawn, in canvas coordinates (for tests that drag like a user). */
    public Optional<Point> nodeCentre(String node) {
        return Optional.ofNullable(nodeCentres.get(node));
    }

    public Optional<Point> jobCentre(String job) {
        return Optional.ofNullable(jobCentres.get(job));
    }

    /** The node drawn at a point of the screen, if this view's canvas shows one there (where a process dragged from Node Detail lands). */
    public Optional<String> nodeAtDisplay(Point display) {
        if (canvas == null || canvas.isDisposed() || !canvas.isVisible()) {
            return Optional.empty();
        }
        Point at = canvas.toControl(display);
        return canvas.getClientArea().contains(at) ? nodeAt(at.x, at.y) : Optional.empty();
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The switch between post-copy (where both nodes can) and stop-and-copy for the session's moves. */
    public Button postCopySwitch() {
        return postCopy;
    }

    public ClusterJobs.Snapshot snapshot() {
        return shown;
    }

    private void paint(PaintEvent e) {
        GC gc = e.gc;
        gc.setAntialias(SWT.ON);
        Rectangle area = canvas.getClientArea();
        List<String> nodes = new ArrayList<>();
        if (session != null) {
            nodes.addAll(session.live().nodes().keySet());
        }
        nodes.sort(String::compareTo);
        nodeCentres.clear();
        jobCentres.clear();
        if (nodes.isEmpty()) {
            gc.drawText(session == null ? "Open a topology and start its lab (Lab > Start) to see its jobs." : "No nodes are followed yet.", 10, 10, true);
            return;
        }
        int cx = area.width / 2;
        int cy = area.height / 2;
        int radius = Math.max(NODE_RADIUS * 2, Math.min(cx, cy) - NODE_RADIUS - 2 * JOB_RADIUS - 8);
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            nodeCentres.put(nodes.get(i), new Point(cx + (int) (radius * Math.cos(angle)), cy + (int) (radius * Math.sin(angle))));
        }
        Map<String, NodeLoad> loads = session == null ? Map.of() : NodeLoad.of(session.live());
        Set<String> excluded = excluded();
        // the lines migrations travel, under everything else
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        for (MigrationInfo m : shown.moving()) {
            Point a = nodeCentres.get(m.from());
            Point b = nodeCentres.get(m.to());
            if (a != null && b != null) {
                gc.setLineWidth(3);
                gc.drawLine(a.x, a.y, b.x, b.y);
                gc.setLineWidth(1);
            }
        }
        for (String node : nodes) {
            Point c = nodeCentres.get(node);
            NodeLoad load = loads.get(node);
            boolean up = session.live().node(node) != null && session.live().node(node).up();
            gc.setBackground(canvas.getDisplay().getSystemColor(up ? SWT.COLOR_WIDGET_LIGHT_SHADOW : SWT.COLOR_GRAY));
            gc.fillOval(c.x - NODE_RADIUS, c.y - NODE_RADIUS, 2 * NODE_RADIUS, 2 * NODE_RADIUS);
            gc.setForeground(colour(node));
            gc.setLineWidth(dragging != null && dragAt != null && near(c, dragAt, NODE_RADIUS) ? 4 : 2);
            gc.setLineStyle(excluded.contains(node) ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.drawOval(c.x - NODE_RADIUS, c.y - NODE_RADIUS, 2 * NODE_RADIUS, 2 * NODE_RADIUS);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            centred(gc, node, c.x, c.y - 8);
            centred(gc, load == null ? (up ? "" : "down") : String.format("%.2f", load.load()), c.x, c.y + 6);
        }
        Set<String> moving = new java.util.HashSet<>();
        long now = System.currentTimeMillis();
        for (MigrationInfo m : shown.moving()) {
            Point a = nodeCentres.get(m.from());
            Point b = nodeCentres.get(m.to());
            ClusterJob job = shown.jobs().get(m.job());
            if (a == null || b == null) {
                continue;
            }
            moving.add(m.job());
            // a moving job travels from source to target once a second until the move ends
            double t = ((now - m.startedMillis()) % 1000) / 1000.0;
            Point p = new Point((int) (a.x + t * (b.x - a.x)), (int) (a.y + t * (b.y - a.y)));
            drawJob(gc, m.job(), job == null ? m.from() : job.home(), p, false);
        }
        for (String node : nodes) {
            Point c = nodeCentres.get(node);
            List<ClusterJob> here = shown.jobsOn(node).stream().filter(j -> !moving.contains(j.id())).sorted((x, y) -> x.id().compareTo(y.id())).toList();
            double outward = Math.atan2(c.y - cy, c.x - cx);
            for (int k = 0; k < here.size(); k++) {
                // jobs sit on an arc outside their node, facing away from the centre
                double angle = outward + (k - (here.size() - 1) / 2.0) * 0.45;
                int r = NODE_RADIUS + JOB_RADIUS + 4 + (k / 12) * (2 * JOB_RADIUS + 2);
                Point p = new Point(c.x + (int) (r * Math.cos(angle)), c.y + (int) (r * Math.sin(angle)));
                ClusterJob j = here.get(k);
                jobCentres.put(j.id(), p);
                drawJob(gc, j.id(), j.home(), j.id().equals(dragging) && dragAt != null ? dragAt : p, j.locked());
            }
        }
    }

    private void drawJob(GC gc, String id, String home, Point p, boolean locked) {
        gc.setBackground(colour(home));
        gc.fillOval(p.x - JOB_RADIUS, p.y - JOB_RADIUS, 2 * JOB_RADIUS, 2 * JOB_RADIUS);
        gc.setForeground(canvas.getDisplay().getSystemColor(locked ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
        gc.drawOval(p.x - JOB_RADIUS, p.y - JOB_RADIUS, 2 * JOB_RADIUS, 2 * JOB_RADIUS);
    }

    private Color colour(String home) {
        return colours.computeIfAbsent(home, h -> {
            List<String> sorted = new ArrayList<>(session == null ? List.of(h) : session.live().nodes().keySet());
            sorted.sort(String::compareTo);
            int index = Math.max(0, sorted.indexOf(h));
            return new Color(HOME_COLOURS[index % HOME_COLOURS.length]);
        });
    }

    private static void centred(GC gc, String text, int x, int y) {
        Point size = gc.textExtent(text);
        gc.drawText(text, x - size.x / 2, y - size.y / 2, true);
    }

    private static boolean near(Point a, Point b, int distance) {
        return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) <= distance * distance;
    }

    private Optional<String> jobAt(int x, int y) {
        return jobCentres.entrySet().stream().filter(e -> near(e.getValue(), new Point(x, y), JOB_RADIUS + 2)).map(Map.Entry::getKey).findFirst();
    }

    private Optional<String> nodeAt(int x, int y) {
        return nodeCentres.entrySet().stream().filter(e -> near(e.getValue(), new Point(x, y), NODE_RADIUS + 4)).map(Map.Entry::getKey).findFirst();
    }

    private Menu jobMenu(String job) {
        Menu menu = new Menu(canvas);
        ClusterJob j = shown.jobs().get(job);
        item(menu, "Send Home", () -> sendHome(job));
        item(menu, "Best Node", () -> {
            Optional<String> best = jobs.bestNode(job, Set.of());
            if (best.isPresent()) {
                migrate(job, best.get());
            } else {
                say(job + " already runs on the least loaded node");
            }
        });
        item(menu, j != null && j.locked() ? "Unlock" : "Lock to Its Node", () -> report(jobs.lock(job, j == null || !j.locked()), "lock " + job));
        item(menu, "Kill", () -> report(jobs.kill(job), "kill " + job));
        return menu;
    }

    private Menu nodeMenu(String node) {
        Menu menu = new Menu(canvas);
        Set<String> excluded = excluded();
        boolean out = excluded.contains(node);
        item(menu, out ? "Include in Balancing" : "Exclude from Balancing", () -> {
            Set<String> now = new java.util.HashSet<>(excluded());
            if (out) {
                now.remove(node);
            } else {
                now.add(node);
            }
            try {
                session.balancing().setExcluded(now);
            } catch (java.io.IOException e) {
                say("Cannot change balancing: " + e.getMessage());
            }
            canvas.redraw();
        });
        return menu;
    }

    /** Nodes the balancer leaves alone (drawn with a dashed ring). */
    private Set<String> excluded() {
        if (session == null || jobs == null) {
            return Set.of();
        }
        try {
            return session.balancing().excluded();
        } catch (java.io.IOException e) {
            return Set.of();
        }
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    /** Moves {@code job} to {@code node} as the user asked (drag and drop); a refusal is said in the status line. */
    public void migrate(String job, String node) {
        if (jobs == null) {
            return;
        }
        report(jobs.migrate(job, node, "user"), "move " + job + " to " + node);
    }

    private void sendHome(String job) {
        if (jobs != null) {
            report(jobs.sendHome(job), "send " + job + " home");
        }
    }

    private void report(java.util.concurrent.CompletableFuture<?> action, String what) {
        action.whenComplete((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                Display.getDefault().asyncExec(() -> say("Cannot " + what + ": " + cause.getMessage()));
            }
        });
    }

    private void say(String text) {
        message = text;
        if (!status.isDisposed()) {
            status.setText(text);
            status.getParent().layout();
        }
    }

    private void setBalancing(boolean on) {
        if (session == null) {
            balance.setSelection(false);
            say("Start the lab (or connect agents) first");
            return;
        }
        try {
            session.balancing().setEnabled(on);
            say(on ? "Balancing load automatically; each move and its reason is listed below" : "Automatic balancing is off");
        } catch (java.io.IOException e) {
            say("Cannot balance: " + e.getMessage());
        }
    }

    private void runDialog() {
        if (jobs == null) {
            say("Start the lab (or connect agents) first");
            return;
        }
        List<String> nodes = new ArrayList<>(nodeCentres.keySet());
        InputDialog dialog = new InputDialog(getSite().getShell(), "Run a Job", "NODE: COMMAND (run by sh -c at the node, its home), e.g. "
                + (nodes.isEmpty() ? "node0" : nodes.get(0)) + ": while :; do :; done", (nodes.isEmpty() ? "node0" : nodes.get(0)) + ": ", text -> {
                    int colon = text.indexOf(':');
                    if (colon < 1 || text.substring(colon + 1).isBlank()) {
                        return "Write the node, a colon and the command";
                    }
                    return nodes.contains(text.substring(0, colon).trim()) ? null : "No node " + text.substring(0, colon).trim() + "; nodes: " + nodes;
                });
        if (dialog.open() == Window.OK) {
            String text = dialog.getValue();
            int colon = text.indexOf(':');
            report(jobs.run(text.substring(0, colon).trim(), List.of("sh", "-c", text.substring(colon + 1).trim())), "run the job");
        }
    }

    private void column(String title, int width, Function<Row, String> text) {
        TextColumns.add(table, Row.class, title, width, text);
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (jobs != null) {
            jobs.removeListener(listener);
        }
        colours.values().forEach(Color::dispose);
        super.dispose();
    }
}
