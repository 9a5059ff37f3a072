package org.patchbay.core.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.agent.protocol.wire.JobWire.Outcome;
import org.patchbay.core.live.LiveState;

/**
 * Every job of a running testbed and every migration, gathered from all agents: which node runs
 * each job, which is its home, what moved where and how it went. Refreshed on demand or every so
 * often while someone watches; a node that does not answer is listed as unreachable and the others
 * are shown as they are. The actions (run, migrate, send home, best node, kill, lock) go to the
 * agent that holds the job; the agents do the work, so a console that goes away mid-move changes
 * nothing.
 */
public final class ClusterJobs implements AutoCloseable {

    /** What the console knows now: jobs by id, migrations newest first, nodes that did not answer and why. */
    public record Snapshot(Map<String, ClusterJob> jobs, List<MigrationInfo> migrations, Map<String, String> unreachable) {

        public static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), Map.of());

        public List<ClusterJob> jobsOn(String node) {
            return jobs.values().stream().filter(j -> j.node().equals(node)).toList();
        }

        /** Migrations not yet ended. */
        public List<MigrationInfo> moving() {
            return migrations.stream().filter(m -> m.outcome() == Outcome.RUNNING).toList();
        }
    }

    public interface Listener {
        void changed(Snapshot snapshot);
    }

    private final JobAgents agents;
    private final LiveState live;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile Map<String, String> pageAddresses = Map.of();
    private ScheduledFuture<?> polling;

    public ClusterJobs(JobAgents agents, LiveState live) {
        this.agents = agents;
        this.live = live;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Where each node receives a moving job's memory: its address on the cluster's own network (the
     * topology's links), so the memory crosses the links between the nodes, shaped as drawn, and
     * the canvas shows it as traffic there. A node not named here receives it at its agent's address.
     */
    public void setPageAddresses(Map<String, String> addresses) {
        pageAddresses = Map.copyOf(addresses);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Refreshes every {@code millis} on {@code timer} until {@link #close()}; a refresh still running is not overlapped. */
    public synchronized void poll(ScheduledExecutorService timer, long millis) {
        if (polling == null) {
            polling = timer.scheduleWithFixedDelay(this::refresh, 0, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Asks every agent for its jobs and migrations; completes with the new snapshot (listeners hear it too). */
    public CompletableFuture<Snapshot> refresh() {
        if (!refreshing.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(snapshot);
        }
        Set<String> nodes = Set.copyOf(agents.nodes());
        Map<String, CompletableFuture<List<JobInfo>>> jobs = new LinkedHashMap<>();
        Map<String, CompletableFuture<List<MigrationInfo>>> moves = new LinkedHashMap<>();
        for (String node : nodes) {
            if (live.node(node) != null && !live.node(node).up()) {
                continue; // a node known to be down is not asked (its agent would only time out)
            }
            jobs.put(node, agents.jobs(node));
            moves.put(node, agents.migrations(node));
        }
        List<CompletableFuture<?>> all = new ArrayList<>(jobs.values());
        all.addAll(moves.values());
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            try {
                Snapshot next = merge(nodes, jobs, moves);
                snapshot = next;
                listeners.forEach(l -> l.changed(next));
                return next;
            } finally {
                refreshing.set(false);
            }
        });
    }

    private Snapshot merge(Set<String> nodes, Map<String, CompletableFuture<List<JobInfo>>> jobs, Map<String, CompletableFuture<List<MigrationInfo>>> moves) {
        Map<String, String> unreachable = new LinkedHashMap<>();
        for (String node : nodes) {
            if (!jobs.containsKey(node)) {
                unreachable.put(node, "down");
            }
        }
        Map<String, String> home = new LinkedHashMap<>();
        Map<String, JobInfo> where = new LinkedHashMap<>();
        Map<String, JobInfo> any = new LinkedHashMap<>();
        jobs.forEach((node, future) -> {
            List<JobInfo> list = future.isCompletedExceptionally() ? null : future.getNow(null);
            if (list == null) {
                unreachable.put(node, reason(future));
                return;
            }
            for (JobInfo j : list) {
                home.put(j.id(), j.home());
                any.putIfAbsent(j.id(), j);
                if (j.state() != JobState.AWAY) {
                    JobInfo seen = where.get(j.id());
                    // a job reported running by two nodes would be two copies: keep the running one and say so
                    if (seen == null || seen.state() != JobState.RUNNING) {
                        where.put(j.id(), j);
                    } else if (j.state() == JobState.RUNNING) {
                        where.put(j.id(), new JobInfo(j.id(), seen.node(), seen.home(), seen.command(), seen.state(), seen.pid(), seen.rssBytes(), seen.locked(),
                                seen.startedMillis(), seen.exitCode(), seen.outputBytes(), "also reported running on " + j.node() + "!"));
                    }
                }
            }
        });
        Map<String, ClusterJob> merged = new LinkedHashMap<>();
        for (Map.Entry<String, JobInfo> e : any.entrySet()) {
            JobInfo at = where.get(e.getKey());
            JobInfo info = at != null ? at : e.getValue();
            String homeNode = home.getOrDefault(e.getKey(), info.home());
            boolean delivered = live.node(homeNode) == null || live.node(homeNode).up();
            merged.put(e.getKey(), new ClusterJob(info.id(), homeNode, at != null ? at.node() : "", at != null ? at.state() : JobState.AWAY,
                    at != null ? at.pid() : 0, at != null ? at.rssBytes() : 0, info.locked(), info.command(), info.note(), delivered));
        }
        Map<String, MigrationInfo> migrations = new LinkedHashMap<>();
        moves.forEach((node, future) -> {
            List<MigrationInfo> list = future.isCompletedExceptionally() ? null : future.getNow(null);
            if (list != null) {
                for (MigrationInfo m : list) {
                    MigrationInfo seen = migrations.get(m.id());
                    if (seen == null || m.from().equals(node)) {
                        migrations.put(m.id(), m); // the source's record decides
                    }
                }
            }
        });
        List<MigrationInfo> ordered = new ArrayList<>(migrations.values());
        ordered.sort(Comparator.comparingLong(MigrationInfo::startedMillis).reversed());
        return new Snapshot(Map.copyOf(merged), List.copyOf(ordered), Map.copyOf(unreachable));
    }

    private static String reason(CompletableFuture<?> future) {
        try {
            future.join();
            return "no answer";
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }

    /** Starts {@code command} as a job on {@code node} (its home). */
    public CompletableFuture<JobInfo> run(String node, List<String> command) {
        return agents.start(node, command).whenComplete((job, failure) -> refresh());
    }

    /** Moves a running job to {@code target}; refused at once, with the reason, when that cannot be. */
    public CompletableFuture<MigrationInfo> migrate(String jobId, String target, String why) {
        ClusterJob job = snapshot.jobs().get(jobId);
        if (job == null || !job.running()) {
            return CompletableFuture.failedFuture(new IllegalStateException("job " + jobId + (job == null ? " is not known" : " is " + job.state().name().toLowerCase()
                    + (job.node().isEmpty() ? "" : " on " + job.node())) + "; only a running job moves"));
        }
        if (job.node().equals(target)) {
            return CompletableFuture.failedFuture(new IllegalStateException("job " + jobId + " already runs on " + target));
        }
        if (live.node(target) == null || !live.node(target).up()) {
            return CompletableFuture.failedFuture(new IllegalStateException(target + " is not up; a job can only move to a running node"));
        }
        if (job.locked()) {
            return CompletableFuture.failedFuture(new IllegalStateException("job " + jobId + " is locked to " + job.node() + "; unlock it first"));
        }
        return agents.migrate(job.node(), jobId, target, why, pageAddresses.getOrDefault(target, ""), postCopy ? "auto" : "stop-and-copy")
                .whenComplete((m, failure) -> refresh());
    }

    private volatile boolean postCopy = true;

    /**
     * Whether moves (the user's, Send Home, the balancer's) may run the job on the target before its
     * memory has followed (post-copy, where both nodes can: a short freeze, but until the memory is
     * there the job needs its source) or always copy all of it while the job is frozen.
     */
    public void setPostCopy(boolean allowed) {
        postCopy = allowed;
    }

    public boolean postCopy() {
        return postCopy;
    }

    /** Moves a job back to its home node. */
    public CompletableFuture<MigrationInfo> sendHome(String jobId) {
        ClusterJob job = snapshot.jobs().get(jobId);
        if (job == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("job " + jobId + " is not known"));
        }
        return migrate(jobId, job.home(), "home");
    }

    /** The least loaded node that is up, other than where the job runs and those excluded; empty when none is better. */
    public Optional<String> bestNode(String jobId, Set<String> excluded) {
        ClusterJob job = snapshot.jobs().get(jobId);
        Map<String, NodeLoad> loads = NodeLoad.of(live);
        NodeLoad here = job == null ? null : loads.get(job.node());
        return loads.values().stream().filter(l -> job == null || !l.node().equals(job.node())).filter(l -> !excluded.contains(l.node()))
                .filter(l -> agents.nodes().contains(l.node())).min(Comparator.comparingDouble(NodeLoad::load).thenComparingDouble(NodeLoad::memoryFraction))
                .filter(l -> here == null || l.load() < here.load()).map(NodeLoad::node);
    }

    public CompletableFuture<JobInfo> kill(String jobId) {
        return onItsNode(jobId, (node, id) -> agents.action(node, id, "kill"));
    }

    public CompletableFuture<JobInfo> lock(String jobId, boolean locked) {
        return onItsNode(jobId, (node, id) -> agents.lock(node, id, locked));
    }

    private CompletableFuture<JobInfo> onItsNode(String jobId, java.util.function.BiFunction<String, String, CompletableFuture<JobInfo>> call) {
        ClusterJob job = snapshot.jobs().get(jobId);
        if (job == null || job.node().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("no node runs job " + jobId));
        }
        return call.apply(job.node(), jobId).whenComplete((j, failure) -> refresh());
    }

    @Override
    public synchronized void close() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        listeners.clear();
    }
}
