package org.patchbay.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.core.jobs.AgentJobAgents;
import org.patchbay.core.jobs.AutoBalance;
import org.patchbay.core.jobs.Balancer;
import org.patchbay.core.jobs.ClusterJobs;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.live.LiveState;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * The openMosix study's experiment (its Figure 2) on the lab (bench/README.md, "openmosix"): JOBS
 * CPU-bound jobs of fixed work started on node0 of an N-node lab whose nodes each get the same CPU
 * quota (so N nodes are N slow machines on this host), the balancer on, wall time until every job
 * has ended, against N; the speedup over one node beside it, and the load average.
 */
public final class OpenMosixBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Integer> sizes = List.of(args[1].trim().split("\\s+")).stream().map(Integer::parseInt).toList();
        int jobs = Integer.parseInt(args[2]);
        double workSeconds = Double.parseDouble(args[3]);
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
        double cores = Math.max(0.05, Runtime.getRuntime().availableProcessors() / (double) largest);
        long iterations = calibrate(workSeconds);
        System.out.printf(Locale.ROOT, "openMosix Figure 2 on the lab: %d CPU-bound jobs of %.1f CPU-s each (%d shell loop turns) on node0, the balancer on;"
                + " every node limited to %.2f cores; load average (1 min) beside each.%n", jobs, workSeconds, iterations, cores);
        System.out.println("The study's curve: a large gain from 1 to 2 nodes, little beyond 6 (its 100 Mb/s network).");
        System.out.printf("%6s %10s %7s %6s%n", "nodes", "wall s", "moves", "load");
        double single = Double.NaN;
        List<double[]> points = new ArrayList<>();
        for (int n : sizes) {
            Double wall = once(dir.resolve("n" + n), n, cores, jobs, iterations);
            if (wall == null) {
                continue;
            }
            if (n == 1) {
                single = wall;
            }
            points.add(new double[] {n, wall});
        }
        if (Double.isNaN(single)) {
            System.out.println("speedup: not measured (the 1-node run did not finish)");
            return;
        }
        StringBuilder line = new StringBuilder("speedup over 1 node:");
        for (double[] p : points) {
            line.append(String.format(Locale.ROOT, "  %d: %.2f", (int) p[0], single / p[1]));
        }
        System.out.println(line);
    }

    private static Double once(Path dir, int nodes, double cores, int jobs, long iterations) throws Exception {
        Files.createDirectories(dir);
        LabOptions options = new LabOptions(dir.resolve("state"), dir.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, false).withNodeCpuCores(cores);
        Lab lab;
        try {
            lab = Lab.start(TopologyTemplates.star(nodes), options, LabListener.NONE, LabProgress.NONE);
        } catch (Exception e) {
            System.out.printf("%6d  not measured: the lab did not start: %s%n", nodes, e.getMessage());
            return null;
        }
        // a benchmark stopped with Ctrl-C or SIGTERM still removes its lab
        Thread cleanUp = new Thread(lab::close);
        Runtime.getRuntime().addShutdownHook(cleanUp);
        LiveState live = new LiveState();
        try (AgentClient client = AgentClient.forConsole(dir.resolve("ca")); AgentMonitor monitor = new AgentMonitor(client, live, ConnectionPolicy.standard())) {
            monitor.follow(lab.endpoints());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!lab.endpoints().keySet().stream().allMatch(n -> live.node(n) != null && live.node(n).up())) {
                if (System.nanoTime() > deadline) {
                    System.out.printf("%6d  not measured: not every agent came up within 5 minutes%n", nodes);
                    return null;
                }
                Thread.sleep(100);
            }
            ClusterJobs cluster = new ClusterJobs(new AgentJobAgents(client, lab::endpoints), live);
            AutoBalance balance = new AutoBalance(cluster, live, new Balancer(new Balancer.Settings(0.3, Duration.ofSeconds(10), Duration.ofSeconds(1), 0.95, 30)),
                    (a, b) -> 125e6, System::currentTimeMillis);
            List<String> started = new ArrayList<>();
            long start = System.nanoTime();
            for (int j = 0; j < jobs; j++) {
                started.add(client.startJob("node0", lab.endpoints().get("node0"), List.of("sh", "-c",
                        "i=0; while [ $i -lt " + iterations + " ]; do i=$((i+1)); done")).get(60, TimeUnit.SECONDS).id());
            }
            balance.setEnabled(nodes > 1);
            long bound = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (true) {
                balance.tick();
                ClusterJobs.Snapshot s = cluster.refresh().join();
                long ended = started.stream().filter(id -> s.jobs().containsKey(id) && s.jobs().get(id).state() == JobWire.JobState.EXITED).count();
                if (ended == jobs) {
                    break;
                }
                if (System.nanoTime() > bound) {
                    System.out.printf("%6d  not measured: %d of %d jobs ended within 30 minutes%n", nodes, ended, jobs);
                    return null;
                }
                Thread.sleep(500);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            long moves = cluster.snapshot().migrations().stream().filter(m -> m.outcome() == JobWire.Outcome.MOVED).count();
            System.out.printf(Locale.ROOT, "%6d %10.1f %7d %6s%n", nodes, wall, moves, loadAverage());
            balance.close();
            cluster.close();
            return wall;
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            lab.close();
        }
    }

    /** Shell loop turns for {@code seconds} of CPU on this host, from a 2-million-turn run's own CPU time. */
    private static long calibrate(double seconds) throws Exception {
        long turns = 2_000_000;
        Process p = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt " + turns + " ]; do i=$((i+1)); done; cat /proc/$$/stat").start();
        String stat = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        return Math.max(1000, Math.round(turns * seconds / Math.max(0.01, cpu)));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
