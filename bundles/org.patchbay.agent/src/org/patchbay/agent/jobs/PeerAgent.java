package org.patchbay.agent.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.tls.ExpectedPeers;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.JobWire;

/**
 * This agent calling another node's agent during a hand-over: mutual TLS 1.3 with this node's
 * certificate, and the other side must present a certificate of the same CA naming the node that
 * was asked for. Every call is bounded.
 */
final class PeerAgent implements AutoCloseable {

    static final Duration CONNECT_LIMIT = Duration.ofSeconds(15);

    private final String node;
    private final URI base;
    private final HttpClient http;

    PeerAgent(String node, String host, int port, TlsIdentity identity, java.security.cert.X509Certificate ca) throws IOException {
        this.node = node;
        ExpectedPeers peers = new ExpectedPeers();
        peers.expect(host, port, node);
        SSLContext tls = TlsContexts.console(identity, ca, peers);
        SSLParameters parameters = tls.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {TlsContexts.PROTOCOL});
        this.base = URI.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        this.http = HttpClient.newBuilder().sslContext(tls).sslParameters(parameters).version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_LIMIT)
                .build();
    }

    String node() {
        return node;
    }

    Map<String, Object> post(String path, Map<String, Object> body, Duration limit) throws IOException, PeerRefusal {
        return call(HttpRequest.newBuilder(base.resolve(path)).timeout(limit).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build());
    }

    Map<String, Object> get(String path, Duration limit) throws IOException, PeerRefusal {
        return call(HttpRequest.newBuilder(base.resolve(path)).timeout(limit).GET().build());
    }

    Map<String, Object> delete(String path, Duration limit) throws IOException, PeerRefusal {
        return call(HttpRequest.newBuilder(base.resolve(path)).timeout(limit).DELETE().build());
    }

    Map<String, Object> putFile(String path, Path file, Duration limit) throws IOException, PeerRefusal {
        return call(HttpRequest.newBuilder(base.resolve(path)).timeout(limit).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    private Map<String, Object> call(HttpRequest request) throws IOException, PeerRefusal {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + node);
        }
        Map<String, Object> json;
        try {
            json = Json.parseObject(response.body());
        } catch (JsonException e) {
            throw new IOException(node + "'s agent answered " + response.statusCode() + " with something that is not JSON: " + e.getMessage());
        }
        if (response.statusCode() / 100 != 2) {
            throw new PeerRefusal(response.statusCode(), node + ": " + json.getOrDefault("error", "HTTP " + response.statusCode()));
        }
        return json;
    }

    static String incoming(String migration, String... rest) {
        return JobWire.INCOMING_PATH + "/" + migration + (rest.length == 0 ? "" : "/" + String.join("/", rest));
    }

    @Override
    public void close() {
        http.close();
    }

    /** The other agent answered, and said no. */
    static final class PeerRefusal extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        PeerRefusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
