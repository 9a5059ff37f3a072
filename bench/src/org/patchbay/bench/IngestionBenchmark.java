package org.patchbay.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.AgentConnection;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer;
import org.patchbay.ui.live.LiveRepainter;

/**
 * Console ingestion: the real client, status store, repaint coalescing and canvas of the console,
 * fed by {@link AgentLoadGenerator} (a separate process) with N simulated agents at 1 Hz. Measures
 * event-to-repaint latency (from the agent's sample time, and from the event's arrival in the
 * console), the console's CPU and resident memory.
 */
public final class IngestionBenchmark {

    public static void main(String[] args) throws Exception {
        int agents = Integer.parseInt(System.getProperty("agents", "1000"));
        int warmupSeconds = Integer.parseInt(System.getProperty("warmup", "20"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "60"));
        int basePort = Integer.parseInt(System.getProperty("basePort", "20000"));
        Path work = Files.createTempDirectory("patchbay-ingestion");

        Cluster cluster = TopologyTemplates.clusterTree(agents, 40);
        List<String> names = cluster.getNodes().stream().map(Node::getName).toList();
        Files.write(work.resolve("names"), names);
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), AgentLoadGenerator.class.getName(), work.resolve("names").toString(),
                work.resolve("ca").toString(), Integer.toString(basePort)).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(generator::destroyForcibly));
        BufferedReader out = new BufferedReader(new InputStreamReader(generator.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        // the JVM may speak first (e.g. "Picked up JAVA_TOOL_OPTIONS" when profiling): wait for the generator's own word
        while (line != null && !line.startsWith("ready") && !line.contains("Exception")) {
            line = out.readLine();
        }
        if (line == null || !line.startsWith("ready")) {
            throw new IllegalStateException("the load generator did not start: " + line);
        }

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        TopologyViewer viewer = new TopologyViewer(shell, new Draw2dGraphRenderer());
        viewer.setInput(cluster);
        LiveState live = new LiveState();
        viewer.styles().setLive(live);
        LiveRepainter repainter = new LiveRepainter(viewer);
        live.addListener(repainter);
        shell.open();
        viewer.renderer().zoomToFit();

        List<Double> fromSample = Collections.synchronizedList(new ArrayList<>());
        List<Double> fromArrival = Collections.synchronizedList(new ArrayList<>());
        boolean[] measuring = {false};
        repainter.setAfterRepaint(changed -> {
            if (!measuring[0]) {
                return;
            }
            long nowMillis = System.currentTimeMillis();
            long nowNanos = System.nanoTime();
            for (String name : changed) {
                LiveNode node = live.node(name);
                if (node != null && node.eventMillis() > 0) {
                    fromSample.add((double) (nowMillis - node.eventMillis()));
                    fromArrival.add((nowNanos - node.receivedNanos()) / 1e6);
                }
            }
        });

        AgentClient client = AgentClient.forConsole(work.resolve("ca"));
        AgentMonitor monitor = new AgentMonitor(client, live, ConnectionPolicy.standard());
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            endpoints.put(names.get(i), URI.create("https://127.0.0.1:" + (basePort + i) + "/"));
        }
        long followedNanos = System.nanoTime();
        monitor.follow(endpoints);
        // when every node first counts as up: the swap-in figure of the console side
        double[] allUpAfter = {-1};
        int[] upReported = {0};
        Runnable[] watchUp = new Runnable[1];
        watchUp[0] = () -> {
            if (shell.isDisposed()) {
                return;
            }
            long up = names.stream().filter(n -> live.node(n) != null && live.node(n).up()).count();
            double after = (System.nanoTime() - followedNanos) / 1e9;
            if ((int) after > upReported[0]) {
                // the shape of the climb says whether a start is slow throughout or held up by a few stragglers
                upReported[0] = (int) after;
                System.out.printf("  %3d s: %d of %d up%n", upReported[0], up, names.size());
            }
            if (up == names.size()) {
                allUpAfter[0] = after;
            } else {
                display.timerExec(100, watchUp[0]);
            }
        };
        display.timerExec(100, watchUp[0]);

        long[] cpuStart = new long[1];
        long[] eventsStart = new long[1];
        long[] repaintsStart = new long[1];
        long[] measureStart = new long[1];
        display.timerExec(warmupSeconds * 1000, () -> {
            measuring[0] = true;
            cpuStart[0] = cpuNanos();
            eventsStart[0] = events(monitor, names);
            repaintsStart[0] = repainter.repaints();
            measureStart[0] = System.nanoTime();
            display.timerExec(seconds * 1000, shell::dispose);
        });
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        double elapsed = (System.nanoTime() - measureStart[0]) / 1e9;
        double cpuPercent = 100.0 * (cpuNanos() - cpuStart[0]) / 1e9 / elapsed;
        double eventsPerSecond = (events(monitor, names) - eventsStart[0]) / elapsed;
        double repaintsPerSecond = (repainter.repaints() - repaintsStart[0]) / elapsed;
        long up = names.stream().filter(n -> live.node(n) != null && live.node(n).up()).count();
        double rss = status("VmRSS:");
        double peak = status("VmHWM:");
        System.gc();
        double liveHeap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        double committedHeap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1048576.0;
        monitor.close();
        client.close();
        generator.destroyForcibly();
        display.dispose();

        System.out.printf("%nconsole ingestion: %d simulated agents (load generator, separate process) at 1 Hz, %d s measured after %d s warm-up%n",
                agents, seconds, warmupSeconds);
        System.out.printf("nodes up %d / %d, events ingested %.0f/s, canvas repaints %.1f/s (cap %d/s)%n", up, agents, eventsPerSecond,
                repaintsPerSecond, LiveRepainter.MAX_RATE_HZ);
        System.out.printf("load average at the end: %s%n", String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3)));
        if (allUpAfter[0] >= 0) {
            System.out.printf("all %d nodes up %.1f s after the console started following them (goal <= 15 s idle, <= 60 s loaded)%n", agents, allUpAfter[0]);
        } else {
            System.out.printf("NOT ALL NODES CAME UP within %d s (%d of %d up at the end): latency not measured%n", warmupSeconds + seconds, up, agents);
        }
        System.out.printf("%-44s %10s %10s %8s%n", "", "measured", "goal", "ratio");
        if (up == agents) {
            row("event-to-repaint p50, from agent sample (ms)", percentile(fromSample, 50), Double.NaN);
            row("event-to-repaint p99, from agent sample (ms)", percentile(fromSample, 99), 100);
            row("event-to-repaint p50, from arrival (ms)", percentile(fromArrival, 50), Double.NaN);
            row("event-to-repaint p99, from arrival (ms)", percentile(fromArrival, 99), Double.NaN);
        }
        row("console CPU (% of one core)", cpuPercent, 50);
        row("console RSS (MB)", rss, 400);
        row("console peak RSS (MB)", peak, 600); // the bound while 1 000 agents connect
        row("  of which Java heap committed (MB)", committedHeap, Double.NaN);
        row("  live heap after a full GC (MB)", liveHeap, Double.NaN);
        System.exit(0);
    }

    private static void row(String name, double value, double goal) {
        System.out.printf("%-44s %10.1f %10s %8s%n", name, value, Double.isNaN(goal) ? "" : String.format("<= %.0f", goal),
                Double.isNaN(goal) ? "" : String.format("%.2fx", value / goal));
    }

    private static long events(AgentMonitor monitor, List<String> names) {
        long total = 0;
        for (String name : names) {
            AgentConnection connection = monitor.connection(name);
            total += connection == null ? 0 : connection.events();
        }
        return total;
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static double status(String field) throws java.io.IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith(field)) {
                return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
