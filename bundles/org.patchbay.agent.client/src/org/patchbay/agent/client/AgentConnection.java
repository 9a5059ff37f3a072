package org.patchbay.agent.client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLHandshakeException;

import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.WireFormat;

/**
 * Follows one node's event stream for as long as the console wants it: a watchdog declares the node
 * unreachable after {@link ConnectionPolicy#silenceLimit()} without a byte, a broken or refused
 * stream does so at once, and it redials with backoff and jitter until the agent answers again.
 * <p>
 * Under load it degrades rather than churns: a stream that falls silent is marked unreachable but
 * kept, and counts as up again with its next event; only after {@link #GIVE_UP} of silence (longer
 * than the agent's keep-alive) is it dropped and redialled. A jump in sequence numbers is the
 * agent saying it skipped samples this console was too slow to take (its diffs are against what
 * this stream received), so it is counted, not answered with a new stream. Dials wait in line for
 * one of the client's dial permits, so thousands of nodes coming back at once do not all handshake
 * at once; the wait in line is not counted against the connect limit. Silence is counted net of
 * the console's own backlog: events it has not yet had time to read are not the agent's silence.
 */
public final class AgentConnection implements AutoCloseable {

    /** Silence after which an established stream is given up and redialled; the agent writes at least every 10 s. */
    static final Duration GIVE_UP = Duration.ofSeconds(15);

    private final AgentClient client;
    private final String node;
    private final URI endpoint;
    private final ConnectionPolicy policy;
    private final AgentListener listener;
    private final Random random = new Random();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicLong events = new AtomicLong();

    private ConnectionState state = ConnectionState.CONNECTING;
    private long generation;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean established;
    private boolean holdsDialPermit;
    /** In the client's line for a dial permit: its dial runs when one frees. */
    private boolean awaitingPermit;
    private Flow.Subscription subscription;
    private ScheduledFuture<?> redial;
    private int failures;
    private boolean rebootExpected;
    private long lastSeq;

    AgentConnection(AgentClient client, String node, URI endpoint, ConnectionPolicy policy, AgentListener listener) {
        this.client = client;
        this.node = node;
        this.endpoint = endpoint;
        this.policy = policy;
        this.listener = listener;
    }

    public String node() {
        return node;
    }

    public URI endpoint() {
        return endpoint;
    }

    public synchronized ConnectionState state() {
        return state;
    }

    /** Sequence gaps seen so far: samples the agent skipped because this console took the previous one late. */
    public long gaps() {
        return gaps.get();
    }

    public long events() {
        return events.get();
    }

    /** The node was asked to reboot: until it is back, silence means "rebooting", not "unreachable". */
    public synchronized void expectReboot() {
        rebootExpected = true;
    }

    synchronized void start() {
        client.watch(this);
        dial();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            generation++;
            cancelStream();
            releaseDialPermit();
            client.unwatch(this);
            if (redial != null) {
                redial.cancel(false);
            }
        }
        changeState(ConnectionState.CLOSED, "closed by the console");
    }

    private synchronized void dial() {
        if (state == ConnectionState.CLOSED || awaitingPermit) {
            return;
        }
        if (!holdsDialPermit) {
            if (!client.dials().enterOrQueue(this::dialWithPermit)) {
                awaitingPermit = true;
                return;
            }
            holdsDialPermit = true;
        }
        long dialled = ++generation;
        lastSeq = 0;
        lastActivityNanos = System.nanoTime();
        established = false;
        client.expect(node, endpoint);
        URI events = endpoint.resolve(WireFormat.EVENTS_PATH + "?interval=" + policy.interval().toMillis());
        HttpRequest request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream").GET().build();
        Lines lines = new Lines(dialled);
        client.http().sendAsync(request, info -> {
            lines.status = info.statusCode();
            lastActivityNanos = System.nanoTime();
            established = true;
            synchronized (this) {
                releaseDialPermit();
            }
            return HttpResponse.BodySubscribers.fromLineSubscriber(lines);
        }).whenComplete((response, failure) -> {
            if (failure != null) {
                failed(dialled, failure);
            } else {
                failed(dialled, new IllegalStateException("the agent ended the event stream"));
            }
        });
    }

    /** Runs when the client's line hands this connection a dial permit. */
    private void dialWithPermit() {
        synchronized (this) {
            awaitingPermit = false;
            holdsDialPermit = true;
            if (state == ConnectionState.CLOSED) {
                releaseDialPermit();
                return;
            }
            // the dial's own time starts now, not when it joined the line
            lastActivityNanos = System.nanoTime();
        }
        dial();
    }

    /**
     * Called by the client's watchdog a few times a second; {@code backlogNanos} is how long the
     * console's own workers are behind (bytes that arrived but were not read yet are not silence).
     */
    void watch(long backlogNanos) {
        ConnectionState now = state();
        boolean waiting;
        synchronized (this) {
            waiting = awaitingPermit;
        }
        if (now == ConnectionState.CLOSED || waiting) {
            return;
        }
        long quiet = System.nanoTime() - lastActivityNanos - backlogNanos;
        String why = null;
        if (established && quiet > GIVE_UP.toNanos()) {
            why = "no events for " + GIVE_UP.toSeconds() + " s; reconnecting";
        } else if (established && (now == ConnectionState.UP || now == ConnectionState.CONNECTING) && quiet > policy.silenceLimit().toNanos()) {
            // late, not necessarily gone: say so, keep the stream, and take its next event as the node being back
            boolean rebooting;
            synchronized (this) {
                rebooting = rebootExpected;
            }
            changeState(rebooting ? ConnectionState.REBOOTING : ConnectionState.UNREACHABLE,
                    node + ": no events for " + policy.silenceLimit().toMillis() / 1000.0 + " s");
            return;
        } else if (!established && quiet > policy.connectLimit().toNanos()) {
            why = "no answer to the connection within " + policy.connectLimit().toSeconds() + " s";
        }
        if (why != null) {
            long current;
            synchronized (this) {
                current = generation;
            }
            failed(current, new IllegalStateException(why));
        }
    }

    private void failed(long dialled, Throwable failure) {
        ConnectionState next;
        String reason;
        synchronized (this) {
            if (dialled != generation || state == ConnectionState.CLOSED) {
                return;
            }
            generation++;
            cancelStream();
            releaseDialPermit();
            boolean untrusted = isTlsFailure(failure);
            next = untrusted ? ConnectionState.UNTRUSTED : rebootExpected ? ConnectionState.REBOOTING : ConnectionState.UNREACHABLE;
            reason = failure instanceof IllegalStateException ? node + ": " + failure.getMessage() : AgentClient.explain(node, endpoint, failure);
            Duration wait = policy.retryAfter(untrusted ? failures + 4 : failures, random.nextDouble());
            failures++;
            redial = client.timers().schedule(this::dial, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        changeState(next, reason);
    }

    private void received(long dialled, AgentEvent event) {
        boolean wasUp;
        synchronized (this) {
            if (dialled != generation) {
                return;
            }
            if (lastSeq != 0 && event.seq() > lastSeq + 1) {
                gaps.addAndGet(event.seq() - lastSeq - 1);
            }
            lastSeq = event.seq();
            wasUp = state == ConnectionState.UP;
            failures = 0;
            rebootExpected = false;
        }
        events.incrementAndGet();
        if (!wasUp) {
            changeState(ConnectionState.UP, "");
        }
        listener.event(node, event);
    }

    private void releaseDialPermit() {
        if (holdsDialPermit) {
            holdsDialPermit = false;
            client.dials().release();
        }
    }

    private void changeState(ConnectionState next, String reason) {
        synchronized (this) {
            if (state == next && next == ConnectionState.UP) {
                return;
            }
            if (state == ConnectionState.CLOSED && next != ConnectionState.CLOSED) {
                return;
            }
            state = next;
        }
        listener.state(node, next, reason);
    }

    private void cancelStream() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private static boolean isTlsFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    /** Server-sent events, line by line: {@code data:} lines gathered until a blank line ends the event. */
    private final class Lines implements Flow.Subscriber<String> {
        private final long dialled;
        private final StringBuilder data = new StringBuilder();
        volatile int status;

        Lines(long dialled) {
            this.dialled = dialled;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            synchronized (AgentConnection.this) {
                if (dialled != generation) {
                    s.cancel();
                    return;
                }
                subscription = s;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lastActivityNanos = System.nanoTime();
            if (status != 200) {
                data.append(line);
                return;
            }
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    String json = data.toString();
                    data.setLength(0);
                    try {
                        received(dialled, WireFormat.event(json));
                    } catch (JsonException e) {
                        failed(dialled, new IllegalStateException("the agent sent an event this console does not understand: " + e.getMessage()));
                    }
                }
            } else if (line.startsWith("data:")) {
                data.append(line, line.startsWith("data: ") ? 6 : 5, line.length());
            }
        }

        @Override
        public void onError(Throwable failure) {
            failed(dialled, failure);
        }

        @Override
        public void onComplete() {
            failed(dialled, new IllegalStateException(status == 200 ? "the agent ended the event stream" : "the agent refused the event stream (HTTP " + status + "): " + data));
        }
    }
}
