package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * Jobs move between the nodes of a real namespace lab with CRIU, agent to agent: a counting job
 * holding a megabyte of random data keeps counting with the same data on the other node while its
 * output continues at home; it goes home again; a job with a TCP connection is refused with the
 * connection named and never frozen; a move to a node whose agent is dead leaves the job running
 * where it was, and so does a target killed while it restores; a console that goes away mid-move
 * changes nothing; a job whose home dies runs on; the balancer spreads four busy jobs over four
 * nodes and then leaves them. One copy at all times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabMigrationTest {

    /** Counts, and prints with each count the checksum of 1 MB of random data it holds in memory since it started. */
    private static final List<String> COUNTING_JOB = List.of("sh", "-c",
            "data=$(head -c 1048576 /dev/urandom | od -An -tx1 | tr -d ' \\n'); i=0; while :; do i=$((i+1)); "
                    + "echo \"$i $(printf %s \"$data\" | md5sum | cut -c1-32)\"; sleep 0.2; done");

    private Path dir;
    private LabFixture fixture;

    @BeforeAll
    void startLab() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        dir = Files.createTempDirectory("patchbay-migration-test");
        Cluster cluster = TopologyTemplates.star(4);
        fixture = new LabFixture(cluster, dir, false);
        fixture.awaitAllUp(120_000);
        List<JobInfo> jobs = fixture.client.jobs("node0", endpoint("node0")).get(60, TimeUnit.SECONDS);
        assertTrue(jobs.isEmpty(), "a new node runs no jobs: " + jobs);
    }

    @AfterAll
    void stopLab() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aCountingJobMovesKeepsItsMemoryAndCountingAndItsOutputStaysAtHome() throws Exception {
        JobInfo job = fixture.client.startJob("node0", endpoint("node0"), COUNTING_JOB).get(60, TimeUnit.SECONDS);
        assertEquals("node0", job.home());
        awaitLines(job.id(), 3);

        // the memory goes to node1's address on the lab's own links (where shaping applies), not over the management network
        String node1Link = fixture.lab.plan().addresses().stream().filter(a -> a.namespace().equals(nodeNamespace("node1")) && a.iface().equals("eth0"))
                .map(a -> a.cidr().substring(0, a.cidr().indexOf('/'))).findFirst().orElseThrow();
        long receivedBefore = fixture.live.node("node1").interfaces().get("eth0").rxBytes();
        MigrationInfo started = fixture.client.migrate("node0", endpoint("node0"), job.id(), "node1", endpoint("node1"), "user", node1Link)
                .get(60, TimeUnit.SECONDS);
        MigrationInfo moved = fixture.awaitMigrationEnd("node0", started.id());
        assertEquals(JobWire.Outcome.MOVED, moved.outcome(), "the move: " + moved);
        assertTrue(moved.phase().startsWith(JobWire.POST_COPY_PHASE),
                "the lab's agents move memory after the job runs on the target (post-copy): " + moved);
        assertTrue(moved.freezeMillis() > 0 && moved.bytes() > 1_000_000, "the job's megabyte crossed: " + moved);
        LabFixture.await("node1's link to count the memory it received", 30_000,
                () -> fixture.live.node("node1").interfaces().get("eth0").rxBytes() - receivedBefore > 1_000_000);

        List<JobInfo> onNode1 = jobsOf("node1");
        JobInfo there = onNode1.stream().filter(j -> j.id().equals(job.id()) && j.state() == JobWire.JobState.RUNNING).findFirst()
                .orElseThrow(() -> new AssertionError("node1 does not run " + job.id() + "; its jobs: " + onNode1));
        assertEquals("node0", there.home(), "the job keeps its home");
        assertEquals(nodeNamespace("node1"), namespaceOf(there.pid()), "the job's process is in node1's network namespace");
        assertTrue(runningOn("node0", job.id()).isEmpty(), "node0 no longer runs it (one copy)");
        JobInfo atHome = jobsOf("node0").stream().filter(j -> j.id().equals(job.id())).findFirst().orElseThrow();
        assertEquals(JobWire.JobState.AWAY, atHome.state(), "home keeps the record of a job that is away");

        int before = lines(job.id()).size();
        awaitLines(job.id(), before + 5);
        assertCountsOnWithTheSameData(lines(job.id()));

        MigrationInfo home = fixture.migrate(job.id(), "node1", "node0", "home");
        assertEquals(JobWire.Outcome.MOVED, home.outcome(), "sent home: " + home);
        assertEquals("home", home.why());
        assertTrue(runningOn("node0", job.id()).isPresent(), "the job runs at home again; node0 has " + jobsOf("node0") + ", node1 has " + jobsOf("node1"));
        assertTrue(runningOn("node1", job.id()).isEmpty(), "and no longer on node1: " + jobsOf("node1"));
        int again = lines(job.id()).size();
        awaitLines(job.id(), again + 3);
        assertCountsOnWithTheSameData(lines(job.id()));

        fixture.client.jobAction("node0", endpoint("node0"), job.id(), "kill").get(60, TimeUnit.SECONDS);
    }

    @Test
    void aJobWithATcpConnectionIsRefusedWithTheConnectionNamedAndKeepsRunning() throws Exception {
        String node1 = fixture.lab.endpoints().get("node1").getHost();
        Process server = fixture.iperfServer("node1", 5299);
        try {
            JobInfo job = fixture.client.startJob("node0", endpoint("node0"),
                    List.of("iperf3", "-c", node1, "-p", "5299", "-t", "600", "-b", "8k", "-i", "1")).get(60, TimeUnit.SECONDS);
            awaitLines(job.id(), 3);
            MigrationInfo refused = fixture.migrate(job.id(), "node0", "node1", "user");
            assertEquals(JobWire.Outcome.FAILED, refused.outcome(), "a job with a TCP connection does not move: " + refused);
            assertTrue(refused.error().contains("TCP connection") && refused.error().contains(node1 + ":5299"), "the reason names the connection: "
                    + refused.error());
            assertEquals(0, refused.freezeMillis(), "the job was never frozen");
            JobInfo still = runningOn("node0", job.id()).orElseThrow(() -> new AssertionError("the job stopped running on node0"));
            assertEquals(JobWire.JobState.RUNNING, still.state());
            fixture.client.jobAction("node0", endpoint("node0"), job.id(), "kill").get(60, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aMoveToANodeWhoseAgentIsDeadLeavesTheJobRunningWhereItWas() throws Exception {
        JobInfo job = fixture.client.startJob("node0", endpoint("node0"), COUNTING_JOB).get(60, TimeUnit.SECONDS);
        awaitLines(job.id(), 2);
        // an address in node2's subnet where no agent listens stands for a node that died
        URI dead = URI.create("https://" + fixture.lab.endpoints().get("node2").getHost() + ":7999");
        MigrationInfo started = fixture.client.migrate("node0", endpoint("node0"), job.id(), "node2", dead, "user").get(60, TimeUnit.SECONDS);
        MigrationInfo end = fixture.awaitMigrationEnd("node0", started.id());
        assertEquals(JobWire.Outcome.FAILED, end.outcome(), "nothing answers there: " + end);
        assertTrue(end.error().contains("did not prepare"), end.error());
        int before = lines(job.id()).size();
        awaitLines(job.id(), before + 3);
        assertCountsOnWithTheSameData(lines(job.id()));
        assertTrue(runningOn("node0", job.id()).isPresent(), "the job runs on node0 still");
        fixture.client.jobAction("node0", endpoint("node0"), job.id(), "kill").get(60, TimeUnit.SECONDS);
    }

    @Test
    void aTargetKilledWhileItRestoresLeavesTheJobRunningAtTheSourceAlone() throws Exception {
        // half a gigabyte takes the target a while to restore: long enough to kill it meanwhile
        JobInfo job = fixture.client.startJob("node0", endpoint("node0"), List.of(memjob().toString(), "512", "0")).get(60, TimeUnit.SECONDS);
        awaitLines(job.id(), 1);
        try {
            MigrationInfo started = fixture.client.migrate("node0", endpoint("node0"), job.id(), "node1", endpoint("node1"), "user").get(60, TimeUnit.SECONDS);
            LabFixture.await("the move to reach the restore", 300_000, () -> phaseOf("node0", started.id()).startsWith("restoring")
                    || !phaseOf("node0", started.id()).isEmpty() && !outcomeOf("node0", started.id()).equals("running"));
            assertTrue(phaseOf("node0", started.id()).startsWith("restoring"), "the move was caught restoring: " + phaseOf("node0", started.id()));
            fixture.lab.killAgent("node1");
            MigrationInfo end = fixture.awaitMigrationEnd("node0", started.id());
            assertEquals(JobWire.Outcome.FAILED, end.outcome(), "the target died before the hand-over: " + end);
            JobInfo still = runningOn("node0", job.id()).orElseThrow(() -> new AssertionError("the job does not run on node0 after the failed move"));
            int before = lines(job.id()).size();
            awaitLines(job.id(), before + 2);
            assertTrue(still.pid() > 0);
        } finally {
            fixture.lab.restartAgent("node1");
            fixture.awaitAllUp(120_000);
            fixture.client.jobAction("node0", endpoint("node0"), job.id(), "kill").get(60, TimeUnit.SECONDS);
        }
        assertTrue(runningOn("node1", job.id()).isEmpty(), "no copy on node1");
    }

    @Test
    void aConsoleThatGoesAwayMidMoveChangesNothing() throws Exception {
        JobInfo job = fixture.client.startJob("node2", endpoint("node2"), COUNTING_JOB).get(60, TimeUnit.SECONDS);
        awaitLines(job.id(), "node2", 2);
        MigrationInfo started;
        try (var console = org.patchbay.agent.client.AgentClient.forConsole(dir.resolve("ca"))) {
            started = console.migrate("node2", endpoint("node2"), job.id(), "node3", endpoint("node3"), "user").get(60, TimeUnit.SECONDS);
        }
        MigrationInfo end = fixture.awaitMigrationEnd("node2", started.id());
        assertEquals(JobWire.Outcome.MOVED, end.outcome(), "the agents finished the move alone: " + end);
        assertTrue(runningOn("node3", job.id()).isPresent());
        fixture.client.jobAction("node3", endpoint("node3"), job.id(), "kill").get(60, TimeUnit.SECONDS);
    }

    @Test
    void aJobWhoseHomeDiesRunsOnWithItsOutputNotDelivered() throws Exception {
        JobInfo job = fixture.client.startJob("node2", endpoint("node2"), COUNTING_JOB).get(60, TimeUnit.SECONDS);
        awaitLines(job.id(), "node2", 2);
        assertEquals(JobWire.Outcome.MOVED, fixture.migrate(job.id(), "node2", "node3", "user").outcome());
        var jobs = new org.patchbay.core.jobs.ClusterJobs(new org.patchbay.core.jobs.AgentJobAgents(fixture.client, fixture.lab::endpoints), fixture.live);
        try {
            fixture.lab.killAgent("node2");
            LabFixture.await("node2 seen down", 60_000, () -> !fixture.live.node("node2").up());
            var seen = jobs.refresh().join().jobs().get(job.id());
            assertEquals("node3", seen.node());
            assertTrue(seen.running(), "the job runs on: " + seen);
            assertTrue(!seen.outputDelivered(), "its home is down: output not delivered");
            JobInfo there = runningOn("node3", job.id()).orElseThrow();
            long pid = there.pid();
            Thread.sleep(1500);
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the job's process lives on node3");
        } finally {
            fixture.lab.restartAgent("node2");
            fixture.awaitAllUp(120_000);
            jobs.close();
            fixture.client.jobAction("node3", endpoint("node3"), job.id(), "kill").get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void theBalancerSpreadsFourBusyJobsOverFourNodesAndThenLeavesThem() throws Exception {
        var jobs = new org.patchbay.core.jobs.ClusterJobs(new org.patchbay.core.jobs.AgentJobAgents(fixture.client, fixture.lab::endpoints), fixture.live);
        var balancing = new org.patchbay.core.jobs.AutoBalance(jobs, fixture.live, new org.patchbay.core.jobs.Balancer(
                new org.patchbay.core.jobs.Balancer.Settings(0.3, java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(4), 0.95, 30)),
                (a, b) -> 125e6, System::currentTimeMillis);
        List<String> started = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                started.add(fixture.client.startJob("node0", endpoint("node0"), List.of("sh", "-c", "while :; do :; done")).get(60, TimeUnit.SECONDS).id());
            }
            balancing.setEnabled(true);
            LabFixture.await("one busy job on each node", 240_000, () -> {
                balancing.tick();
                var s = jobs.snapshot();
                return List.of("node0", "node1", "node2", "node3").stream().allMatch(n -> s.jobsOn(n).stream().filter(j -> started.contains(j.id()))
                        .filter(org.patchbay.core.jobs.ClusterJob::running).count() == 1) && s.moving().isEmpty();
            });
            long moves = balancerMoves(jobs);
            assertEquals(3, moves, "three moves spread them: " + balancing.decisions());
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until) {
                balancing.tick();
                Thread.sleep(1000);
            }
            assertEquals(moves, balancerMoves(jobs), "no more moves once balanced: " + balancing.decisions());
            assertTrue(balancing.decisions().stream().allMatch(d -> d.decision() == null || d.decision().reason().contains("busiest")),
                    "every decision says why: " + balancing.decisions());
        } finally {
            balancing.close();
            for (String id : started) {
                jobs.refresh().join();
                try {
                    jobs.kill(id).join();
                } catch (RuntimeException gone) {
                    // ended already
                }
            }
            jobs.close();
        }
    }

    private long balancerMoves(org.patchbay.core.jobs.ClusterJobs jobs) {
        return jobs.refresh().join().migrations().stream().filter(m -> m.why().equals("balancer") && m.outcome() == JobWire.Outcome.MOVED).count();
    }

    private String phaseOf(String node, String id) {
        try {
            return fixture.client.migrations(node, endpoint(node)).get(60, TimeUnit.SECONDS).stream().filter(m -> m.id().equals(id)).map(MigrationInfo::phase)
                    .findFirst().orElse("");
        } catch (Exception e) {
            return "";
        }
    }

    private String outcomeOf(String node, String id) {
        try {
            return fixture.client.migrations(node, endpoint(node)).get(60, TimeUnit.SECONDS).stream().filter(m -> m.id().equals(id))
                    .map(m -> m.outcome().wire()).findFirst().orElse("");
        } catch (Exception e) {
            return "";
        }
    }

    private static Path memjob() {
        return Path.of(System.getProperty("patchbay.native.helpers")).resolve("pb-memjob");
    }

    private static void assertCountsOnWithTheSameData(List<String> lines) {
        String checksum = lines.get(0).split(" ")[1];
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(" ");
            assertEquals(i + 1, Integer.parseInt(parts[0]), "the job counted on without restarting: " + lines);
            assertEquals(checksum, parts[1], "the job's megabyte is the same after moving: " + lines);
        }
    }

    private void awaitLines(String job, int count) throws InterruptedException {
        awaitLines(job, "node0", count);
    }

    private void awaitLines(String job, String home, int count) throws InterruptedException {
        LabFixture.await(count + " lines of " + job + "'s output", 120_000, () -> {
            try {
                return lines(job, home).size() >= count;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private List<String> lines(String job) throws Exception {
        return lines(job, "node0");
    }

    /** The job's complete lines, read at its home node. */
    private List<String> lines(String job, String home) throws Exception {
        StringBuilder text = new StringBuilder();
        long offset = 0;
        while (true) {
            Map.Entry<String, Long> part = fixture.client.jobOutput(home, endpoint(home), job, offset).get(60, TimeUnit.SECONDS);
            text.append(part.getKey());
            if (part.getValue() == offset) {
                break;
            }
            offset = part.getValue();
        }
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private Optional<JobInfo> runningOn(String node, String job) throws Exception {
        return jobsOf(node).stream().filter(j -> j.id().equals(job) && j.state() == JobWire.JobState.RUNNING).findFirst();
    }

    private List<JobInfo> jobsOf(String node) throws Exception {
        return fixture.client.jobs(node, endpoint(node)).get(60, TimeUnit.SECONDS);
    }

    private URI endpoint(String node) {
        return fixture.lab.endpoints().get(node);
    }

    private String nodeNamespace(String node) {
        return fixture.lab.plan().nodes().stream().filter(b -> b.element().equals(node)).findFirst().orElseThrow().namespace();
    }

    private static String namespaceOf(long pid) throws Exception {
        Process p = new ProcessBuilder("ip", "netns", "identify", Long.toString(pid)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
