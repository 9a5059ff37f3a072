package org.patchbay.core.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.patchbay.model.Cluster;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.validation.EventRules;

/**
 * A topology's timed events run against the live lab, as Emulab's {@code $ns at}: started, paused
 * (the clock stops; nothing fires) and reset (the clock goes back to 0 and every runtime change the
 * events made is undone). Events are read from the model when the schedule starts; each fires on the
 * model's thread, and what fired when, with its outcome, is kept for the timeline.
 */
public final class EventSchedule implements AutoCloseable {

    public enum State {
        READY, RUNNING, PAUSED, FINISHED
    }

    /** What an event does when it fires; called on the model's thread. */
    public interface Actions {
        /** Starts the event; the stage completes with a one-line outcome, or exceptionally with why it failed. */
        CompletionStage<String> fire(ScheduledEvent event);

        /** Undoes every runtime change events made (links up, model values back). */
        void reset();
    }

    /** One event as the schedule took it from the model. */
    public record Entry(int order, double atSeconds, String what, ScheduledEvent event) {
    }

    /** An event that fired: when (seconds on the schedule's clock), and how it went (null while it runs). */
    public record Fired(Entry entry, double firedAtSeconds, Boolean ok, String outcome) {
    }

    private final Cluster cluster;
    private final Actions actions;
    private final Executor modelThread;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-schedule");
        t.setDaemon(true);
        return t;
    });
    private final List<ScheduledFuture<?>> pending = new ArrayList<>();
    private List<Entry> entries = List.of();
    private final List<Fired> fired = new ArrayList<>();
    private State state = State.READY;
    private long startedNanos;
    private long elapsedBeforeNanos;
    private int generation;

    public EventSchedule(Cluster cluster, Actions actions, Executor modelThread) {
        this.cluster = cluster;
        this.actions = actions;
        this.modelThread = modelThread;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Starts from 0, or resumes after a pause. Call on the model's thread. Refuses, naming each, while
     * any event cannot run (a missing link, a value that does not parse).
     */
    public synchronized void start() {
        if (state == State.RUNNING) {
            return;
        }
        if (state != State.PAUSED) {
            List<String> problems = new ArrayList<>();
            List<Entry> taken = new ArrayList<>();
            int order = 0;
            for (ScheduledEvent event : cluster.getEvents()) {
                EventRules.problem(event).ifPresent(problems::add);
                taken.add(new Entry(order++, event.getAtSeconds(), EventRules.describe(event), event));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The schedule cannot start:\n- " + String.join("\n- ", problems));
            }
            taken.sort(Comparator.comparingDouble(Entry::atSeconds).thenComparingInt(Entry::order));
            entries = List.copyOf(taken);
            fired.clear();
            elapsedBeforeNanos = 0;
        }
        state = State.RUNNING;
        startedNanos = System.nanoTime();
        int run = ++generation;
        long elapsed = elapsedNanos();
        for (Entry entry : entries) {
            if (fired.stream().anyMatch(f -> f.entry() == entry)) {
                continue;
            }
            long delay = Math.max(0, (long) (entry.atSeconds() * 1e9) - elapsed);
            pending.add(timer.schedule(() -> due(entry, run), delay, TimeUnit.NANOSECONDS));
        }
        if (entries.isEmpty() || fired.size() == entries.size()) {
            state = State.FINISHED;
        }
        changed();
    }

    /** Stops the clock; events not yet fired wait for the next start. */
    public synchronized void pause() {
        if (state != State.RUNNING) {
            return;
        }
        elapsedBeforeNanos = elapsedNanos();
        cancelPending();
        state = State.PAUSED;
        changed();
    }

    /** Back to 0 s with nothing fired, and every runtime change undone. Call on the model's thread. */
    public synchronized void reset() {
        cancelPending();
        fired.clear();
        elapsedBeforeNanos = 0;
        state = State.READY;
        actions.reset();
        changed();
    }

    public synchronized State state() {
        return state;
    }

    /** Seconds on the schedule's clock: how long it has run, pauses excluded. */
    public synchronized double elapsedSeconds() {
        return elapsedNanos() / 1e9;
    }

    public synchronized List<Entry> entries() {
        return entries;
    }

    public synchronized List<Fired> fired() {
        return List.copyOf(fired);
    }

    private long elapsedNanos() {
        return elapsedBeforeNanos + (state == State.RUNNING ? System.nanoTime() - startedNanos : 0);
    }

    private void due(Entry entry, int run) {
        modelThread.execute(() -> {
            Fired started;
            synchronized (this) {
                if (run != generation || state != State.RUNNING) {
                    return;
                }
                started = new Fired(entry, elapsedNanos() / 1e9, null, null);
                fired.add(started);
                if (fired.size() == entries.size()) {
                    state = State.FINISHED;
                }
            }
            changed();
            CompletionStage<String> outcome;
            try {
                outcome = actions.fire(entry.event());
            } catch (RuntimeException e) {
                outcome = java.util.concurrent.CompletableFuture.failedFuture(e);
            }
            outcome.whenComplete((text, failure) -> {
                synchronized (this) {
                    int i = fired.indexOf(started);
                    if (i >= 0) {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                        fired.set(i, new Fired(entry, started.firedAtSeconds(), failure == null, failure == null ? text : cause.getMessage()));
                    }
                }
                changed();
            });
        });
    }

    private void cancelPending() {
        generation++;
        pending.forEach(f -> f.cancel(false));
        pending.clear();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public synchronized void close() {
        cancelPending();
        timer.shutdownNow();
    }
}
