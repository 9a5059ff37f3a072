package org.patchbay.lab;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.core.live.KernelInterfaceNames;

/**
 * The lab's management network, through which the console reaches the agents: a bridge on the host
 * with the lab's registered /21 (the host is .1), and a veth into every node and switch
 * ({@code mgmt0}). Addresses and MACs follow from the lab's id and a host number, so either end
 * knows the other without asking.
 */
final class LabManagementNetwork {

    /** Told when the network grows a second bridge, which must be recorded before anything hangs on it. */
    interface Recorder {
        void overflowBridgeMade() throws LabException;
    }

    /**
     * A Linux bridge takes at most 1 024 ports, so the boxes past the first {@value} hang on a second
     * bridge, joined to the first by a veth pair: one network, one subnet, the host's address on the first.
     */
    private static final int PORTS_PER_BRIDGE = 1000;

    private final String id;
    private final String subnet;
    private final String bridge;
    private final Recorder recorder;
    /** Management hosts in use (.2 upward), by namespace; a box that leaves frees its number. */
    private final Map<String, Integer> hosts = new ConcurrentHashMap<>();
    private volatile boolean overflowMade;

    /** {@code subnet}: the first three octets of the lab's block, e.g. "172.31.248". */
    LabManagementNetwork(String id, String subnet, Recorder recorder) {
        this.id = id;
        this.subnet = subnet;
        this.bridge = "pb" + id + "m";
        this.recorder = recorder;
    }

    String bridge() {
        return bridge;
    }

    /** The second bridge's name, if the network has one. */
    java.util.Optional<String> overflowBridge() {
        return overflowMade ? java.util.Optional.of(overflowBridgeName()) : java.util.Optional.empty();
    }

    /** The host's own address on the network. */
    String hostAddress() {
        return subnet + ".1";
    }

    /** The multicast group images are served to on this network. */
    String imageGroup() {
        String[] octets = subnet.split("\\.");
        return "239." + octets[1] + "." + octets[2] + ".1:7654";
    }

    /** Makes the bridge with the host's address on it. */
    void create() throws LabException {
        ip("link", "add", bridge, "address", mac(1), "type", "bridge");
        ip("addr", "add", hostAddress() + "/" + LabRegistry.MANAGEMENT_PREFIX, "dev", bridge);
        ip("link", "set", bridge, "up");
    }

    /** Removes the bridges (the nodes' veths go with their namespaces) and the veth pair joining the two. */
    void remove() {
        HostCommands.runQuietly(List.of("ip", "link", "del", bridge));
        if (overflowMade) {
            HostCommands.runQuietly(List.of("ip", "link", "del", overflowBridgeName()));
            // both ends of this pair are on the host: deleting the bridges only frees them, deleting one end removes both
            HostCommands.runQuietly(List.of("ip", "link", "del", overflowVeth(overflowBridgeName())));
        }
    }

    /** The host end of the veth pair between the management bridge and the overflow bridge {@code overflowBridge}. */
    static String overflowVeth(String overflowBridge) {
        return overflowBridge.substring(0, overflowBridge.length() - 1) + "x0";
    }

    /** A veth from the bridge into {@code namespace} ({@code mgmt0} with the next free address), its commands given to {@code ip}; returns the address. */
    String link(String namespace, IpBatch.Sink ip) throws LabException {
        int host = 2;
        while (hosts.containsValue(host) || host % 256 == 0 || host % 256 == 255) {
            host++;
        }
        if (host >= 256 * LabRegistry.BLOCK_THIRD_OCTETS - 1) {
            throw new LabException("the lab's management network " + subnet + ".0/" + LabRegistry.MANAGEMENT_PREFIX + " is full");
        }
        hosts.put(namespace, host);
        String hostEnd = "pb" + id + "m" + (host - 2);
        String mac = mac(host);
        String attachTo = bridgeFor(host);
        ip.ip("link", "add", hostEnd, "type", "veth", "peer", "name", KernelInterfaceNames.MANAGEMENT, "address", mac, "netns", namespace);
        ip.ip("link", "set", hostEnd, "master", attachTo);
        ip.ip("link", "set", hostEnd, "up");
        String[] octets = subnet.split("\\.");
        String address = octets[0] + "." + octets[1] + "." + (Integer.parseInt(octets[2]) + host / 256) + "." + host % 256;
        ip.ip("-n", namespace, "addr", "add", address + "/" + LabRegistry.MANAGEMENT_PREFIX, "dev", KernelInterfaceNames.MANAGEMENT);
        ip.ip("-n", namespace, "link", "set", KernelInterfaceNames.MANAGEMENT, "up");
        // the kernel has one IPv4 neighbour table for all network namespaces, and refuses to learn more than 1 024 entries
        // (gc_thresh3) in all of them together: a lab of 1 000 nodes, each learning the host and the host learning each,
        // would fill it ("neighbor table overflow"; nodes past it never answer). Permanent entries do not count, so both
        // ends of every management link are written down, and go with the bridge and the namespace.
        ip.ip("neigh", "replace", address, "lladdr", mac, "dev", bridge, "nud", "permanent");
        ip.ip("-n", namespace, "neigh", "replace", hostAddress(), "lladdr", mac(1), "dev", KernelInterfaceNames.MANAGEMENT, "nud", "permanent");
        return address;
    }

    /** A box left: its host number is free again (its veth went with its namespace). */
    void release(String namespace) {
        Integer host = hosts.remove(namespace);
        if (host != null) {
            // deleted now, not when the kernel gets round to the namespace: a node made again at once takes the same name
            HostCommands.runQuietly(List.of("ip", "link", "del", "pb" + id + "m" + (host - 2)));
        }
    }

    /** A locally administered MAC from the lab's id and the host number (1: the host's bridge). */
    private String mac(int host) {
        return String.format("02:%s:%s:00:%02x:%02x", id.substring(0, 2), id.substring(2, 4), host >> 8, host & 0xff);
    }

    private String bridgeFor(int host) throws LabException {
        if (host - 2 < PORTS_PER_BRIDGE) {
            return bridge;
        }
        synchronized (hosts) {
            if (!overflowMade) {
                String overflow = overflowBridgeName();
                ip("link", "add", overflow, "type", "bridge");
                overflowMade = true;
                recorder.overflowBridgeMade();
                ip("link", "set", overflow, "up");
                String veth = overflowVeth(overflow);
                String peer = veth.substring(0, veth.length() - 1) + "1";
                ip("link", "add", veth, "type", "veth", "peer", "name", peer);
                ip("link", "set", veth, "master", bridge);
                ip("link", "set", peer, "master", overflow);
                ip("link", "set", veth, "up");
                ip("link", "set", peer, "up");
            }
        }
        return overflowBridgeName();
    }

    private String overflowBridgeName() {
        return "pb" + id + "n";
    }

    private static void ip(String... args) throws LabException {
        IpBatch.immediate().ip(args);
    }
}
