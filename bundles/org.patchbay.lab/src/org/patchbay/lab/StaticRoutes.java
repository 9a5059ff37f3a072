package org.patchbay.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shortest-path static routes between every node and every subnet of a lab, so traffic crosses
 * routers as drawn (Netbed's "rtproto Static"). Subnets are the layer-2 segments: a point-to-point
 * link, or everything bridged by one switch or LAN (and switches wired to it). Each node gets, for
 * every subnet it is not on, a route through the neighbour that starts the shortest path there.
 */
final class StaticRoutes {

    private StaticRoutes() {
    }

    private record Attachment(String namespace, String iface, String address, String network) {
    }

    static List<LabPlan.Route> compute(List<LabPlan.Box> boxes, List<LabPlan.Wire> wires, List<LabPlan.Address> addresses) {
        Set<String> bridged = new LinkedHashSet<>();
        Set<String> nodes = new LinkedHashSet<>();
        for (LabPlan.Box box : boxes) {
            (box.bridged() ? bridged : nodes).add(box.namespace());
        }
        // segments: union of wire ends; a bridged box joins all its ends into one segment
        Map<String, String> parent = new HashMap<>();
        for (LabPlan.Wire wire : wires) {
            String a = end(wire.namespaceA(), wire.interfaceA(), bridged);
            String b = end(wire.namespaceB(), wire.interfaceB(), bridged);
            union(parent, a, b);
        }
        Map<String, LabPlan.Address> addressOf = new HashMap<>();
        for (LabPlan.Address address : addresses) {
            addressOf.put(address.namespace() + "/" + address.iface(), address);
        }
        Map<String, List<Attachment>> segments = new LinkedHashMap<>();
        for (LabPlan.Wire wire : wires) {
            for (String[] e : List.of(new String[] {wire.namespaceA(), wire.interfaceA()}, new String[] {wire.namespaceB(), wire.interfaceB()})) {
                LabPlan.Address address = addressOf.get(e[0] + "/" + e[1]);
                if (nodes.contains(e[0]) && address != null) {
                    String segment = find(parent, end(e[0], e[1], bridged));
                    segments.computeIfAbsent(segment, k -> new ArrayList<>())
                            .add(new Attachment(e[0], e[1], address.cidr().substring(0, address.cidr().indexOf('/')), network(address.cidr())));
                }
            }
        }
        Map<String, List<String>> segmentsOfNode = new HashMap<>();
        segments.forEach((segment, attached) -> attached.forEach(a -> segmentsOfNode.computeIfAbsent(a.namespace(), k -> new ArrayList<>()).add(segment)));
        // a node's network on a segment (its first attachment there), looked up rather than searched: a cluster's one big
        // segment has a thousand attachments, and searching it for every node reached from every node took minutes
        Map<String, String> networkOn = new HashMap<>();
        segments.forEach((segment, attached) -> attached.forEach(a -> networkOn.putIfAbsent(a.namespace() + "\0" + segment, a.network())));

        List<LabPlan.Route> routes = new ArrayList<>();
        for (String start : nodes) {
            List<String> own = segmentsOfNode.getOrDefault(start, List.of());
            Set<String> ownNetworks = new LinkedHashSet<>();
            own.forEach(seg -> segments.get(seg).stream().filter(a -> a.namespace().equals(start)).forEach(a -> ownNetworks.add(a.network())));
            // a segment's attachments are all seen the first time the search crosses it
            Set<String> crossed = new java.util.HashSet<>(own);
            // breadth-first over node -> segment -> node, remembering the first hop of each path
            Map<String, String> firstHop = new HashMap<>();
            Set<String> seenNodes = new LinkedHashSet<>(List.of(start));
            ArrayDeque<String> queue = new ArrayDeque<>();
            for (String seg : own) {
                for (Attachment neighbour : segments.get(seg)) {
                    if (!neighbour.namespace().equals(start) && seenNodes.add(neighbour.namespace())) {
                        firstHop.put(neighbour.namespace(), neighbour.address());
                        queue.add(neighbour.namespace());
                    }
                }
            }
            Set<String> routed = new LinkedHashSet<>(ownNetworks);
            while (!queue.isEmpty()) {
                String node = queue.poll();
                for (String seg : segmentsOfNode.getOrDefault(node, List.of())) {
                    String network = networkOn.get(node + "\0" + seg);
                    if (network != null && routed.add(network)) {
                        routes.add(new LabPlan.Route(start, network, firstHop.get(node)));
                    }
                    if (!crossed.add(seg)) {
                        continue;
                    }
                    for (Attachment next : segments.get(seg)) {
                        if (seenNodes.add(next.namespace())) {
                            firstHop.put(next.namespace(), firstHop.get(node));
                            queue.add(next.namespace());
                        }
                    }
                }
            }
        }
        return routes;
    }

    private static String end(String namespace, String iface, Set<String> bridged) {
        return bridged.contains(namespace) ? namespace : namespace + "/" + iface;
    }

    /** "10.2.1.5/24" -> "10.2.1.0/24". */
    static String network(String cidr) {
        int slash = cidr.indexOf('/');
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        String[] octets = cidr.substring(0, slash).split("\\.");
        long value = 0;
        for (String octet : octets) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        long net = value & mask;
        return ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + "." + (net & 255) + "/" + prefix;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
