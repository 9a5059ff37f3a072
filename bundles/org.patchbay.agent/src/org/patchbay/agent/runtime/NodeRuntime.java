package org.patchbay.agent.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.patchbay.agent.collect.CollectorException;
import org.patchbay.agent.collect.HostCollector;
import org.patchbay.agent.collect.InterfaceCollector;
import org.patchbay.agent.collect.NamespaceProcessIndex;
import org.patchbay.agent.collect.ProcessCollector;
import org.patchbay.agent.collect.SystemRoots;
import org.patchbay.agent.jobs.Criu;
import org.patchbay.agent.jobs.JobMigrations;
import org.patchbay.agent.jobs.JobTable;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.server.AgentConfig;
import org.patchbay.agent.server.AgentHost;
import org.patchbay.agent.server.AgentLimits;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.server.Sampler;
import org.patchbay.agent.shape.DelayBridges;
import org.patchbay.agent.shape.NodeShaping;

/**
 * One process serving many lab nodes: a Jetty server with a connector per node, each opened inside
 * its node's network namespace with the node's own certificate, limits and event streams, so every
 * node is reached at its own address exactly as a real node's agent is, for a fraction of an agent
 * process's memory. Nodes are opened and closed one at a time without touching the others; what a
 * node starts (jobs, CRIU, shaping commands) runs in its namespace and cgroup. Its owner (the lab)
 * drives it with {@link #open} and {@link #close} and hears of every node through {@code events}.
 */
public final class NodeRuntime implements AutoCloseable {

    /** Lines of a node's log the runtime writes ("listening on", why it failed or exited). */
    public static final String LISTENING = "listening on";

    private final String version;
    private final long ticksPerSecond;
    private final long intervalMillis;
    private final Criu criu;
    private volatile Path shaper;
    private final Consumer<Map<String, Object>> events;
    private final Server server;
    private final ScheduledExecutorService clock;
    private final ExecutorService control;
    private final NamespaceProcessIndex processes;
    /** The machine's CPU, load and memory, read once a tick for all the nodes (each node's own figures come from its processes). */
    private final HostCollector machine;
    private final Map<Connector, Handler> handlers = new ConcurrentHashMap<>();
    private final Map<String, Served> nodes = new ConcurrentHashMap<>();

    private record Served(NodeSpec spec, NetworkNamespace namespace, Path sys, AgentServer server) {
    }

    /** The pb-shaper nodes bridge with when asked to be delay nodes (null: they refuse). Call before nodes are opened. */
    public void useShaper(Path pbShaper) {
        shaper = pbShaper;
    }

    public NodeRuntime(String version, long ticksPerSecond, long intervalMillis, Criu criu, Consumer<Map<String, Object>> events) {
        this.version = version;
        this.ticksPerSecond = ticksPerSecond;
        this.intervalMillis = intervalMillis;
        this.criu = criu;
        this.events = events;
        // every node's connector keeps one pooled thread in its selector; requests and streams share the rest
        QueuedThreadPool threads = new QueuedThreadPool(100_000, 4);
        threads.setName("runtime-http");
        threads.setReservedThreads(0);
        threads.setDaemon(true);
        server = new Server(threads, null, new ArrayByteBufferPool(0, -1, -1, -1, 8 * 1024 * 1024, 8 * 1024 * 1024));
        server.setStopTimeout(0);
        server.setHandler(new Dispatcher());
        clock = Executors.newScheduledThreadPool(2, daemon("runtime-sampler"));
        // nodes open two at a time: loading a node's key and certificate is CPU work, and the lab opens hundreds at once
        control = Executors.newFixedThreadPool(2, daemon("runtime-control"));
        processes = new NamespaceProcessIndex(Path.of("/proc"), TimeUnit.MILLISECONDS.toNanos(Math.max(100, intervalMillis / 2)), System::nanoTime);
        machine = new HostCollector(SystemRoots.live(), TimeUnit.MILLISECONDS.toNanos(Math.max(100, intervalMillis / 2)), System::nanoTime);
    }

    public void start() throws Exception {
        server.start();
    }

    /**
     * Starts serving a node (in the background); {@code listening} follows, then exactly one of
     * {@code failed}, {@code exited} or {@code closed} when it ends: one end for every open.
     */
    public void open(NodeSpec spec) {
        inTurn(spec.node(), () -> openNow(spec));
    }

    /** Stops serving a node (in the background); its {@code closed} event follows if it was served. Other nodes go on. */
    public void close(String node) {
        inTurn(node, () -> {
            Served served = nodes.remove(node);
            if (served != null) {
                release(served);
                events.accept(event(node, "closed"));
            }
        });
    }

    /** Runs a node's actions in the order asked (a close then an open of one node never swap), different nodes' side by side. */
    private void inTurn(String node, Runnable action) {
        turns.compute(node, (n, previous) -> (previous == null ? java.util.concurrent.CompletableFuture.<Void>completedFuture(null) : previous)
                .thenRunAsync(action, control).exceptionally(e -> {
                    System.err.println("patchbay-agent: an action on " + node + " failed: " + e);
                    return null;
                }));
    }

    private final Map<String, java.util.concurrent.CompletableFuture<Void>> turns = new ConcurrentHashMap<>();

    /** The nodes served now. */
    public List<String> nodes() {
        return List.copyOf(nodes.keySet());
    }

    @Override
    public void close() {
        control.shutdownNow();
        for (String node : List.copyOf(nodes.keySet())) {
            Served served = nodes.remove(node);
            if (served != null) {
                release(served);
            }
        }
        clock.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("patchbay-agent: stopping the runtime's server: " + e);
        }
    }

    private void openNow(NodeSpec spec) {
        if (nodes.containsKey(spec.node())) {
            events.accept(failed(spec.node(), "it is already served; close it first"));
            return;
        }
        NetworkNamespace namespace = null;
        Path sys = spec.stateDir().resolve("sys");
        boolean mounted = false;
        try {
            namespace = NetworkNamespace.open(Path.of("/run/netns", spec.namespace()));
            Files.createDirectories(sys);
            namespace.mountSysfs(sys);
            mounted = true;
            AgentServer agent = serve(spec, namespace, sys);
            nodes.put(spec.node(), new Served(spec, namespace, sys, agent));
            log(spec, "patchbay-agent " + version + ": node '" + spec.node() + "' " + LISTENING + " https://" + spec.listen().getHostString() + ":"
                    + agent.port() + " (mutual TLS, mode namespace, shared runtime)");
            Map<String, Object> listening = event(spec.node(), "listening");
            listening.put("port", agent.port());
            events.accept(listening);
        } catch (IOException | RuntimeException e) {
            if (mounted) {
                unmountQuietly(sys);
            }
            if (namespace != null) {
                namespace.close();
            }
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            log(spec, "patchbay-agent: node '" + spec.node() + "' did not start: " + reason);
            events.accept(failed(spec.node(), reason));
        }
    }

    private AgentServer serve(NodeSpec spec, NetworkNamespace namespace, Path sys) throws IOException {
        SystemRoots roots = new SystemRoots(Path.of("/proc"), sys, Path.of("/etc/passwd"));
        InterfaceCollector interfaces = new InterfaceCollector(roots, Path.of("/proc/thread-self/net/dev"), file -> readInside(namespace, file));
        Sampler sampler = new Sampler(spec.node(), "namespace", version, roots, ticksPerSecond, spec.cpuCapacity(), machine,
                new ProcessCollector(roots, namespace.id(), processes), interfaces);
        Path tls = spec.tlsDir();
        AgentConfig config = new AgentConfig(spec.node(), "namespace", spec.listen(), tls.resolve("node.pem"), tls.resolve("node-key.pem"),
                tls.resolve("ca.pem"), intervalMillis, spec.rebootCommand(), Path.of("/proc"));
        TlsIdentity identity = TlsIdentity.load(config.certificate(), config.key());
        var ca = TlsIdentity.readCertificates(config.ca()).get(0);
        List<String> prefix = spec.commandPrefix();
        NodeShaping.Commands plain = NodeShaping.processes();
        NodeShaping shaping = NodeShaping.probe(spec.node(), command -> plain.run(concat(prefix, command)));
        AgentServer agent = new AgentServer(config, sampler, TlsContexts.agent(identity, ca), code -> exited(spec.node(), code), shaping,
                AgentLimits.standard(), new NodeHost(namespace));
        try {
            List<String> jobPrefix = spec.jobPrefix();
            JobTable jobs = new JobTable(spec.node(), spec.stateDir().resolve("jobs"), Path.of("/proc"), System::currentTimeMillis, builder -> {
                builder.command(concat(jobPrefix, builder.command()));
                return builder.start();
            }, spec.jobRoot());
            // CRIU runs where the node's jobs do: in the mount namespace that holds the node's disk, when it has one
            JobMigrations migrations = new JobMigrations(spec.node(), jobs, criu.startedThrough(jobPrefix), spec.stateDir().resolve("migrations"),
                    new JobMigrations.NodeFiles(config.certificate(), config.key(), config.ca()), System::currentTimeMillis, spec.migrationRoot());
            migrations.useNetwork(new JobMigrations.NodeNetwork() {
                @Override
                public boolean owns(InetAddress address) throws IOException {
                    return namespace.call(() -> NetworkInterface.getByInetAddress(address) != null);
                }

                @Override
                public int freePort(InetAddress address) throws IOException {
                    return namespace.call(() -> {
                        try (ServerSocket probe = new ServerSocket()) {
                            probe.bind(new InetSocketAddress(address, 0));
                            return probe.getLocalPort();
                        }
                    });
                }

                @Override
                public InetAddress addressTowards(InetAddress remote) throws IOException {
                    return namespace.call(() -> JobMigrations.routeSource(remote));
                }
            });
            agent.serveJobs(jobs, migrations);
            // a delay node's shaper runs where the node's interfaces are; its complaints go to the node's log
            agent.serveDelays(DelayBridges.using(spec.node(), shaper, command -> new ProcessBuilder(concat(prefix, command))
                    .redirectError(ProcessBuilder.Redirect.appendTo(spec.log().toFile())).start()));
            agent.start();
            return agent;
        } catch (IOException | RuntimeException e) {
            agent.close();
            throw e;
        }
    }

    /** A node asked to be rebooted (its Reboot exits, as a lab node's does): it stops being served, and its owner restarts it. */
    private void exited(String node, int code) {
        inTurn(node, () -> {
            Served served = nodes.remove(node);
            if (served != null) {
                log(served.spec(), "patchbay-agent: node '" + node + "' exits with " + code);
                release(served);
                Map<String, Object> exited = event(node, "exited");
                exited.put("code", code);
                events.accept(exited);
            }
        });
    }

    private void release(Served served) {
        served.server().close();
        unmountQuietly(served.sys());
        served.namespace().close();
    }

    private static String readInside(NetworkNamespace namespace, Path file) throws CollectorException {
        try {
            return namespace.call(() -> Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | UncheckedIOException e) {
            throw new CollectorException("Cannot read " + file + " in " + namespace.path() + ": " + e.getMessage(), e);
        }
    }

    private static void unmountQuietly(Path sys) {
        try {
            NetworkNamespace.unmount(sys);
        } catch (IOException e) {
            System.err.println("patchbay-agent: " + e.getMessage());
        }
    }

    private static void log(NodeSpec spec, String line) {
        try {
            Files.createDirectories(spec.log().getParent());
            Files.writeString(spec.log(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("patchbay-agent: cannot write " + spec.log() + ": " + e.getMessage() + " (" + line + ")");
        }
    }

    private static List<String> concat(List<String> prefix, List<String> command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        return all;
    }

    private static Map<String, Object> event(String node, String what) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", node);
        m.put("event", what);
        return m;
    }

    private static Map<String, Object> failed(String node, String reason) {
        Map<String, Object> m = event(node, "failed");
        m.put("reason", reason);
        return m;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Sends each request to the handler of the node whose connector it came in on. */
    private final class Dispatcher extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Handler node = handlers.get(request.getConnectionMetaData().getConnector());
            return node != null && node.handle(request, response, callback);
        }
    }

    /** One node's place in the runtime: the shared server and sampler threads, its own connector opened in its namespace. */
    private final class NodeHost implements AgentHost {
        private final NetworkNamespace namespace;

        NodeHost(NetworkNamespace namespace) {
            this.namespace = namespace;
        }

        @Override
        public Server server() {
            return server;
        }

        @Override
        public ScheduledExecutorService clock() {
            return clock;
        }

        @Override
        public int acceptors() {
            return 0;
        }

        @Override
        public void open(ServerConnector connector) throws IOException {
            namespace.call(() -> {
                connector.open();
                return null;
            });
        }

        @Override
        public void serve(ServerConnector connector, Handler handler) throws Exception {
            handlers.put(connector, handler);
            if (!connector.isStarted()) {
                connector.start();
            }
        }

        @Override
        public void stop(ServerConnector connector) {
            handlers.remove(connector);
            try {
                connector.stop();
            } catch (Exception e) {
                System.err.println("patchbay-agent: stopping a node's connector: " + e);
            }
            server.removeConnector(connector);
        }
    }
}
