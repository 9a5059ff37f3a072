package org.patchbay.model.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Port;
import org.patchbay.model.Switch;

/** Questions about how a topology is wired: who owns a port, what attaches where. */
public final class Wiring {

    private Wiring() {
    }

    /** The node or switch a port belongs to, or null for a port that is not in the topology. */
    public static DiagramElement ownerOf(Port port) {
        if (port == null) {
            return null;
        }
        EObject container = port.eContainer();
        return container instanceof Node || container instanceof Switch ? (DiagramElement) container : null;
    }

    /** The ports of a node (its interfaces) or a switch (its ports); empty for other elements. */
    public static List<? extends Port> portsOf(DiagramElement element) {
        if (element instanceof Node node) {
            return node.getInterfaces();
        }
        if (element instanceof Switch sw) {
            return sw.getPorts();
        }
        return Collections.emptyList();
    }

    /** Links with at least one end on {@code element}. */
    public static List<Link> linksAt(Cluster cluster, DiagramElement element) {
        List<Link> result = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            if (ownerOf(link.getEndA()) == element || ownerOf(link.getEndB()) == element) {
                result.add(link);
            }
        }
        return result;
    }

    /** LANs that have one of {@code element}'s ports as a member. */
    public static List<Lan> lansAt(Cluster cluster, DiagramElement element) {
        List<Lan> result = new ArrayList<>();
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                if (ownerOf(member) == element) {
                    result.add(lan);
                    break;
                }
            }
        }
        return result;
    }

    /** The port at the other end of every link that ends on {@code port}: what a switch port connects to. */
    public static List<Port> peersOf(Cluster cluster, Port port) {
        List<Port> peers = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            if (link.getEndA() == port && link.getEndB() != null) {
                peers.add(link.getEndB());
            } else if (link.getEndB() == port && link.getEndA() != null) {
                peers.add(link.getEndA());
            }
        }
        return peers;
    }

    /** Every element drawn as a box: nodes, switches, PDUs and LANs, in that order. */
    public static List<DiagramElement> diagramElements(Cluster cluster) {
        List<DiagramElement> all = new ArrayList<>(cluster.getNodes().size() + cluster.getSwitches().size());
        all.addAll(cluster.getNodes());
        all.addAll(cluster.getSwitches());
        all.addAll(cluster.getPowerControllers());
        all.addAll(cluster.getLans());
        return all;
    }
}
