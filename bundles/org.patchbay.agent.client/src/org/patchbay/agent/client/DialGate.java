package org.patchbay.agent.client;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * At most {@code limit} dials at once, the rest served in the order they asked. A waiting dial is
 * queued once and run when a permit frees, rather than polling for one: a thousand connections
 * polling a timer every few hundred milliseconds made the console's timer thread the bottleneck,
 * and a waiter that retried on its own could end up dialling twice.
 */
final class DialGate {

    private final int limit;
    private final Executor runner;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int held;

    DialGate(int limit, Executor runner) {
        this.limit = limit;
        this.runner = runner;
    }

    /**
     * Takes a permit if one is free (true); otherwise queues {@code withPermit}, which runs later
     * holding a permit it must give back with {@link #release()}.
     */
    synchronized boolean enterOrQueue(Runnable withPermit) {
        if (held < limit) {
            held++;
            return true;
        }
        waiting.add(withPermit);
        return false;
    }

    /** Gives a permit back: the longest waiter gets it, or it becomes free. */
    void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                held--;
            }
        }
        if (next != null) {
            try {
                runner.execute(next);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // the client is closing: nothing dials any more
            }
        }
    }
}
