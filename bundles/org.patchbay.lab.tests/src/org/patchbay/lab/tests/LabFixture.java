package org.patchbay.lab.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.live.LiveState;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.Cluster;

/** A running lab with a console-side monitor following every node, torn down after the test. */
final class LabFixture implements AutoCloseable {

    final Lab lab;
    final LiveState live = new LiveState();
    final AgentClient client;
    final AgentMonitor monitor;

    LabFixture(Cluster cluster, Path dir, boolean loopback) throws LabException, IOException {
        this(cluster, options(dir, loopback), LabListener.NONE, LabProgress.NONE, dir);
    }

    static LabOptions options(Path dir, boolean loopback) throws LabException {
        return new LabOptions(dir.resolve("state"), dir.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(), LabOptions.AGENT_JVM_OPTIONS,
                loopback);
    }

    LabFixture(Cluster cluster, LabOptions options, LabListener listener, LabProgress progress, Path dir) throws LabException, IOException {
        lab = Lab.start(cluster, options, listener, progress);
        client = AgentClient.forConsole(dir.resolve("ca"));
        monitor = new AgentMonitor(client, live, ConnectionPolicy.standard());
        monitor.follow(lab.endpoints());
    }

    void awaitAllUp(long timeoutMillis) throws InterruptedException {
        await("every node up", timeoutMillis, () -> lab.endpoints().keySet().stream().allMatch(n -> live.node(n) != null && live.node(n).up()));
    }

    static void await(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        await(what, timeoutMillis, condition, () -> "");
    }

    /** As {@link #await(String, long, BooleanSupplier)}, and a timeout says what {@code seen} reads then. */
    static void await(String what, long timeoutMillis, BooleanSupplier condition, java.util.function.Supplier<String> seen) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                String state = seen.get();
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what + (state.isEmpty() ? "" : ": " + state));
            }
            Thread.sleep(20);
        }
    }

    /**
     * Starts a one-test iperf3 server on {@code node} and returns once it accepts connections: on a loaded machine its
     * start can take longer than any fixed pause, and a client started before it listens fails with "connection refused".
     */
    Process iperfServer(String node, int port) throws Exception {
        Process server = lab.exec(node, java.util.List.of("iperf3", "-s", "-1", "-p", Integer.toString(port)));
        await("iperf3 listening on " + node + " port " + port, 60_000, () -> !server.isAlive() || listens(node, port));
        if (!server.isAlive()) {
            throw new AssertionError("iperf3 -s on " + node + " port " + port + " exited: "
                    + new String(server.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return server;
    }

    private boolean listens(String node, int port) {
        try {
            Process ss = lab.exec(node, java.util.List.of("ss", "-Hltn", "sport = :" + port));
            String out = new String(ss.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return ss.waitFor(30, TimeUnit.SECONDS) && !out.isBlank();
        } catch (Exception e) {
            throw new AssertionError("cannot ask " + node + " which ports it listens on", e);
        }
    }

    /** A debugfs request on a disk image, read-only (e.g. {@code cat FILE}, {@code stat FILE}): what the disk holds, without mounting it. */
    static String debugfs(Path disk, String request) throws Exception {
        Process p = new ProcessBuilder("debugfs", "-R", request, disk.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("debugfs " + request + " on " + disk + " did not end within 60 s");
        }
        return out;
    }

    /** Moves {@code job} from one node to another and follows the move at its source until it ends. */
    JobWire.MigrationInfo migrate(String job, String from, String to, String why) throws Exception {
        JobWire.MigrationInfo started = client.migrate(from, lab.endpoints().get(from), job, to, lab.endpoints().get(to), why).get(60, TimeUnit.SECONDS);
        return awaitMigrationEnd(from, started.id());
    }

    /** Follows a migration at its source until it ends; bounded by the migration's own limits, and by 5 minutes here. */
    JobWire.MigrationInfo awaitMigrationEnd(String source, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            for (JobWire.MigrationInfo m : client.migrations(source, lab.endpoints().get(source)).get(60, TimeUnit.SECONDS)) {
                if (m.id().equals(id) && m.outcome() != JobWire.Outcome.RUNNING) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("migration " + id + " did not end within 5 minutes");
    }

    @Override
    public void close() {
        monitor.close();
        client.close();
        lab.close();
    }
}
