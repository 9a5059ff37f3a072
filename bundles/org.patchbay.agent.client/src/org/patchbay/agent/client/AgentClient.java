package org.patchbay.agent.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.ExpectedPeers;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.DelayWire;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.agent.protocol.wire.ShapingWire;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;

/**
 * The console's side of the agent protocol: one HTTP client (TLS 1.3 with the console's certificate)
 * shared by every node's {@link AgentConnection}, and the one-off requests (status, processes, reboot,
 * signal). All calls are asynchronous; none blocks the caller on the network.
 */
public final class AgentClient implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /**
     * TCP connect and TLS handshake together: a refused or reset connection fails at once whatever this
     * says; a handshake slowed by a loaded machine is given this long rather than cut and redialled.
     */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Streams being dialled at once (TCP, TLS handshake, until the agent answers). A console following
     * a thousand agents that all come back at once handshakes with this many at a time instead of
     * starting a thousand handshakes that each take too long on a busy machine.
     */
    public static final int CONCURRENT_DIALS = 64;

    /** How often every connection's silence is checked (one pass over all of them, not a timer each). */
    private static final Duration WATCH_PERIOD = Duration.ofMillis(200);

    private final ExpectedPeers peers = new ExpectedPeers();
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final DialGate dials;
    private final HttpClient http;
    private final Set<AgentConnection> watched = ConcurrentHashMap.newKeySet();
    /** When the probe now waiting in the workers' queue was put there (0: none waiting): how far behind the console reads. */
    private final AtomicLong backlogProbeSince = new AtomicLong();

    public AgentClient(TlsIdentity console, X509Certificate ca) throws IOException {
        this(console, ca, CONCURRENT_DIALS);
    }

    /** A client that dials at most {@code concurrentDials} streams at once (a console on a small machine may want fewer). */
    public AgentClient(TlsIdentity console, X509Certificate ca, int concurrentDials) throws IOException {
        if (concurrentDials < 1) {
            throw new IllegalArgumentException("concurrent dials must be at least 1, not " + concurrentDials);
        }
        SSLContext tls = TlsContexts.console(console, ca, peers);
        workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), daemon("agent-client"));
        timers = Executors.newSingleThreadScheduledExecutor(daemon("agent-watchdog"));
        dials = new DialGate(concurrentDials, timers);
        http = HttpClient.newBuilder().sslContext(tls).sslParameters(tlsParameters(tls)).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).executor(workers).build();
        timers.scheduleWithFixedDelay(this::watchAll, WATCH_PERIOD.toMillis(), WATCH_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens (creating on first use) the console's CA and client certificate kept in {@code dir}. */
    public static AgentClient forConsole(Path dir) throws IOException {
        return forConsole(dir, CONCURRENT_DIALS);
    }

    /** As {@link #forConsole(Path)}, dialling at most {@code concurrentDials} streams at once. */
    public static AgentClient forConsole(Path dir, int concurrentDials) throws IOException {
        CertificateAuthority ca = CertificateAuthority.openOrCreate(dir, "Patchbay console CA");
        Path certificate = TlsIdentity.certificateFile(dir, "console");
        if (!certificate.toFile().exists()) {
            ca.issueClient("patchbay-console").save(dir, "console");
        }
        return new AgentClient(TlsIdentity.load(certificate, TlsIdentity.keyFile(dir, "console")), ca.certificate(), concurrentDials);
    }

    /** Starts following {@code node}'s agent at {@code endpoint} (https://host:port); the connection retries until closed. */
    public AgentConnection connect(String node, URI endpoint, ConnectionPolicy policy, AgentListener listener) {
        expect(node, endpoint);
        AgentConnection connection = new AgentConnection(this, node, endpoint, policy, listener);
        connection.start();
        return connection;
    }

    public CompletableFuture<NodeStatus> status(String node, URI endpoint) {
        return get(node, endpoint, WireFormat.STATUS_PATH).thenApply(body -> decode(() -> WireFormat.status(Json.parse(body))));
    }

    public CompletableFuture<List<ProcessInfo>> processes(String node, URI endpoint) {
        return get(node, endpoint, WireFormat.PROCESSES_PATH).thenApply(body -> decode(() -> WireFormat.processes(body)));
    }

    public CompletableFuture<String> reboot(String node, URI endpoint) {
        return post(node, endpoint, WireFormat.REBOOT_PATH, "{}");
    }

    public CompletableFuture<String> signal(String node, URI endpoint, int pid, String signal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pid", pid);
        body.put("signal", signal);
        return post(node, endpoint, WireFormat.SIGNAL_PATH, Json.write(body));
    }

    /** What the node's agent shapes and with which backend. */
    public CompletableFuture<ShapingWire.Report> shaping(String node, URI endpoint) {
        return get(node, endpoint, ShapingWire.PATH).thenApply(body -> decode(() -> ShapingWire.report(Json.parse(body), node)));
    }

    /** Makes the node's agent run exactly {@code pipes} (its whole plan); completes with what it then runs. */
    public CompletableFuture<ShapingWire.Report> applyShaping(String node, URI endpoint, Map<PipeKey, PipeSpec> pipes) {
        expect(node, endpoint);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(ShapingWire.PATH)).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(ShapingWire.requestJson(pipes)))).build();
        return send(node, endpoint, request).thenApply(body -> decode(() -> ShapingWire.report(Json.parse(body), node)));
    }

    /** The delays the node bridges as a delay node, or why it cannot be one. */
    public CompletableFuture<DelayWire.Report> delays(String node, URI endpoint) {
        return get(node, endpoint, DelayWire.PATH).thenApply(body -> decode(() -> DelayWire.report(Json.parse(body))));
    }

    /** Makes the node a delay node for {@code delay}: its two interfaces bridged through the pipes; completes with what it then runs. */
    public CompletableFuture<DelayWire.Report> putDelay(String node, URI endpoint, DelayWire.Delay delay) {
        expect(node, endpoint);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(DelayWire.PATH + "/" + delay.name())).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Json.write(DelayWire.requestJson(delay)))).build();
        return send(node, endpoint, request).thenApply(body -> decode(() -> DelayWire.report(Json.parse(body))));
    }

    /** Ends the node's delay {@code name}. */
    public CompletableFuture<DelayWire.Report> removeDelay(String node, URI endpoint, String name) {
        expect(node, endpoint);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(DelayWire.PATH + "/" + name)).timeout(REQUEST_TIMEOUT).DELETE().build();
        return send(node, endpoint, request).thenApply(body -> decode(() -> DelayWire.report(Json.parse(body))));
    }

    /** Starts {@code command} as a job with {@code node} as its home (its output stays there wherever the job runs). */
    public CompletableFuture<JobWire.JobInfo> startJob(String node, URI endpoint, List<String> command) {
        return post(node, endpoint, JobWire.JOBS_PATH, Json.write(Map.of("command", command)))
                .thenApply(body -> decode(() -> JobWire.job(Json.parse(body))));
    }

    /** The jobs the node runs, and those whose home it is (away ones included). */
    public CompletableFuture<List<JobWire.JobInfo>> jobs(String node, URI endpoint) {
        return get(node, endpoint, JobWire.JOBS_PATH).thenApply(body -> decode(() -> JobWire.jobs(body)));
    }

    /**
     * Asks {@code node} to move its job {@code job} to {@code target}, whose agent is at
     * {@code targetEndpoint}; completes once the move has started (follow it with {@link #migrations}).
     */
    public CompletableFuture<JobWire.MigrationInfo> migrate(String node, URI endpoint, String job, String target, URI targetEndpoint, String why) {
        return migrate(node, endpoint, job, target, targetEndpoint, why, "");
    }

    /**
     * As {@link #migrate(String, URI, String, String, URI, String)}, with the job's memory sent to
     * the target's {@code pageAddress} (an address of the target on the path it should take, e.g. a
     * shaped link; the target's certificate must name it) instead of its agent's address.
     */
    public CompletableFuture<JobWire.MigrationInfo> migrate(String node, URI endpoint, String job, String target, URI targetEndpoint, String why,
            String pageAddress) {
        return migrate(node, endpoint, job, target, targetEndpoint, why, pageAddress, "auto");
    }

    /**
     * As above, with how the job's memory moves: {@code stop-and-copy} (all of it while the job is
     * frozen), {@code post-copy} (the job runs on the target first and its pages follow), or
     * {@code auto} (post-copy where both nodes can).
     */
    public CompletableFuture<JobWire.MigrationInfo> migrate(String node, URI endpoint, String job, String target, URI targetEndpoint, String why,
            String pageAddress, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        body.put("to", target);
        body.put("agent", targetEndpoint.getHost() + ":" + port(targetEndpoint));
        body.put("why", why);
        if (!pageAddress.isEmpty()) {
            body.put("pageAddress", pageAddress);
        }
        return post(node, endpoint, JobWire.JOBS_PATH + "/" + job + "/migrate", Json.write(body))
                .thenApply(text -> decode(() -> JobWire.migration(Json.parse(text))));
    }

    /** The migrations the node took part in, running ones first. */
    public CompletableFuture<List<JobWire.MigrationInfo>> migrations(String node, URI endpoint) {
        return get(node, endpoint, JobWire.MIGRATIONS_PATH).thenApply(body -> decode(() -> JobWire.migrations(body)));
    }

    /** A job action without a body: kill, resume. */
    public CompletableFuture<JobWire.JobInfo> jobAction(String node, URI endpoint, String job, String action) {
        return post(node, endpoint, JobWire.JOBS_PATH + "/" + job + "/" + action, "{}").thenApply(body -> decode(() -> JobWire.job(Json.parse(body))));
    }

    /** Locks a job to its node (it will not be moved) or unlocks it. */
    public CompletableFuture<JobWire.JobInfo> lockJob(String node, URI endpoint, String job, boolean locked) {
        return post(node, endpoint, JobWire.JOBS_PATH + "/" + job + "/lock", Json.write(Map.of("locked", locked)))
                .thenApply(body -> decode(() -> JobWire.job(Json.parse(body))));
    }

    /** Up to 64 KB of the job's output from {@code offset}, read at its home node; the text and the offset to read on from. */
    public CompletableFuture<Map.Entry<String, Long>> jobOutput(String home, URI endpoint, String job, long offset) {
        return get(home, endpoint, JobWire.JOBS_PATH + "/" + job + "/output?offset=" + offset).thenApply(body -> decode(() -> {
            JsonFields f = JsonFields.of(Json.parse(body), "output");
            return Map.entry(f.string("text"), f.longValue("next"));
        }));
    }

    @Override
    public void close() {
        timers.shutdownNow();
        http.shutdownNow();
        workers.shutdownNow();
    }

    HttpClient http() {
        return http;
    }

    DialGate dials() {
        return dials;
    }

    void watch(AgentConnection connection) {
        watched.add(connection);
    }

    void unwatch(AgentConnection connection) {
        watched.remove(connection);
    }

    private void watchAll() {
        long backlog = readBacklogNanos();
        for (AgentConnection connection : watched) {
            try {
                connection.watch(backlog);
            } catch (RuntimeException e) {
                // one connection's trouble must not end the watch of all the others
                System.err.println("patchbay: watching " + connection.node() + ": " + e);
            }
        }
    }

    /**
     * How long the console's workers are behind: a probe is queued behind whatever they have to do
     * (decrypting and handling events), and until it runs its age is the backlog.
     */
    private long readBacklogNanos() {
        long now = System.nanoTime();
        long since = backlogProbeSince.get();
        if (since != 0) {
            return now - since;
        }
        if (backlogProbeSince.compareAndSet(0, now)) {
            try {
                workers.execute(() -> backlogProbeSince.set(0));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                backlogProbeSince.set(0);
            }
        }
        return 0;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    void expect(String node, URI endpoint) {
        peers.expect(endpoint.getHost(), port(endpoint), node);
    }

    static int port(URI endpoint) {
        return endpoint.getPort() < 0 ? WireFormat.DEFAULT_PORT : endpoint.getPort();
    }

    /** The words a user sees for a failed request or stream, naming the node and what to check. */
    static String explain(String node, URI endpoint, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException) {
                return node + ": TLS refused at " + endpoint + " (" + t.getMessage() + "); check that the agent's certificate is from this console's CA and names '" + node + "'";
            }
            if (t instanceof java.net.ConnectException) {
                return node + ": no agent answers at " + endpoint + " (connection refused or unreachable)";
            }
            if (t instanceof java.net.http.HttpConnectTimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return node + ": the agent at " + endpoint + " did not answer in time";
            }
        }
        return node + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private CompletableFuture<String> get(String node, URI endpoint, String path) {
        expect(node, endpoint);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build();
        return send(node, endpoint, request);
    }

    private CompletableFuture<String> post(String node, URI endpoint, String path, String json) {
        expect(node, endpoint);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(node, endpoint, request);
    }

    private CompletableFuture<String> send(String node, URI endpoint, HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                throw new CompletionException(new AgentException(explain(node, endpoint, failure), failure));
            }
            if (response.statusCode() >= 300) {
                String message = response.body();
                try {
                    message = JsonFields.of(Json.parse(response.body()), "error").string("error");
                } catch (JsonException notJson) {
                    // keep the raw body
                }
                throw new CompletionException(new AgentException(node + ": " + message + " (HTTP " + response.statusCode() + ")", null));
            }
            return response.body();
        });
    }

    private interface Decoder<T> {
        T decode() throws JsonException;
    }

    private static <T> T decode(Decoder<T> decoder) {
        try {
            return decoder.decode();
        } catch (JsonException e) {
            throw new CompletionException(new AgentException("the agent sent something this console does not understand: " + e.getMessage(), e));
        }
    }

    private static javax.net.ssl.SSLParameters tlsParameters(SSLContext tls) {
        javax.net.ssl.SSLParameters parameters = tls.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {TlsContexts.PROTOCOL});
        return parameters;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
