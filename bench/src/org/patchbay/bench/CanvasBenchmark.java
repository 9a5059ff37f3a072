package org.patchbay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Port;
import org.patchbay.model.edit.commands.TopologyCommands.Position;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.Wiring;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer;
import org.patchbay.ui.layout.ElkArranger;

/**
 * Canvas and layout benchmark: for generated cluster topologies (core, edge switches, hosts) and
 * random graphs (1.5 links per node) of 1 000 and 5 000 nodes, measures open + first paint, a pan
 * and a zoom repaint, and Arrange (ELK, automatic choice); runs Graphviz sfdp and dot on the same
 * graph exported as DOT, and prints all figures with the ratios. Not a test: it prints figures.
 */
public final class CanvasBenchmark {

    private static final int REPAINTS = 10;
    private static final long DOT_TIMEOUT_S = 120;

    private record Row(String topology, int boxes, int edges, double openMs, double panMs, double zoomMs, double fitPanMs,
            String algorithm, double arrangeS, double sfdpS, double dotS, Quality arrangeQuality, Quality sfdpQuality, double screenMs,
            double dragFps, double heapMb, double rssMb, double load) {
    }

    /** Normalised stress (lower is better) and overlapping box pairs of one drawing; null when it could not be computed. */
    private record Quality(double stress, int overlaps) {
    }

    /** Arrange's and sfdp's times are each the median of this many runs (Arrange after a warm-up run). */
    private static final int LAYOUT_RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("patchbay-bench");
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        shell.open();
        List<Row> rows = new ArrayList<>();
        Map<String, Supplier<Cluster>> topologies = new java.util.LinkedHashMap<>();
        topologies.put("cluster-1000", () -> TopologyTemplates.clusterTree(1000, 40));
        topologies.put("cluster-5000", () -> TopologyTemplates.clusterTree(5000, 40));
        topologies.put("random-1000", () -> TopologyTemplates.randomGraph(1000, 1.5, 42));
        topologies.put("random-5000", () -> TopologyTemplates.randomGraph(5000, 1.5, 42));
        for (var entry : topologies.entrySet()) {
            if (args.length == 0 || java.util.Arrays.asList(args).contains(entry.getKey())) {
                rows.add(measure(entry.getKey(), entry.getValue().get(), shell, work));
            }
        }
        display.dispose();
        print(rows);
    }

    private static Row measure(String name, Cluster generated, Shell shell, Path work) throws Exception {
        Path file = work.resolve(name + ".cluster");
        ClusterFiles.save(generated, file);
        Display display = shell.getDisplay();

        long t0 = System.nanoTime();
        Cluster cluster = ClusterFiles.load(file);
        TopologyViewer viewer = new TopologyViewer(shell, new Draw2dGraphRenderer());
        shell.layout(true, true);
        viewer.setInput(cluster);
        viewer.renderer().setZoom(1);
        viewer.renderer().paintNow();
        settle(display);
        double openMs = ms(System.nanoTime() - t0);

        org.eclipse.draw2d.FigureCanvas canvas = (org.eclipse.draw2d.FigureCanvas) viewer.getControl();
        // Pan by a third of the window each time, over the densest part of the drawing.
        double panMs = repaint(viewer, display, i -> canvas.scrollTo(400 + (i % 2) * 450, 300 + (i % 2) * 300));
        double zoomMs = repaint(viewer, display, i -> viewer.renderer().setZoom(i % 2 == 0 ? 0.8 : 1.0));
        viewer.renderer().zoomToFit();
        viewer.renderer().paintNow();
        settle(display);
        double fitPanMs = repaint(viewer, display, i -> { });
        viewer.renderer().setZoom(1);
        canvas.scrollTo(400, 300);
        viewer.renderer().paintNow();
        settle(display);
        double screenMs = screenUpdate(viewer, display, i -> viewer.renderer().setZoom(i % 2 == 0 ? 0.8 : 1.0));
        double dragFps = dragFramesPerSecond(viewer, display);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
        double rssMb = ProcessMemory.residentMegabytes();

        ElkArranger arranger = new ElkArranger();
        // Warm ELK up once (class loading, JIT) so the figure is the layout, not the first-use cost.
        arranger.arrange(TopologyTemplates.clusterTree(200, 40), ElkArranger.Algorithm.AUTOMATIC);
        arranger.arrange(TopologyTemplates.randomGraph(1000, 1.5, 7), ElkArranger.Algorithm.AUTOMATIC);
        double[] runs = new double[LAYOUT_RUNS];
        ElkArranger.Prepared prepared = null;
        Map<DiagramElement, Position> positions = null;
        for (int run = 0; run < runs.length; run++) {
            long a0 = System.nanoTime();
            prepared = arranger.prepare(cluster, ElkArranger.Algorithm.AUTOMATIC);
            positions = prepared.compute();
            runs[run] = (System.nanoTime() - a0) / 1e9;
        }
        java.util.Arrays.sort(runs);
        double arrangeS = runs[1];
        if (positions.size() != Wiring.diagramElements(cluster).size()) {
            throw new IllegalStateException("Arrange placed " + positions.size() + " of " + Wiring.diagramElements(cluster).size());
        }

        Path dot = work.resolve(name + ".dot");
        int edges = writeDot(cluster, dot);
        Path sfdpPlain = work.resolve(name + ".sfdp.plain");
        double[] sfdpRuns = new double[LAYOUT_RUNS];
        for (int run = 0; run < sfdpRuns.length; run++) {
            sfdpRuns[run] = graphviz("sfdp", dot, sfdpPlain);
        }
        java.util.Arrays.sort(sfdpRuns);
        double sfdpS = sfdpRuns[LAYOUT_RUNS / 2];
        double dotS = graphviz("dot", dot, Path.of("/dev/null"));
        List<DiagramElement> elements = Wiring.diagramElements(cluster);
        int[][] adjacency = adjacency(cluster, elements);
        double[] ours = new double[2 * elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            int[] size = org.patchbay.ui.canvas.TopologyStyleProvider.size(elements.get(i));
            ours[2 * i] = positions.get(elements.get(i)).x() + size[0] / 2.0;
            ours[2 * i + 1] = positions.get(elements.get(i)).y() + size[1] / 2.0;
        }
        LayoutQuality.Drawing arranged = new LayoutQuality.Drawing(ours, org.patchbay.ui.canvas.TopologyStyleProvider.NODE_WIDTH,
                org.patchbay.ui.canvas.TopologyStyleProvider.NODE_HEIGHT);
        Quality arrangeQuality = new Quality(LayoutQuality.stress(adjacency, arranged), LayoutQuality.overlaps(arranged));
        Quality sfdpQuality = null;
        if (Double.isFinite(sfdpS)) {
            LayoutQuality.Drawing drawn = new LayoutQuality.Drawing(LayoutQuality.plainCentres(sfdpPlain, elements.size()), SFDP_BOX_WIDTH, SFDP_BOX_HEIGHT);
            sfdpQuality = new Quality(LayoutQuality.stress(adjacency, drawn), LayoutQuality.overlaps(drawn));
        }
        viewer.getControl().dispose();
        return new Row(name, elements.size(), edges, openMs, panMs, zoomMs, fitPanMs,
                prepared.algorithm().label(), arrangeS, sfdpS, dotS, arrangeQuality, sfdpQuality, screenMs, dragFps, heapMb, rssMb, loadAverage());
    }

    /**
     * Mean time from a change to the next paint event the canvas receives from the window system
     * (the real screen update, as far as SWT can see it), bounded at two seconds each.
     */
    private static double screenUpdate(TopologyViewer viewer, Display display, java.util.function.IntConsumer change) {
        org.eclipse.swt.widgets.Control control = viewer.getControl();
        long[] painted = {0};
        org.eclipse.swt.widgets.Listener listener = e -> painted[0] = System.nanoTime();
        control.addListener(SWT.Paint, listener);
        long total = 0;
        int measured = 0;
        try {
            for (int i = 0; i < REPAINTS; i++) {
                painted[0] = 0;
                long t = System.nanoTime();
                change.accept(i);
                long deadline = t + 2_000_000_000L;
                while (painted[0] == 0 && System.nanoTime() < deadline) {
                    if (!display.readAndDispatch()) {
                        display.timerExec(5, () -> { });
                        display.sleep();
                    }
                }
                if (painted[0] != 0) {
                    total += painted[0] - t;
                    measured++;
                }
                settle(display);
            }
        } finally {
            control.removeListener(SWT.Paint, listener);
        }
        return measured == 0 ? Double.NaN : ms(total / measured);
    }

    /**
     * Frames per second while dragging 100 selected nodes: each frame is a mouse move delivered to the
     * canvas, the figures following it, and a render of the visible canvas, as {@link #repaint} does.
     */
    private static double dragFramesPerSecond(TopologyViewer viewer, Display display) {
        List<Object> nodes = new ArrayList<>();
        for (Object item : viewer.renderer().items()) {
            if (viewer.renderer().drawnNodeStyle(item) != null && nodes.size() < DRAGGED) {
                nodes.add(item);
            }
        }
        viewer.renderer().setSelection(nodes);
        viewer.renderer().reveal(nodes.get(0));
        viewer.renderer().paintNow();
        settle(display);
        int[] start = viewer.renderer().centreOnControl(nodes.get(0));
        org.eclipse.swt.widgets.Control control = viewer.getControl();
        mouse(control, SWT.MouseDown, start[0], start[1]);
        int frames = 40;
        double[] seconds = {0};
        repaintEach(viewer, display, frames, i -> mouse(control, SWT.MouseMove, start[0] + 4 * (i + 1), start[1] + 2 * (i + 1)), seconds);
        mouse(control, SWT.KeyDown, 0, 0);
        mouse(control, SWT.MouseUp, start[0], start[1]);
        settle(display);
        return frames / seconds[0];
    }

    private static void mouse(org.eclipse.swt.widgets.Control control, int type, int x, int y) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove || type == SWT.KeyDown ? 0 : 1;
        event.stateMask = type == SWT.MouseMove || type == SWT.MouseUp ? SWT.BUTTON1 : 0;
        event.keyCode = type == SWT.KeyDown ? SWT.ESC : 0;
        event.widget = control;
        event.display = control.getDisplay();
        control.notifyListeners(type, event);
    }

    /** Applies {@code change} {@code count} times, each followed by a render of the visible canvas; adds the time to {@code seconds[0]}. */
    private static void repaintEach(TopologyViewer viewer, Display display, int count, java.util.function.IntConsumer change, double[] seconds) {
        org.eclipse.draw2d.FigureCanvas canvas = (org.eclipse.draw2d.FigureCanvas) viewer.getControl();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
        try {
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                change.accept(i);
                org.eclipse.draw2d.IFigure root = canvas.getLightweightSystem().getRootFigure();
                root.validate();
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
                org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
                graphics.setClip(new org.eclipse.draw2d.geometry.Rectangle(0, 0, area.width, area.height));
                root.paint(graphics);
                graphics.dispose();
                gc.dispose();
                seconds[0] += (System.nanoTime() - t) / 1e9;
            }
        } finally {
            image.dispose();
        }
    }

    /** The one-minute load average when the topology's figures were taken (they are only comparable at like loads). */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static final int DRAGGED = 100;

    /** Graphviz's boxes, in inches as -Tplain reports positions: the sizes the DOT file fixes. */
    private static final double SFDP_BOX_WIDTH = 2.0;
    private static final double SFDP_BOX_HEIGHT = 0.9;

    private static int[][] adjacency(Cluster cluster, List<DiagramElement> elements) {
        Map<DiagramElement, Integer> ids = new IdentityHashMap<>();
        for (DiagramElement element : elements) {
            ids.put(element, ids.size());
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            lists.add(new ArrayList<>());
        }
        java.util.function.BiConsumer<DiagramElement, DiagramElement> join = (a, b) -> {
            lists.get(ids.get(a)).add(ids.get(b));
            lists.get(ids.get(b)).add(ids.get(a));
        };
        for (Link link : cluster.getLinks()) {
            join.accept(Wiring.ownerOf(link.getEndA()), Wiring.ownerOf(link.getEndB()));
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                join.accept(lan, Wiring.ownerOf(member));
            }
        }
        int[][] adjacency = new int[elements.size()][];
        for (int i = 0; i < adjacency.length; i++) {
            adjacency[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return adjacency;
    }

    /** Mean time of {@link #REPAINTS} changes, each followed by a synchronous paint to the screen. */
    private static double repaint(TopologyViewer viewer, Display display, java.util.function.IntConsumer change) {
        change.accept(1);
        viewer.renderer().paintNow();
        settle(display);
        org.eclipse.draw2d.FigureCanvas canvas = (org.eclipse.draw2d.FigureCanvas) viewer.getControl();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
        long total = 0;
        for (int i = 0; i < REPAINTS; i++) {
            // GTK3 paints asynchronously, so time the work of a repaint directly: apply the change,
            // lay out, and render everything visible in the window into an image of its size.
            long t = System.nanoTime();
            change.accept(i);
            org.eclipse.draw2d.IFigure root = canvas.getLightweightSystem().getRootFigure();
            root.validate();
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
            org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
            graphics.setClip(new org.eclipse.draw2d.geometry.Rectangle(0, 0, area.width, area.height));
            root.paint(graphics);
            graphics.dispose();
            gc.dispose();
            total += System.nanoTime() - t;
            settle(display);
        }
        image.dispose();
        return ms(total / REPAINTS);
    }

    private static void settle(Display display) {
        for (int i = 0; i < 10_000 && display.readAndDispatch(); i++) {
            // drain
        }
    }

    private static int writeDot(Cluster cluster, Path file) throws IOException {
        Map<DiagramElement, Integer> ids = new IdentityHashMap<>();
        StringBuilder dot = new StringBuilder("graph topology {\n  node [shape=box, width=2.0, height=0.9, fixedsize=true];\n");
        for (DiagramElement element : Wiring.diagramElements(cluster)) {
            ids.put(element, ids.size());
            dot.append("  n").append(ids.get(element)).append(";\n");
        }
        int edges = 0;
        for (Link link : cluster.getLinks()) {
            dot.append("  n").append(ids.get(Wiring.ownerOf(link.getEndA()))).append(" -- n").append(ids.get(Wiring.ownerOf(link.getEndB()))).append(";\n");
            edges++;
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                dot.append("  n").append(ids.get(lan)).append(" -- n").append(ids.get(Wiring.ownerOf(member))).append(";\n");
                edges++;
            }
        }
        dot.append("}\n");
        Files.writeString(file, dot);
        return edges;
    }

    /** Seconds Graphviz takes to lay the graph out, or NaN when it is missing or exceeds the bound. */
    private static double graphviz(String engine, Path dot, Path output) throws Exception {
        long t = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(engine, "-Tplain", "-o", output.toString(), dot.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Double.NaN;
        }
        if (!process.waitFor(DOT_TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return Double.POSITIVE_INFINITY;
        }
        return process.exitValue() == 0 ? (System.nanoTime() - t) / 1e9 : Double.NaN;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("Patchbay canvas and Arrange benchmark (Draw2d renderer, ELK; Graphviz on the same graph as DOT)");
        System.out.println("pan = scroll by a third of the window at 100 %; zoom = 80 % <-> 100 %; fit = repaint zoomed to fit (every figure visible);\n"
                + "each is the change, layout and a render of the whole visible 1400x900 canvas, mean of " + REPAINTS + ". Arrange = ELK, median of 3 after a warm-up run");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-13s %6s %6s %9s %8s %8s %8s  %-28s %9s %8s %9s %9s %9s %6s%n", "topology", "boxes", "edges",
                "open ms", "pan ms", "zoom ms", "fit ms", "arrange algorithm", "arrange s", "sfdp s", "dot s", "vs sfdp", "vs dot", "load");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-13s %6d %6d %9.0f %8.1f %8.1f %8.1f  %-28s %9.2f %8s %9s %9s %9s %6.2f%n", r.topology(), r.boxes(), r.edges(),
                    r.openMs(), r.panMs(), r.zoomMs(), r.fitPanMs(), r.algorithm(), r.arrangeS(), seconds(r.sfdpS()), seconds(r.dotS()),
                    ratio(r.arrangeS(), r.sfdpS()), ratio(r.arrangeS(), r.dotS()), r.load());
        }
        System.out.println();
        System.out.println("Screen = from a zoom change to the next paint event the canvas receives (mean of " + REPAINTS
                + "); drag = frames per second moving " + DRAGGED + " selected nodes (mouse move, figures follow, render);"
                + " heap = live heap after a full GC with the topology open; RSS = the benchmark process's resident memory then");
        System.out.printf(Locale.ROOT, "%-13s %10s %10s %10s %10s%n", "topology", "screen ms", "drag fps", "heap MB", "RSS MB");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-13s %10.1f %10.1f %10.0f %10.0f%n", r.topology(), r.screenMs(), r.dragFps(), r.heapMb(), r.rssMb());
        }
        System.out.println();
        System.out.println("Quality of the drawings (normalised stress at the best scale, lower is better; overlapping box pairs):");
        System.out.printf(Locale.ROOT, "%-13s %14s %14s %14s %16s %14s%n", "topology", "arrange stress", "sfdp stress", "stress ratio",
                "arrange overlaps", "sfdp overlaps");
        for (Row r : rows) {
            Quality a = r.arrangeQuality();
            Quality g = r.sfdpQuality();
            System.out.printf(Locale.ROOT, "%-13s %14.4f %14s %14s %16d %14s%n", r.topology(), a.stress(), g == null ? "n/a" : String.format(Locale.ROOT, "%.4f", g.stress()),
                    g == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", a.stress() / g.stress()), a.overlaps(), g == null ? "n/a" : g.overlaps());
        }
        System.out.println();
        System.out.println("Goals: Arrange <= sfdp (ratio <= 1.0) on every graph, with no overlaps and stress within 1.5x of sfdp's;"
                + " repaint <= 33 ms and drag >= 30 frames/s at 5 000 nodes.");
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "n/a" : Double.isInfinite(s) ? ">" + DOT_TIMEOUT_S : String.format(Locale.ROOT, "%.2f", s);
    }

    private static String ratio(double ours, double theirs) {
        if (Double.isNaN(theirs)) {
            return "n/a";
        }
        if (Double.isInfinite(theirs)) {
            return "<" + String.format(Locale.ROOT, "%.3f", ours / DOT_TIMEOUT_S);
        }
        return String.format(Locale.ROOT, "%.2fx", ours / theirs);
    }
}
