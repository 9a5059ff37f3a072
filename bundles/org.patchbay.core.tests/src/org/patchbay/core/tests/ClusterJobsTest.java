package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.agent.protocol.wire.JobWire.Outcome;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.jobs.ClusterJob;
import org.patchbay.core.jobs.ClusterJobs;
import org.patchbay.core.jobs.JobAgents;
import org.patchbay.core.jobs.JobCpu;
import org.patchbay.core.live.LiveState;

/** The cluster-wide view of jobs gathered from fake agents: where each job runs, its home, the moves, and refusals before any agent is asked. */
class ClusterJobsTest {

    private final LiveState live = new LiveState();
    private final FakeAgents agents = new FakeAgents();
    private final ClusterJobs jobs = new ClusterJobs(agents, live);

    @Test
    void aJobAwayFromHomeIsShownWhereItRunsWithItsHomeAndTheMoveFromTheSourcesRecord() {
        up("a", "b", "c");
        agents.jobs.put("a", List.of(job("j1", "a", "a", JobState.AWAY, 0)));
        agents.jobs.put("b", List.of(job("j1", "b", "a", JobState.RUNNING, 4242)));
        agents.jobs.put("c", List.of());
        MigrationInfo atSource = new MigrationInfo("m1", "j1", "a", "b", "user", Outcome.MOVED, "runs on b", 1 << 20, 420, 900, 10, "");
        agents.migrations.put("a", List.of(atSource));
        agents.migrations.put("b", List.of(new MigrationInfo("m1", "j1", "a", "b", "user", Outcome.RUNNING, "restoring", 0, 0, 0, 10, "")));

        ClusterJobs.Snapshot s = jobs.refresh().join();
        ClusterJob j1 = s.jobs().get("j1");
        assertEquals("b", j1.node());
        assertEquals("a", j1.home());
        assertEquals(4242, j1.pid());
        assertTrue(j1.running() && j1.outputDelivered());
        assertEquals(List.of(atSource), s.migrations(), "the source's record of a move decides");
        assertEquals(List.of(j1), s.jobsOn("b"));
        assertTrue(s.unreachable().isEmpty());
    }

    @Test
    void aNodeThatDoesNotAnswerIsListedAndTheOthersAreShown() {
        up("a", "b");
        agents.jobs.put("a", List.of(job("j1", "a", "a", JobState.RUNNING, 10)));
        agents.failing.add("b");
        ClusterJobs.Snapshot s = jobs.refresh().join();
        assertEquals(Set.of("j1"), s.jobs().keySet());
        assertTrue(s.unreachable().get("b").contains("b: connection refused"), s.unreachable().toString());
    }

    @Test
    void aJobWhoseHomeIsDownRunsOnWithItsOutputNotDelivered() {
        up("a", "b");
        agents.jobs.put("a", List.of(job("j1", "a", "a", JobState.AWAY, 0)));
        agents.jobs.put("b", List.of(job("j1", "b", "a", JobState.RUNNING, 7)));
        jobs.refresh().join();
        live.state("a", ConnectionState.UNREACHABLE, "powered off");
        ClusterJob j1 = jobs.refresh().join().jobs().get("j1");
        assertEquals("b", j1.node());
        assertTrue(j1.running());
        assertFalse(j1.outputDelivered(), "home is down: output not delivered");
        assertFalse(agents.asked.contains("jobs a#2"), "a node known to be down is not asked: " + agents.asked);
    }

    @Test
    void movesThatCannotBeAreRefusedBeforeAnyAgentIsAsked() {
        up("a", "b");
        agents.jobs.put("a", List.of(job("j1", "a", "a", JobState.RUNNING, 10), locked(job("j2", "a", "a", JobState.RUNNING, 11))));
        agents.jobs.put("b", List.of());
        jobs.refresh().join();
        assertRefused(jobs.migrate("j1", "a", "user"), "already runs on a");
        assertRefused(jobs.migrate("j2", "b", "user"), "locked to a");
        assertRefused(jobs.migrate("nope", "b", "user"), "not known");
        live.state("b", ConnectionState.UNREACHABLE, "down");
        assertRefused(jobs.migrate("j1", "b", "user"), "b is not up");
        assertTrue(agents.moves.isEmpty(), "no agent was asked: " + agents.moves);
        up("b");
        jobs.migrate("j1", "b", "user").join();
        assertEquals(List.of("a:j1->b (user)"), agents.moves);
    }

    @Test
    void sendHomeMovesTheJobToItsHomeAndBestNodeIsTheLeastLoaded() {
        up("a", "b", "c");
        agents.jobs.put("a", List.of(job("j1", "a", "a", JobState.AWAY, 0)));
        agents.jobs.put("b", List.of(job("j1", "b", "a", JobState.RUNNING, 7)));
        agents.jobs.put("c", List.of());
        busy("a", 1.5);
        busy("b", 1.0);
        busy("c", 0.2);
        jobs.refresh().join();
        jobs.setPageAddresses(Map.of("a", "10.1.1.1"));
        jobs.sendHome("j1").join();
        assertEquals(List.of("b:j1->a (home) at 10.1.1.1"), agents.moves, "the memory goes to the home's address on the cluster's network");
        assertEquals("c", jobs.bestNode("j1", Set.of()).orElseThrow());
        assertTrue(jobs.bestNode("j1", Set.of("c")).isEmpty(), "a is busier than b, c excluded: staying is best");

        // with post-copy switched off every move copies all the memory while the job is frozen
        assertTrue(jobs.postCopy(), "post-copy where both nodes can, unless switched off");
        jobs.setPostCopy(false);
        jobs.migrate("j1", "c", "user").join();
        assertEquals("b:j1->c (user) by stop-and-copy", agents.moves.get(1));
    }

    @Test
    void aJobsCpuIsItsProcessTree() {
        up("a");
        live.event("a", new AgentEvent(1, "boot", 0, status("a"), List.of(), true, List.of(process(7, 1, 50), process(8, 7, 30), process(9, 8, 20),
                process(20, 1, 90)), List.of()));
        ClusterJob j = new ClusterJob("j", "a", "a", JobState.RUNNING, 7, 0, false, List.of("x"), "", true);
        assertEquals(1.0, JobCpu.cores(live, j), 1e-9, "7 and its descendants 8 and 9: 0.5 + 0.3 + 0.2 cores; 20 is not the job's");
    }

    @Test
    void aSaturatedNodesLoadIsWhatItsRunnableProcessesWantNotTheCoreTheyShare() {
        up("a", "b");
        // eight runnable jobs share node a's quarter core; node b's one job has its quarter alone; the agent counts for nothing
        List<ProcessInfo> onA = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            onA.add(process(100 + i, 1, 3.1, "R"));
        }
        onA.add(new ProcessInfo(50, 1, "root", "R", "java -jar patchbay-agent.jar serve --node a", 1, 1 << 20));
        live.event("a", new AgentEvent(3, "boot", 0, quarterCore("a"), List.of(), true, onA, List.of()));
        live.event("b", new AgentEvent(3, "boot", 0, quarterCore("b"), List.of(), true, List.of(process(200, 1, 25, "R")), List.of()));
        var loads = org.patchbay.core.jobs.NodeLoad.of(live);
        assertEquals(32.0, loads.get("a").load(), 1e-9, "8 wanted cores over a quarter core");
        assertEquals(4.0, loads.get("b").load(), 1e-9, "1 wanted core over a quarter core");
        ClusterJob one = new ClusterJob("j", "a", "a", JobState.RUNNING, 100, 0, false, List.of("x"), "", true);
        assertEquals(1.0, JobCpu.demand(live, one), 1e-9, "a runnable job wants a whole core");
        assertEquals(0.031, JobCpu.cores(live, one), 1e-9, "while it gets its share of the quarter");
    }

    private static NodeStatus quarterCore(String node) {
        return new NodeStatus(node, "namespace", "test", 1, 2, 0, 0, 0, 0, 1 << 30, 1 << 28, 0.25);
    }

    private static void assertRefused(CompletableFuture<?> future, String words) {
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertTrue(e.getCause().getMessage().contains(words), e.getCause().getMessage());
    }

    private void up(String... nodes) {
        for (String n : nodes) {
            agents.nodes.add(n);
            live.event(n, new AgentEvent(1, "boot", 0, status(n), List.of(), true, List.of(), List.of()));
            live.state(n, ConnectionState.UP, "");
        }
    }

    private void busy(String node, double cores) {
        live.event(node, new AgentEvent(2, "boot", 0, status(node), List.of(), true, List.of(process(99, 1, cores * 100)), List.of()));
    }

    private static NodeStatus status(String node) {
        return new NodeStatus(node, "namespace", "test", 1, 1, 0, 0, 0, 0, 1 << 30, 1 << 28);
    }

    private static ProcessInfo process(int pid, int ppid, double cpu) {
        return process(pid, ppid, cpu, "S");
    }

    private static ProcessInfo process(int pid, int ppid, double cpu, String state) {
        return new ProcessInfo(pid, ppid, "root", state, "p" + pid, cpu, 1 << 20);
    }

    private static JobInfo job(String id, String node, String home, JobState state, long pid) {
        return new JobInfo(id, node, home, List.of("sh", "-c", "work"), state, pid, 1 << 20, false, 1, -1, 0, "");
    }

    private static JobInfo locked(JobInfo j) {
        return new JobInfo(j.id(), j.node(), j.home(), j.command(), j.state(), j.pid(), j.rssBytes(), true, j.startedMillis(), j.exitCode(), j.outputBytes(), "");
    }

    private static final class FakeAgents implements JobAgents {
        final List<String> nodes = new ArrayList<>();
        final Map<String, List<JobInfo>> jobs = new LinkedHashMap<>();
        final Map<String, List<MigrationInfo>> migrations = new LinkedHashMap<>();
        final List<String> failing = new ArrayList<>();
        final List<String> moves = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        private final Map<String, Integer> askedCount = new LinkedHashMap<>();

        @Override
        public Set<String> nodes() {
            return Set.copyOf(nodes);
        }

        @Override
        public CompletableFuture<List<JobInfo>> jobs(String node) {
            asked.add("jobs " + node + "#" + askedCount.merge(node, 1, Integer::sum));
            if (failing.contains(node)) {
                return CompletableFuture.failedFuture(new java.io.IOException(node + ": connection refused"));
            }
            return CompletableFuture.completedFuture(jobs.getOrDefault(node, List.of()));
        }

        @Override
        public CompletableFuture<List<MigrationInfo>> migrations(String node) {
            if (failing.contains(node)) {
                return CompletableFuture.failedFuture(new java.io.IOException(node + ": connection refused"));
            }
            return CompletableFuture.completedFuture(migrations.getOrDefault(node, List.of()));
        }

        @Override
        public CompletableFuture<JobInfo> start(String node, List<String> command) {
            return CompletableFuture.completedFuture(job("new", node, node, JobState.RUNNING, 1));
        }

        @Override
        public CompletableFuture<MigrationInfo> migrate(String source, String job, String target, String why, String pageAddress, String mode) {
            moves.add(source + ":" + job + "->" + target + " (" + why + ")" + (pageAddress.isEmpty() ? "" : " at " + pageAddress)
                    + (mode.equals("auto") ? "" : " by " + mode));
            return CompletableFuture.completedFuture(new MigrationInfo("m", job, source, target, why, Outcome.RUNNING, "checking", 0, 0, 0, 1, ""));
        }

        @Override
        public CompletableFuture<JobInfo> action(String node, String job, String action) {
            return CompletableFuture.completedFuture(job(job, node, node, JobState.RUNNING, 1));
        }

        @Override
        public CompletableFuture<JobInfo> lock(String node, String job, boolean locked) {
            return CompletableFuture.completedFuture(job(job, node, node, JobState.RUNNING, 1));
        }

        @Override
        public CompletableFuture<Map.Entry<String, Long>> output(String home, String job, long offset) {
            return CompletableFuture.completedFuture(Map.entry("", offset));
        }
    }
}
