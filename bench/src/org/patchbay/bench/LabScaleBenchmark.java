package org.patchbay.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.patchbay.core.session.TestbedSession;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * Swap-in and swap-out of the namespace lab at several sizes (cluster:N: a core switch, edge switches
 * of 40 hosts, N hosts): from the start until every agent answers the console and every delay node
 * and switch snmpd runs; host memory per node (MemAvailable before and with the lab up); stop time;
 * then a fit of fixed + per-node seconds over the best runs, beside the goal and Netbed's figure.
 * A size whose memory the machine does not have, or whose nodes never all come up, is said so and
 * gives no figure. Then two labs started at the same moment, ROUNDS times.
 * Arguments: STATE_DIR SIZES RUNS ROUNDS
 */
public final class LabScaleBenchmark {

    private record Run(double swapInSeconds, double stopSeconds, double megabytesPerNode, String load, String phases, String console) {
    }

    /**
     * When each phase of a lab start began, from its progress messages ("Wiring link3" and "Wiring link4"
     * are one phase): where a big swap-in spends its time.
     */
    private static final class PhaseClock implements LabProgress {
        private final long start = System.nanoTime();
        private final java.util.LinkedHashMap<String, Long> began = new java.util.LinkedHashMap<>();

        @Override
        public synchronized void step(String what, int done, int total) {
            String phase = what.matches("[0-9]+ of [0-9]+ agents listening.*") ? "Waiting for agents to listen"
                    : what.startsWith("Wiring ") ? "Wiring"
                    : what.replaceAll(" (for|of|on|onto|to) .*$", "").replaceAll("[0-9]+", "N").replaceAll(",.*$", "");
            began.putIfAbsent(phase, System.nanoTime());
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        /** Each phase's share up to {@code endNanos}, the last one ending there: "namespaces 40.1 s, ...". */
        synchronized String summary(long startedNanos, long endNanos) {
            List<String> parts = new ArrayList<>();
            List<java.util.Map.Entry<String, Long>> list = new ArrayList<>(began.entrySet());
            long previous = startedNanos;
            String previousName = "planning";
            for (java.util.Map.Entry<String, Long> e : list) {
                parts.add(String.format(Locale.ROOT, "%s %.1f s", previousName, (e.getValue() - previous) / 1e9));
                previous = e.getValue();
                previousName = e.getKey();
            }
            parts.add(String.format(Locale.ROOT, "%s %.1f s", previousName, (endNanos - previous) / 1e9));
            return String.join(", ", parts);
        }
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        List<Integer> sizes = new ArrayList<>();
        for (String s : args[1].trim().split("[ ,]+")) {
            sizes.add(Integer.parseInt(s));
        }
        int runs = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        System.out.println("Lab swap-in, cluster:N topologies; best of " + runs + " runs; load average (1 min) beside each figure.");
        System.out.println("Goal: <= 15 s + 0.25 s per node; stop <= 10 s at 500 nodes; <= 20 MB of host memory per node.");
        System.out.println("Reference: Netbed 135 s + 3.4 s per node (real hardware); this lab before the scale work 32 s + 2.9 s per node (loaded).");
        System.out.printf("%7s %12s %10s %12s %8s%n", "nodes", "swap-in s", "stop s", "MB/node", "load");
        List<double[]> points = new ArrayList<>();
        java.util.Map<Integer, Run> bestBySize = new java.util.HashMap<>();
        for (int n : sizes) {
            Run best = best(state, n, runs, 10, "");
            if (best == null) {
                continue;
            }
            bestBySize.put(n, best);
            points.add(new double[] {n, best.swapInSeconds()});
        }
        // the reference, in the same invocation: the same lab with one agent process per node, as before the shared runtime
        int reference = reference();
        if (reference > 0) {
            System.setProperty(AGENTS_PROPERTY, "per-node");
            Run perNode;
            try {
                perNode = best(state, reference, runs, 80, "  (reference: one agent process per node)");
            } finally {
                System.clearProperty(AGENTS_PROPERTY);
            }
            Run shared = bestBySize.get(reference);
            if (perNode != null && shared != null) {
                System.out.printf(Locale.ROOT, "at %d nodes the shared runtime takes %.2fx the swap-in time and %.2fx the memory per node of one agent per node%n",
                        reference, shared.swapInSeconds() / perNode.swapInSeconds(), shared.megabytesPerNode() / perNode.megabytesPerNode());
            } else {
                System.out.printf("no ratio to the reference at %d nodes: %s%n", reference, shared == null ? "that size was not measured with the runtime (add it to SIZES)"
                        : "the reference could not be measured");
            }
        }
        if (points.size() >= 2) {
            double[] fit = fit(points);
            System.out.printf(Locale.ROOT, "fit: %.1f s + %.3f s per node (goal 15 s + 0.25 s per node: %s)%n", fit[0], fit[1],
                    fit[0] <= 15 && fit[1] <= 0.25 ? "met" : "not met");
        } else {
            System.out.println("fit: not enough sizes measured");
        }
        concurrent(state.resolve("pairs"), rounds);
    }

    private static final String AGENTS_PROPERTY = "patchbay.lab.agents";

    /** REFERENCE nodes for the one-agent-per-node reference (default 50; 0 skips it). */
    private static int reference() {
        String value = System.getenv("REFERENCE");
        return value == null || value.isBlank() ? 50 : Integer.parseInt(value.trim());
    }

    /** The best of {@code runs} swap-ins of {@code n} nodes, printed; null (and why printed) when none could be measured. */
    private static Run best(Path state, int n, int runs, int megabytesPerNodeNeeded, String label) throws Exception {
        long available = memAvailableKb();
        long needKb = (long) n * megabytesPerNodeNeeded * 1024;
        if (needKb > available * 8 / 10) {
            System.out.printf("%7d  not measured: about %d MB needed, %d MB available%s%n", n, needKb / 1024, available / 1024, label);
            return null;
        }
        Run best = null;
        for (int r = 0; r < runs; r++) {
            Run run = once(TopologyTemplates.clusterTree(n, 40), state.resolve("n" + n + "-" + r + (label.isEmpty() ? "" : "-ref")), n);
            if (run == null) {
                break;
            }
            if (best == null || run.swapInSeconds() < best.swapInSeconds()) {
                best = run;
            }
        }
        if (best != null) {
            System.out.printf(Locale.ROOT, "%7d %12.1f %10.1f %12.1f %8s%s%n", n, best.swapInSeconds(), best.stopSeconds(), best.megabytesPerNode(), best.load(),
                    label);
            System.out.println("          phases: " + best.phases());
            if (!best.console().isEmpty()) {
                System.out.println("          " + best.console());
            }
        }
        return best;
    }

    private static Run once(Cluster cluster, Path dir, int nodes) throws Exception {
        Files.createDirectories(dir);
        LabOptions options = new LabOptions(dir.resolve("state"), dir.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, false);
        long availableBefore = memAvailableKb();
        long start = System.nanoTime();
        PhaseClock phases = new PhaseClock();
        Lab lab;
        try {
            lab = Lab.start(cluster, options, LabListener.NONE, phases);
        } catch (Exception e) {
            System.out.printf("%7d  not measured: the lab refused or failed: %s%n", nodes, e.getMessage().replace('\n', ' '));
            return null;
        }
        // a benchmark stopped with Ctrl-C or SIGTERM still removes its lab
        Lab started = lab;
        Thread cleanUp = new Thread(started::close);
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try (TestbedSession session = new TestbedSession(dir.resolve("ca"))) {
            phases.step("Console connecting", 0, nodes);
            session.attach(new LabTestbed(lab));
            long deadline = System.currentTimeMillis() + 600_000 + 5_000L * nodes;
            while (!allUp(session, lab)) {
                if (System.currentTimeMillis() > deadline) {
                    System.out.printf("%7d  not measured: %d of %d agents answered within the bound%n", nodes, countUp(session, lab), nodes);
                    return null;
                }
                Thread.sleep(50);
            }
            long allUp = System.nanoTime();
            double swapIn = (allUp - start) / 1e9;
            double perNode = (availableBefore - memAvailableKb()) / 1024.0 / nodes;
            String load = loadAverage();
            String console = nodes >= holdFrom() ? responsiveness(session, lab, dir) : "";
            long stopStart = System.nanoTime();
            session.stopTestbed(LabProgress.NONE);
            double stop = (System.nanoTime() - stopStart) / 1e9;
            if (!lab.failedNodes().isEmpty()) {
                System.out.printf("%7d  (%d nodes failed to start: %s)%n", nodes, lab.failedNodes().size(), lab.failedNodes().keySet());
            }
            return new Run(swapIn, stop, perNode, load, phases.summary(start, allUp), console);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook is closing it
            }
            lab.close();
        }
    }

    private static boolean allUp(TestbedSession session, Lab lab) {
        return countUp(session, lab) == lab.endpoints().size() - lab.failedNodes().size();
    }

    private static int countUp(TestbedSession session, Lab lab) {
        int up = 0;
        for (String node : lab.endpoints().keySet()) {
            var state = session.live().node(node);
            if (state != null && state.up()) {
                up++;
            }
        }
        return up;
    }

    /** Sizes from which the console's responsiveness is measured once all are up (HOLD_FROM, default 200). */
    private static int holdFrom() {
        String value = System.getenv("HOLD_FROM");
        return value == null || value.isBlank() ? 200 : Integer.parseInt(value.trim());
    }

    /**
     * With every node up and streaming, for HOLD seconds (default 20): how old the console's view of
     * a node is when its event lands (from the agent's sample time, same host clock), how fast a
     * node answers a status request from a second client, and what the console process (with the
     * lab in it, as the real console runs it) costs in CPU and memory.
     */
    private static String responsiveness(TestbedSession session, Lab lab, Path dir) {
        long holdMillis = 1000L * Integer.parseInt(java.util.Objects.requireNonNullElse(System.getenv("HOLD"), "20").trim());
        List<Long> ages = java.util.Collections.synchronizedList(new ArrayList<>());
        org.patchbay.core.live.LiveState.Listener listener = node -> {
            var state = session.live().node(node);
            if (state != null && state.eventMillis() > 0) {
                ages.add(System.currentTimeMillis() - state.eventMillis());
            }
        };
        List<Long> answers = new ArrayList<>();
        int unanswered = 0;
        List<String> names = List.copyOf(lab.endpoints().keySet());
        java.util.Random random = new java.util.Random(7);
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        session.live().addListener(listener);
        try (org.patchbay.agent.client.AgentClient second = org.patchbay.agent.client.AgentClient.forConsole(dir.resolve("ca"))) {
            long end = System.currentTimeMillis() + holdMillis;
            while (System.currentTimeMillis() < end) {
                String node = names.get(random.nextInt(names.size()));
                long asked = System.nanoTime();
                try {
                    second.status(node, lab.endpoints().get(node)).get(10, TimeUnit.SECONDS);
                    answers.add((System.nanoTime() - asked) / 1_000_000);
                } catch (Exception e) {
                    unanswered++;
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            return "console: not measured (" + e.getMessage() + ")";
        } finally {
            session.live().removeListener(listener);
        }
        double cpu = 100.0 * (processCpuNanos() - cpuBefore) / (System.nanoTime() - wallBefore);
        List<Long> sortedAges;
        synchronized (ages) {
            sortedAges = new ArrayList<>(ages);
        }
        java.util.Collections.sort(sortedAges);
        java.util.Collections.sort(answers);
        return String.format(Locale.ROOT,
                "console over %d s with all up: event age p50 %d ms, p99 %d ms (%d events); status request p50 %d ms, p99 %d ms (%d asked, %d unanswered);"
                        + " console+lab process %.0f %% of a core, RSS %.0f MB, load %s",
                holdMillis / 1000, percentile(sortedAges, 50), percentile(sortedAges, 99), sortedAges.size(), percentile(answers, 50), percentile(answers, 99),
                answers.size() + unanswered, unanswered, cpu, ProcessMemory.residentMegabytes(), loadAverage());
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Two labs started at the same instant, {@code rounds} times: both must come up every time. */
    private static void concurrent(Path dir, int rounds) throws Exception {
        int both = 0;
        for (int round = 0; round < rounds; round++) {
            Path a = dir.resolve("a" + round);
            Path b = dir.resolve("b" + round);
            CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> quietly(a));
            CompletableFuture<Run> second = CompletableFuture.supplyAsync(() -> quietly(b));
            if (first.get(900, TimeUnit.SECONDS) != null && second.get(900, TimeUnit.SECONDS) != null) {
                both++;
            }
        }
        System.out.printf("two labs started at the same moment: both came up %d of %d times (load %s)%n", both, rounds, loadAverage());
    }

    private static Run quietly(Path dir) {
        try {
            return once(TopologyTemplates.star(4), dir, 4);
        } catch (Exception e) {
            System.out.println("  a concurrent lab failed: " + e.getMessage());
            return null;
        }
    }

    /** Least squares: seconds = fixed + perNode * nodes. */
    private static double[] fit(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {(sy - slope * sx) / n, slope};
    }

    private static long memAvailableKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemAvailable:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
