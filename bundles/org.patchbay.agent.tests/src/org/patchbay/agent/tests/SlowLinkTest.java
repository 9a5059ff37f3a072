package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.client.AgentConnection;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.server.AgentServer;

/** A connection that takes longer than the silence limit to set up (a loaded machine's handshake) is waited for, not redialled forever. */
class SlowLinkTest {

    @TempDir
    Path dir;

    /** Accepts on loopback, holds each connection for a while, then relays it to the agent. Bounded: closed by the test. */
    private static final class DelayingProxy implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();
        final List<Socket> sockets = new CopyOnWriteArrayList<>();

        DelayingProxy(int target, long delayMillis) throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket in = server.accept();
                        accepted.incrementAndGet();
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
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(out);
                Thread.ofVirtual().start(() -> pipe(in, out));
                pipe(out, in);
            } catch (IOException | InterruptedException e) {
                // the test is over
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
}
