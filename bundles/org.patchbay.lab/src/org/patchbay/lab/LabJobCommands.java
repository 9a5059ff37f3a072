package org.patchbay.lab;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;

/**
 * {@code patchbay-lab run | jobs | migrate | output}: jobs on a running lab's nodes from the command
 * line, through the nodes' agents with the lab's client certificate (the same calls the console makes).
 */
final class LabJobCommands {

    /** Each agent call is given this long; a dead agent makes one node's line say so, not the command hang. */
    private static final long CALL_SECONDS = 30;

    private final Map<String, URI> endpoints;
    private final AgentClient client;

    private LabJobCommands(Map<String, URI> endpoints, AgentClient client) {
        this.endpoints = endpoints;
        this.client = client;
    }

    /** The running lab with id {@code id} (or the only one) and a client for its agents. */
    static LabJobCommands open(Path stateBase, String id) throws Exception {
        List<LabRegistry.Entry> running = new ArrayList<>();
        for (LabRegistry.Entry entry : LabRegistry.forThisUser(stateBase).entries()) {
            if (entry.ownerAlive() && (id == null || entry.id().equals(id)) && Files.exists(entry.stateDir().resolve("lab.json"))) {
                running.add(entry);
            }
        }
        if (running.size() != 1) {
            throw new LabException(running.isEmpty() ? "no running lab" + (id == null ? "" : " with id " + id) + "; start one with patchbay-lab start"
                    : running.size() + " labs run; name one with --lab ID ('patchbay-lab list' shows them)");
        }
        Path dir = running.get(0).stateDir();
        JsonFields state = JsonFields.of(Json.parse(Files.readString(dir.resolve("lab.json"))), "lab");
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : state.object("endpoints").map().entrySet()) {
            endpoints.put(e.getKey(), URI.create(String.valueOf(e.getValue())));
        }
        Path ca;
        try (var nodes = Files.list(dir.resolve("nodes"))) {
            ca = nodes.map(n -> n.resolve("ca.pem")).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new LabException("the lab in " + dir + " has no node certificates yet"));
        }
        Path clientDir = dir.resolve("client");
        AgentClient client = new AgentClient(TlsIdentity.load(TlsIdentity.certificateFile(clientDir, "client"), TlsIdentity.keyFile(clientDir, "client")),
                TlsIdentity.readCertificates(ca).get(0));
        return new LabJobCommands(endpoints, client);
    }

    int run(String node, List<String> command) throws Exception {
        JobInfo job = await(client.startJob(node, endpoint(node), command));
        System.out.println(job.id() + " runs on " + node + " (pid " + job.pid() + "); its output: patchbay-lab output " + job.id());
        return 0;
    }

    int jobs() {
        System.out.printf("%-12s %-12s %-12s %-8s %8s  %s%n", "JOB", "NODE", "HOME", "STATE", "RSS MB", "COMMAND");
        for (JobInfo j : allJobs()) {
            System.out.printf("%-12s %-12s %-12s %-8s %8.1f  %s%s%n", j.id(), j.node(), j.home(), j.state().wire(), j.rssBytes() / 1048576.0,
                    String.join(" ", j.command()), j.note().isEmpty() ? "" : "  (" + j.note() + ")");
        }
        return 0;
    }

    int migrate(String jobId, String target) throws Exception {
        JobInfo job = allJobs().stream().filter(j -> j.id().equals(jobId) && j.state() == JobWire.JobState.RUNNING).findFirst()
                .orElseThrow(() -> new LabException("no node runs job " + jobId + " ('patchbay-lab jobs' lists them)"));
        MigrationInfo started = await(client.migrate(job.node(), endpoint(job.node()), jobId, target, endpoint(target), "user"));
        // the source decides the outcome; follow it there until it is no longer running (each look bounded, the move by its own limits)
        while (true) {
            MigrationInfo now = await(client.migrations(job.node(), endpoint(job.node()))).stream().filter(m -> m.id().equals(started.id())).findFirst()
                    .orElseThrow(() -> new LabException(job.node() + " forgot migration " + started.id()));
            if (now.outcome() != JobWire.Outcome.RUNNING) {
                if (now.outcome() == JobWire.Outcome.MOVED) {
                    System.out.printf("%s moved from %s to %s: frozen %d ms, %d ms in all, %.1f MB%n", jobId, now.from(), now.to(), now.freezeMillis(),
                            now.totalMillis(), now.bytes() / 1048576.0);
                    return 0;
                }
                System.err.println(jobId + " did not move (" + now.outcome().wire() + ", " + now.phase() + "): " + now.error());
                return 1;
            }
            Thread.sleep(100);
        }
    }

    int output(String jobId) throws Exception {
        JobInfo job = allJobs().stream().filter(j -> j.id().equals(jobId) && j.node().equals(j.home())).findFirst()
                .orElseThrow(() -> new LabException("no node is the home of job " + jobId));
        long offset = 0;
        while (true) {
            Map.Entry<String, Long> part = await(client.jobOutput(job.home(), endpoint(job.home()), jobId, offset));
            System.out.print(part.getKey());
            if (part.getValue() == offset) {
                return 0;
            }
            offset = part.getValue();
        }
    }

    private List<JobInfo> allJobs() {
        Map<String, CompletableFuture<List<JobInfo>>> asked = new LinkedHashMap<>();
        endpoints.forEach((node, uri) -> asked.put(node, client.jobs(node, uri)));
        List<JobInfo> all = new ArrayList<>();
        asked.forEach((node, answer) -> {
            try {
                all.addAll(await(answer));
            } catch (Exception e) {
                System.err.println(node + ": " + e.getMessage());
            }
        });
        return all;
    }

    private URI endpoint(String node) throws LabException {
        URI uri = endpoints.get(node);
        if (uri == null) {
            throw new LabException("the lab has no node " + node + "; its nodes: " + String.join(", ", endpoints.keySet()));
        }
        return uri;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(CALL_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new LabException("an agent did not answer within " + CALL_SECONDS + " s");
        }
    }

    void close() {
        client.close();
    }
}
