package org.patchbay.agent.client;

import java.time.Duration;

/**
 * Timing of one connection: the event interval asked of the agent, how long silence may last before
 * the node counts as unreachable, the reconnect backoff (doubling from {@code firstRetry} to
 * {@code maxRetry}, each wait shortened by up to {@code jitter} of itself so many consoles do not
 * retry in step), and how long a dial may take once it has its turn (TCP and the TLS handshake,
 * until the agent answers): silence is measured only once the stream is established, so a loaded
 * machine's slow handshake is waited for, not dropped and redialled (which made it never finish).
 */
public record ConnectionPolicy(Duration interval, Duration silenceLimit, Duration firstRetry, Duration maxRetry, double jitter, Duration connectLimit) {

    public static final Duration STANDARD_CONNECT_LIMIT = Duration.ofSeconds(30);

    public ConnectionPolicy(Duration interval, Duration silenceLimit, Duration firstRetry, Duration maxRetry, double jitter) {
        this(interval, silenceLimit, firstRetry, maxRetry, jitter, STANDARD_CONNECT_LIMIT);
    }

    public static ConnectionPolicy standard() {
        return new ConnectionPolicy(Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofMillis(250), Duration.ofSeconds(5), 0.3);
    }

    public ConnectionPolicy withConnectLimit(Duration limit) {
        return new ConnectionPolicy(interval, silenceLimit, firstRetry, maxRetry, jitter, limit);
    }

    public Duration retryAfter(int failures, double random) {
        long base = firstRetry.toMillis() << Math.min(failures, 16);
        long capped = Math.min(base, maxRetry.toMillis());
        return Duration.ofMillis(Math.max(50, Math.round(capped * (1 - jitter * random))));
    }
}
