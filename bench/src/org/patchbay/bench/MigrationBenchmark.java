package org.patchbay.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * Job migration in a real two-node lab (bench/README.md, "migration"): pb-memjob (a load generator
 * holding SIZE MB and rewriting D MB of it a second) is moved from node0 to node1, over the
 * unshaped management network and over the lab's links shaped to 100 Mb/s; freeze time (the job
 * stopped), total time, bytes moved, and the agents' CPU and peak memory meanwhile, best of RUNS
 * (by freeze), with the load average beside each figure.
 */
public final class MigrationBenchmark {

    private static final long LINK_BPS = 100_000_000L;

    private record Result(MigrationInfo move, double agentCpuSeconds, long agentPeakRssKb, String load) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path memjob = Path.of(args[1]);
        List<Integer> sizes = List.of(args[2].trim().split("\\s+")).stream().map(Integer::parseInt).toList();
        List<Integer> dirty = List.of(args[3].trim().split("\\s+")).stream().map(Integer::parseInt).toList();
        int runs = Integer.parseInt(args[4]);
        Cluster cluster = TopologyTemplates.star(2);
        for (Link link : cluster.getLinks()) {
            link.setBandwidthBps(LINK_BPS);
        }
        String shapedAddress = cluster.getNodes().get(1).getInterfaces().get(0).getIpv4Address();
        LabOptions options = new LabOptions(dir.resolve("state"), dir.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, false);
        System.out.println("Job migration, node0 -> node1 of a 2-node lab; stop-and-copy (CRIU dump into the target's TLS page server) and post-copy"
                + " (the job runs on node1 first, its pages follow from node0's lazy-pages server); best of " + runs + " by freeze; load average (1 min)"
                + " beside each.");
        System.out.println("Pre-copy (criu pre-dump --track-mem) is not measured: this kernel has no soft-dirty tracking (criu check: \"Dirty tracking is OFF\").");
        System.out.println("Goals: total over the 100 Mb/s link <= 1.2 x (memory / link rate) + 2 s; freeze <= 1 s for 100 MB unshaped; the short-freeze"
                + " mode's freeze <= 0.3 x stop-and-copy's in the same run.");
        Lab lab = Lab.start(cluster, options, LabListener.NONE, LabProgress.NONE);
        // a benchmark stopped with Ctrl-C or SIGTERM still removes its lab
        Thread cleanUp = new Thread(lab::close);
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try (AgentClient client = AgentClient.forConsole(dir.resolve("ca"))) {
            Map<String, URI> endpoints = lab.endpoints();
            awaitAgents(client, endpoints);
            System.out.printf("%8s %6s %-16s %-14s %9s %9s %9s %9s %8s %9s %6s  %s%n", "size MB", "dirty", "path", "mode", "moved MB", "freeze s",
                    "total s", "goal s", "agentCPU", "agentRSS", "load", "outcome");
            for (int size : sizes) {
                for (int d : dirty) {
                    for (String path : List.of("unshaped", "100 Mb/s link")) {
                        long stopAndCopyFreeze = -1;
                        for (String mode : List.of("stop-and-copy", "post-copy")) {
                            Result best = null;
                            String failure = null;
                            for (int r = 0; r < runs; r++) {
                                Result result = once(lab, client, endpoints, memjob, size, d, path.equals("unshaped") ? "" : shapedAddress, mode);
                                if (result.move().outcome() != JobWire.Outcome.MOVED) {
                                    failure = result.move().error();
                                    continue;
                                }
                                if (best == null || result.move().freezeMillis() < best.move().freezeMillis()) {
                                    best = result;
                                }
                            }
                            if (best == null) {
                                System.out.printf("%8d %6d %-16s %-14s  not measured: %s%n", size, d, path, mode, failure);
                                continue;
                            }
                            MigrationInfo m = best.move();
                            if (mode.equals("post-copy") && !m.phase().startsWith(JobWire.POST_COPY_PHASE)) {
                                System.out.printf("%8d %6d %-16s %-14s  not measured: the agents moved it by stop-and-copy (%s)%n", size, d, path, mode, m.phase());
                                continue;
                            }
                            double goal = path.equals("unshaped") ? Double.NaN : 1.2 * (m.bytes() * 8.0 / LINK_BPS) + 2;
                            List<String> verdicts = new ArrayList<>();
                            if (!path.equals("unshaped")) {
                                verdicts.add(m.totalMillis() / 1000.0 <= goal ? "total goal met" : "total goal not met");
                            } else if (size == 100) {
                                verdicts.add(m.freezeMillis() <= 1000 ? "freeze goal met" : "freeze goal not met");
                            }
                            if (mode.equals("stop-and-copy")) {
                                stopAndCopyFreeze = m.freezeMillis();
                            } else if (stopAndCopyFreeze > 0) {
                                double ratio = m.freezeMillis() / (double) stopAndCopyFreeze;
                                verdicts.add(String.format(Locale.ROOT, "freeze %.2fx stop-and-copy's (goal 0.3x: %s)", ratio, ratio <= 0.3 ? "met" : "not met"));
                            }
                            System.out.printf(Locale.ROOT, "%8d %6d %-16s %-14s %9.1f %9.2f %9.2f %9s %8.2f %8dM %6s  %s%n", size, d, path, mode,
                                    m.bytes() / 1048576.0, m.freezeMillis() / 1000.0, m.totalMillis() / 1000.0,
                                    Double.isNaN(goal) ? "-" : String.format(Locale.ROOT, "%.1f", goal), best.agentCpuSeconds(), best.agentPeakRssKb() / 1024,
                                    best.load(), String.join("; ", verdicts));
                        }
                    }
                }
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            lab.close();
        }
    }

    private static Result once(Lab lab, AgentClient client, Map<String, URI> endpoints, Path memjob, int size, int dirty, String pageAddress, String mode)
            throws Exception {
        JobInfo job = client.startJob("node0", endpoints.get("node0"), List.of(memjob.toString(), Integer.toString(size), Integer.toString(dirty)))
                .get(60, TimeUnit.SECONDS);
        try {
            // the job has filled its memory once it printed its first line
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (true) {
                String output = client.jobOutput("node0", endpoints.get("node0"), job.id(), 0).get(60, TimeUnit.SECONDS).getKey();
                if (output.lines().count() >= 2) {
                    break;
                }
                JobInfo now = client.jobs("node0", endpoints.get("node0")).get(60, TimeUnit.SECONDS).stream().filter(j -> j.id().equals(job.id()))
                        .findFirst().orElseThrow();
                if (now.state() == JobWire.JobState.EXITED || System.nanoTime() > deadline) {
                    return new Result(new MigrationInfo("-", job.id(), "node0", "node1", "user", JobWire.Outcome.FAILED, "", 0, 0, 0, 0,
                            "pb-memjob " + (now.state() == JobWire.JobState.EXITED ? "ended (exit " + now.exitCode() + "): " : "did not start in 5 minutes: ")
                                    + output.strip()), 0, 0, loadAverage());
                }
                Thread.sleep(100);
            }
            List<Long> agents = new ArrayList<>();
            lab.agentPid("node0").ifPresent(agents::add);
            lab.agentPid("node1").ifPresent(agents::add);
            long cpuBefore = cpuTicks(agents);
            AtomicLong peak = new AtomicLong();
            Thread sampler = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(rssKb(agents), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            MigrationInfo started = client.migrate("node0", endpoints.get("node0"), job.id(), "node1", endpoints.get("node1"), "user", pageAddress, mode)
                    .get(60, TimeUnit.SECONDS);
            MigrationInfo end = null;
            while (end == null) {
                for (MigrationInfo m : client.migrations("node0", endpoints.get("node0")).get(60, TimeUnit.SECONDS)) {
                    if (m.id().equals(started.id()) && m.outcome() != JobWire.Outcome.RUNNING) {
                        end = m;
                    }
                }
                Thread.sleep(50);
            }
            sampler.interrupt();
            double cpu = (cpuTicks(agents) - cpuBefore) / 100.0;
            return new Result(end, cpu, peak.get(), loadAverage());
        } finally {
            for (String node : List.of("node0", "node1")) {
                try {
                    client.jobAction(node, endpoints.get(node), job.id(), "kill").get(60, TimeUnit.SECONDS);
                } catch (Exception notThere) {
                    // it runs on the other node
                }
            }
        }
    }

    private static void awaitAgents(AgentClient client, Map<String, URI> endpoints) throws Exception {
        for (Map.Entry<String, URI> e : endpoints.entrySet()) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (true) {
                try {
                    client.jobs(e.getKey(), e.getValue()).get(30, TimeUnit.SECONDS);
                    break;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(e.getKey() + "'s agent did not answer within 5 minutes: " + notYet.getMessage());
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    private static long cpuTicks(List<Long> pids) {
        long total = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (Exception ended) {
                // the agent restarted meanwhile
            }
        }
        return total;
    }

    private static long rssKb(List<Long> pids) {
        long total = 0;
        for (long pid : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (Exception ended) {
                // gone
            }
        }
        return total;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
