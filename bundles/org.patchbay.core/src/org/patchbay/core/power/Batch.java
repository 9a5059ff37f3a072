package org.patchbay.core.power;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Many nodes powered in groups of a set size with a pause between groups, so a cluster reboot does
 * not storm the PDUs and the network. Cancelling stops the running group's operations and starts no
 * more groups.
 */
public final class Batch {

    /** When one group started and finished, and its operations. */
    public record Group(Instant started, Instant finished, List<Operation> operations) {
    }

    private final List<Group> groups = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Batch> done = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Thread runner;

    public List<Group> groups() {
        return List.copyOf(groups);
    }

    /** Nodes that could not be started, with the reason. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    public CompletableFuture<Batch> done() {
        return done;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
        Thread t = runner;
        if (t != null) {
            t.interrupt();
        }
    }

    void running(Thread thread) {
        runner = thread;
    }

    void add(Group group) {
        groups.add(group);
    }

    void refuse(String reason) {
        refused.add(reason);
    }

    void finish() {
        done.complete(this);
    }
}
