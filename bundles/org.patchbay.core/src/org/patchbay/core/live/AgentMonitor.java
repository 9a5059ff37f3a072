package org.patchbay.core.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.AgentConnection;
import org.patchbay.agent.client.AgentException;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;

/**
 * Keeps one agent connection per node of a topology and feeds {@link LiveState}. Endpoints come
 * from the model ({@code agentEndpoint}) or, for a lab, from where the lab started each agent.
 */
public final class AgentMonitor implements AutoCloseable {

    private final AgentClient client;
    private final LiveState live;
    private final ConnectionPolicy policy;
    private final Map<String, AgentConnection> connections = new HashMap<>();

    public AgentMonitor(AgentClient client, LiveState live, ConnectionPolicy policy) {
        this.client = client;
        this.live = live;
        this.policy = policy;
    }

    public LiveState live() {
        return live;
    }

    /** Follows exactly these nodes: new ones are dialled, gone or moved ones closed. */
    public synchronized void follow(Map<String, URI> endpoints) {
        for (var it = connections.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            URI wanted = endpoints.get(entry.getKey());
            if (wanted == null || !wanted.equals(entry.getValue().endpoint())) {
                entry.getValue().close();
                it.remove();
                if (wanted == null) {
                    live.forget(entry.getKey());
                }
            }
        }
        endpoints.forEach((node, endpoint) -> {
            if (!connections.containsKey(node)) {
                live.track(node);
                connections.put(node, client.connect(node, endpoint, policy, live));
            }
        });
    }

    public synchronized Map<String, URI> endpoints() {
        Map<String, URI> result = new LinkedHashMap<>();
        connections.forEach((node, c) -> result.put(node, c.endpoint()));
        return result;
    }

    public synchronized AgentConnection connection(String node) {
        return connections.get(node);
    }

    public CompletableFuture<String> reboot(String node) {
        AgentConnection connection = connection(node);
        if (connection == null) {
            return CompletableFuture.failedFuture(new AgentException(node + " has no agent connection; give it an agent endpoint or start the lab", null));
        }
        connection.expectReboot();
        return client.reboot(node, connection.endpoint());
    }

    public CompletableFuture<String> signal(String node, int pid, String signal) {
        AgentConnection connection = connection(node);
        if (connection == null) {
            return CompletableFuture.failedFuture(new AgentException(node + " has no agent connection", null));
        }
        return client.signal(node, connection.endpoint(), pid, signal);
    }

    @Override
    public synchronized void close() {
        connections.values().forEach(AgentConnection::close);
        connections.clear();
    }

    /**
     * Endpoints of the nodes that name one in the model. Accepts {@code https://host:port},
     * {@code host:port} or {@code host} (port {@value WireFormat#DEFAULT_PORT}).
     */
    public static Map<String, URI> endpointsFromModel(Cluster cluster, Map<String, String> problems) {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (Node node : cluster.getNodes()) {
            String text = node.getAgentEndpoint();
            if (text == null || text.isBlank() || node.getName() == null) {
                continue;
            }
            try {
                endpoints.put(node.getName(), parseEndpoint(text.trim()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.put(node.getName(), "agent endpoint '" + text + "' is not host, host:port or https://host:port");
            }
        }
        return endpoints;
    }

    public static URI parseEndpoint(String text) throws URISyntaxException {
        URI uri = new URI(text.contains("://") ? text : "https://" + text);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new URISyntaxException(text, "agents speak https only");
        }
        return new URI("https", null, uri.getHost(), uri.getPort() < 0 ? WireFormat.DEFAULT_PORT : uri.getPort(), "/", null, null);
    }
}
