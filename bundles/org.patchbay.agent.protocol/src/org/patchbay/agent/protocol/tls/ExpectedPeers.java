package org.patchbay.agent.protocol.tls;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which node the console expects to answer at each agent address ({@code host:port}); read during TLS handshakes. */
public final class ExpectedPeers {

    private final Map<String, String> nodesByAddress = new ConcurrentHashMap<>();

    public void expect(String host, int port, String node) {
        nodesByAddress.put(key(host, port), node);
    }

    public void forget(String host, int port) {
        nodesByAddress.remove(key(host, port));
    }

    public Optional<String> nodeAt(String host, int port) {
        return Optional.ofNullable(nodesByAddress.get(key(host, port)));
    }

    private static String key(String host, int port) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase() + ":" + port;
    }
}
