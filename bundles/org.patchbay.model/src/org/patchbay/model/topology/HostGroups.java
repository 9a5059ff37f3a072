package org.patchbay.model.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Port;
import org.patchbay.model.Switch;

/**
 * The hosts that hang off one switch or LAN and nothing else: what the canvas folds into the
 * switch's figure when a user collapses it. A node wired to two places (a router, a dual-homed
 * host) belongs to no group, so collapsing never hides a path between two other elements.
 */
public final class HostGroups {

    private final Map<DiagramElement, List<Node>> membersByHub;
    private final Map<Node, DiagramElement> hubByMember;

    private HostGroups(Map<DiagramElement, List<Node>> membersByHub, Map<Node, DiagramElement> hubByMember) {
        this.membersByHub = membersByHub;
        this.hubByMember = hubByMember;
    }

    /** The groups of {@code cluster} as it is now: one pass over its links and LANs. */
    public static HostGroups of(Cluster cluster) {
        Map<Node, Set<DiagramElement>> neighbours = new HashMap<>();
        for (Link link : cluster.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            if (a != null && b != null && a != b) {
                if (a instanceof Node node) {
                    neighbours.computeIfAbsent(node, n -> new LinkedHashSet<>()).add(b);
                }
                if (b instanceof Node node) {
                    neighbours.computeIfAbsent(node, n -> new LinkedHashSet<>()).add(a);
                }
            }
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                if (Wiring.ownerOf(member) instanceof Node node) {
                    neighbours.computeIfAbsent(node, n -> new LinkedHashSet<>()).add(lan);
                }
            }
        }
        Map<DiagramElement, List<Node>> membersByHub = new LinkedHashMap<>();
        Map<Node, DiagramElement> hubByMember = new HashMap<>();
        for (Node node : cluster.getNodes()) {
            Set<DiagramElement> around = neighbours.get(node);
            if (around != null && around.size() == 1) {
                DiagramElement hub = around.iterator().next();
                if (hub instanceof Switch || hub instanceof Lan) {
                    membersByHub.computeIfAbsent(hub, h -> new ArrayList<>()).add(node);
                    hubByMember.put(node, hub);
                }
            }
        }
        return new HostGroups(membersByHub, hubByMember);
    }

    /** The hosts that only {@code hub} connects, in model order; empty when it has none. */
    public List<Node> members(DiagramElement hub) {
        return membersByHub.getOrDefault(hub, List.of());
    }

    /** The switch or LAN whose group {@code element} is in, or null. */
    public DiagramElement hubOf(DiagramElement element) {
        return element instanceof Node node ? hubByMember.get(node) : null;
    }

    /** Switches and LANs that have at least one such host. */
    public Set<DiagramElement> hubs() {
        return membersByHub.keySet();
    }
}
