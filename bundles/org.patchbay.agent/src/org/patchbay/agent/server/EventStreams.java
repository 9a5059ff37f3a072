package org.patchbay.agent.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The open event streams, bounded in all and per client certificate. Each holds at most one write in
 * flight: a sample that comes due while the client has not taken the last one is skipped (the
 * client sees its sequence number jump) instead of queued, so a slow client costs one buffer and
 * gets fewer updates, and no thread waits on it.
 */
final class EventStreams {

    /** A comment this often keeps a quiet stream (long interval) from looking dead to the client and the idle timeout. */
    static final long KEEP_ALIVE_MILLIS = 10_000;

    private final AgentLimits limits;
    private final String boot;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> perClient = new HashMap<>();
    private int reserved;

    EventStreams(AgentLimits limits, String boot) {
        this.limits = limits;
        this.boot = boot;
    }

    boolean isEmpty() {
        return streams.isEmpty();
    }

    /**
     * Starts a stream, which ends when a write fails, the request fails or the agent stops; or says why
     * not (null: started).
     */
    String open(String client, int every, Response response, Callback done, String greeting, long nowMillis) {
        String refusal = reserve(client);
        if (refusal != null) {
            return refusal;
        }
        Stream stream = new Stream(client, every, response, done, new EventStream(boot));
        streams.add(stream);
        stream.write(greeting, nowMillis);
        return null;
    }

    private synchronized String reserve(String client) {
        int mine = perClient.getOrDefault(client, 0);
        if (mine >= limits.maxStreamsPerClient()) {
            return "this client already has " + mine + " event streams open (at most " + limits.maxStreamsPerClient()
                    + " per client certificate); close one or wait for a dropped one to be noticed (at most " + KEEP_ALIVE_MILLIS / 1000 + " s)";
        }
        if (reserved >= limits.maxStreams()) {
            return "the agent has " + reserved + " event streams open (at most " + limits.maxStreams() + "); try again later";
        }
        perClient.put(client, mine + 1);
        reserved++;
        return null;
    }

    /** Offers a new sample to every stream that wants this one. */
    void deliver(Snapshot snapshot, long nowMillis) {
        for (Stream s : streams) {
            if (s.counter++ % s.every != 0) {
                continue;
            }
            if (!s.idle()) {
                s.skipped++;
                continue;
            }
            s.write(s.events.next(snapshot, s.skipped), nowMillis);
            s.skipped = 0;
        }
    }

    void keepAlive(long nowMillis) {
        for (Stream s : streams) {
            if (nowMillis - s.lastWriteMillis >= KEEP_ALIVE_MILLIS && s.idle()) {
                s.write(": idle\n\n", nowMillis);
            }
        }
    }

    void closeAll() {
        for (Stream s : streams) {
            s.end(null);
        }
    }

    private synchronized void release(Stream stream) {
        if (streams.remove(stream)) {
            reserved--;
            perClient.computeIfPresent(stream.client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Written from the sampler thread only (deliver, keepAlive); completions arrive on Jetty's threads. */
    private final class Stream {
        final String client;
        final int every;
        final Response response;
        final Callback done;
        final EventStream events;
        final AtomicBoolean writing = new AtomicBoolean();
        final AtomicBoolean ended = new AtomicBoolean();
        long counter;
        long skipped;
        volatile long lastWriteMillis;

        Stream(String client, int every, Response response, Callback done, EventStream events) {
            this.client = client;
            this.every = every;
            this.response = response;
            this.done = done;
            this.events = events;
        }

        boolean idle() {
            return !writing.get() && !ended.get();
        }

        void write(String text, long nowMillis) {
            if (!writing.compareAndSet(false, true)) {
                return;
            }
            lastWriteMillis = nowMillis;
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), Callback.from(() -> writing.set(false), this::end));
        }

        /** Ends the stream once: a failure aborts the response (the client sees the connection close), null completes it. */
        void end(Throwable failure) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            release(this);
            if (failure == null) {
                done.succeeded();
            } else {
                done.failed(failure);
            }
        }
    }

    /** For the request's failure listener: the client went away or the connection timed out. */
    void endFor(Response response, Throwable failure) {
        for (Stream s : streams) {
            if (s.response == response) {
                s.end(failure);
            }
        }
    }
}
