package org.patchbay.model.templates;

import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.EventAction;
import org.patchbay.model.Link;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Port;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.topology.AddressPlan;

/** Builds clusters in code: nodes, switches and links with interfaces and addresses filled in. */
public final class ClusterBuilder {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    private final Cluster cluster;
    private final AddressPlan addresses;
    private int linkCount;

    public ClusterBuilder(String name) {
        cluster = FACTORY.createCluster();
        cluster.setName(name);
        addresses = new AddressPlan(cluster);
    }

    public Cluster cluster() {
        return cluster;
    }

    public Node node(String name, int x, int y, NodeRole role) {
        Node node = FACTORY.createNode();
        node.setName(name);
        node.setRole(role);
        node.setHardwareType("pc");
        node.setX(x);
        node.setY(y);
        cluster.getNodes().add(node);
        return node;
    }

    public Switch switchAt(String name, int x, int y) {
        Switch sw = FACTORY.createSwitch();
        sw.setName(name);
        sw.setX(x);
        sw.setY(y);
        cluster.getSwitches().add(sw);
        return sw;
    }

    /**
     * Joins two elements with a link; node ends get a new interface addressed in {@code subnet}
     * (three octets, e.g. {10, 0, 1}), switch ends a new port.
     */
    public Link link(DiagramElement a, DiagramElement b, int[] subnet, long bandwidthBps, double delayMs, double lossRate) {
        Link link = FACTORY.createLink();
        link.setName("link" + linkCount++);
        link.setEndA(portOn(a, subnet));
        link.setEndB(portOn(b, subnet));
        link.setBandwidthBps(bandwidthBps);
        link.setDelayMs(delayMs);
        link.setLossRate(lossRate);
        cluster.getLinks().add(link);
        return link;
    }

    /** A timed event, as Emulab's {@code $ns at SECONDS "..."}: a link change (link) or a command on a node (node, value). */
    public ScheduledEvent at(double seconds, EventAction action, ShapedElement link, Node node, String value) {
        ScheduledEvent event = FACTORY.createScheduledEvent();
        event.setAtSeconds(seconds);
        event.setAction(action);
        event.setLink(link);
        event.setNode(node);
        event.setValue(value);
        cluster.getEvents().add(event);
        return event;
    }

    public Link link(DiagramElement a, DiagramElement b, int[] subnet) {
        return link(a, b, subnet, 100_000_000L, 0, 0);
    }

    private Port portOn(DiagramElement element, int[] subnet) {
        if (element instanceof Node node) {
            Interface iface = FACTORY.createInterface();
            iface.setName("eth" + node.getInterfaces().size());
            iface.setKind(InterfaceKind.ETHERNET);
            iface.setMac(addresses.nextMac());
            iface.setIpv4Address(subnet.length == 3 ? addresses.nextIp(subnet[0], subnet[1], subnet[2]) : addresses.nextIpInSixteen(subnet[0], subnet[1]));
            iface.setPrefixLength(subnet.length == 3 ? 24 : 16);
            node.getInterfaces().add(iface);
            return iface;
        }
        if (element instanceof Switch sw) {
            SwitchPort port = FACTORY.createSwitchPort();
            port.setIfIndex(sw.getPorts().size() + 1);
            port.setName("port" + port.getIfIndex());
            sw.getPorts().add(port);
            return port;
        }
        throw new IllegalArgumentException(element.eClass().getName() + " " + element.getName() + " cannot be an end of a link; use a node or a switch.");
    }
}
