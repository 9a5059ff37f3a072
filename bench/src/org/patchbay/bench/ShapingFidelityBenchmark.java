package org.patchbay.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProbes;
import org.patchbay.lab.LabProgress;
import org.patchbay.lab.LabShaping;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.templates.ClusterBuilder;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * Netbed's fidelity tables on a lab link: delay x frame size (observed RTT, its spread, % error, and
 * the error left after subtracting the 0 ms run's overhead), bandwidth x frame size (observed
 * throughput and % error) and loss (observed over enough packets for a 2 % relative figure to mean
 * something). Every probe is bounded in count and time and stays inside the lab's two namespaces.
 * Arguments: STATE_DIR QUICK(0|1)
 */
public final class ShapingFidelityBenchmark {

    private static final long[] DELAYS_MS = {0, 5, 10, 50, 300};
    private static final long[] BANDWIDTHS = {56_000, 384_000, 1_544_000, 10_000_000, 45_000_000};
    private static final double[] LOSSES = {0.008, 0.025, 0.12};
    private static final int[] SIZES = {64, 1518};

    private final LabShaping shaping;
    private final LabProbes probes;
    private final String rightAddress;
    private final boolean quick;
    private int port = 9100;

    private ShapingFidelityBenchmark(Lab lab, String rightAddress, boolean quick) throws Exception {
        this.shaping = lab.shaping().orElseThrow(() -> new IllegalStateException("the lab has no shaped links (not root?)"));
        this.probes = new LabProbes(lab);
        this.rightAddress = rightAddress;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        boolean quick = args.length > 1 && args[1].equals("1");
        ClusterBuilder b = new ClusterBuilder("fidelity");
        Node left = b.node("left", 100, 100, NodeRole.COMPUTE);
        Node right = b.node("right", 400, 100, NodeRole.COMPUTE);
        b.link(left, right, new int[] {10, 77, 1}, 100_000_000L, 0, 0).setName("probe");
        LabOptions options = new LabOptions(state.resolve("state"), state.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, false);
        try (Lab lab = Lab.start(b.cluster(), options, LabListener.NONE, LabProgress.NONE)) {
            ShapingFidelityBenchmark bench = new ShapingFidelityBenchmark(lab, right.getInterfaces().get(0).getIpv4Address(), quick);
            System.out.println("Shaping fidelity on lab link left<->right, backend: " + lab.shaping().get().backend());
            System.out.println("Frame sizes are Ethernet frames with FCS (64 and 1518 B), as in Netbed's tables; rates count frames without FCS, as the pipe does.");
            System.out.println("Reference: Netbed's Dummynet reached 0.04-1.9 % bandwidth error and 0.00-0.38 % adjusted delay error (Netbed paper, Tables 1-3).");
            bench.delays();
            bench.bandwidths();
            bench.capacity();
            bench.losses();
        }
    }

    private void delays() throws Exception {
        System.out.println();
        System.out.println("Table 1: delay (each direction) x frame size; expected RTT = 2 x delay. Goal: adjusted error <= 0.5 ms");
        System.out.printf("%9s %6s %12s %10s %9s %14s %14s %5s%n", "delay ms", "size", "RTT ms", "sd ms", "% error", "adj error ms", "adj % error", "met");
        Process echo = probes.start("right", "echo", "9000", "600");
        Thread.sleep(300);
        Map<Integer, Double> base = new LinkedHashMap<>();
        for (long delay : DELAYS_MS) {
            set(new PipeSpec(100_000_000L, delay, 0, 50, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL));
            for (int size : SIZES) {
                probes.run("left", "rtt", rightAddress, "9000", "5", Integer.toString(size), "20000");
                int count = quick ? 50 : 500;
                Map<String, String> r = probes.run("left", "rtt", rightAddress, "9000", Integer.toString(count), Integer.toString(size), "5000");
                double rtt = Double.parseDouble(r.get("mean_us")) / 1000;
                double sd = Double.parseDouble(r.get("stddev_us")) / 1000;
                if (delay == 0) {
                    base.put(size, rtt);
                }
                double expected = 2.0 * delay;
                double adjusted = rtt - base.get(size) - expected;
                System.out.printf("%9d %6d %12.3f %10.3f %9s %14.3f %14s %5s%n", delay, size, rtt, sd,
                        expected == 0 ? "-" : String.format("%.2f", 100 * (rtt - expected) / expected), adjusted,
                        expected == 0 ? "-" : String.format("%.3f", 100 * adjusted / expected), Math.abs(adjusted) <= 0.5 ? "yes" : "NO");
            }
        }
        echo.destroy();
    }

    private void bandwidths() throws Exception {
        System.out.println();
        System.out.println("Table 2: bandwidth x frame size, offered at 1.2 x the rate for " + (quick ? 2 : 6) + " s. Goal: error <= 0.5 %");
        System.out.printf("%12s %6s %16s %9s %9s %5s%n", "rate b/s", "size", "observed b/s", "% error", "frames", "met");
        for (long rate : BANDWIDTHS) {
            set(new PipeSpec(rate, 0, 0, 50, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL));
            for (int size : SIZES) {
                double seconds = quick ? 2 : 6;
                long frames = Math.max(20, Math.round(rate * 1.2 * seconds / (size * 8.0)));
                String sinkPort = Integer.toString(port++);
                Process sink = probes.start("right", "sink", sinkPort, "60");
                Thread.sleep(200);
                probes.run("left", "send", rightAddress, sinkPort, Long.toString(frames), Integer.toString(size), Long.toString(Math.round(rate * 1.2)));
                Map<String, String> r = LabProbes.result(sink);
                double observed = Double.parseDouble(r.get("rate_bps"));
                double error = 100 * (observed - rate) / rate;
                System.out.printf("%12d %6d %16.1f %9.3f %9s %5s%n", rate, size, observed, error, r.get("received"), Math.abs(error) <= 0.5 ? "yes" : "NO");
            }
        }
    }

    /** Not a Netbed row: whether the user-space delay node keeps up with a 100 Mb/s link (the capacity goal). */
    private void capacity() throws Exception {
        System.out.println();
        System.out.println("Capacity: a 100 Mb/s link offered 110 Mb/s of 1518 B frames for " + (quick ? 2 : 5) + " s. Goal: carries 100 Mb/s (error <= 0.5 %)");
        set(new PipeSpec(100_000_000L, 0, 0, 100, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL));
        double seconds = quick ? 2 : 5;
        long frames = Math.round(110e6 * seconds / (1518 * 8.0));
        String sinkPort = Integer.toString(port++);
        Process sink = probes.start("right", "sink", sinkPort, "60");
        Thread.sleep(200);
        probes.run("left", "send", rightAddress, sinkPort, Long.toString(frames), "1518", "110000000");
        Map<String, String> r = LabProbes.result(sink);
        double observed = Double.parseDouble(r.get("rate_bps"));
        double error = 100 * (observed - 100e6) / 100e6;
        System.out.printf("%12d %6d %16.1f %9.3f %9s %5s%n", 100_000_000L, 1518, observed, error, r.get("received"), Math.abs(error) <= 0.5 ? "yes" : "NO");
    }

    private void losses() throws Exception {
        System.out.println();
        int packets = quick ? 20_000 : 400_000;
        System.out.println("Table 3: loss rate over " + packets + " frames of 64 B at 20 Mb/s on an unlimited link. Goal: error <= 2 % relative");
        System.out.printf("%9s %10s %10s %12s %11s %5s%n", "loss %", "sent", "received", "observed %", "% error", "met");
        for (double loss : LOSSES) {
            set(new PipeSpec(1_000_000_000L, 0, loss, 1000, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL));
            String sinkPort = Integer.toString(port++);
            Process sink = probes.start("right", "sink", sinkPort, "120");
            Thread.sleep(200);
            Map<String, String> sent = probes.run("left", "send", rightAddress, sinkPort, Integer.toString(packets), "64", "20000000");
            long received = Long.parseLong(LabProbes.result(sink).get("received"));
            long offered = Long.parseLong(sent.get("sent"));
            double observed = 1 - (double) received / offered;
            double error = 100 * (observed - loss) / loss;
            System.out.printf("%9.1f %10d %10d %12.3f %11.2f %5s%n", loss * 100, offered, received, observed * 100, error, Math.abs(error) <= 2 ? "yes" : "NO");
        }
    }

    private void set(PipeSpec spec) throws Exception {
        Map<PipeKey, PipeSpec> applied = shaping.applied();
        List<ShapingPlan.Change> changes = new ArrayList<>();
        for (String node : List.of("left", "right")) {
            PipeKey key = new PipeKey(node, "eth0", PipeKey.Direction.EGRESS, "link probe");
            changes.add(new ShapingPlan.Change(key, applied.get(key), spec));
        }
        shaping.apply(changes);
    }
}
