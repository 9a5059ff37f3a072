package org.patchbay.agent.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.AgentListener;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.collect.SystemRoots;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.server.AgentConfig;
import org.patchbay.agent.server.AgentLimits;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.shape.NodeShaping;
import org.patchbay.agent.server.Sampler;

/** A CA, a console client and real agents (in this JVM, on loopback) for the API tests. */
final class AgentFixture implements AutoCloseable {

    final Path dir;
    final CertificateAuthority ca;
    final AgentClient client;
    final AtomicInteger exitCode = new AtomicInteger(-1);
    private final List<AgentServer> servers = new CopyOnWriteArrayList<>();

    AgentFixture(Path dir) throws IOException {
        this.dir = dir;
        ca = CertificateAuthority.openOrCreate(dir.resolve("ca"), "Test CA");
        client = AgentClient.forConsole(dir.resolve("ca"));
    }

    AgentServer agent(String node, int port, long intervalMillis, List<String> rebootCommand) throws IOException {
        return agent(node, port, intervalMillis, rebootCommand, NodeShaping.probe(node, NodeShaping.processes()));
    }

    AgentServer agent(String node, int port, long intervalMillis, List<String> rebootCommand, NodeShaping shaping) throws IOException {
        return agent(node, port, intervalMillis, rebootCommand, shaping, AgentLimits.standard());
    }

    AgentServer agent(String node, int port, long intervalMillis, List<String> rebootCommand, NodeShaping shaping, AgentLimits limits) throws IOException {
        TlsIdentity identity = ca.issueNode(node, List.of(), List.of(InetAddress.getLoopbackAddress()));
        AgentConfig config = new AgentConfig(node, "host", new InetSocketAddress("127.0.0.1", port), null, null, null, intervalMillis, rebootCommand,
                Path.of("/proc"));
        AgentServer server = new AgentServer(config, new Sampler(node, "host", "test", SystemRoots.live(), 100),
                TlsContexts.agent(identity, ca.certificate()), exitCode::set, shaping, limits);
        server.start();
        servers.add(server);
        return server;
    }

    static URI endpoint(AgentServer server) {
        return URI.create("https://127.0.0.1:" + server.port());
    }

    static void await(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        client.close();
        servers.forEach(AgentServer::close);
    }

    /** Records what a connection reports, with the time of each state change. */
    static final class Recorder implements AgentListener {
        final List<AgentEvent> events = new CopyOnWriteArrayList<>();
        final List<ConnectionState> states = new CopyOnWriteArrayList<>();
        final List<String> reasons = new CopyOnWriteArrayList<>();
        volatile ConnectionState state = ConnectionState.CONNECTING;
        volatile long stateChangedAt;

        @Override
        public void event(String node, AgentEvent event) {
            events.add(event);
        }

        @Override
        public void state(String node, ConnectionState newState, String reason) {
            state = newState;
            stateChangedAt = System.currentTimeMillis();
            states.add(newState);
            reasons.add(reason);
        }
    }
}
