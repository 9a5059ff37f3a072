package org.patchbay.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C or SIGTERM while a long command runs: the command is told to stop, and the JVM waits (at
 * most {@link #WAIT_SECONDS}) until it has ended its processes and stopped its lab. Closed when the
 * command is done.
 */
final class CancelOnSignal implements AutoCloseable {

    static final long WAIT_SECONDS = 120;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    CancelOnSignal() {
        hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cancel-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs already: it waits for the countdown above
        }
    }
}
