package org.patchbay.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.Node;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.Port;
import org.patchbay.model.Switch;
import org.patchbay.model.topology.Wiring;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * Emulab's linktest: is the running lab what the drawing says? Every pair of node interfaces joined by
 * a link, a LAN or a drawn switch is probed for reachability, round-trip time and loss (pb-probe
 * echo/rtt), and each attachment once for bandwidth (pb-probe send/sink, offered a little above its
 * rate), against what the topology's shaping asks for on that path. Pairs that share no node run at
 * the same time, so no shaped pipe carries two tests; bandwidth tests run few at a time. A bandwidth
 * the host could not even offer (the sender fell behind) is "not measured: host saturated", apart
 * from "out of spec". The results are recorded as a sweep of the experiment "linktest".
 */
public final class LinkTest {

    public static final String EXPERIMENT = "linktest";
    /** Bandwidth is measured over this long per attachment. */
    static final double BANDWIDTH_SECONDS = 2.0;
    private static final int FIRST_PORT = 19100;
    /** How long a pair may take to answer its first probes before it is unreachable. */
    static final long REACH_SECONDS = 8;

    /** What one direction of a path asks for: delay and loss summed over its pipes, the narrowest bandwidth. */
    public record PathSpec(double delayMs, double lossRate, long bandwidthBps) {
    }

    /** A pair to probe: from one node interface to another over one segment (a link, a LAN, a switch). */
    public record Pair(String segment, String from, String fromInterface, String to, String toInterface, String toAddress, PathSpec forward,
            PathSpec back, boolean testBandwidth) {
        public String name() {
            return from + ":" + fromInterface + " -> " + to + ":" + toInterface;
        }

        public double expectedRttMs() {
            return forward.delayMs() + back.delayMs();
        }

        /** Probes lost on a round trip: either direction may drop them. */
        public double expectedRoundTripLoss() {
            return 1 - (1 - forward.lossRate()) * (1 - back.lossRate());
        }
    }

    public enum Verdict {
        OK, OUT_OF_SPEC, UNREACHABLE, NOT_MEASURED
    }

    /** What was measured of one pair; {@code mbps} is NaN when bandwidth was not tested. */
    public record Result(Pair pair, Verdict verdict, double rttMs, double lossRate, double mbps, int probes, String message, Instant started, double seconds) {
    }

    private final SweepTarget target;
    private final Path probe;
    private final DoubleSupplier hostLoad;
    private final int cores;

    public LinkTest(SweepTarget target, Path probe) {
        this(target, probe, SweepRunner::loadAverage, Runtime.getRuntime().availableProcessors());
    }

    public LinkTest(SweepTarget target, Path probe, DoubleSupplier hostLoad, int cores) {
        this.target = target;
        this.probe = probe;
        this.hostLoad = hostLoad;
        this.cores = Math.max(1, cores);
    }

    /** Every pair to probe in {@code cluster}, with what its shaping asks for. Call on the thread that owns the model. */
    public static List<Pair> pairs(Cluster cluster) {
        ShapingPlan plan = ModelShaping.plan(cluster);
        Map<String, PipeSpec> pipes = new HashMap<>();
        plan.pipes().forEach((key, spec) -> pipes.put(place(key.node(), key.iface(), key.direction()), spec));
        List<Pair> pairs = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            Interface a = nodeInterface(link.getEndA());
            Interface b = nodeInterface(link.getEndB());
            if (a != null && b != null) {
                add(pairs, pipes, "link " + link.getName(), a, b, true);
                add(pairs, pipes, "link " + link.getName(), b, a, false);
            }
        }
        for (Lan lan : cluster.getLans()) {
            segment(pairs, pipes, "LAN " + lan.getName(), lan.getMembers().stream().map(LinkTest::nodeInterface).filter(i -> i != null).toList());
        }
        for (Switch sw : cluster.getSwitches()) {
            List<Interface> members = new ArrayList<>();
            for (Link link : Wiring.linksAt(cluster, sw)) {
                Interface a = nodeInterface(link.getEndA());
                Interface b = nodeInterface(link.getEndB());
                if (a != null ^ b != null) {
                    members.add(a != null ? a : b);
                }
            }
            segment(pairs, pipes, "switch " + sw.getName(), members);
        }
        return pairs;
    }

    /** Every ordered pair of members for round trips; bandwidth once per member, around the ring (i to i+1). */
    private static void segment(List<Pair> pairs, Map<String, PipeSpec> pipes, String segment, List<Interface> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = 0; j < members.size(); j++) {
                if (i != j && members.get(i).eContainer() != members.get(j).eContainer()) {
                    boolean ring = members.size() > 1 && j == (i + 1) % members.size();
                    if (j > i || ring) {
                        add(pairs, pipes, segment, members.get(i), members.get(j), ring);
                    }
                }
            }
        }
    }

    private static void add(List<Pair> pairs, Map<String, PipeSpec> pipes, String segment, Interface from, Interface to, boolean bandwidth) {
        if (to.getIpv4Address() == null || to.getIpv4Address().isBlank()) {
            return;
        }
        String fromNode = ((Node) from.eContainer()).getName();
        String toNode = ((Node) to.eContainer()).getName();
        String fromIf = KernelInterfaceNames.of(from);
        String toIf = KernelInterfaceNames.of(to);
        PathSpec forward = path(pipes.get(place(fromNode, fromIf, PipeKey.Direction.EGRESS)), pipes.get(place(toNode, toIf, PipeKey.Direction.INGRESS)));
        PathSpec back = path(pipes.get(place(toNode, toIf, PipeKey.Direction.EGRESS)), pipes.get(place(fromNode, fromIf, PipeKey.Direction.INGRESS)));
        pairs.add(new Pair(segment, fromNode, fromIf, toNode, toIf, to.getIpv4Address(), forward, back, bandwidth));
    }

    private static PathSpec path(PipeSpec first, PipeSpec second) {
        double delay = 0;
        double kept = 1;
        long bandwidth = Long.MAX_VALUE;
        for (PipeSpec pipe : new PipeSpec[] {first, second}) {
            if (pipe != null) {
                delay += pipe.delayMs();
                kept *= 1 - pipe.lossRate();
                bandwidth = Math.min(bandwidth, pipe.bandwidthBps());
            }
        }
        return new PathSpec(delay, 1 - kept, bandwidth);
    }

    private static String place(String node, String iface, PipeKey.Direction direction) {
        return node + "\u0000" + iface + "\u0000" + direction;
    }

    private static Interface nodeInterface(Port port) {
        return port instanceof Interface iface && iface.eContainer() instanceof Node ? iface : null;
    }

    /** The plan under which the results are recorded: a "run" per pair, with what was expected beside what was measured. */
    public static SweepPlan plan(List<Pair> pairs) {
        StringBuilder definition = new StringBuilder("linktest\n");
        List<PlannedRun> runs = new ArrayList<>();
        for (Pair p : pairs) {
            definition.append(p.segment()).append(": ").append(p.name()).append(' ').append(p.forward()).append(' ').append(p.back()).append('\n');
            Map<String, String> values = new LinkedHashMap<>();
            values.put("segment", p.segment());
            values.put("pair", p.name());
            runs.add(new PlannedRun(runs.size() + 1, runs.size() + 1, 1, values));
        }
        Map<String, ParameterKind> kinds = new LinkedHashMap<>();
        kinds.put("segment", ParameterKind.VARIABLE);
        kinds.put("pair", ParameterKind.VARIABLE);
        List<SweepPlan.Probe> probes = new ArrayList<>();
        for (String[] m : new String[][] {{"rtt", "ms"}, {"expected_rtt", "ms"}, {"loss", "%"}, {"expected_loss", "%"}, {"bandwidth", "Mb/s"},
            {"expected_bandwidth", "Mb/s"}}) {
            probes.add(new SweepPlan.Probe(m[0], MeasureKind.OUTPUT_PATTERN, null, null, List.of(), m[1], null));
        }
        String fingerprint = java.util.HexFormat.of().formatHex(sha256(definition.toString()));
        return new SweepPlan(EXPERIMENT, fingerprint, definition.toString(), runs,
                new SweepPlan.Workload(List.of(), probes, List.of(), null, Map.of(), Duration.ofMinutes(5), kinds));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Listens to a link test as pairs finish, on the test's threads. */
    public interface Listener {
        void finished(Result result, int done, int total);
    }

    /**
     * Probes every pair (round trips in rounds of pairs that share no node, then bandwidth a few at a
     * time); stops early when {@code cancelled}; records each result in {@code store} when given.
     */
    public List<Result> run(List<Pair> pairs, ResultStore store, Listener listener, BooleanSupplier cancelled) throws SweepException {
        SweepPlan plan = plan(pairs);
        long sweepId = store == null ? -1 : store.open(plan, true).id();
        Map<Pair, Result> results = new LinkedHashMap<>();
        int[] done = {0};
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            // round trips: rounds of node-disjoint pairs, each round in parallel
            List<Pair> left = new ArrayList<>(pairs);
            int port = FIRST_PORT;
            while (!left.isEmpty() && !cancelled.getAsBoolean()) {
                List<Pair> round = new ArrayList<>();
                Set<String> busy = new HashSet<>();
                for (Pair p : left) {
                    if (!busy.contains(p.from()) && !busy.contains(p.to())) {
                        round.add(p);
                        busy.add(p.from());
                        busy.add(p.to());
                    }
                }
                left.removeAll(round);
                List<Future<Result>> futures = new ArrayList<>();
                for (Pair p : round) {
                    int used = port++;
                    futures.add(pool.submit(() -> roundTrip(p, used)));
                }
                for (int i = 0; i < round.size(); i++) {
                    results.put(round.get(i), get(futures.get(i), round.get(i)));
                }
            }
            // bandwidth: a few at a time, never two on one node
            int parallel = Math.max(1, cores / 2);
            List<Pair> bandwidth = new ArrayList<>(pairs.stream().filter(p -> p.testBandwidth() && results.containsKey(p)
                    && results.get(p).verdict() != Verdict.UNREACHABLE).toList());
            while (!bandwidth.isEmpty() && !cancelled.getAsBoolean()) {
                List<Pair> round = new ArrayList<>();
                Set<String> busy = new HashSet<>();
                for (Pair p : bandwidth) {
                    if (round.size() < parallel && !busy.contains(p.from()) && !busy.contains(p.to())) {
                        round.add(p);
                        busy.add(p.from());
                        busy.add(p.to());
                    }
                }
                bandwidth.removeAll(round);
                List<Future<Result>> futures = new ArrayList<>();
                for (Pair p : round) {
                    int used = port++;
                    Result before = results.get(p);
                    futures.add(pool.submit(() -> bandwidth(before, used)));
                }
                for (int i = 0; i < round.size(); i++) {
                    results.put(round.get(i), get(futures.get(i), round.get(i)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Result> ordered = new ArrayList<>();
        for (Pair p : pairs) {
            Result r = results.get(p);
            if (r == null) {
                continue;
            }
            ordered.add(r);
            if (store != null) {
                store.record(sweepId, record(plan.runs().get(pairs.indexOf(p)), r));
            }
            listener.finished(r, ++done[0], pairs.size());
        }
        return ordered;
    }

    private Result get(Future<Result> future, Pair pair) {
        try {
            return future.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            return new Result(pair, Verdict.NOT_MEASURED, Double.NaN, Double.NaN, Double.NaN, 0, "the probe failed: " + e, Instant.now(), 0);
        }
    }

    private RunRecord record(PlannedRun run, Result r) {
        Map<String, Double> measures = new LinkedHashMap<>();
        if (!Double.isNaN(r.rttMs())) {
            measures.put("rtt", r.rttMs());
        }
        measures.put("expected_rtt", r.pair().expectedRttMs());
        if (!Double.isNaN(r.lossRate())) {
            measures.put("loss", r.lossRate() * 100);
        }
        measures.put("expected_loss", r.pair().expectedRoundTripLoss() * 100);
        if (!Double.isNaN(r.mbps())) {
            measures.put("bandwidth", r.mbps());
        }
        if (r.pair().testBandwidth() && r.pair().forward().bandwidthBps() != Long.MAX_VALUE) {
            measures.put("expected_bandwidth", r.pair().forward().bandwidthBps() / 1e6);
        }
        RunRecord.Status status = r.verdict() == Verdict.OK || r.verdict() == Verdict.NOT_MEASURED ? RunRecord.Status.OK : RunRecord.Status.FAILED;
        return new RunRecord(run.index(), run.combination(), 1, status, r.message(), r.started(), r.seconds(), hostLoad.getAsDouble(), run.parameters(),
                measures, List.of());
    }

    /**
     * How many probes tell the loss apart from the expected one: 200 on a lossless path (a loss of a
     * few percent shows), about 20 expected losses on a lossy one, at most 1000.
     */
    static int probeCount(double roundTripLoss) {
        return roundTripLoss <= 0 ? 200 : (int) Math.max(200, Math.min(1000, Math.ceil(20 / roundTripLoss)));
    }

    private Result roundTrip(Pair p, int port) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String marker = "pb-linktest-" + port + "-" + Long.toHexString(System.nanoTime());
        int count = probeCount(p.expectedRoundTripLoss());
        int intervalUs = count > 200 ? 2000 : 5000;
        double expected = p.expectedRttMs();
        try {
            int seconds = (int) Math.ceil(count * intervalUs / 1e6 + expected / 1000 * 2 + 30);
            target.start(p.to(), List.of(probe.toString(), "echo", Integer.toString(port), Integer.toString(seconds)), marker);
            Map<String, String> rtt = Map.of();
            // the echo may not listen yet on a busy machine: short tries first, for up to REACH_SECONDS
            long reachDeadline = System.nanoTime() + REACH_SECONDS * 1_000_000_000L;
            while (System.nanoTime() < reachDeadline) {
                rtt = result(target.start(p.from(), List.of(probe.toString(), "rtt", p.toAddress(), Integer.toString(port), "3", "64", "20000"), marker),
                        Duration.ofSeconds(30));
                if (!"0".equals(rtt.getOrDefault("received", "0"))) {
                    break;
                }
                Thread.sleep(100);
            }
            if ("0".equals(rtt.getOrDefault("received", "0"))) {
                return new Result(p, Verdict.UNREACHABLE, Double.NaN, 1, Double.NaN, 3, "unreachable: no probe came back from " + p.to() + " (" + p.toAddress() + ")",
                        started, (System.nanoTime() - t0) / 1e9);
            }
            rtt = result(target.start(p.from(), List.of(probe.toString(), "rtt", p.toAddress(), Integer.toString(port), Integer.toString(count), "64",
                    Integer.toString(intervalUs)), marker), Duration.ofSeconds(seconds));
            long sent = Long.parseLong(rtt.getOrDefault("sent", "0"));
            long received = Long.parseLong(rtt.getOrDefault("received", "0"));
            double minMs = Double.parseDouble(rtt.getOrDefault("min_us", "NaN")) / 1000;
            double loss = sent == 0 ? Double.NaN : 1 - (double) received / sent;
            List<String> wrong = new ArrayList<>();
            double slack = Math.max(2, 0.1 * expected);
            if (!(minMs >= expected - 0.5 && minMs <= expected + slack)) {
                wrong.add(String.format("round trip %.2f ms, expected %.2f to %.2f ms", minMs, expected, expected + slack));
            }
            double expectedLost = sent * p.expectedRoundTripLoss();
            double lostSlack = 4 * Math.sqrt(sent * p.expectedRoundTripLoss() * (1 - p.expectedRoundTripLoss())) + 1;
            if (Math.abs((sent - received) - expectedLost) > lostSlack) {
                wrong.add(String.format("%d of %d probes lost (%.2f %%), expected about %.1f (%.2f %%)", sent - received, sent, loss * 100, expectedLost,
                        p.expectedRoundTripLoss() * 100));
            }
            return new Result(p, wrong.isEmpty() ? Verdict.OK : Verdict.OUT_OF_SPEC, minMs, loss, Double.NaN, (int) sent,
                    wrong.isEmpty() ? "" : "out of spec: " + String.join("; ", wrong), started, (System.nanoTime() - t0) / 1e9);
        } catch (SweepException | IOException | RuntimeException e) {
            return new Result(p, Verdict.NOT_MEASURED, Double.NaN, Double.NaN, Double.NaN, 0, "not measured: " + e.getMessage(), started,
                    (System.nanoTime() - t0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(p, Verdict.NOT_MEASURED, Double.NaN, Double.NaN, Double.NaN, 0, "not measured: cancelled", started, 0);
        } finally {
            target.endRun(marker);
        }
    }

    private Result bandwidth(Result before, int port) {
        Pair p = before.pair();
        long t0 = System.nanoTime();
        long rate = p.forward().bandwidthBps();
        if (rate == Long.MAX_VALUE) {
            return before;
        }
        String marker = "pb-linktest-bw-" + port + "-" + Long.toHexString(System.nanoTime());
        long offered = rate + rate / 10;
        int frame = 1518;
        long count = Math.max(100, (long) (offered * BANDWIDTH_SECONDS / (frame * 8)));
        try {
            Process sink = target.start(p.to(), List.of(probe.toString(), "sink", Integer.toString(port), Integer.toString((int) BANDWIDTH_SECONDS + 30)), marker);
            Thread.sleep(300);
            Map<String, String> sent = result(target.start(p.from(), List.of(probe.toString(), "send", p.toAddress(), Integer.toString(port),
                    Long.toString(count), Integer.toString(frame), Long.toString(offered)), marker), Duration.ofSeconds((long) BANDWIDTH_SECONDS * 10 + 30));
            Map<String, String> got = result(sink, Duration.ofSeconds((long) BANDWIDTH_SECONDS + 40));
            double mbps = Double.parseDouble(got.getOrDefault("rate_bps", "NaN")) / 1e6;
            double sendSeconds = Double.parseDouble(sent.getOrDefault("seconds", "NaN"));
            double planned = count * frame * 8.0 / offered;
            // what the pipes let through: their rate, less what they drop
            double expected = rate / 1e6 * (1 - p.forward().lossRate());
            double load = hostLoad.getAsDouble();
            String seconds = String.format("%.1f", (System.nanoTime() - t0) / 1e9);
            if (Math.abs(mbps - expected) <= 0.05 * expected) {
                return new Result(p, before.verdict(), before.rttMs(), before.lossRate(), mbps, before.probes(), before.message(), before.started(),
                        before.seconds() + Double.parseDouble(seconds));
            }
            boolean senderLagged = !(sendSeconds <= planned * 1.15);
            boolean busy = load > cores * 1.5;
            if (mbps < expected && (senderLagged || busy)) {
                String why = senderLagged ? String.format("the sender offered only %.1f of %.1f Mb/s", count * frame * 8.0 / sendSeconds / 1e6, offered / 1e6)
                        : String.format("load %.1f on %d cores", load, cores);
                return new Result(p, before.verdict(), before.rttMs(), before.lossRate(), mbps, before.probes(), join(before.message(),
                        String.format("bandwidth not measured: host saturated (%s; carried %.2f Mb/s)", why, mbps)), before.started(), before.seconds());
            }
            return new Result(p, Verdict.OUT_OF_SPEC, before.rttMs(), before.lossRate(), mbps, before.probes(), join(before.message(),
                    String.format("out of spec: %.2f Mb/s, expected %.2f Mb/s +- 5 %%", mbps, expected)), before.started(), before.seconds());
        } catch (SweepException | IOException | RuntimeException e) {
            return new Result(p, before.verdict(), before.rttMs(), before.lossRate(), Double.NaN, before.probes(), join(before.message(),
                    "bandwidth not measured: " + e.getMessage()), before.started(), before.seconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return before;
        } finally {
            target.endRun(marker);
        }
    }

    private static String join(String first, String second) {
        return first == null || first.isEmpty() ? second : first + "; " + second;
    }

    /** The name=value pairs of pb-probe's last line, once it has ended (within {@code limit}). */
    private static Map<String, String> result(Process process, Duration limit) throws IOException, InterruptedException, SweepException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new SweepException("pb-probe still ran after " + limit.toSeconds() + " s");
        }
        String text = new String(process.getInputStream().readNBytes(1 << 16), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0) {
            throw new SweepException("pb-probe exited " + process.exitValue() + (text.isEmpty() ? "" : ": " + text.substring(text.lastIndexOf('\n') + 1)));
        }
        Map<String, String> values = new HashMap<>();
        String last = text.substring(text.lastIndexOf('\n') + 1);
        for (String word : last.split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                values.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return values;
    }
}
