package org.patchbay.core.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;
import org.patchbay.core.events.FlowCommands;
import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.jobs.JobAgents;
import org.patchbay.model.Activity;
import org.patchbay.model.Program;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;

/**
 * The event schedule's commands on real nodes, as jobs of their agents (the agents' jobs API, over
 * mutual TLS): a command is {@code sh -c COMMAND} as a job locked to its node, followed until it ends
 * or {@link #RUN_LIMIT} passes (then killed); its outcome is the exit code and the last line of its
 * output. Programs and traffic flows run as jobs from their start event until their stop event (or
 * the schedule's reset): a flow is an iperf3 server on the destination and a client on the source.
 */
public final class AgentCommands implements LiveEventActions.CommandRunner {

    /** How long a scheduled command may run before it is stopped and reported as such. */
    public static final Duration RUN_LIMIT = Duration.ofSeconds(300);
    /** The tail of a command's output read for its outcome line. */
    private static final long OUTPUT_TAIL_BYTES = 4096;

    private record StartedJob(String node, String job) {
    }

    private final JobAgents agents;
    private final ScheduledExecutorService timer;
    private final Duration runLimit;
    private final long pollMillis;
    /** Each started activity's jobs, in start order (a flow's server first); a future while they start. */
    private final Map<Activity, CompletableFuture<List<StartedJob>>> running = new ConcurrentHashMap<>();

    /** {@code timer} paces the look at a running command ({@code poll} apart); it is the caller's to shut down. */
    public AgentCommands(JobAgents agents, ScheduledExecutorService timer, Duration runLimit, Duration poll) {
        this.agents = agents;
        this.timer = timer;
        this.runLimit = runLimit;
        this.pollMillis = Math.max(1, poll.toMillis());
    }

    @Override
    public CompletionStage<String> run(String node, String command) {
        long deadline = System.nanoTime() + runLimit.toNanos();
        // locked, so the balancer does not move it away from the node the schedule named while it is followed there;
        // a lock that fails (a lost answer) does not stop the command: it runs, and only a balancer could then move it
        return agents.start(node, List.of("sh", "-c", command))
                .thenCompose(job -> agents.lock(node, job.id(), true).handle((locked, failure) -> job))
                .thenCompose(job -> awaitEnd(node, job.id(), deadline))
                .thenCompose(ended -> agents.output(node, ended.id(), Math.max(0, ended.outputBytes() - OUTPUT_TAIL_BYTES)).thenApply(output -> {
                    String text = output.getKey().strip();
                    String last = text.isEmpty() ? "" : ": " + text.substring(text.lastIndexOf('\n') + 1);
                    if (ended.exitCode() != 0) {
                        throw new IllegalStateException("exit " + ended.exitCode() + last);
                    }
                    return "exit 0" + last;
                }));
    }

    private CompletableFuture<JobInfo> awaitEnd(String node, String job, long deadline) {
        CompletableFuture<JobInfo> ended = new CompletableFuture<>();
        look(node, job, deadline, ended);
        return ended;
    }

    private void look(String node, String job, long deadline, CompletableFuture<JobInfo> ended) {
        agents.jobs(node).whenComplete((jobs, failure) -> {
            JobInfo now = jobs == null ? null : jobs.stream().filter(j -> j.id().equals(job)).findFirst().orElse(null);
            if (jobs != null && now == null) {
                ended.completeExceptionally(new IllegalStateException(node + " no longer knows job " + job));
            } else if (now != null && now.state() == JobState.EXITED) {
                ended.complete(now);
            } else if (System.nanoTime() - deadline >= 0) {
                agents.action(node, job, "kill");
                ended.completeExceptionally(new IllegalStateException("still running after " + limitText() + "; stopped"
                        + (failure == null ? "" : " (its agent did not answer: " + failure.getMessage() + ")")));
            } else {
                // a look that failed is tried again until the deadline: one lost answer is not the command's outcome
                timer.schedule(() -> look(node, job, deadline, ended), pollMillis, TimeUnit.MILLISECONDS);
            }
        });
    }

    private String limitText() {
        return runLimit.toMillis() % 1000 == 0 ? runLimit.toSeconds() + " s" : runLimit.toMillis() + " ms";
    }

    @Override
    public CompletionStage<String> start(Activity activity) {
        CompletableFuture<List<StartedJob>> mine = new CompletableFuture<>();
        if (running.putIfAbsent(activity, mine) != null) {
            return CompletableFuture.completedFuture(activity.getName() + " runs already");
        }
        CompletableFuture<List<StartedJob>> started;
        try {
            started = startJobs(activity);
        } catch (IllegalArgumentException e) {
            started = CompletableFuture.failedFuture(e);
        }
        started.whenComplete((jobs, failure) -> {
            if (failure != null) {
                running.remove(activity, mine);
                mine.completeExceptionally(failure);
            } else {
                mine.complete(jobs);
            }
        });
        return mine.thenApply(jobs -> "started " + activity.getName() + " on " + activity.getNode().getName());
    }

    private CompletableFuture<List<StartedJob>> startJobs(Activity activity) {
        if (activity instanceof Program program) {
            String node = program.getNode().getName();
            return agents.start(node, List.of("timeout", Long.toString(FlowCommands.ACTIVITY_SECONDS), "sh", "-c", program.getCommand()))
                    .thenApply(job -> List.of(new StartedJob(node, job.id())));
        }
        if (activity instanceof TrafficFlow flow) {
            FlowCommands.Ends ends = FlowCommands.ends(flow);
            String source = flow.getNode().getName();
            String destination = flow.getDestination().getName();
            return agents.start(destination, FlowCommands.iperfServer(ends)).thenCompose(server -> {
                StartedJob serverJob = new StartedJob(destination, server.id());
                return agents.start(source, FlowCommands.iperfClient(flow, ends, flow.getProtocol() != TrafficProtocol.TCP))
                        .thenApply(client -> List.of(serverJob, new StartedJob(source, client.id())))
                        .whenComplete((both, failure) -> {
                            if (failure != null) {
                                agents.action(destination, server.id(), "kill");
                            }
                        });
            });
        }
        throw new IllegalArgumentException(activity.getName() + " is neither a program nor a traffic flow");
    }

    @Override
    public CompletionStage<String> stop(Activity activity) {
        CompletableFuture<List<StartedJob>> started = running.remove(activity);
        if (started == null) {
            return CompletableFuture.completedFuture(activity.getName() + " was not running");
        }
        return started.handle((jobs, failure) -> jobs).thenCompose(jobs -> {
            if (jobs == null) {
                return CompletableFuture.completedFuture(activity.getName() + " was not running");
            }
            // sender before receiver, so the receiver counts everything sent
            List<CompletableFuture<String>> kills = new ArrayList<>();
            for (int i = jobs.size() - 1; i >= 0; i--) {
                StartedJob job = jobs.get(i);
                kills.add(agents.action(job.node(), job.job(), "kill").handle((killed, failure) -> failure)
                        .thenCompose(failure -> failure == null ? CompletableFuture.completedFuture((String) null) : endedAnyway(job, failure)));
            }
            return CompletableFuture.allOf(kills.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<String> problems = kills.stream().map(CompletableFuture::join).filter(java.util.Objects::nonNull).toList();
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(String.join("; ", problems));
                }
                return "stopped " + activity.getName();
            });
        });
    }

    /** A job that ended by itself cannot be killed; that is not a problem, one still running is. */
    private CompletableFuture<String> endedAnyway(StartedJob job, Throwable killFailure) {
        String problem = job.node() + " did not stop job " + job.job() + ": " + killFailure.getMessage();
        return agents.jobs(job.node()).handle((jobs, failure) -> jobs != null
                && jobs.stream().anyMatch(j -> j.id().equals(job.job()) && j.state() == JobState.EXITED) ? null : problem);
    }

    @Override
    public void stopAll() {
        stopEverything();
    }

    /** Stops every activity still running; completes when each agent has answered (or failed to). */
    public CompletableFuture<Void> stopEverything() {
        List<CompletableFuture<String>> stops = new ArrayList<>();
        for (Activity activity : List.copyOf(running.keySet())) {
            stops.add(stop(activity).toCompletableFuture());
        }
        return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new));
    }
}
