package org.patchbay.core.jobs;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;

/**
 * Jobs from a command line ({@code patchbay-lab} and {@code patchbay-cli} run, jobs, migrate,
 * output): the same agent calls the console makes, printed for a shell. Each call is bounded; a
 * node that does not answer is named and the others are shown.
 */
public final class JobCommandLine {

    /** Each agent call is given this long; a dead agent makes one node's line say so, not the command hang. */
    private static final long CALL_SECONDS = 30;

    private final Map<String, URI> endpoints;
    private final AgentClient client;
    private final PrintStream out;
    private final PrintStream err;

    public JobCommandLine(Map<String, URI> endpoints, AgentClient client, PrintStream out, PrintStream err) {
        this.endpoints = Map.copyOf(endpoints);
        this.client = client;
        this.out = out;
        this.err = err;
    }

    public int run(String node, List<String> command) throws Exception {
        JobInfo job = await(client.startJob(node, endpoint(node), command));
        out.println(job.id() + " runs on " + node + " (pid " + job.pid() + "); the output command prints what it writes");
        return 0;
    }

    public int jobs() {
        out.printf("%-12s %-12s %-12s %-8s %8s  %s%n", "JOB", "NODE", "HOME", "STATE", "RSS MB", "COMMAND");
        for (JobInfo j : allJobs()) {
            out.printf("%-12s %-12s %-12s %-8s %8.1f  %s%s%n", j.id(), j.node(), j.home(), j.state().wire(), j.rssBytes() / 1048576.0,
                    String.join(" ", j.command()), j.note().isEmpty() ? "" : "  (" + j.note() + ")");
        }
        return 0;
    }

    /** Moves a job and follows the move to its end; {@code mode} auto (post-copy where both nodes can), stop-and-copy or post-copy. */
    public int migrate(String jobId, String target, String mode) throws Exception {
        JobInfo job = allJobs().stream().filter(j -> j.id().equals(jobId) && j.state() == JobWire.JobState.RUNNING).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node runs job " + jobId + " (the jobs command lists them)"));
        MigrationInfo started = await(client.migrate(job.node(), endpoint(job.node()), jobId, target, endpoint(target), "user", "", mode));
        // the source decides the outcome; follow it there until it is no longer running (each look bounded, the move by its own limits)
        while (true) {
            MigrationInfo now = await(client.migrations(job.node(), endpoint(job.node()))).stream().filter(m -> m.id().equals(started.id())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(job.node() + " forgot migration " + started.id()));
            if (now.outcome() != JobWire.Outcome.RUNNING) {
                if (now.outcome() == JobWire.Outcome.MOVED) {
                    out.printf("%s moved from %s to %s%s: frozen %d ms, %d ms in all, %.1f MB%n", jobId, now.from(), now.to(),
                            now.phase().startsWith(JobWire.POST_COPY_PHASE) ? " (post-copy: it ran there while its memory followed)" : "",
                            now.freezeMillis(), now.totalMillis(), now.bytes() / 1048576.0);
                    return 0;
                }
                err.println(jobId + " did not move (" + now.outcome().wire() + ", " + now.phase() + "): " + now.error());
                return 1;
            }
            Thread.sleep(100);
        }
    }

    public int output(String jobId) throws Exception {
        JobInfo job = allJobs().stream().filter(j -> j.id().equals(jobId) && j.node().equals(j.home())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node is the home of job " + jobId));
        long offset = 0;
        while (true) {
            Map.Entry<String, Long> part = await(client.jobOutput(job.home(), endpoint(job.home()), jobId, offset));
            out.print(part.getKey());
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
                err.println(node + ": " + e.getMessage());
            }
        });
        return all;
    }

    private URI endpoint(String node) {
        URI uri = endpoints.get(node);
        if (uri == null) {
            throw new IllegalArgumentException("no agent is known for node " + node + "; the nodes with agents: " + String.join(", ", endpoints.keySet()));
        }
        return uri;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(CALL_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("an agent did not answer within " + CALL_SECONDS + " s");
        }
    }

}
