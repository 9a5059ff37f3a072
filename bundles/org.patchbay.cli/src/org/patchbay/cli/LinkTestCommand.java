package org.patchbay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.patchbay.experiment.LinkTest;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.TestbedSweepTarget;
import org.patchbay.lab.LabOptions;
import org.patchbay.model.Cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patchbay-cli linktest}: starts the topology's lab and checks every link, LAN and switch against the drawing. */
@Command(name = "linktest", description = "Starts the topology's lab and probes every link, LAN and switch member pair (reachability, round trip, loss, "
        + "bandwidth) against the topology's shaping; prints a node-to-node matrix per segment and records the results as a sweep of 'linktest'. "
        + "Exit 0 when everything is as drawn, 3 when a pair is out of spec or unreachable.")
final class LinkTestCommand implements Callable<Integer> {

    static final int OUT_OF_SPEC = 3;

    @Parameters(index = "0", paramLabel = "TOPOLOGY.cluster")
    Path topology;
    @Option(names = "--results", paramLabel = "DB", description = "the results database (default: beside the topology, NAME.results.mv.db)")
    Path results;
    @CommandLine.Mixin
    PatchbayCli.FileLimit limit;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Cluster cluster = limit.load(topology);
        List<LinkTest.Pair> pairs = LinkTest.pairs(cluster);
        if (pairs.isEmpty()) {
            out.println(cluster.getName() + " has no link, LAN or switch between two addressed node interfaces: nothing to test");
            return 0;
        }
        out.println(pairs.size() + " pairs to probe");
        try (CancelOnSignal cancel = new CancelOnSignal(); ResultStore store = ResultStore.open(results != null ? results : ResultStore.beside(topology));
                LabRun lab = LabRun.start(cluster, cancel, out)) {
            if (lab.session().shaping().isEmpty()) {
                spec.commandLine().getErr().println("patchbay-cli: the lab runs without real links (not as root: its nodes are loopback processes), so there is "
                        + "nothing to test; run patchbay-cli linktest as root");
                return 1;
            }
            LinkTest test = new LinkTest(new TestbedSweepTarget(lab.session(), lab.modelThread()), LabOptions.findNativeHelper("pb-probe"));
            List<LinkTest.Result> found = test.run(pairs, store, (r, done, total) -> {
            }, cancel::cancelled);
            print(found, out);
            long bad = found.stream().filter(r -> r.verdict() == LinkTest.Verdict.OUT_OF_SPEC || r.verdict() == LinkTest.Verdict.UNREACHABLE).count();
            long notMeasured = found.stream().filter(r -> r.verdict() == LinkTest.Verdict.NOT_MEASURED || r.message().contains("not measured")).count();
            out.println(found.size() + " of " + pairs.size() + " pairs probed: " + (found.size() - bad) + " as drawn, " + bad + " out of spec or unreachable"
                    + (notMeasured > 0 ? ", " + notMeasured + " partly not measured (see above)" : "") + "; recorded as sweep "
                    + store.sweeps(LinkTest.EXPERIMENT).get(0).id() + " of " + LinkTest.EXPERIMENT);
            return cancel.cancelled() ? 1 : bad > 0 ? OUT_OF_SPEC : 0;
        }
    }

    /** Per segment, a matrix of measured/expected round trips (x marks a pair out of spec), then a line per pair that is not as drawn. */
    static void print(List<LinkTest.Result> results, PrintWriter out) {
        Map<String, List<LinkTest.Result>> bySegment = new LinkedHashMap<>();
        results.forEach(r -> bySegment.computeIfAbsent(r.pair().segment(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<LinkTest.Result>> segment : bySegment.entrySet()) {
            out.println(segment.getKey() + ": round trip ms, measured/expected (x = out of spec, ? = not measured)");
            Set<String> ends = new LinkedHashSet<>();
            segment.getValue().forEach(r -> {
                ends.add(r.pair().from() + ":" + r.pair().fromInterface());
                ends.add(r.pair().to() + ":" + r.pair().toInterface());
            });
            List<String> names = new ArrayList<>(ends);
            int width = Math.max(14, names.stream().mapToInt(String::length).max().orElse(0) + 2);
            StringBuilder header = new StringBuilder(" ".repeat(width));
            names.forEach(n -> header.append(String.format("%-" + width + "s", n)));
            out.println(header.toString().stripTrailing());
            for (String from : names) {
                StringBuilder line = new StringBuilder(String.format("%-" + width + "s", from));
                for (String to : names) {
                    LinkTest.Result r = find(segment.getValue(), from, to);
                    String cell = r == null ? "-" : r.verdict() == LinkTest.Verdict.UNREACHABLE ? "x unreachable"
                            : String.format("%s%.1f/%.1f", r.verdict() == LinkTest.Verdict.OUT_OF_SPEC ? "x " : r.verdict() == LinkTest.Verdict.NOT_MEASURED ? "? " : "",
                                    r.rttMs(), r.pair().expectedRttMs());
                    line.append(String.format("%-" + width + "s", cell));
                }
                out.println(line.toString().stripTrailing());
            }
            for (LinkTest.Result r : segment.getValue()) {
                String bandwidth = Double.isNaN(r.mbps()) ? "" : String.format(", %.2f/%.2f Mb/s", r.mbps(), r.pair().forward().bandwidthBps() / 1e6);
                String loss = Double.isNaN(r.lossRate()) ? "" : String.format(", loss %.2f/%.2f %% of %d", r.lossRate() * 100, r.pair().expectedRoundTripLoss() * 100, r.probes());
                if (!r.message().isEmpty() || !bandwidth.isEmpty()) {
                    out.println("  " + r.pair().name() + loss + bandwidth + (r.message().isEmpty() ? "" : ": " + r.message()));
                }
            }
        }
    }

    private static LinkTest.Result find(List<LinkTest.Result> results, String from, String to) {
        for (LinkTest.Result r : results) {
            String a = r.pair().from() + ":" + r.pair().fromInterface();
            String b = r.pair().to() + ":" + r.pair().toInterface();
            if (a.equals(from) && b.equals(to)) {
                return r;
            }
        }
        return null;
    }
}
