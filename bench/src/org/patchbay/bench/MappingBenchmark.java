package org.patchbay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.patchbay.mapping.Mapper;
import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.MappingRequest;
import org.patchbay.mapping.tests.MappingProblems;
import org.patchbay.model.Cluster;
import org.patchbay.model.Testbed;

/**
 * The virtual-to-physical mapper on generated problems (bench/README.md, "mapping"): Netbed-style
 * experiments of 20, 100 and 500 nodes (trees plus extra links and LANs, 100 Mb/s) onto 1.2 times
 * as many machines with 4 x 1 Gb/s interfaces, 12 to a leaf switch, leaves trunked to a core; and
 * problems with a planted mapping that violates nothing. Per size: best wall and CPU time of RUNS
 * seeds, trunk violations and inter-switch links of each, the greedy start's score beside the
 * annealed one (the same-run reference), and the load average.
 */
public final class MappingBenchmark {

    private static final int PER_LEAF = 12;

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args.length > 0 ? args[0] : "5");
        List<Long> trunks = List.of((args.length > 1 ? args[1] : "2000 1000").trim().split("\\s+")).stream().map(Long::parseLong).toList();
        Mapper mapper = new Mapper();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        // Warm the JIT on a mid-sized problem so the first measured size is not charged for compilation.
        mapper.map(MappingRequest.of(MappingProblems.treeWithExtras(200, 99, "pc"),
                MappingProblems.leafAndCore(240, PER_LEAF, 4, 1000, 2000, "pc")));
        for (long trunkMbps : trunks) {
            measureAll(mapper, threads, runs, trunkMbps);
        }
        System.out.println();
        System.out.println("reference, quoted from a run elsewhere (not this machine, not this run): Emulab assign takes 0.1-0.3 s of CPU at 100 nodes");
        System.out.println("and 13-20 s at 500, and at 500 nodes with 2 Gb trunks leaves 7-9 trunk-bandwidth violations.");
        System.out.println("goals: planted problems 0 violations; 500 nodes under 2 s; violations and inter-switch links no more than assign's.");
    }

    private static void measureAll(Mapper mapper, ThreadMXBean threads, int runs, long trunkMbps) throws Exception {
        System.out.println();
        System.out.printf(Locale.ROOT, "mapper, %d runs per size (seeds 1..%d), leaves of %d machines, %d Mb/s trunks to the core "
                + "(planted problems: %d Mb/s, links between groups up to 80%% of it)%n", runs, runs, PER_LEAF, trunkMbps, trunkMbps / 2);
        System.out.println("size  kind     best-wall  best-cpu  violations(per run)  inter-switch(per run)  greedy->annealed score  load");
        for (int nodes : List.of(20, 100, 500)) {
            measure(mapper, threads, runs, nodes, "netbed", seed -> new MappingProblems.Problem(MappingProblems.treeWithExtras(nodes, nodes, "pc"),
                    MappingProblems.leafAndCore((int) Math.ceil(nodes * 1.2), PER_LEAF, 4, 1000, trunkMbps, "pc"), List.of()));
            measure(mapper, threads, runs, nodes, "planted", seed -> MappingProblems.planted(nodes, PER_LEAF, trunkMbps / 2, seed));
        }
    }

    private interface ProblemMaker {
        MappingProblems.Problem make(long seed);
    }

    private static void measure(Mapper mapper, ThreadMXBean threads, int runs, int nodes, String kind, ProblemMaker maker) throws Exception {
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        List<Long> violations = new ArrayList<>();
        List<Integer> interSwitch = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        String load = "";
        for (long seed = 1; seed <= runs; seed++) {
            MappingProblems.Problem problem = maker.make(seed);
            Cluster experiment = problem.experiment();
            Testbed testbed = problem.testbed();
            load = loadAverage();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed).withSeed(seed));
            bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            violations.add(mapping.trunkViolations());
            interSwitch.add(mapping.interSwitchLinks());
            scores.add(String.format(Locale.ROOT, "%.0f->%.0f", mapping.search().initialScore(), mapping.score()));
        }
        System.out.printf(Locale.ROOT, "%4d  %-7s  %8.3fs  %7.3fs  %-19s  %-21s  %s  %s%n", nodes, kind, bestWall, bestCpu, violations, interSwitch,
                String.join(" ", scores), load);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
