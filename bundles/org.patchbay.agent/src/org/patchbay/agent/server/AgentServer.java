package org.patchbay.agent.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import javax.net.ssl.SSLContext;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.patchbay.agent.collect.CollectorException;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.wire.DelayWire;
import org.patchbay.agent.protocol.wire.ShapingWire;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.agent.shape.DelayBridges;
import org.patchbay.agent.shape.NodeShaping;

/**
 * The agent's HTTPS API (TLS 1.3, client certificate required): status, processes and interfaces as
 * JSON, an event stream, and the reboot and signal actions. Samples are taken only while someone
 * streams, at the configured interval, and shared by all streams. Served by Jetty, with every
 * resource a peer can hold bounded by {@link AgentLimits}: connections, handshakes in progress (per
 * source address, with a deadline), streams per client certificate, header and body sizes.
 */
public final class AgentServer implements AutoCloseable {

    private static final Set<String> SIGNALS = Set.of("TERM", "KILL", "INT", "HUP", "STOP", "CONT", "USR1", "USR2", "QUIT");
    private static final int MIN_INTERVAL_MILLIS = 100;
    private static final int MAX_INTERVAL_MILLIS = 3_600_000;
    private static final long MAX_PID = 4_194_304;
    private static final int SIGNAL_BODY_BYTES = 4096;

    private final AgentConfig config;
    private final AgentLimits limits;
    private final Sampler sampler;
    private final IntConsumer exit;
    private final Server server;
    private final ServerConnector connector;
    private final HandshakeGate handshakes;
    private final AgentHost host;
    private final NetworkConnectionLimit connectionLimit;
    private volatile java.util.concurrent.ScheduledFuture<?> ticks;
    private final EventStreams streams;
    private final AtomicLong requestsParsed = new AtomicLong();
    private final NodeShaping shaping;
    private volatile DelayBridges delays;
    private Snapshot latest;
    private volatile JobEndpoints jobs;

    public AgentServer(AgentConfig config, Sampler sampler, SSLContext tls, IntConsumer exit) throws IOException {
        this(config, sampler, tls, exit, NodeShaping.probe(config.node(), NodeShaping.processes()));
    }

    public AgentServer(AgentConfig config, Sampler sampler, SSLContext tls, IntConsumer exit, NodeShaping shaping) throws IOException {
        this(config, sampler, tls, exit, shaping, AgentLimits.standard());
    }

    public AgentServer(AgentConfig config, Sampler sampler, SSLContext tls, IntConsumer exit, NodeShaping shaping, AgentLimits limits) throws IOException {
        this(config, sampler, tls, exit, shaping, limits, AgentHost.own());
    }

    /** Served by {@code host}: its own server, or a runtime shared by many lab nodes. */
    public AgentServer(AgentConfig config, Sampler sampler, SSLContext tls, IntConsumer exit, NodeShaping shaping, AgentLimits limits, AgentHost host)
            throws IOException {
        this.host = host;
        this.config = config;
        this.limits = limits;
        this.shaping = shaping;
        this.sampler = sampler;
        this.exit = exit;
        this.streams = new EventStreams(limits, HexFormat.of().formatHex(new SecureRandom().generateSeed(6)));
        server = host.server();
        SslContextFactory.Server tlsFactory = new SslContextFactory.Server();
        tlsFactory.setSslContext(tls);
        tlsFactory.setNeedClientAuth(true);
        tlsFactory.setIncludeProtocols(TlsContexts.PROTOCOL);
        tlsFactory.setRenegotiationAllowed(false);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // agents are dialled by address; the console checks the node's certificate itself
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        connector = new ServerConnector(server, host.acceptors(), 1, new SslConnectionFactory(tlsFactory, "http/1.1"), new HttpConnectionFactory(http));
        connector.setHost(config.listen().getHostString());
        connector.setPort(config.listen().getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(64);
        handshakes = new HandshakeGate(limits, server.getScheduler());
        connector.addEventListener(handshakes);
        connectionLimit = new NetworkConnectionLimit(limits.maxConnections(), connector);
        try {
            host.open(connector);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + config.listen() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connector for requests from inside this JVM (Jetty's {@code LocalConnector}: no socket, no
     * TLS), for fuzzing the HTTP framing and the endpoints at thousands of requests a second. It
     * opens nothing on the network. Call before {@link #start()}.
     */
    public LocalConnector addInProcessConnector() {
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        LocalConnector local = new LocalConnector(server, new HttpConnectionFactory(http));
        server.addConnector(local);
        return local;
    }

    /** Lets this node be a delay node ({@code /v1/delays}); without, requests are refused saying so. Call before {@link #start()}. */
    public void serveDelays(DelayBridges bridges) {
        delays = bridges;
    }

    /** Serves the jobs API (start, list, move jobs; receive them from other nodes). Call before {@link #start()}. */
    public void serveJobs(org.patchbay.agent.jobs.JobTable table, org.patchbay.agent.jobs.JobMigrations migrations) {
        jobs = new JobEndpoints(table, migrations, limits.maxBodyBytes());
    }

    public void start() {
        try {
            server.addConnector(connector);
            server.addBean(connectionLimit);
            if (server.isStarted() && !connectionLimit.isStarted()) {
                // a runtime's server runs already: a node's bound starts with the node
                connectionLimit.start();
            }
            host.serve(connector, new Routes());
        } catch (Exception e) {
            throw new IllegalStateException("the agent's server did not start: " + e.getMessage(), e);
        }
        ticks = host.clock().scheduleAtFixedRate(this::tick, 0, config.intervalMillis(), TimeUnit.MILLISECONDS);
    }

    /** Requests that got past TLS and were read; a rejected handshake never counts. */
    public long requestsParsed() {
        return requestsParsed.get();
    }

    /** Connections closed unread because a handshake bound was reached, and handshakes closed at their deadline. */
    public long handshakesRefused() {
        return handshakes.refused() + handshakes.timedOut();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public AgentLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        var scheduled = ticks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        streams.closeAll();
        DelayBridges bridges = delays;
        if (bridges != null) {
            bridges.close();
        }
        host.stop(connector);
        server.removeBean(connectionLimit);
        try {
            connectionLimit.stop();
        } catch (Exception e) {
            System.err.println("patchbay-agent: stopping the connection limit: " + e);
        }
    }

    /** The sampler's tick; an exception is logged and the next tick runs (a scheduled task that throws is never run again). */
    private void tick() {
        try {
            tickOnce();
        } catch (RuntimeException e) {
            System.err.println("patchbay-agent: a sample tick failed and the next one runs: " + e);
        }
    }

    private void tickOnce() {
        long now = System.currentTimeMillis();
        if (streams.isEmpty()) {
            return;
        }
        Snapshot snapshot;
        try {
            snapshot = sampleNow();
        } catch (CollectorException e) {
            System.err.println("patchbay-agent: sampling failed: " + e.getMessage());
            streams.keepAlive(now);
            return;
        }
        streams.deliver(snapshot, now);
        streams.keepAlive(now);
    }

    private synchronized Snapshot sampleNow() throws CollectorException {
        latest = sampler.sample();
        return latest;
    }

    /** The latest sample if it is recent, otherwise a fresh one (so rates on a lone GET cover the time since the last GET). */
    private synchronized Snapshot current() throws CollectorException {
        if (latest == null || System.currentTimeMillis() - latest.timeMillis() > config.intervalMillis()) {
            if (latest == null) {
                sampler.sample();
                sleepQuietly(Math.min(250, config.intervalMillis()));
            }
            latest = sampler.sample();
        }
        return latest;
    }

    /** One request: the path picks the endpoint; every refusal is JSON naming what was wrong. */
    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            requestsParsed.incrementAndGet();
            String path = Request.getPathInContext(request);
            try {
                JobEndpoints jobEndpoints = jobs;
                if (jobEndpoints != null && jobEndpoints.handles(path)) {
                    jobEndpoints.handle(path, request, response, callback);
                    return true;
                }
                refuseNodeCertificates(request);
                switch (path) {
                    case WireFormat.STATUS_PATH -> get(request, response, callback, () -> withCriu(WireFormat.toJson(current().status())));
                    case WireFormat.PROCESSES_PATH -> get(request, response, callback,
                            () -> WireFormat.processesJson(current().timeMillis(), current().processes()));
                    case WireFormat.INTERFACES_PATH -> get(request, response, callback, AgentServer.this::interfaces);
                    case WireFormat.EVENTS_PATH -> stream(request, response, callback);
                    case WireFormat.REBOOT_PATH -> post(request, response, callback, 202, AgentServer.this::reboot);
                    case WireFormat.SIGNAL_PATH -> post(request, response, callback, 200, () -> signal(request));
                    case ShapingWire.PATH -> shaping(request, response, callback);
                    case DelayWire.PATH -> get(request, response, callback, () -> DelayWire.toJson(delayBridges().report()));
                    default -> {
                        if (path.startsWith(DelayWire.PATH + "/")) {
                            delay(path.substring(DelayWire.PATH.length() + 1), request, response, callback);
                        } else {
                            send(response, callback, 404, error("no such endpoint: " + path + "; see docs/agent-api.md"));
                        }
                    }
                }
            } catch (RequestException e) {
                send(response, callback, e.status, error(e.getMessage()));
            } catch (CollectorException e) {
                send(response, callback, 500, error(e.getMessage()));
            } catch (IOException e) {
                send(response, callback, 500, error(e.getMessage()));
            }
            return true;
        }
    }

    /** The status with whether jobs can move from and to this node ({@code criu check}), when it serves jobs. */
    private Map<String, Object> withCriu(Map<String, Object> status) {
        JobEndpoints served = jobs;
        if (served != null) {
            Map<String, Object> m = new LinkedHashMap<>(status);
            m.put("criu", served.criuStatus());
            return m;
        }
        return status;
    }

    /** A certificate that names a node is a peer agent's: it may hand jobs over, and nothing else. */
    private static void refuseNodeCertificates(Request request) throws RequestException {
        var node = JobEndpoints.peerNode(request);
        if (node.isPresent()) {
            throw new RequestException(403, "node " + node.get() + "'s certificate may only hand jobs over; use the console's certificate");
        }
    }

    private void get(Request request, Response response, Callback callback, Body body) throws IOException, CollectorException, RequestException {
        if (!"GET".equals(request.getMethod())) {
            throw new RequestException(405, "use GET for " + Request.getPathInContext(request));
        }
        send(response, callback, 200, body.get());
    }

    private void post(Request request, Response response, Callback callback, int okStatus, Body body)
            throws IOException, CollectorException, RequestException {
        if (!"POST".equals(request.getMethod())) {
            throw new RequestException(405, "use POST for " + Request.getPathInContext(request));
        }
        send(response, callback, okStatus, body.get());
    }

    private Map<String, Object> interfaces() throws CollectorException {
        Snapshot s = current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", s.timeMillis());
        m.put("interfaces", s.interfaces().stream().map(WireFormat::toJson).toList());
        return m;
    }

    private void stream(Request request, Response response, Callback callback) throws RequestException {
        if (!"GET".equals(request.getMethod())) {
            throw new RequestException(405, "use GET for " + WireFormat.EVENTS_PATH);
        }
        long interval = parameter(request.getHttpURI().getQuery(), "interval", config.intervalMillis());
        if (interval < MIN_INTERVAL_MILLIS || interval > MAX_INTERVAL_MILLIS) {
            throw new RequestException(400, "interval must be a whole number of milliseconds from " + MIN_INTERVAL_MILLIS + " to " + MAX_INTERVAL_MILLIS);
        }
        int every = (int) Math.max(1, Math.round((double) interval / config.intervalMillis()));
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        request.addFailureListener(failure -> streams.endFor(response, failure));
        String refusal = streams.open(clientOf(request), every, response, callback, "retry: " + config.intervalMillis() + "\n\n", System.currentTimeMillis());
        if (refusal != null) {
            throw new RequestException(429, refusal);
        }
    }

    /** The client certificate's subject and serial: streams are counted per client, not per address (the console dials every agent from one). */
    private static String clientOf(Request request) {
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls && tls.peerCertificates() != null
                && tls.peerCertificates().length > 0) {
            X509Certificate c = tls.peerCertificates()[0];
            return c.getSubjectX500Principal().getName() + "#" + c.getSerialNumber();
        }
        return "address " + Request.getRemoteAddr(request);
    }

    /** The body, at most {@code limit} bytes; a longer one is refused (413), a malformed one (bad chunking) too (400). */
    static byte[] body(Request request, int limit) throws RequestException {
        long declared = request.getLength();
        if (declared > limit) {
            throw new RequestException(413, "the request body is " + declared + " bytes; at most " + limit + " are accepted here");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new RequestException(413, "the request body is over " + limit + " bytes, the most accepted here");
            }
            return bytes;
        } catch (BadMessageException e) {
            throw new RequestException(400, "malformed request body: " + e.getMessage());
        } catch (IOException e) {
            throw new RequestException(400, "malformed request body: " + e.getMessage());
        }
    }

    private Map<String, Object> reboot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accepted", true);
        m.put("node", config.node());
        m.put("command", config.rebootCommand().isEmpty() ? "restart the node's processes (lab)" : String.join(" ", config.rebootCommand()));
        Thread.ofVirtual().start(() -> {
            sleepQuietly(200);
            if (config.rebootCommand().isEmpty()) {
                exit.accept(AgentConfig.REBOOT_EXIT_CODE);
                return;
            }
            try {
                new ProcessBuilder(config.rebootCommand()).inheritIO().start();
            } catch (IOException e) {
                System.err.println("patchbay-agent: reboot command failed: " + e.getMessage());
            }
        });
        return m;
    }

    private Map<String, Object> signal(Request request) throws IOException, RequestException {
        JsonFields fields;
        try {
            fields = JsonFields.of(Json.parse(new String(body(request, SIGNAL_BODY_BYTES), StandardCharsets.UTF_8)), "request");
        } catch (JsonException e) {
            throw new RequestException(400, "the body must be {\"pid\": <number>, \"signal\": \"TERM\"}: " + e.getMessage());
        }
        int pid;
        String signal;
        try {
            // pids are whole numbers up to the kernel's pid_max (at most 2^22); a larger or fractional one is refused, never truncated
            pid = (int) fields.wholeNumber("pid", 2, MAX_PID);
            signal = fields.string("signal", "TERM").toUpperCase().replaceFirst("^SIG", "");
        } catch (JsonException e) {
            throw new RequestException(400, e.getMessage());
        }
        if (!SIGNALS.contains(signal)) {
            throw new RequestException(400, "unknown signal '" + signal + "'; use one of " + String.join(", ", SIGNALS));
        }
        if (pid <= 1 || ProcessHandle.of(pid).isEmpty() || !sampler.isNodeProcess(pid)) {
            throw new RequestException(404, "no process " + pid + " on " + config.node());
        }
        if (pid == ProcessHandle.current().pid()) {
            throw new RequestException(409, "process " + pid + " is this node's agent; reboot the node instead");
        }
        Process kill = new ProcessBuilder("kill", "-s", signal, Integer.toString(pid)).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (kill.waitFor() != 0) {
                throw new RequestException(409, "kill -s " + signal + " " + pid + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestException(503, "interrupted");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid);
        m.put("signal", signal);
        m.put("sent", true);
        return m;
    }

    /** GET: what runs here; PUT {"pipes": [...]}: run exactly these; DELETE: run none. */
    private void shaping(Request request, Response response, Callback callback) throws RequestException, IOException {
        String method = request.getMethod();
        try {
            if ("GET".equals(method)) {
                send(response, callback, 200, ShapingWire.toJson(shaping.report()));
                return;
            }
            Map<org.patchbay.shaping.PipeKey, org.patchbay.shaping.PipeSpec> wanted;
            if ("PUT".equals(method)) {
                wanted = ShapingWire.pipes(Json.parse(new String(body(request, limits.maxBodyBytes()), StandardCharsets.UTF_8)), config.node());
            } else if ("DELETE".equals(method)) {
                wanted = Map.of();
            } else {
                throw new RequestException(405, "use GET, PUT or DELETE for " + ShapingWire.PATH);
            }
            send(response, callback, 200, ShapingWire.toJson(shaping.apply(wanted)));
        } catch (JsonException e) {
            send(response, callback, 400, error("the body must be {\"pipes\": [{\"iface\": ..., \"direction\": \"egress\", \"bandwidthBps\": ..., ...}]}: "
                    + e.getMessage()));
        } catch (org.patchbay.shaping.ShapingException e) {
            send(response, callback, 409, error(e.getMessage()));
        } catch (NodeShaping.ApplyException e) {
            Map<String, Object> m = new LinkedHashMap<>(ShapingWire.toJson(shaping.report()));
            m.put("error", e.getMessage());
            send(response, callback, 502, m);
        }
    }

    private DelayBridges delayBridges() throws RequestException {
        DelayBridges bridges = delays;
        if (bridges == null) {
            throw new RequestException(501, "node " + config.node() + " cannot be a delay node: this agent runs no delay bridges");
        }
        return bridges;
    }

    /** PUT {"a": IF, "b": IF, "ab": pipe, "ba": pipe}: bridge a and b through the pipes; DELETE: stop. */
    private void delay(String name, Request request, Response response, Callback callback) throws RequestException, IOException {
        DelayBridges bridges = delayBridges();
        if (!DelayWire.validName(name)) {
            throw new RequestException(400, "a delay's name is 1 to 64 letters, digits or . _ : + -, not '" + name + "'");
        }
        try {
            switch (request.getMethod()) {
                case "PUT" -> send(response, callback, 200, DelayWire.toJson(bridges.put(DelayWire.delay(name,
                        Json.parse(new String(body(request, limits.maxBodyBytes()), StandardCharsets.UTF_8))))));
                case "DELETE" -> {
                    if (!bridges.remove(name)) {
                        throw new RequestException(404, "node " + config.node() + " runs no delay " + name);
                    }
                    send(response, callback, 200, DelayWire.toJson(bridges.report()));
                }
                default -> throw new RequestException(405, "use PUT or DELETE for " + DelayWire.PATH + "/" + name);
            }
        } catch (JsonException e) {
            send(response, callback, 400, error("the body must be {\"a\": IFACE, \"b\": IFACE, \"ab\": {\"bandwidthBps\": ...}, \"ba\": {...}}: "
                    + e.getMessage()));
        } catch (org.patchbay.shaping.ShapingException e) {
            send(response, callback, 409, error(e.getMessage()));
        }
    }

    private interface Body {
        Map<String, Object> get() throws IOException, CollectorException, RequestException;
    }

    static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    static void send(Response response, Callback callback, int status, Map<String, Object> json) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, Json.write(json) + "\n", callback);
    }

    static long parameter(String query, String name, long fallback) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    String value = pair.substring(name.length() + 1);
                    // digits only and short enough for a long: anything else is out of range, never wrapped
                    return value.matches("[0-9]{1,12}") ? Long.parseLong(value) : -1;
                }
            }
        }
        return fallback;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
