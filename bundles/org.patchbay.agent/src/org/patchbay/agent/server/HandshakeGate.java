package org.patchbay.agent.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds TLS handshakes in progress, in all and per source address, and gives each a deadline:
 * what an unauthenticated peer can make the agent hold before it has shown a certificate. A
 * connection past a bound is closed as soon as it opens, before a byte of it is read.
 */
final class HandshakeGate implements Connection.Listener {

    private final AgentLimits limits;
    private final Scheduler scheduler;
    private final Map<InetAddress, Integer> perSource = new HashMap<>();
    private final Map<SslConnection, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private int total;

    HandshakeGate(AgentLimits limits, Scheduler scheduler) {
        this.limits = limits;
        this.scheduler = scheduler;
    }

    /** Connections closed because a handshake bound was reached. */
    long refused() {
        return refused.get();
    }

    /** Handshakes closed at their deadline. */
    long timedOut() {
        return timedOut.get();
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection instanceof SslConnection ssl)) {
            return;
        }
        InetAddress source = addressOf(ssl.getEndPoint().getRemoteSocketAddress());
        if (!admit(source)) {
            refused.incrementAndGet();
            ssl.getEndPoint().close();
            return;
        }
        Pending p = new Pending(source);
        pending.put(ssl, p);
        ssl.addHandshakeListener(new SslHandshakeListener() {
            @Override
            public void handshakeSucceeded(Event event) {
                finish(ssl);
            }

            @Override
            public void handshakeFailed(Event event, Throwable failure) {
                finish(ssl);
            }
        });
        p.deadline = scheduler.schedule(() -> {
            if (pending.containsKey(ssl)) {
                timedOut.incrementAndGet();
                ssl.getEndPoint().close();
            }
        }, limits.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof SslConnection ssl) {
            finish(ssl);
        }
    }

    private synchronized boolean admit(InetAddress source) {
        int fromSource = perSource.getOrDefault(source, 0);
        if (total >= limits.maxHandshakes() || fromSource >= limits.maxHandshakesPerSource()) {
            return false;
        }
        total++;
        perSource.put(source, fromSource + 1);
        return true;
    }

    private void finish(SslConnection ssl) {
        Pending p = pending.remove(ssl);
        if (p == null) {
            return;
        }
        if (p.deadline != null) {
            p.deadline.cancel();
        }
        synchronized (this) {
            total--;
            perSource.computeIfPresent(p.source, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    private static InetAddress addressOf(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }

    private static final class Pending {
        final InetAddress source;
        volatile Scheduler.Task deadline;

        Pending(InetAddress source) {
            this.source = source;
        }
    }
}
