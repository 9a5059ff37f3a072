package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.client.AgentConnection;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.protocol.tls.ExpectedPeers;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.server.AgentLimits;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.shape.NodeShaping;

/** Numbers from the network are parsed strictly and refused naming the field; nothing a client sends stops the sampler. */
class AgentInputTest {

    @TempDir
    Path dir;
    private AgentFixture fixture;
    private AgentServer agent;
    private HttpClient http;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new AgentFixture(dir);
        agent = fixture.agent("node-a", 0, 200, List.of("true"));
        ExpectedPeers peers = new ExpectedPeers();
        peers.expect("127.0.0.1", agent.port(), "node-a");
        SSLContext tls = TlsContexts.console(fixture.ca.issueClient("raw"), fixture.ca.certificate(), peers);
        http = HttpClient.newBuilder().sslContext(tls).sslParameters(TlsContexts.requireClientCertificate(tls)).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void tearDown() {
        http.close();
        fixture.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + agent.port() + pathAndQuery)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + agent.port() + path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHugeStreamIntervalIsRefusedAndStreamsOfOtherClientsKeepGettingSamples() throws Exception {
        AgentFixture.Recorder recorder = new AgentFixture.Recorder();
        ConnectionPolicy fast = new ConnectionPolicy(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofSeconds(1), 0.3);
        try (AgentConnection connection = fixture.client.connect("node-a", AgentFixture.endpoint(agent), fast, recorder)) {
            AgentFixture.await("the connection to come up", 10_000, () -> recorder.state == ConnectionState.UP);
            for (String bad : List.of("4294967296000", "99999999999999999999", "1.5", "-5", "ten", "50")) {
                HttpResponse<String> refused = get("/v1/events?interval=" + bad);
                assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
                assertTrue(refused.body().contains("interval"), "the refusal names the field: " + refused.body());
            }
            int before = recorder.events.size();
            AgentFixture.await("samples still arriving on the other stream", 5000, () -> recorder.events.size() > before + 3);
        }
    }

    @Test
    void aPidIsAWholeNumberInRangeOrTheRequestIsRefusedNamingIt() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            long wrapped = 4_294_967_296L + sleeper.pid(); // would signal the sleeper if truncated to an int
            for (String pid : List.of(Long.toString(wrapped), sleeper.pid() + ".5", "1e3", "\"12\"")) {
                HttpResponse<String> refused = post("/v1/actions/signal", "{\"pid\": " + pid + ", \"signal\": \"KILL\"}");
                assertEquals(400, refused.statusCode(), pid + ": " + refused.body());
                assertTrue(refused.body().contains("pid"), "the refusal names the field: " + refused.body());
            }
            assertTrue(sleeper.isAlive(), "no process was signalled");
            assertEquals(200, post("/v1/actions/signal", "{\"pid\": " + sleeper.pid() + ", \"signal\": \"TERM\"}").statusCode());
            assertTrue(sleeper.waitFor(10, TimeUnit.SECONDS));
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aMalformedChunkedBodyIsAnsweredAtOnceAndTheAgentGoesOn() throws Exception {
        TlsProbe probe = new TlsProbe(agent.port());
        var identity = fixture.ca.issueClient("framing");
        long started = System.nanoTime();
        String answer = probe.raw(identity, fixture.ca.certificate(), fixture.ca.certificate(),
                "POST /v1/actions/signal HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(answer.startsWith("HTTP/1.1 400"), "a bad chunk size is refused: " + answer);
        assertTrue(millis < agent.limits().idleTimeout().toMillis(), "answered in " + millis + " ms, not at the idle timeout");
        assertEquals(200, get("/v1/status").statusCode());
    }

    @Test
    void headersOverTheirLimitAreRefused() throws Exception {
        String answer = new TlsProbe(agent.port()).raw(fixture.ca.issueClient("headers"), fixture.ca.certificate(), fixture.ca.certificate(),
                "GET /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "x".repeat(10_000) + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertEquals(200, get("/v1/status").statusCode());
    }

    @Test
    void aBodyOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        String big = "{\"pid\": 5, \"pad\": \"" + "x".repeat(10_000) + "\"}";
        HttpResponse<String> refused = post("/v1/actions/signal", big);
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("4096"), "the refusal names the limit: " + refused.body());
    }

    @Test
    void aHandshakeThatNeverFinishesIsClosedAtItsDeadline() throws Exception {
        AgentLimits quick = new AgentLimits(64, 32, 2, Duration.ofSeconds(2), Duration.ofSeconds(30), 32, 8, 8192, 1 << 20);
        AgentServer strict = fixture.agent("node-b", 0, 200, List.of("true"), NodeShaping.probe("node-b", NodeShaping.processes()), quick);
        try (Socket idle = connectFrom("127.0.0.3", strict.port())) {
            long started = System.nanoTime();
            idle.setSoTimeout(30_000);
            assertEquals(-1, idle.getInputStream().read(), "the agent closes a connection that never starts its handshake");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis >= 1600, "closed after " + millis + " ms, not before its 2 s deadline");
        }
        // from one address at most two handshakes may be in progress: one of three is closed before anything is read
        List<Socket> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(connectFrom("127.0.0.3", strict.port()));
            }
            long connected = System.nanoTime();
            Thread.sleep(700);
            int closedAtOnce = 0;
            for (Socket s : held) {
                s.setSoTimeout(50);
                try {
                    if (s.getInputStream().read() == -1) {
                        closedAtOnce++;
                    }
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    // admitted: its handshake may go on until the deadline
                }
            }
            assertTrue((System.nanoTime() - connected) / 1_000_000 < 1600, "looked before the admitted ones' deadline");
            assertEquals(1, closedAtOnce, "exactly the connection past the bound is closed at once");
            assertTrue(strict.handshakesRefused() >= 2, "refused and timed-out handshakes are counted: " + strict.handshakesRefused());
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private static Socket connectFrom(String source, int port) throws java.io.IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        return s;
    }
}
