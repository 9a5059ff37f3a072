package org.patchbay.core.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleBiFunction;

import org.patchbay.core.live.LiveState;

/**
 * The automatic load balancing of one cluster: off until switched on (live, any time), then every
 * tick it refreshes the jobs, asks the {@link Balancer} and starts the move it decides, as the user
 * would ("balancer" as the reason in the history). Each decision is kept with its reason and what
 * became of the request. Excluded nodes neither give nor take jobs.
 */
public final class AutoBalance implements AutoCloseable {

    /** A decision and what became of starting it. */
    public record Entry(long timeMillis, Balancer.Decision decision, String result) {
    }

    private static final int KEPT = 100;

    private final ClusterJobs jobs;
    private final LiveState live;
    private final Balancer balancer;
    private final ToDoubleBiFunction<String, String> bytesPerSecond;
    private final LongSupplier clock;
    private final Set<String> excluded = new CopyOnWriteArraySet<>();
    private final Deque<Entry> decisions = new ArrayDeque<>();
    private volatile boolean enabled;
    private ScheduledFuture<?> ticking;

    public AutoBalance(ClusterJobs jobs, LiveState live, Balancer balancer, ToDoubleBiFunction<String, String> bytesPerSecond, LongSupplier clock) {
        this.jobs = jobs;
        this.live = live;
        this.balancer = balancer;
        this.bytesPerSecond = bytesPerSecond;
        this.clock = clock;
    }

    public boolean enabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public void setExcluded(Set<String> nodes) {
        excluded.clear();
        excluded.addAll(nodes);
    }

    public Set<String> excluded() {
        return Set.copyOf(excluded);
    }

    public synchronized List<Entry> decisions() {
        return List.copyOf(decisions);
    }

    public synchronized void start(ScheduledExecutorService timer, long periodMillis) {
        if (ticking == null) {
            ticking = timer.scheduleWithFixedDelay(() -> {
                try {
                    tick();
                } catch (RuntimeException e) {
                    record(new Entry(clock.getAsLong(), null, "the balancer's tick failed and the next one runs: " + e));
                }
            }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** One round: fresh jobs, one decision at most, its move started. */
    public Optional<Balancer.Decision> tick() {
        if (!enabled) {
            return Optional.empty();
        }
        ClusterJobs.Snapshot now = jobs.refresh().join();
        Optional<Balancer.Decision> decision = balancer.decide(now, NodeLoad.of(live), j -> JobCpu.demand(live, j), bytesPerSecond, excluded,
                clock.getAsLong());
        decision.ifPresent(d -> jobs.migrate(d.job(), d.to(), "balancer").whenComplete((m, failure) -> record(new Entry(clock.getAsLong(), d,
                failure == null ? "started " + m.id() : "not started: " + (failure.getCause() != null ? failure.getCause() : failure).getMessage()))));
        return decision;
    }

    private synchronized void record(Entry entry) {
        decisions.addFirst(entry);
        while (decisions.size() > KEPT) {
            decisions.removeLast();
        }
    }

    @Override
    public synchronized void close() {
        enabled = false;
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }
}
