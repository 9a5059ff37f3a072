package org.patchbay.core.power;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One power operation on one node, as the operations history shows it: who asked, what, the steps it
 * went through with their times, and how it ended. Thread-safe; listeners are told of every step.
 */
public final class Operation {

    /** Where an operation stands. The last three are final. */
    public enum State {
        QUEUED, AGENT_REBOOT, WAITING_DOWN, WAITING_UP, POWER_COMMAND, WAITING_POWER, SUCCEEDED, FAILED, CANCELLED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    public record Step(Instant time, State state, String text) {
    }

    private final long id;
    private final String node;
    private final PowerAction action;
    private final String user;
    private final Instant requested = Instant.now();
    private final List<Step> steps = new ArrayList<>();
    private final CompletableFuture<Operation> done = new CompletableFuture<>();
    private final Runnable changed;
    private State state = State.QUEUED;
    private String outcome = "";
    private Instant finished;

    Operation(long id, String node, PowerAction action, String user, Runnable changed) {
        this.id = id;
        this.node = node;
        this.action = action;
        this.user = user;
        this.changed = changed;
    }

    public long id() {
        return id;
    }

    public String node() {
        return node;
    }

    public PowerAction action() {
        return action;
    }

    public String user() {
        return user;
    }

    public Instant requested() {
        return requested;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized String outcome() {
        return outcome;
    }

    public synchronized Instant finishedAt() {
        return finished;
    }

    public synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    public CompletableFuture<Operation> done() {
        return done;
    }

    void step(State next, String text) {
        synchronized (this) {
            state = next;
            steps.add(new Step(Instant.now(), next, text));
        }
        changed.run();
    }

    void finish(State end, String text) {
        synchronized (this) {
            if (state.finished()) {
                return;
            }
            state = end;
            outcome = text;
            finished = Instant.now();
            steps.add(new Step(finished, end, text));
        }
        changed.run();
        done.complete(this);
    }

    @Override
    public synchronized String toString() {
        return action.words + " " + node + ": " + state + (outcome.isEmpty() ? "" : " - " + outcome);
    }
}
