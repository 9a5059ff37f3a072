package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.patchbay.core.events.EventSchedule;
import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.live.LiveState;
import org.patchbay.core.shaping.AgentShapingTarget;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabCommandRunner;
import org.patchbay.lab.HelperOutput;
import org.patchbay.lab.LabProbes;
import org.patchbay.lab.LabShaping;
import org.patchbay.model.Cluster;
import org.patchbay.model.EventAction;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.templates.ClusterBuilder;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * Two lab nodes on one link through its delay namespace (pb-shaper; this kernel has no netem),
 * measured with UDP probes from inside the nodes, as the issue asks: a 20 ms link's round trip, a
 * 10 Mb/s link's throughput, 10 % loss over 5 000 packets, a bandwidth lowered during a transfer, the
 * applied values read back with a mismatch flagged, and a link taken down and up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
class LabShapingTest {

    private Path dir;
    private ClusterBuilder builder;
    private Cluster cluster;
    private Link wire;
    private String rightAddress;
    private LabFixture fixture;
    private ShapingFollower follower;
    private LabProbes probes;

    @BeforeAll
    void startLab() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        dir = Files.createTempDirectory("patchbay-shaping-test");
        ClusterBuilder b = new ClusterBuilder("pair");
        builder = b;
        Node left = b.node("left", 100, 100, NodeRole.COMPUTE);
        Node right = b.node("right", 400, 100, NodeRole.COMPUTE);
        wire = b.link(left, right, new int[] {10, 9, 1}, 100_000_000L, 20, 0);
        wire.setName("wire");
        cluster = b.cluster();
        rightAddress = right.getInterfaces().get(0).getIpv4Address();
        fixture = new LabFixture(cluster, dir, false);
        fixture.awaitAllUp(20_000);
        follower = new ShapingFollower(cluster, fixture.lab.shaping().orElseThrow(), fixture.live);
        probes = new LabProbes(fixture.lab);
        probes.start("right", "echo", "9000", "300");
        Thread.sleep(300);
    }

    @AfterAll
    void stopLab() throws Exception {
        if (follower != null) {
            follower.close();
        }
        if (fixture != null) {
            List<String> namespaces = fixture.lab.plan().namespaces();
            fixture.close();
            String left = new String(new ProcessBuilder("ip", "netns", "list").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String ns : namespaces) {
                assertFalse(left.contains(ns), "Lab > Stop removed " + ns + " (delay namespaces too)");
            }
        }
    }

    @BeforeEach
    void asDrawn() throws Exception {
        follower.setDown(wire, false).get(5, TimeUnit.SECONDS);
        wire.setBandwidthBps(100_000_000L);
        wire.setDelayMs(20);
        wire.setLossRate(0);
        follower.replan().get(5, TimeUnit.SECONDS);
        probes.run("left", "rtt", rightAddress, "9000", "3", "64", "20000"); // fresh ARP entries before measuring
    }

    @Test
    void a_twentyMillisecondLinkGivesARoundTripOf40To42Milliseconds() throws Exception {
        for (String size : List.of("64", "1518")) {
            Map<String, String> rtt = probes.run("left", "rtt", rightAddress, "9000", "200", size, "10000");
            double meanMs = Double.parseDouble(rtt.get("mean_us")) / 1000;
            double minMs = Double.parseDouble(rtt.get("min_us")) / 1000;
            System.out.printf("20 ms link, %s B frames: RTT lowest %.3f ms, mean %.3f ms (sd %.3f ms, %s of %s answered; load %s)%n", size, minMs, meanMs,
                    Double.parseDouble(rtt.get("stddev_us")) / 1000, rtt.get("received"), rtt.get("sent"),
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
            assertEquals("200", rtt.get("received"), "every probe answered: " + rtt);
            // the link's delay is a floor no probe beats, and a busy host only ever adds to some probes: the lowest is what
            // the link does (the mean's fidelity, as Netbed's Table 1 measures it, is bench/shaping-fidelity's)
            assertTrue(minMs >= 40 && minMs <= 42, size + " B: lowest RTT " + minMs + " ms, expected 40 to 42 ms");
        }
    }

    @Test
    void b_aTenMegabitLinkCarriesTenMegabitsOverFiveSeconds() throws Exception {
        wire.setBandwidthBps(10_000_000L);
        follower.replan().get(5, TimeUnit.SECONDS);
        Process sink = probes.start("right", "sink", "9001", "15");
        Thread.sleep(200);
        probes.run("left", "send", rightAddress, "9001", Long.toString(12_000_000L * 5 / (1518 * 8)), "1518", "12000000");
        Map<String, String> got = LabProbes.result(sink);
        double rate = Double.parseDouble(got.get("rate_bps"));
        System.out.printf("10 Mb/s link offered 12 Mb/s for 5 s: carried %.4f Mb/s (%.3f %% error) over %s s%n", rate / 1e6, (rate - 1e7) / 1e5,
                got.get("span_s"));
        assertTrue(Double.parseDouble(got.get("span_s")) >= 4.9, "measured over 5 s: " + got);
        assertTrue(Math.abs(rate - 10e6) <= 0.02 * 10e6, "10 Mb/s +- 2 %: " + got);
    }

    @Test
    void c_tenPercentLossDropsTenPercentOfFiveThousandPackets() throws Exception {
        wire.setLossRate(0.10);
        follower.replan().get(5, TimeUnit.SECONDS);
        Process sink = probes.start("right", "sink", "9002", "15");
        Thread.sleep(200);
        probes.run("left", "send", rightAddress, "9002", "5000", "200", "8000000");
        long received = Long.parseLong(LabProbes.result(sink).get("received"));
        double loss = 1 - received / 5000.0;
        LabShaping.PipeCounters pipe = fixture.lab.shaping().orElseThrow().counters().get(new PipeKey("left", "eth0", PipeKey.Direction.EGRESS, ""));
        System.out.printf("10 %% loss: %d of 5000 arrived, %.2f %% lost (the pipe counts %d lost of %d offered)%n", received, loss * 100, pipe.lost(),
                pipe.offered());
        assertTrue(Math.abs(loss - 0.10) <= 0.015, "10 % +- 1.5 %, got " + loss * 100 + " %");
    }

    @Test
    void d_loweringTheBandwidthDuringATransferTakesEffectWithinOneSecond() throws Exception {
        Process sink = probes.start("right", "sink", "9003", "15", "100");
        Thread.sleep(200);
        Process sender = probes.start("left", "send", rightAddress, "9003", Long.toString(30_000_000L * 6 / (1518 * 8)), "1518", "30000000");
        Thread.sleep(2500);
        long changed = System.nanoTime();
        wire.setBandwidthBps(5_000_000L); // as Properties does: a model change, which the follower applies
        assertTrue(sender.waitFor(20, TimeUnit.SECONDS));
        List<long[]> ticks = new ArrayList<>();
        for (String line : LabProbes.output(sink).split("\n")) {
            if (line.startsWith("tick")) {
                Map<String, String> f = HelperOutput.fields(line);
                ticks.add(new long[] {Long.parseLong(f.get("end_ns")), Long.parseLong(f.get("bytes"))});
            }
        }
        double before = ticks.stream().filter(t -> t[0] < changed && t[0] > changed - 1_000_000_000L).mapToLong(t -> t[1]).sum() * 8.0;
        assertTrue(before > 25e6, "the transfer ran at about 30 Mb/s before the change: " + before / 1e6 + " Mb/s");
        long effective = -1;
        for (long[] t : ticks) {
            if (t[0] - 100_000_000L >= changed && t[1] * 8 * 10 <= 5_000_000L * 1.2) {
                effective = t[0];
                break;
            }
        }
        assertTrue(effective > 0, "the rate fell to 5 Mb/s at some point");
        double millis = (effective - changed) / 1e6;
        System.out.printf("bandwidth lowered from 100 to 5 Mb/s during a 30 Mb/s transfer: the first 100 ms at <= 6 Mb/s ended %.0f ms after the edit%n",
                millis);
        assertTrue(millis <= 1000, "took effect within 1 s (ticks of 100 ms), took " + millis + " ms");
    }

    @Test
    void e_theAppliedShapingIsReadBackAndAMismatchIsFlagged() throws Exception {
        LiveState.LinkShaping shown = awaitShaping(s -> !s.mismatch() && s.applied().equals("100Mb 20ms q50"));
        assertEquals("100Mb 20ms q50", shown.applied());
        // someone changes the running link behind the console's back
        PipeKey leftOut = new PipeKey("left", "eth0", PipeKey.Direction.EGRESS, "link wire");
        PipeSpec asDrawn = fixture.lab.shaping().orElseThrow().applied().get(leftOut);
        fixture.lab.shaping().orElseThrow().apply(List.of(new ShapingPlan.Change(leftOut, asDrawn,
                new PipeSpec(1_000_000, 20, 0, 50, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL))));
        follower.refresh().get(5, TimeUnit.SECONDS); // a read-back now rather than at the next 5 s check
        shown = fixture.live.linkShaping("wire");
        assertTrue(shown.mismatch(), "flagged: " + shown);
        assertTrue(shown.applied().contains("1Mb 20ms"), shown.applied());
        wire.setDelayMs(21);
        follower.replan().get(5, TimeUnit.SECONDS);
        assertFalse(fixture.live.linkShaping("wire").mismatch(), "a change re-applies the link: " + fixture.live.linkShaping("wire"));
    }

    @Test
    void f_aLinkTakenDownLosesEveryPacketAndComesBack() throws Exception {
        follower.setDown(wire, true).get(5, TimeUnit.SECONDS);
        assertTrue(fixture.live.linkShaping("wire").down(), fixture.live.linkShaping("wire").toString());
        assertEquals("0", probes.run("left", "rtt", rightAddress, "9000", "20", "64", "10000").get("received"), "nothing crosses a link that is down");
        follower.setDown(wire, false).get(5, TimeUnit.SECONDS);
        assertFalse(fixture.live.linkShaping("wire").down());
        assertEquals("20", probes.run("left", "rtt", rightAddress, "9000", "20", "64", "10000").get("received"), "back up");
    }

    @Test
    void g_theEventScheduleFiresOnTimePausesAndResets() throws Exception {
        builder.at(0.5, EventAction.BANDWIDTH, wire, null, "10Mb");
        builder.at(1.0, EventAction.LINK_DOWN, wire, null, null);
        builder.at(1.5, EventAction.RUN_COMMAND, null, cluster.getNodes().get(1), "sleep 2; echo hello from $(hostname -s 2>/dev/null || echo right)");
        builder.at(2.0, EventAction.LINK_UP, wire, null, null);
        PipeKey leftOut = new PipeKey("left", "eth0", PipeKey.Direction.EGRESS, "link wire");
        try (EventSchedule schedule = new EventSchedule(cluster, new LiveEventActions(() -> follower, new LabCommandRunner(() -> fixture.lab)), Runnable::run)) {
            schedule.start();
            LabFixture.await("the bandwidth event", 3000, () -> schedule.fired().size() >= 1 && schedule.fired().get(0).ok() != null);
            assertEquals(10_000_000L, fixture.lab.shaping().orElseThrow().applied().get(leftOut).bandwidthBps(), "the running link got the event's bandwidth");
            assertEquals(100_000_000L, wire.getBandwidthBps(), "the topology keeps its own value: events change the running link only");
            schedule.pause();
            double pausedAt = schedule.elapsedSeconds();
            Thread.sleep(1500);
            assertEquals(1, schedule.fired().size(), "nothing fires while paused");
            assertEquals(pausedAt, schedule.elapsedSeconds(), 1e-9, "the clock stops while paused");
            schedule.start();
            LabFixture.await("the link back up at 2 s while the 2 s command started at 1.5 s still runs", 4000,
                    () -> schedule.fired().size() == 4 && schedule.fired().get(3).ok() != null && schedule.fired().get(2).ok() == null);
            LabFixture.await("every event", 5000, () -> schedule.state() == EventSchedule.State.FINISHED
                    && schedule.fired().stream().allMatch(f -> f.ok() != null));
            for (EventSchedule.Fired f : schedule.fired()) {
                System.out.printf("event %s fired at %.3f s: %s%n", f.entry().what(), f.firedAtSeconds(), f.outcome());
                assertTrue(f.ok(), f.entry().what() + ": " + f.outcome());
                assertTrue(Math.abs(f.firedAtSeconds() - f.entry().atSeconds()) <= 0.1, f.entry().what() + " fired at " + f.firedAtSeconds() + " s");
            }
            assertTrue(schedule.fired().get(2).outcome().startsWith("exit 0: hello from"), schedule.fired().get(2).outcome());
            assertEquals(0.0, fixture.lab.shaping().orElseThrow().applied().get(leftOut).lossRate(), "up again at 2 s");

            schedule.reset();
            LabFixture.await("the reset to reach the delay node", 3000, () -> {
                try {
                    return fixture.lab.shaping().orElseThrow().applied().get(leftOut).bandwidthBps() == 100_000_000L;
                } catch (Exception e) {
                    return false;
                }
            });
            assertEquals(EventSchedule.State.READY, schedule.state());
            assertTrue(schedule.fired().isEmpty());
        } finally {
            cluster.getEvents().clear();
        }
    }

    @Test
    void h_aScheduleWithABadEventRefusesToStartAndNamesIt() {
        builder.at(1, EventAction.BANDWIDTH, wire, null, "fast");
        builder.at(2, EventAction.LINK_DOWN, null, null, null);
        try (EventSchedule schedule = new EventSchedule(cluster, new LiveEventActions(() -> follower, new LabCommandRunner(() -> fixture.lab)), Runnable::run)) {
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, schedule::start);
            assertTrue(refused.getMessage().contains("at 1 s (bandwidth fast): 'fast' is not a bandwidth"), refused.getMessage());
            assertTrue(refused.getMessage().contains("at 2 s (link down) names no link; choose the link or LAN in Properties"), refused.getMessage());
            assertEquals(EventSchedule.State.READY, schedule.state());
        } finally {
            cluster.getEvents().clear();
        }
    }

    @Test
    void i_realNodesAreShapedThroughTheirAgentsWhichSayWhyTheyCannotHere() throws Exception {
        LiveState elsewhere = new LiveState();
        AgentShapingTarget agents = new AgentShapingTarget(fixture.client, fixture.lab.endpoints());
        try (ShapingFollower throughAgents = new ShapingFollower(cluster, agents, elsewhere, new ShapingPlan(new java.util.TreeMap<>(), List.of()))) {
            throughAgents.replan().get(20, TimeUnit.SECONDS);
            LiveState.LinkShaping shown = elsewhere.linkShaping("wire");
            assertNotNull(shown, "the link's state is published");
            assertTrue(shown.problem() != null && shown.problem().contains("Cannot shape on left: this kernel has no netem"), String.valueOf(shown));
            assertTrue(shown.mismatch(), "nothing runs on the nodes, so the link is flagged: " + shown);
            assertEquals("nothing", shown.applied());
        }
    }

    @Test
    void j_aQueueTheDelayNodesCannotRunIsRefusedAndNothingChanges() throws Exception {
        PipeKey leftOut = new PipeKey("left", "eth0", PipeKey.Direction.EGRESS, "link wire");
        PipeSpec before = fixture.lab.shaping().orElseThrow().applied().get(leftOut);
        wire.setQueueKind(org.patchbay.model.QueueKind.RED);
        wire.setBandwidthBps(1_000_000L);
        try {
            follower.replan().get(5, TimeUnit.SECONDS);
            LiveState.LinkShaping shown = fixture.live.linkShaping("wire");
            assertTrue(shown.problem() != null && shown.problem().contains("link wire: the lab's delay nodes queue DropTail only; set the queue kind to DropTail"),
                    String.valueOf(shown));
            assertEquals(before, fixture.lab.shaping().orElseThrow().applied().get(leftOut), "the refused plan never reached the delay node");
        } finally {
            wire.setQueueKind(org.patchbay.model.QueueKind.DROP_TAIL);
            follower.replan().get(5, TimeUnit.SECONDS);
        }
        assertEquals(null, fixture.live.linkShaping("wire").problem(), "a plan it can run clears the problem");
    }

    private LiveState.LinkShaping awaitShaping(java.util.function.Predicate<LiveState.LinkShaping> condition) throws InterruptedException {
        LabFixture.await("the link's applied shaping", 10_000, () -> fixture.live.linkShaping("wire") != null && condition.test(fixture.live.linkShaping("wire")));
        LiveState.LinkShaping shown = fixture.live.linkShaping("wire");
        assertNotNull(shown);
        return shown;
    }
}
