package org.patchbay.model.topology;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;

/**
 * Hands out MAC and IPv4 addresses that no interface of a cluster uses yet, so interfaces made by
 * templates or by drawing a link never collide (the validator would flag a collision).
 * MACs are locally administered (02:...), IPs come from the subnet asked for.
 */
public final class AddressPlan {

    private final Set<String> usedMacs = new HashSet<>();
    private final Set<String> usedIps = new HashSet<>();
    private long nextMac = 1;
    /** Where the last search in each subnet stopped, so generating thousands of hosts stays linear. */
    private final Map<String, Integer> cursors = new HashMap<>();

    public AddressPlan(Cluster cluster) {
        for (Node node : cluster.getNodes()) {
            for (Interface iface : node.getInterfaces()) {
                remember(iface);
            }
        }
    }

    public void remember(Interface iface) {
        if (iface.getMac() != null) {
            usedMacs.add(iface.getMac().toLowerCase(Locale.ROOT));
        }
        if (iface.getIpv4Address() != null) {
            usedIps.add(iface.getIpv4Address());
        }
    }

    public String nextMac() {
        while (true) {
            long n = nextMac++;
            String mac = String.format(Locale.ROOT, "02:00:%02x:%02x:%02x:%02x", (n >> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
            if (usedMacs.add(mac)) {
                return mac;
            }
        }
    }

    /**
     * Scans host numbers {@code [start, end)} below {@code a} (and {@code b} when it is >= 0),
     * skipping .0 and .255, from where the previous scan of the same subnet stopped.
     */
    private String nextFree(String subnet, int start, int end, int a, int b) {
        for (int n = cursors.getOrDefault(subnet, start); n < end; n++) {
            int host = n & 0xff;
            if (host == 0 || host == 255) {
                continue;
            }
            String ip = b >= 0 ? a + "." + b + "." + (n >> 8) + "." + host
                    : a + "." + (n >> 16) + "." + ((n >> 8) & 0xff) + "." + host;
            if (usedIps.add(ip)) {
                cursors.put(subnet, n + 1);
                return ip;
            }
        }
        return null;
    }

    /** A free host address in {@code a.b.c.0/24}, or in the next /24s if that one is full. */
    public String nextIp(int a, int b, int c) {
        String ip = nextFree(a + "." + b + "." + c, (c << 8) + 1, 256 << 8, a, b);
        if (ip == null) {
            throw new IllegalStateException("No free IPv4 address left in " + a + "." + b + ".0.0/16");
        }
        return ip;
    }

    /** A free address in a.(b..255).x.y: for large generated topologies. */
    public String nextIpInSixteen(int a, int b) {
        String ip = nextFree(a + "." + b, (b << 16) + 1, 256 << 16, a, -1);
        if (ip == null) {
            throw new IllegalStateException("No free IPv4 address left in " + a + ".0.0.0/8");
        }
        return ip;
    }
}
