package org.patchbay.mapping.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Port;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.Switch;
import org.patchbay.model.topology.Wiring;

/**
 * An experiment as the mapper sees it: virtual nodes, and segments (a point-to-point link, or a
 * layer-2 domain made of a LAN or of virtual switches joined by links) each needing one physical
 * interface per attachment and one VLAN. Virtual switches are not placed on hardware: on a testbed
 * a switch of the drawing is a VLAN across the real switches, as in Netbed. When asked, each shaped
 * link between two nodes gets a delay node as Netbed inserted them: a virtual node of its own
 * (desiring the machine feature {@value #DELAY_FEATURE}) that the link runs through as two segments.
 */
public final class VirtualTopology {

    /** One virtual node: what a machine must offer to host it. */
    public record VirtualNode(int index, Node node, String name, String hardwareType, List<String> desiredFeatures, String fixedTo) {
    }

    /** One use of a physical interface by a segment: its node, the bandwidth it needs, the port drawn. */
    public record Attachment(int node, double mbps, Port port) {
    }

    /** A link or layer-2 domain; {@code name} is what the user drew (link, LAN or switch names). */
    public record Segment(int index, String name, List<Attachment> attachments) {
    }

    /**
     * A delay node put into a shaped link or LAN attachment: virtual node {@code node} between segment {@code towardsA}
     * (with the link's end A, or the LAN member {@code member}) and segment {@code towardsB} (end B, or the LAN's domain);
     * {@code name} is what it shapes ("link0", "lan0:n2"), {@code sideA}/{@code sideB} what each side faces.
     */
    public record DelayInsertion(String name, ShapedElement shaped, Port member, int node, int towardsA, String sideA, int towardsB, String sideB) {
    }

    /** A delay node whose B side joins a layer-2 domain, whose segment is made once every attachment is known. */
    private record DomainDelay(String name, ShapedElement shaped, Port member, int node, int towardsA, String sideA, Object domain) {
    }

    /** The machine feature that says a machine can be a delay node (two or more interfaces, pb-shaper, an agent). */
    public static final String DELAY_FEATURE = "delay";

    public final List<VirtualNode> nodes = new ArrayList<>();
    public final List<Segment> segments = new ArrayList<>();
    /** For each node, the segments it is in, once per attachment. */
    public final List<List<Integer>> segmentsOfNode = new ArrayList<>();
    public final List<DelayInsertion> delays = new ArrayList<>();

    private VirtualTopology() {
    }

    public static VirtualTopology of(Cluster cluster) {
        return of(cluster, false);
    }

    /** The experiment as the mapper sees it; with {@code delayNodes}, every shaped node-to-node link runs through a delay node. */
    public static VirtualTopology of(Cluster cluster, boolean delayNodes) {
        VirtualTopology topology = new VirtualTopology();
        Map<Node, Integer> nodeIndex = new HashMap<>();
        for (Node node : cluster.getNodes()) {
            int index = topology.nodes.size();
            nodeIndex.put(node, index);
            topology.nodes.add(new VirtualNode(index, node, node.getName(), blankToNull(node.getHardwareType()),
                    List.copyOf(node.getDesiredFeatures()), blankToNull(node.getFixedTo())));
            topology.segmentsOfNode.add(new ArrayList<>());
        }

        // Layer-2 domains: every switch and LAN starts as its own; links between them join domains.
        DomainSet domains = new DomainSet();
        for (Switch sw : cluster.getSwitches()) {
            domains.add(sw, sw.getName());
        }
        for (Lan lan : cluster.getLans()) {
            domains.add(lan, lan.getName());
        }
        for (Link link : cluster.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            if (a instanceof Switch && b instanceof Switch) {
                domains.join(a, b);
            }
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                if (Wiring.ownerOf(member) instanceof Switch sw) {
                    domains.join(lan, sw);
                }
            }
        }

        Map<Object, List<Attachment>> domainAttachments = new LinkedHashMap<>();
        List<DomainDelay> domainDelays = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            double mbps = link.getBandwidthBps() / 1e6;
            if (a instanceof Node nodeA && b instanceof Node nodeB && delayNodes && shaped(link)) {
                topology.insertDelay(link, nodeIndex.get(nodeA), nodeIndex.get(nodeB), mbps, cluster);
            } else if (a instanceof Node nodeA && b instanceof Node nodeB) {
                topology.addSegment(link.getName(), List.of(new Attachment(nodeIndex.get(nodeA), mbps, link.getEndA()),
                        new Attachment(nodeIndex.get(nodeB), mbps, link.getEndB())));
            } else if ((a instanceof Node && b instanceof Switch) || (b instanceof Node && a instanceof Switch)) {
                Node node = (Node) (a instanceof Node ? a : b);
                Port end = a instanceof Node ? link.getEndA() : link.getEndB();
                Object domain = domains.root(a instanceof Switch ? a : b);
                if (delayNodes && shaped(link)) {
                    domainDelays.add(topology.insertDomainDelay(link.getName(), link, end, nodeIndex.get(node), node.getName(), mbps, domain,
                            domainAttachments, cluster));
                } else {
                    domainAttachments.computeIfAbsent(domain, k -> new ArrayList<>()).add(new Attachment(nodeIndex.get(node), mbps, end));
                }
            }
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                if (Wiring.ownerOf(member) instanceof Node node) {
                    Object domain = domains.root(lan);
                    if (delayNodes && shaped(lan, member)) {
                        domainDelays.add(topology.insertDomainDelay(lan.getName() + ":" + node.getName(), lan, member, nodeIndex.get(node), node.getName(),
                                memberMbps(lan, member), domain, domainAttachments, cluster));
                    } else {
                        domainAttachments.computeIfAbsent(domain, k -> new ArrayList<>()).add(new Attachment(nodeIndex.get(node), memberMbps(lan, member), member));
                    }
                }
            }
        }
        Map<Object, Integer> domainSegments = new java.util.HashMap<>();
        for (Map.Entry<Object, List<Attachment>> domain : domainAttachments.entrySet()) {
            domainSegments.put(domain.getKey(), topology.segments.size());
            topology.addSegment(domains.name(domain.getKey()), domain.getValue());
        }
        for (DomainDelay delay : domainDelays) {
            topology.delays.add(new DelayInsertion(delay.name(), delay.shaped(), delay.member(), delay.node(), delay.towardsA(), delay.sideA(),
                    domainSegments.get(delay.domain()), domains.name(delay.domain())));
        }
        return topology;
    }

    /** Whether a LAN member's attachment needs shaping: the LAN's values, or the member's own. */
    public static boolean shaped(Lan lan, Port member) {
        if (lan.getDelayMs() > 0 || lan.getLossRate() > 0 || lan.getBandwidthBps() < member.getSpeedMbps() * 1_000_000L) {
            return true;
        }
        return lan.getMemberShaping().stream().anyMatch(own -> own.getMember() == member);
    }

    /**
     * Whether a link needs shaping: a delay, a loss rate, or a bandwidth below what its interfaces run at
     * (Netbed's rule for inserting a delay node).
     */
    public static boolean shaped(Link link) {
        long slowerMbps = Math.min(link.getEndA().getSpeedMbps(), link.getEndB().getSpeedMbps());
        return link.getDelayMs() > 0 || link.getLossRate() > 0 || link.getBandwidthBps() < slowerMbps * 1_000_000L;
    }

    private void insertDelay(Link link, int endA, int endB, double mbps, Cluster cluster) {
        Node delay = newDelayNode(cluster);
        int index = nodes.size() - 1;
        int segmentA = segments.size();
        addSegment(link.getName() + ":a", List.of(new Attachment(endA, mbps, link.getEndA()), new Attachment(index, mbps, delay.getInterfaces().get(0))));
        int segmentB = segments.size();
        addSegment(link.getName() + ":b", List.of(new Attachment(index, mbps, delay.getInterfaces().get(1)), new Attachment(endB, mbps, link.getEndB())));
        delays.add(new DelayInsertion(link.getName(), link, null, index, segmentA, nodes.get(endA).name(), segmentB, nodes.get(endB).name()));
    }

    /** A delay node between a node's attachment ({@code member}) and a layer-2 domain: a segment of their own, and the delay node in the domain's. */
    private DomainDelay insertDomainDelay(String name, ShapedElement shaped, Port member, int node, String nodeName, double mbps, Object domain,
            Map<Object, List<Attachment>> domainAttachments, Cluster cluster) {
        Node delay = newDelayNode(cluster);
        int index = nodes.size() - 1;
        int segmentA = segments.size();
        addSegment(name, List.of(new Attachment(node, mbps, member), new Attachment(index, mbps, delay.getInterfaces().get(0))));
        domainAttachments.computeIfAbsent(domain, k -> new ArrayList<>()).add(new Attachment(index, mbps, delay.getInterfaces().get(1)));
        return new DomainDelay(name, shaped, member, index, segmentA, nodeName, domain);
    }

    /** A virtual delay node desiring the delay feature, with two interfaces (towards A, towards B), added to the nodes. */
    private Node newDelayNode(Cluster cluster) {
        Node delay = PatchbayFactory.eINSTANCE.createNode();
        delay.setName(freeDelayName(cluster));
        delay.getDesiredFeatures().add(DELAY_FEATURE);
        for (String name : List.of("eth0", "eth1")) {
            Interface iface = PatchbayFactory.eINSTANCE.createInterface();
            iface.setName(name);
            delay.getInterfaces().add(iface);
        }
        nodes.add(new VirtualNode(nodes.size(), delay, delay.getName(), null, List.of(DELAY_FEATURE), null));
        segmentsOfNode.add(new ArrayList<>());
        return delay;
    }

    /** Netbed's names, tbdelay0, tbdelay1, ..., skipping any the experiment uses for a node of its own. */
    private String freeDelayName(Cluster cluster) {
        int n = (int) nodes.stream().filter(v -> v.desiredFeatures().contains(DELAY_FEATURE) && v.node().eContainer() == null).count();
        while (true) {
            String name = "tbdelay" + n;
            if (cluster.getNodes().stream().noneMatch(node -> name.equals(node.getName())) && nodes.stream().noneMatch(v -> name.equals(v.name()))) {
                return name;
            }
            n++;
        }
    }

    private void addSegment(String name, List<Attachment> attachments) {
        Segment segment = new Segment(segments.size(), name, List.copyOf(attachments));
        segments.add(segment);
        for (Attachment attachment : attachments) {
            segmentsOfNode.get(attachment.node()).add(segment.index());
        }
    }

    /** The bandwidth a LAN member sends into the LAN: its own value where it has one, else the LAN's. */
    private static double memberMbps(Lan lan, Port member) {
        for (MemberShaping shaping : lan.getMemberShaping()) {
            if (shaping.getMember() == member && shaping.getToBandwidthBps() != null) {
                return shaping.getToBandwidthBps() / 1e6;
            }
        }
        return lan.getBandwidthBps() / 1e6;
    }

    public int attachmentsOf(int node) {
        return segmentsOfNode.get(node).size();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Union-find over switches and LANs, naming each domain after its members. */
    private static final class DomainSet {
        private final Map<Object, Object> parent = new HashMap<>();
        private final Map<Object, String> names = new LinkedHashMap<>();

        void add(Object element, String name) {
            parent.put(element, element);
            names.put(element, name);
        }

        Object root(Object element) {
            Object current = element;
            while (parent.get(current) != current) {
                Object next = parent.get(current);
                parent.put(current, parent.get(next));
                current = next;
            }
            return current;
        }

        void join(Object a, Object b) {
            Object rootA = root(a);
            Object rootB = root(b);
            if (rootA != rootB) {
                parent.put(rootB, rootA);
            }
        }

        String name(Object root) {
            List<String> members = new ArrayList<>();
            for (Map.Entry<Object, String> entry : names.entrySet()) {
                if (root(entry.getKey()) == root) {
                    members.add(entry.getValue());
                }
            }
            return String.join("+", members);
        }
    }
}
