package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.tls.ExpectedPeers;
import org.patchbay.agent.protocol.tls.TlsContexts;

/**
 * What a peer can make an agent hold is bounded: a flood of connections that never finish their TLS
 * handshake, or an authenticated client opening stream after stream, leaves the agent answering
 * others within a second and under its memory bound. The agent is a real process with the lab's
 * 16 MB heap, where 230 half-open handshakes used to end it for good.
 */
class AgentFloodTest {

    /** docs/agent-api.md, "Limits": an agent at the lab's options stays under this however it is flooded. */
    private static final long RSS_BOUND_KB = 112 * 1024;
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private AgentFixture fixture;
    private AgentProcess agent;
    private final List<Socket> flood = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new AgentFixture(dir);
        agent = AgentProcess.start(fixture.ca, dir, "flooded");
        // the first request pays for the console's own handshake; every later one rides that connection
        fixture.client.status("flooded", agent.endpoint()).get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Socket s : flood) {
            s.close();
        }
        agent.close();
        fixture.close();
    }

    private void assertAnswersWithinLimit(String when) throws Exception {
        long started = System.nanoTime();
        assertEquals("flooded", fixture.client.status("flooded", agent.endpoint()).get(30, TimeUnit.SECONDS).node(), when);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis <= ANSWER_LIMIT.toMillis(), "the agent answered the console in " + millis + " ms " + when + " (limit " + ANSWER_LIMIT.toMillis()
                + " ms); its output:\n" + agent.output());
        assertTrue(agent.process.isAlive(), "the agent is alive " + when + ":\n" + agent.output());
    }

    @Test
    void handshakesThatNeverFinishDoNotStopTheAgent() throws Exception {
        // another address on loopback plays the attacker: 800 connections each sending a TLS record header that promises 16 KB, then nothing
        InetAddress attacker = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 800; i++) {
            Socket s = new Socket();
            try {
                s.bind(new InetSocketAddress(attacker, 0));
                s.connect(new InetSocketAddress("127.0.0.1", agent.port), 2000);
                s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x40, 0x00});
            } catch (IOException refused) {
                // refusing the flood is what a bounded agent does
            }
            flood.add(s);
            if (i % 100 == 99) {
                assertAnswersWithinLimit("during the flood (" + (i + 1) + " half-open connections)");
            }
        }
        for (int i = 0; i < 5; i++) {
            assertAnswersWithinLimit("while 800 half-open connections are held");
            Thread.sleep(300);
        }
        long rss = agent.rssKb();
        assertTrue(rss < RSS_BOUND_KB, "the agent's RSS under the flood is " + rss / 1024 + " MB, its bound " + RSS_BOUND_KB / 1024 + " MB");
        for (Socket s : flood) {
            s.close();
        }
        flood.clear();
        assertAnswersWithinLimit("after the flood");
    }

    @Test
    void oneClientCannotHoldMoreThanItsShareOfEventStreams() throws Exception {
        ExpectedPeers peers = new ExpectedPeers();
        peers.expect("127.0.0.1", agent.port, "flooded");
        SSLContext tls = TlsContexts.console(fixture.ca.issueClient("greedy"), fixture.ca.certificate(), peers);
        HttpClient greedy = HttpClient.newBuilder().sslContext(tls).sslParameters(TlsContexts.requireClientCertificate(tls))
                .connectTimeout(Duration.ofSeconds(30)).version(HttpClient.Version.HTTP_1_1).build();
        try {
            URI events = URI.create("https://127.0.0.1:" + agent.port + "/v1/events?interval=100");
            int accepted = 0;
            int refused = 0;
            String refusal = "";
            List<InputStream> open = new ArrayList<>();
            // one after another, as a client that keeps asking would: each answer comes before the next request
            for (int i = 0; i < 150; i++) {
                HttpResponse<InputStream> response = greedy.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofInputStream())
                        .get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    accepted++;
                    open.add(response.body());
                } else {
                    refused++;
                    try (InputStream body = response.body()) {
                        refusal = response.statusCode() + " " + new String(body.readAllBytes());
                    }
                }
            }
            assertTrue(accepted >= 1 && accepted <= 8, accepted + " streams accepted for one client (bound 8)");
            assertEquals(150 - accepted, refused);
            assertTrue(refusal.startsWith("429") && refusal.contains("event streams"), "the refusal says why: " + refusal);
            assertAnswersWithinLimit("with " + accepted + " streams of another client open");
            // the streams it holds still carry samples
            byte[] sample = open.get(0).readNBytes(200);
            assertTrue(new String(sample).contains("event: sample") || new String(sample).contains("retry:"), new String(sample));
            long rss = agent.rssKb();
            assertTrue(rss < RSS_BOUND_KB, "the agent's RSS with 150 stream requests is " + rss / 1024 + " MB, its bound " + RSS_BOUND_KB / 1024 + " MB");
            for (InputStream in : open) {
                in.close();
            }
        } finally {
            // close() would wait for the streams to end, which they never do
            greedy.shutdownNow();
        }
    }
}
