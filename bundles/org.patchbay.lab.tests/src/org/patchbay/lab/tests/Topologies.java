package org.patchbay.lab.tests;

import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;

/** Edits a test makes to a topology, as a user drawing on the canvas would. */
final class Topologies {

    private Topologies() {
    }

    /** A new node with one interface at {@code ip}/24, linked to {@code sw}; returns the link. */
    static Link addNodeOnSwitch(Cluster cluster, String name, String ip, Switch sw, String linkName) {
        PatchbayFactory f = PatchbayFactory.eINSTANCE;
        Node node = f.createNode();
        node.setName(name);
        node.setRole(NodeRole.COMPUTE);
        Interface iface = f.createInterface();
        iface.setName("eth0");
        iface.setIpv4Address(ip);
        iface.setPrefixLength(24);
        iface.setMac(String.format("02:00:00:00:%02x:%02x", name.length(), Math.abs(name.hashCode()) % 256));
        node.getInterfaces().add(iface);
        cluster.getNodes().add(node);
        SwitchPort port = f.createSwitchPort();
        port.setIfIndex(sw.getPorts().size() + 1);
        port.setName("port" + port.getIfIndex());
        sw.getPorts().add(port);
        Link link = f.createLink();
        link.setName(linkName);
        link.setEndA(iface);
        link.setEndB(port);
        cluster.getLinks().add(link);
        return link;
    }
}
