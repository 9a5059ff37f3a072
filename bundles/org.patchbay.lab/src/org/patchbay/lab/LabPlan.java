package org.patchbay.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Port;
import org.patchbay.model.Switch;
import org.patchbay.model.topology.Wiring;

/**
 * What a topology becomes on this machine: a network namespace per node, per switch and per LAN (the
 * latter two holding a bridge {@code br0}), a veth pair per link end or LAN membership, and the
 * model's addresses on the node ends. Every wire with a node on it runs through a delay namespace
 * where a user-space shaper applies the link's pipes, like Netbed's transparent delay nodes. A value,
 * computed before anything is touched, so a topology the lab cannot build is refused whole.
 */
public record LabPlan(List<Box> boxes, List<Wire> wires, List<Address> addresses, List<Route> routes, Map<String, String> switchPorts,
        List<DelayNode> delayNodes) {

    public static final String BRIDGE = "br0";
    public static final int MAX_NODES = 1000;

    public enum Kind {
        NODE, SWITCH, LAN
    }

    /** A namespace for one element; switches and LANs bridge all their wires. */
    public record Box(String element, Kind kind, String namespace) {
        public boolean bridged() {
            return kind != Kind.NODE;
        }
    }

    /**
     * A link from one namespace's interface to another's: one veth pair, or two with a delay
     * namespace between them ({@code delayNamespace}, null when the wire is direct).
     */
    public record Wire(String namespaceA, String interfaceA, String namespaceB, String interfaceB, String what, String delayNamespace) {
    }

    /**
     * A delay namespace on a wire: its shaper bridges {@link #SIDE_A} (towards the wire's A end) and
     * {@link #SIDE_B}. {@code nodeA}/{@code ifaceA} name the model node and kernel interface at the A
     * end, null when that end is a switch or LAN; likewise for B.
     */
    public record DelayNode(String namespace, String what, String nodeA, String ifaceA, String nodeB, String ifaceB) {
        public static final String SIDE_A = "dla";
        public static final String SIDE_B = "dlb";
    }

    public record Address(String namespace, String iface, String cidr) {
    }

    /** A static route on a node, as Emulab sets up: to a subnet it is not on, through a neighbour on the shortest path. */
    public record Route(String namespace, String destination, String via) {
    }

    /** The kernel name of a model switch port's bridge port ({@code p<n>}), keyed by {@link #switchPortKey}. */
    public static String switchPortKey(String switchName, int ifIndex) {
        return switchName + "/" + ifIndex;
    }

    public List<Box> switches() {
        return boxes.stream().filter(b -> b.kind() == Kind.SWITCH).toList();
    }

    public List<Box> nodes() {
        return boxes.stream().filter(b -> b.kind() == Kind.NODE).toList();
    }

    /** This plan without {@code nodes}: their namespaces, the wires to them and those wires' delay nodes, their addresses and routes. */
    public LabPlan without(java.util.Set<String> nodes) {
        java.util.Set<String> gone = new java.util.HashSet<>();
        nodes().stream().filter(b -> nodes.contains(b.element())).forEach(b -> gone.add(b.namespace()));
        List<Wire> keptWires = wires.stream().filter(w -> !gone.contains(w.namespaceA()) && !gone.contains(w.namespaceB())).toList();
        java.util.Set<String> keptDelays = new java.util.HashSet<>();
        keptWires.stream().filter(w -> w.delayNamespace() != null).forEach(w -> keptDelays.add(w.delayNamespace()));
        return new LabPlan(boxes.stream().filter(b -> !gone.contains(b.namespace())).toList(), keptWires,
                addresses.stream().filter(a -> !gone.contains(a.namespace())).toList(), routes.stream().filter(r -> !gone.contains(r.namespace())).toList(),
                switchPorts, delayNodes.stream().filter(d -> keptDelays.contains(d.namespace())).toList());
    }

    /**
     * Whether the lab sets up routes between subnets: for Emulab's rtproto Static, and for Session too
     * (the lab runs no routing daemon; shortest-path static routes are what one would converge to).
     * Manual and none leave each node only its own subnets, as on Emulab.
     */
    static boolean routed(Cluster cluster) {
        return cluster.getRouting() == org.patchbay.model.Routing.STATIC || cluster.getRouting() == org.patchbay.model.Routing.SESSION;
    }

    public static LabPlan of(Cluster cluster, String labId) throws LabException {
        List<String> problems = new ArrayList<>();
        Map<DiagramElement, Box> boxes = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Node node : cluster.getNodes()) {
            add(boxes, names, problems, node, Kind.NODE, labId);
        }
        for (Switch sw : cluster.getSwitches()) {
            add(boxes, names, problems, sw, Kind.SWITCH, labId);
        }
        for (Lan lan : cluster.getLans()) {
            add(boxes, names, problems, lan, Kind.LAN, labId);
        }
        if (cluster.getNodes().size() > MAX_NODES) {
            problems.add("the lab runs at most " + MAX_NODES + " nodes on one machine; this topology has " + cluster.getNodes().size());
        }
        Map<String, Integer> bridgePorts = new HashMap<>();
        Map<String, String> switchPorts = new LinkedHashMap<>();
        List<Wire> wires = new ArrayList<>();
        List<Address> addresses = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            String what = "link " + link.getName();
            Box a = boxes.get(Wiring.ownerOf(link.getEndA()));
            Box b = boxes.get(Wiring.ownerOf(link.getEndB()));
            if (a == null || b == null) {
                problems.add(what + " has an end that is not on a node or switch; connect both ends or delete it");
                continue;
            }
            String endA = endName(a, link.getEndA(), bridgePorts);
            String endB = endName(b, link.getEndB(), bridgePorts);
            wires.add(new Wire(a.namespace(), endA, b.namespace(), endB, what, delayNamespace(a, b, labId, wires)));
            recordSwitchPort(a, link.getEndA(), endA, switchPorts);
            recordSwitchPort(b, link.getEndB(), endB, switchPorts);
            address(a, link.getEndA(), addresses);
            address(b, link.getEndB(), addresses);
        }
        for (Lan lan : cluster.getLans()) {
            Box hub = boxes.get(lan);
            for (Port member : lan.getMembers()) {
                Box end = boxes.get(Wiring.ownerOf(member));
                if (hub == null || end == null) {
                    continue;
                }
                wires.add(new Wire(end.namespace(), endName(end, member, bridgePorts), hub.namespace(), endName(hub, null, bridgePorts),
                        "LAN " + lan.getName() + " member " + end.element(), delayNamespace(end, hub, labId, wires)));
                address(end, member, addresses);
            }
        }
        Set<String> used = new HashSet<>();
        for (Wire wire : wires) {
            for (String end : List.of(wire.namespaceA() + "/" + wire.interfaceA(), wire.namespaceB() + "/" + wire.interfaceB())) {
                if (!used.add(end)) {
                    problems.add(wire.what() + " uses interface " + end.substring(end.indexOf('/') + 1) + " a second time on "
                            + end.substring(0, end.indexOf('/')) + "; give each link its own interface");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new LabException("The lab cannot build this topology:\n- " + String.join("\n- ", problems));
        }
        Map<String, Box> byNamespace = new HashMap<>();
        boxes.values().forEach(b -> byNamespace.put(b.namespace(), b));
        List<DelayNode> delays = new ArrayList<>();
        for (Wire wire : wires) {
            if (wire.delayNamespace() != null) {
                Box a = byNamespace.get(wire.namespaceA());
                Box b = byNamespace.get(wire.namespaceB());
                delays.add(new DelayNode(wire.delayNamespace(), wire.what(), a.bridged() ? null : a.element(), a.bridged() ? null : wire.interfaceA(),
                        b.bridged() ? null : b.element(), b.bridged() ? null : wire.interfaceB()));
            }
        }
        return new LabPlan(List.copyOf(boxes.values()), wires, addresses, routed(cluster) ? StaticRoutes.compute(List.copyOf(boxes.values()), wires, addresses) : List.of(),
                Map.copyOf(switchPorts), List.copyOf(delays));
    }

    /** Every namespace the plan creates: the elements' and the delay nodes'. */
    public List<String> namespaces() {
        List<String> all = new ArrayList<>(boxes.stream().map(Box::namespace).toList());
        delayNodes.forEach(d -> all.add(d.namespace()));
        return all;
    }

    /** Wires with a node end carry shaping; a wire between two switches has no pipe to apply (see ModelShaping). */
    private static String delayNamespace(Box a, Box b, String labId, List<Wire> wiresSoFar) {
        return a.kind() == Kind.NODE || b.kind() == Kind.NODE ? "pb-" + labId + "-d-" + (wiresSoFar.size() + 1) : null;
    }

    private static void add(Map<DiagramElement, Box> boxes, Set<String> names, List<String> problems, DiagramElement element, Kind kind, String labId) {
        String name = element.getName();
        if (name == null || name.isBlank()) {
            problems.add("a " + kind.name().toLowerCase() + " has no name; name it in Properties");
            return;
        }
        String namespace = "pb-" + labId + "-" + Character.toLowerCase(kind.name().charAt(0)) + "-" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (!names.add(namespace)) {
            problems.add("two " + kind.name().toLowerCase() + "s are named '" + name + "' (or differ only in punctuation); rename one");
            return;
        }
        boxes.put(element, new Box(name, kind, namespace));
    }

    private static void recordSwitchPort(Box box, Port port, String kernelName, Map<String, String> switchPorts) {
        if (box.kind() == Kind.SWITCH && port instanceof org.patchbay.model.SwitchPort switchPort) {
            switchPorts.put(switchPortKey(box.element(), switchPort.getIfIndex()), kernelName);
        }
    }

    private static String endName(Box box, Port port, Map<String, Integer> bridgePorts) {
        if (box.bridged()) {
            int n = bridgePorts.merge(box.namespace(), 1, Integer::sum);
            return "p" + n;
        }
        return KernelInterfaceNames.of((Interface) port);
    }

    private static void address(Box box, Port port, List<Address> addresses) {
        if (box.kind() == Kind.NODE && port instanceof Interface iface && iface.getIpv4Address() != null && !iface.getIpv4Address().isBlank()) {
            int prefix = iface.getPrefixLength() > 0 ? iface.getPrefixLength() : 24;
            addresses.add(new Address(box.namespace(), KernelInterfaceNames.of(iface), iface.getIpv4Address() + "/" + prefix));
        }
    }
}
