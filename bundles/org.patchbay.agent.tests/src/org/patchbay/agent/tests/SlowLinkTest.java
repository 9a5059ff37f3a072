package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.AgentConnection;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.server.AgentLimits;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.shape.NodeShaping;

/** A connection that takes longer than the silence limit to set up (a loaded machine's handshake) is waited for, not redialled forever. */
class SlowLinkTest {

    @TempDir
    Path dir;

    /** Accepts on loopback, holds each connection for a while, then relays it to the agent. Bounded: closed by the test. */
    private static final class DelayingProxy implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger held = new AtomicInteger();
        final AtomicInteger mostHeld = new AtomicInteger();
        volatile boolean paused;
        final List<Socket> sockets = new CopyOnWriteArrayList<>();

        DelayingProxy(int target, long delayMillis) throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket in = server.accept();
                        accepted.incrementAndGet();
                        mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
                        sockets.add(in);
                        Thread.ofVirtual().start(() -> relay(in, target, delayMillis));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void relay(Socket in, int target, long delayMillis) {
            try {
                Thread.sleep(delayMillis);
                held.decrementAndGet();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(out);
                Thread.ofVirtual().start(() -> pipe(in, out));
                relayAnswers(out, in);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        }

        /** The agent's side, held back while paused: what a stalled link or a frozen console looks like to the stream. */
        private void relayAnswers(Socket from, Socket to) {
            byte[] buffer = new byte[4096];
            try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
                for (int n = i.read(buffer); n >= 0; n = i.read(buffer)) {
                    while (paused && !server.isClosed()) {
                        Thread.sleep(20);
                    }
                    o.write(buffer, 0, n);
                }
            } catch (IOException | InterruptedException e) {
                // one side closed
            }
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
                i.transferTo(o);
            } catch (IOException e) {
                // one side closed
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    @Test
    void aHandshakeSlowerThanTheSilenceLimitIsWaitedForNotRedialled() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir)) {
            AgentServer agent = fixture.agent("node-a", 0, 200, List.of("true"));
            ConnectionPolicy standard = ConnectionPolicy.standard();
            long delay = standard.silenceLimit().toMillis() + 1500;
            try (DelayingProxy proxy = new DelayingProxy(agent.port(), delay)) {
                AgentFixture.Recorder recorder = new AgentFixture.Recorder();
                try (AgentConnection connection = fixture.client.connect("node-a", URI.create("https://127.0.0.1:" + proxy.server.getLocalPort()), standard,
                        recorder)) {
                    AgentFixture.await("the slow connection to come up", 25_000, () -> recorder.state == ConnectionState.UP);
                    assertEquals(1, proxy.accepted.get(), "dialled once, not dropped at the silence limit and redialled");
                }
            }
        }
    }

    @Test
    void aStreamThatFallsSilentIsMarkedUnreachableAndComesBackWithoutARedial() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir)) {
            AgentServer agent = fixture.agent("node-a", 0, 200, List.of("true"));
            try (DelayingProxy proxy = new DelayingProxy(agent.port(), 0)) {
                AgentFixture.Recorder recorder = new AgentFixture.Recorder();
                ConnectionPolicy policy = new ConnectionPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(1), 0.3);
                try (AgentConnection connection = fixture.client.connect("node-a", URI.create("https://127.0.0.1:" + proxy.server.getLocalPort()), policy,
                        recorder)) {
                    AgentFixture.await("the stream to come up", 30_000, () -> recorder.state == ConnectionState.UP);
                    proxy.paused = true;
                    AgentFixture.await("the silent stream to be marked unreachable", 10_000, () -> recorder.state == ConnectionState.UNREACHABLE);
                    proxy.paused = false;
                    AgentFixture.await("the stream to be up again", 10_000, () -> recorder.state == ConnectionState.UP);
                    assertEquals(1, proxy.accepted.get(), "the late stream was kept, not dropped and redialled");
                }
            }
        }
    }

    @Test
    void aThousandNodesComingBackAtOnceAreDialledAFewDozenAtATime() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir)) {
            AgentServer agent = fixture.agent("node-a", 0, 1000, List.of("true"));
            try (DelayingProxy proxy = new DelayingProxy(agent.port(), 2000)) {
                URI endpoint = URI.create("https://127.0.0.1:" + proxy.server.getLocalPort());
                List<AgentConnection> connections = new java.util.ArrayList<>();
                try {
                    for (int i = 0; i < 150; i++) {
                        connections.add(fixture.client.connect("node-a", endpoint, ConnectionPolicy.standard(), new AgentFixture.Recorder()));
                    }
                    AgentFixture.await("more dials than one batch", 60_000, () -> proxy.accepted.get() > AgentClient.CONCURRENT_DIALS);
                    assertTrue(proxy.mostHeld.get() <= AgentClient.CONCURRENT_DIALS,
                            proxy.mostHeld.get() + " connections were being dialled at once; the client's bound is " + AgentClient.CONCURRENT_DIALS);
                } finally {
                    connections.forEach(AgentConnection::close);
                }
            }
        }
    }

    @Test
    void nodesWaitingTheirTurnToDialAreNotCountedLateAndAreDialledOnceEach() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir); AgentClient fewDials = AgentClient.forConsole(dir.resolve("ca"), 4)) {
            // an agent that would take all of them, so every dial the proxy sees is one the console made
            AgentLimits roomy = new AgentLimits(100, 100, 100, Duration.ofSeconds(60), Duration.ofSeconds(60), 100, 100, 8 * 1024, 1 << 20);
            AgentServer agent = fixture.agent("node-a", 0, 500, List.of("true"), NodeShaping.probe("node-a", NodeShaping.processes()), roomy);
            // four dials at a time, each held 2 s by the proxy: the fifth batch waits 8 s for its turn, past the 6 s connect
            // limit, while a dial itself has 4 s to spare for four handshakes however loaded the machine
            try (DelayingProxy proxy = new DelayingProxy(agent.port(), 2000)) {
                URI endpoint = URI.create("https://127.0.0.1:" + proxy.server.getLocalPort());
                ConnectionPolicy policy = ConnectionPolicy.standard().withConnectLimit(Duration.ofSeconds(6));
                int count = 4 * 4 + 2;
                List<AgentFixture.Recorder> recorders = new java.util.ArrayList<>();
                List<AgentConnection> connections = new java.util.ArrayList<>();
                try {
                    for (int i = 0; i < count; i++) {
                        AgentFixture.Recorder recorder = new AgentFixture.Recorder();
                        recorders.add(recorder);
                        connections.add(fewDials.connect("node-a", endpoint, policy, recorder));
                    }
                    AgentFixture.await("every connection up", 120_000, () -> recorders.stream().allMatch(r -> r.state == ConnectionState.UP));
                    assertTrue(proxy.mostHeld.get() <= 4, proxy.mostHeld.get() + " dials at once; the client's bound is 4");
                    List<String> late = recorders.stream().flatMap(r -> r.reasons.stream()).filter(reason -> reason.contains("no answer")).toList();
                    assertTrue(late.isEmpty(), "connections waiting for their turn were reported late: " + late.stream().limit(3).toList());
                    assertEquals(count, proxy.accepted.get(), "each connection dialled once");
                } finally {
                    connections.forEach(AgentConnection::close);
                }
            }
        }
    }
}
