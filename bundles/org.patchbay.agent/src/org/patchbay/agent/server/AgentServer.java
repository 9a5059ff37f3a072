package org.patchbay.agent.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import javax.net.ssl.SSLContext;

import org.patchbay.agent.collect.CollectorException;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.wire.ShapingWire;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.agent.shape.NodeShaping;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * The agent's HTTPS API (TLS 1.3, client certificate required): status, processes and interfaces as
 * JSON, an event stream, and the reboot and signal actions. Samples are taken only while someone
 * streams, at the configured interval, and shared by all streams.
 */
public final class AgentServer implements AutoCloseable {

    private static final Set<String> SIGNALS = Set.of("TERM", "KILL", "INT", "HUP", "STOP", "CONT", "USR1", "USR2", "QUIT");
    private static final int STREAM_QUEUE = 4;
    private static final int MIN_INTERVAL_MILLIS = 100;
    private static final int MAX_INTERVAL_MILLIS = 3_600_000;
    private static final long MAX_PID = 4_194_304;

    private final AgentConfig config;
    private final Sampler sampler;
    private final IntConsumer exit;
    private final HttpsServer server;
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agent-sampler");
        t.setDaemon(true);
        return t;
    });
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final String boot = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    private final AtomicLong requestsParsed = new AtomicLong();
    private final NodeShaping shaping;
    private Snapshot latest;

    private record Subscriber(BlockingQueue<Snapshot> queue, AtomicLong skipped, int every, AtomicLong counter) {
    }

    public AgentServer(AgentConfig config, Sampler sampler, SSLContext tls, IntConsumer exit) throws IOException {
        this(config, sampler, tls, exit, NodeShaping.probe(config.node(), NodeShaping.processes()));
    }

    public AgentServer(AgentConfig config, Sampler sampler, SSLContext tls, IntConsumer exit, NodeShaping shaping) throws IOException {
        this.config = config;
        this.shaping = shaping;
        this.sampler = sampler;
        this.exit = exit;
        server = HttpsServer.create(config.listen(), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setSSLParameters(TlsContexts.requireClientCertificate(tls));
            }
        });
        server.setExecutor(requests);
        server.createContext(WireFormat.STATUS_PATH, exchange -> respond(exchange, "GET", 200, () -> WireFormat.toJson(current().status())));
        server.createContext(WireFormat.PROCESSES_PATH,
                exchange -> respond(exchange, "GET", 200, () -> WireFormat.processesJson(current().timeMillis(), current().processes())));
        server.createContext(WireFormat.INTERFACES_PATH, exchange -> respond(exchange, "GET", 200, () -> {
            Snapshot s = current();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", s.timeMillis());
            m.put("interfaces", s.interfaces().stream().map(WireFormat::toJson).toList());
            return m;
        }));
        server.createContext(WireFormat.EVENTS_PATH, this::stream);
        server.createContext(WireFormat.REBOOT_PATH, exchange -> respond(exchange, "POST", 202, this::reboot));
        server.createContext(WireFormat.SIGNAL_PATH, exchange -> respond(exchange, "POST", 200, () -> signal(exchange)));
        server.createContext(ShapingWire.PATH, this::shaping);
        server.createContext("/", exchange -> {
            requestsParsed.incrementAndGet();
            exchange.getRequestBody().close();
            send(exchange, 404, error("no such endpoint: " + exchange.getRequestURI().getPath() + "; see docs/agent-api.md"));
        });
    }

    public void start() {
        server.start();
        clock.scheduleAtFixedRate(this::tick, 0, config.intervalMillis(), TimeUnit.MILLISECONDS);
    }

    /** Requests that got past TLS and were read; a rejected handshake never counts. */
    public long requestsParsed() {
        return requestsParsed.get();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        server.stop(0);
        requests.shutdownNow();
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
        if (subscribers.isEmpty()) {
            return;
        }
        Snapshot snapshot;
        try {
            snapshot = sampleNow();
        } catch (CollectorException e) {
            System.err.println("patchbay-agent: sampling failed: " + e.getMessage());
            return;
        }
        for (Subscriber s : subscribers) {
            if (s.counter().getAndIncrement() % s.every() != 0) {
                continue;
            }
            if (!s.queue().offer(snapshot)) {
                s.skipped().incrementAndGet();
            }
        }
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

    private void stream(HttpExchange exchange) throws IOException {
        requestsParsed.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().close();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, error("use GET for " + WireFormat.EVENTS_PATH));
                return;
            }
            long interval = parameter(exchange.getRequestURI(), "interval", config.intervalMillis());
            if (interval < MIN_INTERVAL_MILLIS || interval > MAX_INTERVAL_MILLIS) {
                send(exchange, 400, error("interval must be a whole number of milliseconds from " + MIN_INTERVAL_MILLIS + " to " + MAX_INTERVAL_MILLIS));
                return;
            }
            int every = (int) Math.max(1, Math.round((double) interval / config.intervalMillis()));
            Subscriber subscriber = new Subscriber(new ArrayBlockingQueue<>(STREAM_QUEUE), new AtomicLong(), every, new AtomicLong());
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            EventStream events = new EventStream(boot);
            OutputStream out = exchange.getResponseBody();
            out.write(("retry: " + config.intervalMillis() + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            subscribers.add(subscriber);
            try {
                while (true) {
                    Snapshot snapshot = subscriber.queue().poll(10, TimeUnit.SECONDS);
                    if (snapshot == null) {
                        out.write(": idle\n\n".getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(events.next(snapshot, subscriber.skipped().getAndSet(0)).getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException closedByClient) {
                // the console went away or reconnects; nothing to clean but the subscription
            } finally {
                subscribers.remove(subscriber);
            }
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

    private Map<String, Object> signal(HttpExchange exchange) throws IOException, RequestException {
        JsonFields request;
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(4096);
            request = JsonFields.of(Json.parse(new String(bytes, StandardCharsets.UTF_8)), "request");
        } catch (JsonException e) {
            throw new RequestException(400, "the body must be {\"pid\": <number>, \"signal\": \"TERM\"}: " + e.getMessage());
        }
        int pid;
        String signal;
        try {
            // pids are whole numbers up to the kernel's pid_max (at most 2^22); a larger or fractional one is refused, never truncated
            pid = (int) request.wholeNumber("pid", 2, MAX_PID);
            signal = request.string("signal", "TERM").toUpperCase().replaceFirst("^SIG", "");
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
    private void shaping(HttpExchange exchange) throws IOException {
        requestsParsed.incrementAndGet();
        try (exchange) {
            String method = exchange.getRequestMethod();
            try {
                if ("GET".equals(method)) {
                    exchange.getRequestBody().close();
                    send(exchange, 200, ShapingWire.toJson(shaping.report()));
                    return;
                }
                Map<org.patchbay.shaping.PipeKey, org.patchbay.shaping.PipeSpec> wanted;
                if ("PUT".equals(method)) {
                    byte[] bytes;
                    try (InputStream body = exchange.getRequestBody()) {
                        bytes = body.readNBytes(1 << 20);
                    }
                    wanted = ShapingWire.pipes(Json.parse(new String(bytes, StandardCharsets.UTF_8)), config.node());
                } else if ("DELETE".equals(method)) {
                    exchange.getRequestBody().close();
                    wanted = Map.of();
                } else {
                    exchange.getRequestBody().close();
                    send(exchange, 405, error("use GET, PUT or DELETE for " + ShapingWire.PATH));
                    return;
                }
                send(exchange, 200, ShapingWire.toJson(shaping.apply(wanted)));
            } catch (JsonException e) {
                send(exchange, 400, error("the body must be {\"pipes\": [{\"iface\": ..., \"direction\": \"egress\", \"bandwidthBps\": ..., ...}]}: "
                        + e.getMessage()));
            } catch (org.patchbay.shaping.ShapingException e) {
                send(exchange, 409, error(e.getMessage()));
            } catch (NodeShaping.ApplyException e) {
                Map<String, Object> m = new LinkedHashMap<>(ShapingWire.toJson(shaping.report()));
                m.put("error", e.getMessage());
                send(exchange, 502, m);
            }
        }
    }

    private interface Body {
        Map<String, Object> get() throws IOException, CollectorException, RequestException;
    }

    private static final class RequestException extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        RequestException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void respond(HttpExchange exchange, String method, int okStatus, Body body) throws IOException {
        requestsParsed.incrementAndGet();
        try (exchange) {
            if (!method.equals(exchange.getRequestMethod())) {
                exchange.getRequestBody().close();
                send(exchange, 405, error("use " + method + " for " + exchange.getRequestURI().getPath()));
                return;
            }
            try {
                send(exchange, okStatus, body.get());
            } catch (RequestException e) {
                send(exchange, e.status, error(e.getMessage()));
            } catch (CollectorException e) {
                send(exchange, 500, error(e.getMessage()));
            }
        }
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> json) throws IOException {
        byte[] bytes = (Json.write(json) + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static long parameter(URI uri, String name, long fallback) {
        String query = uri.getRawQuery();
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
