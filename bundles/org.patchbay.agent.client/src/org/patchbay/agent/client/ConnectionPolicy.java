package org.patchbay.agent.client;

import java.time.Duration;

/**
 * Timing of one connection: the event interval asked of the agent, how long silence may last before
 * the node counts as unreachable, and the reconnect backoff (doubling from {@code firstRetry} to
 * {@code maxRetry}, each wait shortened by up to {@code jitter} of itself so many consoles do not
 * retry in step).
 */
public record ConnectionPolicy(Duration interval, Duration silenceLimit, Duration firstRetry, Duration maxRetry, double jitter) {

    public static ConnectionPolicy standard() {
        return new ConnectionPolicy(Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofMillis(250), Duration.ofSeconds(5), 0.3);
    }

    public Duration retryAfter(int failures, double random) {
        long base = firstRetry.toMillis() << Math.min(failures, 16);
        long capped = Math.min(base, maxRetry.toMillis());
        return Duration.ofMillis(Math.max(50, Math.round(capped * (1 - jitter * random))));
    }
}
