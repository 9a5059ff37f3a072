package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.collect.SystemRoots;
import org.patchbay.agent.jobs.Criu;
import org.patchbay.agent.jobs.JobMigrations;
import org.patchbay.agent.jobs.JobTable;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.agent.server.AgentConfig;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.server.Sampler;

/**
 * Two agents in this JVM on loopback, each with its jobs and real CRIU: a job moves from one to the
 * other; a target that lacks the job's program, or has other bytes under its name (another root
 * image), refuses before anything is frozen, naming the file, and the job runs on. Needs root (CRIU
 * does), which CI has.
 */
class AgentMigrationTest {

    private Path dir;
    private CertificateAuthority ca;
    private AgentClient client;
    private final List<AgentServer> servers = new java.util.ArrayList<>();
    private Criu criu;

    @BeforeEach
    void setUp() throws Exception {
        assertTrue("root".equals(System.getProperty("user.name")), "CRIU checkpoints other processes only as root; run these tests as root (CI does)");
        Process find = new ProcessBuilder(System.getProperty("patchbay.criu.script")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String path = new String(find.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, find.waitFor(), "criu-from-debian found or built a CRIU");
        criu = Criu.probe(Path.of(path), 60);
        assertTrue(criu.usable(), criu.status());
        // under /var/tmp, not /tmp: one test gives the target a /tmp of its own
        dir = Files.createTempDirectory(Path.of("/var/tmp"), "patchbay-agent-migration");
        ca = CertificateAuthority.openOrCreate(dir.resolve("ca"), "Test CA");
        client = AgentClient.forConsole(dir.resolve("ca"));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        servers.forEach(AgentServer::close);
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theStatusSaysWhetherThisKernelAllowsIterativePreCopy() throws Exception {
        // the kernel's own configuration says (this machine's: "# CONFIG_MEM_SOFT_DIRTY is not set")
        Path config = Path.of("/proc/config.gz");
        assertTrue(Files.isReadable(config), "this test reads the kernel's configuration from /proc/config.gz");
        String options;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(config))) {
            options = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean softDirty = options.lines().anyMatch("CONFIG_MEM_SOFT_DIRTY=y"::equals);
        assertEquals(!softDirty, criu.status().contains("no iterative pre-copy: the kernel tracks no dirty memory (built without CONFIG_MEM_SOFT_DIRTY)"),
                criu.status());
    }

    @Test
    void aJobMovesToTheOtherAgentByPostCopyAndCountsOnOverItsOwnMemory() throws Exception {
        assertTrue(criu.postCopy(), "the CRIU criu-from-debian builds serves lazy pages: " + criu.status());
        MigrationInfo end = moveCountingJob("auto");
        assertTrue(end.phase().startsWith(JobWire.POST_COPY_PHASE), "both agents can, so the memory followed the job: " + end);
        assertTrue(end.bytes() > 2L << 20, "the job's data came over, most of it after it ran there: " + end);
    }

    @Test
    void aJobMovesByStopAndCopyWhenAskedTo() throws Exception {
        MigrationInfo end = moveCountingJob("stop-and-copy");
        assertEquals("runs on node-b", end.phase(), end.toString());
    }

    /** A counting job holding random data moves from node-a to node-b and counts on there over the same data, its output at home. */
    private MigrationInfo moveCountingJob(String mode) throws Exception {
        AgentServer a = agent("node-a", Path.of("/"));
        AgentServer b = agent("node-b", Path.of("/"));
        // the shell holds the data (1 MB, as 2 MB of hex) in its own memory and prints its checksum each round
        String script = "data=$(head -c 1048576 /dev/urandom | od -An -tx1 | tr -d ' \\n'); i=0; while :; do i=$((i+1)); "
                + "echo \"$i $(printf %s \"$data\" | md5sum | cut -c1-32)\"; sleep 0.1; done";
        JobInfo job = client.startJob("node-a", uri(a), List.of("sh", "-c", script)).get(30, TimeUnit.SECONDS);
        awaitOutputLines(a, job.id(), 3);
        MigrationInfo started = client.migrate("node-a", uri(a), job.id(), "node-b", uri(b), "user", "", mode).get(30, TimeUnit.SECONDS);
        MigrationInfo end = awaitEnd(a, started.id());
        assertEquals(JobWire.Outcome.MOVED, end.outcome(), end.toString());
        JobInfo there = client.jobs("node-b", uri(b)).get(30, TimeUnit.SECONDS).stream().filter(j -> j.id().equals(job.id())).findFirst().orElseThrow();
        assertEquals(JobWire.JobState.RUNNING, there.state());
        assertEquals("node-a", there.home());
        int lines = outputLines(a, job.id());
        awaitOutputLines(a, job.id(), lines + 5);
        String output = client.jobOutput("node-a", uri(a), job.id(), 0).get(30, TimeUnit.SECONDS).getKey();
        List<String> counted = output.lines().toList();
        String digest = counted.get(0).split(" ")[1];
        for (int i = 0; i < counted.size(); i++) {
            assertEquals((i + 1) + " " + digest, counted.get(i), "the job counted on over the same data: " + output);
        }
        client.jobAction("node-b", uri(b), job.id(), "kill").get(30, TimeUnit.SECONDS);
        return end;
    }

    @Test
    void aTargetWithoutTheJobsProgramRefusesBeforeAnythingFreezes() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty-root"));
        AgentServer a = agent("node-a", Path.of("/"));
        AgentServer b = agent("node-b", empty);
        JobInfo job = client.startJob("node-a", uri(a), List.of("sleep", "600")).get(30, TimeUnit.SECONDS);
        MigrationInfo end = move(a, b, job.id(), "node-b");
        assertEquals(JobWire.Outcome.FAILED, end.outcome());
        assertTrue(end.error().contains("which node-b does not have") || end.error().contains("node-b has no such file"), end.error());
        assertEquals(0, end.freezeMillis(), "nothing was frozen");
        assertEquals(JobWire.JobState.RUNNING, client.jobs("node-a", uri(a)).get(30, TimeUnit.SECONDS).get(0).state());
        client.jobAction("node-a", uri(a), job.id(), "kill").get(30, TimeUnit.SECONDS);
    }

    @Test
    void aJobOnTheMachinesRootIsRefusedByANodeRunningFromItsDiskBeforeAnythingFreezes() throws Exception {
        // the target's jobs run inside a disk mounted at another root: restored at "/", this job would run outside that disk
        AgentServer a = agent("node-a", Path.of("/"));
        AgentServer b = agent("node-b", new JobMigrations.JobRoot(dir.resolve("disk-root"), Path.of("/")));
        JobInfo job = client.startJob("node-a", uri(a), List.of("sleep", "600")).get(30, TimeUnit.SECONDS);
        MigrationInfo end = move(a, b, job.id(), "node-b");
        assertEquals(JobWire.Outcome.FAILED, end.outcome());
        assertTrue(end.error().contains("the job runs on the machine's root file system on node-a, and node-b runs its jobs inside its own disk"),
                end.error());
        assertEquals(0, end.freezeMillis(), "nothing was frozen");
        assertEquals(JobWire.JobState.RUNNING, client.jobs("node-a", uri(a)).get(30, TimeUnit.SECONDS).get(0).state());
        client.jobAction("node-a", uri(a), job.id(), "kill").get(30, TimeUnit.SECONDS);
    }

    @Test
    void aTargetWhoseProgramIsOtherCodeRefusesIt() throws Exception {
        // the job runs a copy of sleep from /tmp; the target's root shows the host's files except /tmp, where the copy differs
        Path programDir = Files.createTempDirectory(Path.of("/tmp"), "pb-prog");
        Path program = programDir.resolve("worker");
        Files.copy(Path.of("/bin/sleep"), program);
        program.toFile().setExecutable(true);
        Path other = Files.createDirectories(dir.resolve("other-root"));
        try (Stream<Path> top = Files.list(Path.of("/"))) {
            for (Path entry : top.toList()) {
                if (!entry.getFileName().toString().equals("tmp")) {
                    Files.createSymbolicLink(other.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        Path otherProgram = Files.createDirectories(other.resolve("tmp").resolve(programDir.getFileName().toString())).resolve("worker");
        Files.copy(program, otherProgram);
        Files.write(otherProgram, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        try {
            AgentServer a = agent("node-a", Path.of("/"));
            AgentServer b = agent("node-b", other);
            JobInfo job = client.startJob("node-a", uri(a), List.of(program.toString(), "600")).get(30, TimeUnit.SECONDS);
            MigrationInfo end = move(a, b, job.id(), "node-b");
            assertEquals(JobWire.Outcome.FAILED, end.outcome());
            assertTrue(end.error().contains(program + ", which is different on node-b"), end.error());
            client.jobAction("node-a", uri(a), job.id(), "kill").get(30, TimeUnit.SECONDS);
        } finally {
            Files.deleteIfExists(program);
            Files.deleteIfExists(programDir);
        }
    }

    private MigrationInfo move(AgentServer from, AgentServer to, String job, String target) throws Exception {
        return awaitEnd(from, client.migrate(nodeOf(from), uri(from), job, target, uri(to), "user").get(30, TimeUnit.SECONDS).id());
    }

    private MigrationInfo awaitEnd(AgentServer from, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            for (MigrationInfo m : client.migrations(nodeOf(from), uri(from)).get(30, TimeUnit.SECONDS)) {
                if (m.id().equals(id) && m.outcome() != JobWire.Outcome.RUNNING) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the move did not end within 3 minutes");
    }

    private final Map<AgentServer, String> names = new java.util.HashMap<>();

    private String nodeOf(AgentServer server) {
        return names.get(server);
    }

    private AgentServer agent(String node, Path filesRoot) throws Exception {
        return agent(node, new JobMigrations.JobRoot(Path.of("/"), filesRoot));
    }

    private AgentServer agent(String node, JobMigrations.JobRoot root) throws Exception {
        Path tls = dir.resolve(node);
        TlsIdentity identity = ca.issueNode(node, List.of(), List.of(InetAddress.getLoopbackAddress()));
        identity.save(tls, "node");
        Files.copy(dir.resolve("ca").resolve("ca.pem"), tls.resolve("ca.pem"));
        AgentConfig config = new AgentConfig(node, "host", new InetSocketAddress("127.0.0.1", 0), tls.resolve("node.pem"), tls.resolve("node-key.pem"),
                tls.resolve("ca.pem"), 1000, List.of("true"), Path.of("/proc"));
        AgentServer server = new AgentServer(config, new Sampler(node, "host", "test", SystemRoots.live(), 100), TlsContexts.agent(identity, ca.certificate()),
                code -> { });
        JobTable jobs = new JobTable(node, dir.resolve(node + "-state").resolve("jobs"), Path.of("/proc"), System::currentTimeMillis);
        server.serveJobs(jobs, new JobMigrations(node, jobs, criu, dir.resolve(node + "-state").resolve("migrations"),
                new JobMigrations.NodeFiles(config.certificate(), config.key(), config.ca()), System::currentTimeMillis, root));
        server.start();
        servers.add(server);
        names.put(server, node);
        return server;
    }

    private static URI uri(AgentServer server) {
        return URI.create("https://127.0.0.1:" + server.port());
    }

    private int outputLines(AgentServer home, String job) throws Exception {
        return (int) client.jobOutput(nodeOf(home), uri(home), job, 0).get(30, TimeUnit.SECONDS).getKey().lines().count();
    }

    private void awaitOutputLines(AgentServer home, String job, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (outputLines(home, job) < count) {
            assertTrue(System.nanoTime() < deadline, "the job printed " + count + " lines within 2 minutes");
            Thread.sleep(50);
        }
    }
}
