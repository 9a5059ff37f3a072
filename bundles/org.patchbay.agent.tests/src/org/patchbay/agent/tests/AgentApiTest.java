package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.client.AgentConnection;
import org.patchbay.agent.client.AgentException;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.agent.server.AgentConfig;
import org.patchbay.agent.server.AgentServer;

/** The agent's HTTPS API and the console's client, end to end over loopback with real certificates. */
class AgentApiTest {

    @TempDir
    Path dir;
    private AgentFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new AgentFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void statusAndProcessesComeBackOverMutualTls() throws Exception {
        AgentServer agent = fixture.agent("node-a", 0, 1000, List.of("true"));
        NodeStatus status = fixture.client.status("node-a", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS);
        assertEquals("node-a", status.node());
        assertTrue(status.memoryTotalBytes() > 0 && status.cpus() > 0);
        List<ProcessInfo> processes = fixture.client.processes("node-a", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS);
        long me = ProcessHandle.current().pid();
        assertTrue(processes.stream().anyMatch(p -> p.pid() == me), "this test JVM is in the process list");
    }

    @Test
    void eventStreamIsNumberedAndCarriesProcessChanges() throws Exception {
        AgentServer agent = fixture.agent("node-a", 0, 200, List.of("true"));
        AgentFixture.Recorder recorder = new AgentFixture.Recorder();
        ConnectionPolicy fast = new ConnectionPolicy(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofSeconds(1), 0.3);
        try (AgentConnection connection = fixture.client.connect("node-a", AgentFixture.endpoint(agent), fast, recorder)) {
            AgentFixture.await("the connection to come up", 5000, () -> recorder.state == ConnectionState.UP);
            assertTrue(recorder.events.get(0).processSnapshot(), "the first event carries the whole process table");

            Process sleeper = new ProcessBuilder("sleep", "30").start();
            long started = System.currentTimeMillis();
            AgentFixture.await("sleep to appear in an event", 2000,
                    () -> recorder.events.stream().anyMatch(e -> e.processes().stream().anyMatch(p -> p.pid() == sleeper.pid())));
            long seen = System.currentTimeMillis() - started;
            sleeper.destroy();
            AgentFixture.await("sleep's exit to appear in an event", 2000,
                    () -> recorder.events.stream().anyMatch(e -> e.exitedPids().contains((int) sleeper.pid())));
            assertTrue(seen < 2000);

            List<AgentEvent> events = List.copyOf(recorder.events);
            for (int i = 1; i < events.size(); i++) {
                assertEquals(events.get(i - 1).seq() + 1, events.get(i).seq(), "sequence numbers count up by one");
                assertFalse(events.get(i).processSnapshot(), "later events carry only changes");
            }
            assertEquals(0, connection.gaps());
        }
    }

    @Test
    void signalEndsAProcessAndAnUnknownPidIsNamed() throws Exception {
        AgentServer agent = fixture.agent("node-a", 0, 1000, List.of("true"));
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        fixture.client.signal("node-a", AgentFixture.endpoint(agent), (int) sleeper.pid(), "TERM").get(10, TimeUnit.SECONDS);
        assertTrue(sleeper.waitFor(2, TimeUnit.SECONDS), "TERM ended the process");

        int unused = 4_194_303;
        while (ProcessHandle.of(unused).isPresent()) {
            unused--;
        }
        int nobody = unused;
        CompletionException failure = assertThrows(CompletionException.class,
                () -> fixture.client.signal("node-a", AgentFixture.endpoint(agent), nobody, "TERM").join());
        assertTrue(failure.getCause() instanceof AgentException);
        assertTrue(failure.getCause().getMessage().contains("no process " + nobody + " on node-a"), failure.getCause().getMessage());
        CompletionException badSignal = assertThrows(CompletionException.class,
                () -> fixture.client.signal("node-a", AgentFixture.endpoint(agent), (int) ProcessHandle.current().pid(), "BOOM").join());
        assertTrue(badSignal.getCause().getMessage().contains("unknown signal 'BOOM'"), badSignal.getCause().getMessage());
    }

    @Test
    void rebootInTheLabExitsWithTheRestartCode() throws Exception {
        AgentServer agent = fixture.agent("node-a", 0, 1000, List.of());
        fixture.client.reboot("node-a", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS);
        AgentFixture.await("the agent to ask for a restart", 3000, () -> fixture.exitCode.get() == AgentConfig.REBOOT_EXIT_CODE);
    }

    @Test
    void aStoppedAgentIsUnreachableWithinThreeSecondsAndRecoversWhenBack() throws Exception {
        AgentServer agent = fixture.agent("node-a", 0, 1000, List.of("true"));
        int port = agent.port();
        AgentFixture.Recorder recorder = new AgentFixture.Recorder();
        try (AgentConnection connection = fixture.client.connect("node-a", AgentFixture.endpoint(agent), ConnectionPolicy.standard(), recorder)) {
            AgentFixture.await("the connection to come up", 5000, () -> recorder.state == ConnectionState.UP);
            long stopped = System.currentTimeMillis();
            agent.close();
            AgentFixture.await("the node to be unreachable", 3000, () -> recorder.state == ConnectionState.UNREACHABLE);
            assertTrue(recorder.stateChangedAt - stopped <= 3000);
            assertTrue(recorder.reasons.get(recorder.reasons.size() - 1).startsWith("node-a: "), recorder.reasons.toString());

            fixture.agent("node-a", port, 1000, List.of("true"));
            AgentFixture.await("the connection to recover", 10000, () -> recorder.state == ConnectionState.UP);
            assertEquals(ConnectionState.UP, connection.state());
        }
    }

    @Test
    void anAgentNamingAnotherNodeIsRefusedByTheConsole() throws Exception {
        AgentServer agent = fixture.agent("node-b", 0, 1000, List.of("true"));
        CompletionException failure = assertThrows(CompletionException.class,
                () -> fixture.client.status("node-a", AgentFixture.endpoint(agent)).join());
        String message = failure.getCause().getMessage();
        assertTrue(message.contains("TLS refused") && message.contains("'node-b', expected 'node-a'"), message);
        assertEquals(0, agent.requestsParsed(), "nothing was sent once the console saw the wrong name");

        AgentFixture.Recorder recorder = new AgentFixture.Recorder();
        try (AgentConnection connection = fixture.client.connect("node-a", AgentFixture.endpoint(agent), ConnectionPolicy.standard(), recorder)) {
            AgentFixture.await("the connection to be untrusted", 3000, () -> recorder.state == ConnectionState.UNTRUSTED);
        }
        assertEquals(0, agent.requestsParsed());
    }

    @Test
    void clientsWithoutACertificateFromTheCaOrWithoutTlsAreRejectedBeforeAnyRequest() throws Exception {
        AgentServer agent = fixture.agent("node-a", 0, 1000, List.of("true"));
        TlsProbe probe = new TlsProbe(agent.port());

        assertTrue(probe.withoutClientCertificate(fixture.ca.certificate()).startsWith("refused"), "no client certificate");

        CertificateAuthority other = CertificateAuthority.create("Another CA");
        assertTrue(probe.withClientCertificate(other.issueClient("intruder"), other.certificate(), fixture.ca.certificate()).startsWith("refused"),
                "a certificate from another CA");

        String plain = probe.plainHttp();
        assertFalse(plain.startsWith("HTTP/"), "plain HTTP got an HTTP answer: " + plain);

        assertEquals(0, agent.requestsParsed(), "no request was parsed");
        assertTrue(probe.withClientCertificate(fixture.ca.issueClient("console-2"), fixture.ca.certificate(), fixture.ca.certificate())
                .startsWith("HTTP/1.1 200"), "a certificate from the CA works, so the refusals above mean something");
        assertEquals(1, agent.requestsParsed());

        // another node's agent may hand jobs over, and nothing else: its certificate gets no status, reboot or signal
        String asNode = probe.withClientCertificate(fixture.ca.issueNode("node-z", List.of(), List.of(InetAddress.getLoopbackAddress())),
                fixture.ca.certificate(), fixture.ca.certificate());
        assertTrue(asNode.startsWith("HTTP/1.1 403"), "a node certificate used as a console: " + asNode);
    }
}
