package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.protocol.wire.JobWire.JobState;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.core.jobs.Balancer;
import org.patchbay.core.jobs.ClusterJob;
import org.patchbay.core.jobs.ClusterJobs;
import org.patchbay.core.jobs.NodeLoad;

/**
 * The balancer on a simulated cluster: jobs use whole cores, a node's load is the cores its jobs use
 * over its capacity, and each decision is carried out before the next tick, as the agents would.
 */
class BalancerTest {

    private static final double FAST_LINK = 12.5e6;
    private final Map<String, ClusterJob> jobs = new LinkedHashMap<>();
    private final Map<String, Double> capacity = new LinkedHashMap<>();
    private final Map<String, Double> memory = new LinkedHashMap<>();
    private final Balancer balancer = new Balancer(Balancer.Settings.standard());
    private long now = 1_000_000;

    @Test
    void spreadsFourJobsFromOneNodeOverFourNodesOneAtATimeAndThenStops() {
        nodes(4, 1.0);
        for (int i = 1; i <= 4; i++) {
            job("j" + i, "n0", 10 << 20);
        }
        List<Balancer.Decision> made = run(40);
        assertEquals(3, made.size(), "three moves spread four jobs over four nodes: " + made);
        for (String node : capacity.keySet()) {
            assertEquals(1, jobsOn(node), node + " runs one job: " + jobs.values());
        }
        assertTrue(made.get(0).reason().contains("n0 is the busiest node (load 4.00"), made.get(0).reason());
        assertTrue(made.stream().allMatch(d -> d.from().equals("n0")), "every job came from the busy node: " + made);
    }

    @Test
    void twoJobsOnThreeNodesStayWhereTheyAre() {
        nodes(3, 1.0);
        job("a", "n0", 1 << 20);
        job("b", "n1", 1 << 20);
        assertTrue(run(20).isEmpty(), "moving a job to the idle node would only move the imbalance: no ping-pong");
    }

    @Test
    void aFasterNodeTakesWorkFirstAndCountsAsLessLoaded() {
        nodes(3, 1.0);
        capacity.put("n2", 4.0);
        job("a", "n0", 1 << 20);
        job("b", "n0", 1 << 20);
        job("c", "n0", 1 << 20);
        List<Balancer.Decision> made = run(40);
        assertEquals("n2", made.get(0).to(), "the fastest idle node takes the first job: " + made);
        assertTrue(jobsOn("n2") >= 1, jobs.values().toString());
    }

    @Test
    void aJobThatMovedIsLeftAloneWhileItSettles() {
        nodes(2, 1.0);
        job("a", "n0", 1 << 20);
        job("b", "n0", 1 << 20);
        job("c", "n0", 1 << 20);
        Balancer.Decision first = balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now).orElseThrow();
        apply(first);
        // the loads now say n1 is the busier one only if it took two; either way the moved job must stay put for the settle time
        now += Duration.ofSeconds(5).toMillis();
        Optional<Balancer.Decision> next = balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now);
        assertTrue(next.isEmpty() || !next.get().job().equals(first.job()), "the job that just moved stays: " + next);
    }

    @Test
    void noDecisionWhileAMoveRunsOrWithinTheCooldown() {
        nodes(2, 1.0);
        job("a", "n0", 1 << 20);
        job("b", "n0", 1 << 20);
        List<MigrationInfo> moving = List.of(new MigrationInfo("m1", "x", "n0", "n1", "user", org.patchbay.agent.protocol.wire.JobWire.Outcome.RUNNING,
                "freezing", 0, 0, 0, now, ""));
        ClusterJobs.Snapshot busy = new ClusterJobs.Snapshot(Map.copyOf(jobs), moving, Map.of());
        assertTrue(balancer.decide(busy, loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now).isEmpty(), "a move is running");
        apply(balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now).orElseThrow());
        job("c", "n0", 1 << 20);
        job("d", "n0", 1 << 20);
        assertTrue(balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now + 1000).isEmpty(), "within the cooldown");
    }

    @Test
    void noDecisionUntilTheLoadsCouldShowTheLastMove() {
        nodes(2, 1.0);
        job("a", "n0", 1 << 20);
        job("b", "n0", 1 << 20);
        // a move (of another balancer, or the user's) ended a second ago: the loads may not show it yet
        List<MigrationInfo> ended = List.of(new MigrationInfo("m1", "x", "n1", "n0", "user", org.patchbay.agent.protocol.wire.JobWire.Outcome.MOVED,
                "runs on n0", 1 << 20, 300, 2000, now - 3000, ""));
        assertTrue(balancer.decide(new ClusterJobs.Snapshot(Map.copyOf(jobs), ended, Map.of()), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now)
                .isEmpty(), "within the cooldown of the last move's end");
        assertTrue(balancer.decide(new ClusterJobs.Snapshot(Map.copyOf(jobs), ended, Map.of()), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(),
                now + 5000).isPresent(), "once the loads could show it");
    }

    @Test
    void aNodeShortOfMemoryLosesItsLargestJobFirst() {
        nodes(2, 1.0);
        memory.put("n0", 0.95);
        memory.put("n1", 0.30);
        job("small", "n0", 5 << 20);
        job("large", "n0", 500 << 20);
        job("other", "n1", 1 << 20);
        Balancer.Decision d = balancer.decide(snapshot(), loads(), j -> 0.0, (x, y) -> 125e6, Set.of(), now).orElseThrow();
        assertEquals("large", d.job());
        assertEquals("n1", d.to());
        assertTrue(d.reason().startsWith("n0 is short of memory (95 % used)"), d.reason());
    }

    @Test
    void excludedNodesNeitherGiveNorTakeAndLockedJobsStay() {
        nodes(3, 1.0);
        job("a", "n0", 1 << 20);
        job("b", "n0", 1 << 20);
        jobs.put("c", new ClusterJob("c", "n1", "n1", JobState.RUNNING, 3, 1 << 20, true, List.of("c"), "", true));
        jobs.put("d", new ClusterJob("d", "n1", "n1", JobState.RUNNING, 4, 1 << 20, true, List.of("d"), "", true));
        Optional<Balancer.Decision> d = balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of("n2"), now);
        assertTrue(d.isEmpty(), "n2 is excluded, and n1's jobs are locked: nothing to do between n0 and n1 (2 against 2): " + d);
    }

    @Test
    void aMoveThatWouldTakeTooLongOverTheLinkIsNotMade() {
        nodes(2, 1.0);
        job("huge", "n0", 2L << 30);
        job("huge2", "n0", 2L << 30);
        assertTrue(balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> 1e6, Set.of(), now).isEmpty(), "4 GB over 1 MB/s is more than 30 s");
    }

    private List<Balancer.Decision> run(int ticks) {
        List<Balancer.Decision> made = new ArrayList<>();
        for (int t = 0; t < ticks; t++) {
            balancer.decide(snapshot(), loads(), j -> 1.0, (x, y) -> FAST_LINK, Set.of(), now).ifPresent(d -> {
                made.add(d);
                apply(d);
            });
            now += 5_000;
        }
        return made;
    }

    private void apply(Balancer.Decision d) {
        ClusterJob j = jobs.get(d.job());
        assertEquals(d.from(), j.node());
        jobs.put(j.id(), new ClusterJob(j.id(), j.home(), d.to(), JobState.RUNNING, j.pid(), j.rssBytes(), j.locked(), j.command(), "", true));
    }

    private void nodes(int count, double cores) {
        for (int i = 0; i < count; i++) {
            capacity.put("n" + i, cores);
            memory.put("n" + i, 0.2);
        }
    }

    private void job(String id, String node, long rss) {
        jobs.put(id, new ClusterJob(id, node, node, JobState.RUNNING, jobs.size() + 100, rss, false, List.of(id), "", true));
    }

    private long jobsOn(String node) {
        return jobs.values().stream().filter(j -> j.node().equals(node)).count();
    }

    private ClusterJobs.Snapshot snapshot() {
        return new ClusterJobs.Snapshot(Map.copyOf(jobs), List.of(), Map.of());
    }

    private Map<String, NodeLoad> loads() {
        Map<String, NodeLoad> loads = new LinkedHashMap<>();
        for (String node : capacity.keySet()) {
            loads.put(node, new NodeLoad(node, jobsOn(node), capacity.get(node), memory.get(node)));
        }
        return loads;
    }
}
