package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.core.jobs.JobAgents;
import org.patchbay.core.session.AgentCommands;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Program;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;
import org.patchbay.model.templates.ClusterBuilder;

/**
 * The schedule's commands on real nodes, as agent jobs: a command's outcome is its exit code and last
 * line once its job ends; one still running at the limit is killed and said so; programs and flows
 * start as jobs and stop in the right order; what an agent could not stop is named.
 */
class AgentCommandsTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedAgents agents = new ScriptedAgents();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private AgentCommands commands(Duration limit) {
        return new AgentCommands(agents, timer, limit, Duration.ofMillis(10));
    }

    @Test
    void aCommandsOutcomeIsItsExitCodeAndLastLineOnceItsJobEnds() throws Exception {
        agents.looksBeforeExit = 3;
        agents.output = "warming up\nhello from a\n";
        assertEquals("exit 0: hello from a", commands(Duration.ofSeconds(30)).run("a", "echo hello from a").toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals(List.of("start a [sh, -c, echo hello from a]", "lock a j1"), agents.calls.subList(0, 2));
        assertTrue(agents.calls.stream().filter(c -> c.equals("jobs a")).count() >= 4, "followed until it ended: " + agents.calls);
        assertTrue(agents.calls.contains("output a j1 from 0"), agents.calls.toString());

        agents.exitCode = 3;
        agents.output = "no such file\n";
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> commands(Duration.ofSeconds(30)).run("a", "cat /nothing").toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("exit 3: no such file", failed.getCause().getMessage());
    }

    @Test
    void anAgentThatMissesALookIsAskedAgainAndACommandStillRunningAtItsLimitIsKilled() throws Exception {
        agents.looksBeforeExit = 2;
        agents.failingLooks = 2;
        assertEquals("exit 0", commands(Duration.ofSeconds(30)).run("a", "true").toCompletableFuture().get(10, TimeUnit.SECONDS));

        agents.looksBeforeExit = Integer.MAX_VALUE;
        ExecutionException late = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> commands(Duration.ofMillis(300)).run("a", "sleep 600").toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("still running after 300 ms; stopped", late.getCause().getMessage());
        assertTrue(agents.calls.contains("kill a j2"), "the job was killed: " + agents.calls);
    }

    @Test
    void aFlowIsAServerOnTheDestinationAndAClientOnTheSourceStoppedSenderFirst() throws Exception {
        ClusterBuilder b = new ClusterBuilder("flows");
        Node a = b.node("a", 0, 0, NodeRole.COMPUTE);
        Node c = b.node("c", 100, 0, NodeRole.COMPUTE);
        b.link(a, c, new int[] {10, 9, 1});
        Cluster cluster = b.cluster();
        TrafficFlow flow = PatchbayFactory.eINSTANCE.createTrafficFlow();
        flow.setName("bulk");
        flow.setNode(a);
        flow.setDestination(c);
        flow.setProtocol(TrafficProtocol.UDP);
        flow.setRateBps(2_000_000);
        flow.setPacketSizeBytes(1000);
        cluster.getActivities().add(flow);
        Program logger = PatchbayFactory.eINSTANCE.createProgram();
        logger.setName("logger");
        logger.setNode(c);
        logger.setCommand("tcpdump -c 10");
        cluster.getActivities().add(logger);

        agents.looksBeforeExit = Integer.MAX_VALUE;
        AgentCommands commands = commands(Duration.ofSeconds(30));
        assertEquals("started bulk on a", commands.start(flow).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("bulk runs already", commands.start(flow).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertTrue(agents.calls.get(0).startsWith("start c [timeout, 3600, iperf3, -s, -1, -p, 2000"), agents.calls.toString());
        assertTrue(agents.calls.get(1).startsWith("start a [sh, -c, for i in $(seq 100); do iperf3 -c 10.9.1.") && agents.calls.get(1).contains(" -u -b 2000000 -l 1000 "),
                agents.calls.toString());
        assertEquals("started logger on c", commands.start(logger).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("start c [timeout, 3600, sh, -c, tcpdump -c 10]", agents.calls.get(2));

        agents.calls.clear();
        assertEquals("stopped bulk", commands.stop(flow).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals(List.of("kill a j2", "kill c j1"), agents.calls.subList(0, 2), "the sender first, so the receiver counts everything sent");
        assertEquals("bulk was not running", commands.stop(flow).toCompletableFuture().get(10, TimeUnit.SECONDS));

        agents.refuseKills = Set.of("j3");
        agents.ended.add("j3");
        assertEquals("stopped logger", commands.stop(logger).toCompletableFuture().get(10, TimeUnit.SECONDS), "a job that had ended by itself is stopped");

        commands.start(logger).toCompletableFuture().get(10, TimeUnit.SECONDS);
        agents.refuseKills = Set.of("j4");
        ExecutionException stuck = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> commands.stop(logger).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("c did not stop job j4: connection refused", stuck.getCause().getMessage());

        flow.setDestination(null);
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> commands.start(flow).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("bulk has no destination node; choose one in Properties", refused.getCause().getMessage());
    }

    /** Agents whose jobs run for a number of looks, then end with an exit code and an output. */
    private static final class ScriptedAgents implements JobAgents {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<String> ended = new CopyOnWriteArrayList<>();
        volatile int looksBeforeExit;
        volatile int failingLooks;
        volatile int exitCode;
        volatile String output = "";
        volatile Set<String> refuseKills = Set.of();
        private final Map<String, Integer> looks = new LinkedHashMap<>();
        private final Map<String, String> nodes = new LinkedHashMap<>();
        private int next;

        @Override
        public Set<String> nodes() {
            return Set.of("a", "c");
        }

        private JobInfo job(String id, JobState state) {
            return new JobInfo(id, nodes.get(id), nodes.get(id), List.of(), state, 100, 0, false, 0, state == JobState.EXITED ? exitCode : -1,
                    output.length(), "");
        }

        @Override
        public synchronized CompletableFuture<List<JobInfo>> jobs(String node) {
            calls.add("jobs " + node);
            if (failingLooks > 0) {
                failingLooks--;
                return CompletableFuture.failedFuture(new java.io.IOException("connection reset"));
            }
            List<JobInfo> all = new ArrayList<>();
            nodes.forEach((id, at) -> {
                if (at.equals(node)) {
                    int seen = looks.merge(id, 1, Integer::sum);
                    all.add(job(id, ended.contains(id) || seen > looksBeforeExit ? JobState.EXITED : JobState.RUNNING));
                }
            });
            return CompletableFuture.completedFuture(all);
        }

        @Override
        public CompletableFuture<List<MigrationInfo>> migrations(String node) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public synchronized CompletableFuture<JobInfo> start(String node, List<String> command) {
            calls.add("start " + node + " " + command);
            String id = "j" + ++next;
            nodes.put(id, node);
            return CompletableFuture.completedFuture(job(id, JobState.RUNNING));
        }

        @Override
        public CompletableFuture<MigrationInfo> migrate(String source, String job, String target, String why, String pageAddress, String mode) {
            return CompletableFuture.failedFuture(new IllegalStateException("the schedule never moves jobs"));
        }

        @Override
        public CompletableFuture<JobInfo> action(String node, String job, String action) {
            calls.add(action + " " + node + " " + job);
            if (refuseKills.contains(job)) {
                return CompletableFuture.failedFuture(new java.io.IOException("connection refused"));
            }
            ended.add(job);
            return CompletableFuture.completedFuture(job(job, JobState.EXITED));
        }

        @Override
        public CompletableFuture<JobInfo> lock(String node, String job, boolean locked) {
            calls.add("lock " + node + " " + job);
            return CompletableFuture.completedFuture(job(job, JobState.RUNNING));
        }

        @Override
        public CompletableFuture<Map.Entry<String, Long>> output(String home, String job, long offset) {
            calls.add("output " + home + " " + job + " from " + offset);
            return CompletableFuture.completedFuture(Map.entry(output, (long) output.length()));
        }
    }
}
