package org.patchbay.ui.canvas;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.PowerController;
import org.patchbay.model.Switch;
import org.patchbay.model.topology.ShapingText;

/**
 * Decides what each element shows at a glance: type, name, address, state, shaping, problems.
 * Live state comes from a status function so the file-backed model never holds it.
 */
public class TopologyStyleProvider extends LabelProvider {

    public static final int NODE_WIDTH = 150;
    public static final int NODE_HEIGHT = 76;
    public static final int DEVICE_WIDTH = 140;
    public static final int DEVICE_HEIGHT = 52;

    private Map<EObject, String> problems = Map.of();
    private Function<DiagramElement, String> status = element -> element instanceof Node ? "not running" : "";

    public void setProblems(Map<EObject, String> problemsByElement) {
        problems = problemsByElement;
    }

    public void setStatus(Function<DiagramElement, String> statusFunction) {
        status = statusFunction;
    }

    public static int[] size(DiagramElement element) {
        return element instanceof Node ? new int[] {NODE_WIDTH, NODE_HEIGHT} : new int[] {DEVICE_WIDTH, DEVICE_HEIGHT};
    }

    public NodeStyle nodeStyle(DiagramElement element) {
        int[] size = size(element);
        String name = element.getName() == null ? "(unnamed)" : element.getName();
        String problem = problems.get(element);
        if (element instanceof Node node) {
            String role = node.getRole().getLiteral() + (node.getHardwareType() == null || node.getHardwareType().isEmpty() ? "" : " · " + node.getHardwareType());
            return new NodeStyle(node.getX(), node.getY(), size[0], size[1], NodeStyle.Shape.NODE, "NODE · " + role, name,
                    addresses(node), status.apply(node), problem);
        }
        if (element instanceof Switch sw) {
            String target = sw.getSnmp() == null || sw.getSnmp().getHost() == null ? "" : "snmp " + sw.getSnmp().getHost();
            return new NodeStyle(sw.getX(), sw.getY(), size[0], size[1], NodeStyle.Shape.SWITCH, "SWITCH · " + sw.getPorts().size() + " ports",
                    name, target, status.apply(sw), problem);
        }
        if (element instanceof PowerController pdu) {
            return new NodeStyle(pdu.getX(), pdu.getY(), size[0], size[1], NodeStyle.Shape.PDU, "PDU · " + pdu.getVendorProfile().getLiteral(),
                    name, pdu.getOutlets().size() + " outlets", status.apply(pdu), problem);
        }
        Lan lan = (Lan) element;
        return new NodeStyle(lan.getX(), lan.getY(), size[0], size[1], NodeStyle.Shape.LAN, "LAN · " + lan.getMembers().size() + " members",
                name, ShapingText.summary(lan), status.apply(lan), problem);
    }

    public EdgeStyle edgeStyle(Object edge) {
        if (edge instanceof Link link) {
            return new EdgeStyle(ShapingText.summary(link), problems.get(link), false);
        }
        LanMembership membership = (LanMembership) edge;
        return new EdgeStyle(null, problems.get(membership.lan()), true);
    }

    private static String addresses(Node node) {
        String first = null;
        int count = 0;
        for (Interface iface : node.getInterfaces()) {
            if (iface.getIpv4Address() != null && !iface.getIpv4Address().isEmpty()) {
                if (first == null) {
                    first = iface.getIpv4Address();
                }
                count++;
            }
        }
        if (first == null) {
            return "no address";
        }
        return count > 1 ? first + " +" + (count - 1) : first;
    }
}
