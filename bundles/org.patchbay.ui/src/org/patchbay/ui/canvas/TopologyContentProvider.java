package org.patchbay.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IContentProvider;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Port;
import org.patchbay.model.topology.Wiring;

/** Graph content of a cluster: boxes are its diagram elements; edges are links and LAN memberships. */
public class TopologyContentProvider implements IContentProvider {

    public List<DiagramElement> nodes(Cluster cluster) {
        return Wiring.diagramElements(cluster);
    }

    public List<Object> edges(Cluster cluster) {
        List<Object> edges = new ArrayList<>(cluster.getLinks());
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                edges.add(new LanMembership(lan, member));
            }
        }
        return edges;
    }

    public DiagramElement source(Object edge) {
        if (edge instanceof Link link) {
            return Wiring.ownerOf(link.getEndA());
        }
        return ((LanMembership) edge).lan();
    }

    public DiagramElement target(Object edge) {
        if (edge instanceof Link link) {
            return Wiring.ownerOf(link.getEndB());
        }
        return Wiring.ownerOf(((LanMembership) edge).member());
    }
}
