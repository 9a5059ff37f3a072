package org.patchbay.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.agent.protocol.wire.WireFormat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * LOAD GENERATOR, not an agent: one process pretending to be many agents for the ingestion
 * benchmark. Each simulated agent has its own port and its own node certificate and speaks the real
 * protocol (TLS 1.3, client certificate required, server-sent events with sequence numbers), sending
 * made-up figures once a second, the agents' ticks spread evenly over the second.
 *
 * Usage: AgentLoadGenerator NAMES_FILE CA_DIR BASE_PORT (prints "ready" when every agent listens)
 */
public final class AgentLoadGenerator {

    private record Agent(String node, int index, List<BlockingQueue<String>> streams, long[] seq) {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = Files.readAllLines(Path.of(args[0]));
        CertificateAuthority ca = CertificateAuthority.openOrCreate(Path.of(args[1]), "Patchbay console CA");
        int basePort = Integer.parseInt(args[2]);
        ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String node = names.get(i);
            TlsIdentity identity = ca.issueNode(node, List.of(), List.of(InetAddress.getLoopbackAddress()));
            var tls = TlsContexts.agent(identity, ca.certificate());
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", basePort + i), 16);
            server.setHttpsConfigurator(new HttpsConfigurator(tls) {
                @Override
                public void configure(HttpsParameters parameters) {
                    parameters.setSSLParameters(TlsContexts.requireClientCertificate(tls));
                }
            });
            server.setExecutor(handlers);
            Agent agent = new Agent(node, i, new CopyOnWriteArrayList<>(), new long[1]);
            server.createContext(WireFormat.EVENTS_PATH, exchange -> {
                BlockingQueue<String> queue = new ArrayBlockingQueue<>(8);
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                agent.streams().add(queue);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    while (true) {
                        out.write(queue.take().getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // the console hung up
                } finally {
                    agent.streams().remove(queue);
                    exchange.close();
                }
            });
            server.start();
            agents.add(agent);
        }
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        for (Agent agent : agents) {
            Random random = new Random(agent.index());
            long offset = agent.index() * 1000L / agents.size();
            ticks.scheduleAtFixedRate(() -> tick(agent, random), offset, 1000, TimeUnit.MILLISECONDS);
        }
        System.out.println("ready " + agents.size());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void tick(Agent agent, Random random) {
        if (agent.streams().isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        long seq = ++agent.seq()[0];
        double cpu = 5 + random.nextDouble() * 60;
        NodeStatus status = new NodeStatus(agent.node(), "loadgen", "loadgen", 1000 + seq, 8, cpu, 1.2, 1.1, 1.0, 32L << 30,
                (long) ((8 + random.nextDouble() * 8) * (1L << 30)));
        double rate = random.nextDouble() * 400e6;
        List<InterfaceInfo> interfaces = List.of(
                new InterfaceInfo("eth0", seq * 50_000_000L, seq * 40_000, 0, 0, seq * 45_000_000L, seq * 35_000, 0, 0, "up", 1000, rate, rate * 0.8),
                new InterfaceInfo("lo", 0, 0, 0, 0, 0, 0, 0, 0, "unknown", -1, 0, 0));
        boolean snapshot = seq == 1;
        List<ProcessInfo> processes = new ArrayList<>();
        for (int p = 0; p < (snapshot ? 40 : 2); p++) {
            int pid = snapshot ? 100 + p : 100 + random.nextInt(40);
            processes.add(new ProcessInfo(pid, 1, "user", "S", "simulated-worker --task " + pid, random.nextDouble() * 20, 50L << 20));
        }
        AgentEvent event = new AgentEvent(seq, "loadgen-" + agent.index(), now, status, interfaces, snapshot, processes, List.of());
        String text = "id: " + seq + "\nevent: sample\ndata: " + Json.write(WireFormat.toJson(event)) + "\n\n";
        for (BlockingQueue<String> stream : agent.streams()) {
            stream.offer(text);
        }
    }
}
