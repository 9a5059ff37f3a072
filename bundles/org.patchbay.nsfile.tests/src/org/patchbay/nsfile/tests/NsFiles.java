package org.patchbay.nsfile.tests;

import java.nio.file.Path;

import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.nsfile.NsFileException;
import org.patchbay.nsfile.NsImport;

/** The NS test files in ns/ and lookups into what they give. */
final class NsFiles {

    private NsFiles() {
    }

    static Path file(String name) {
        return Path.of(System.getProperty("patchbay.ns.tests", "ns"), name);
    }

    static NsImport.Result read(String name) throws NsFileException {
        return new NsImport().read(file(name));
    }

    static Node node(Cluster cluster, String name) {
        return cluster.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name + " among " + cluster.getNodes().stream().map(Node::getName).toList()));
    }

    static Link link(Cluster cluster, String name) {
        return cluster.getLinks().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow(() -> new AssertionError("no link " + name));
    }

    static Lan lan(Cluster cluster, String name) {
        return cluster.getLans().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow(() -> new AssertionError("no LAN " + name));
    }

    /** The interface {@code node} has on {@code link}. */
    static Interface on(Link link, String node) {
        for (var end : new org.patchbay.model.Port[] {link.getEndA(), link.getEndB()}) {
            if (end instanceof Interface iface && ((Node) iface.eContainer()).getName().equals(node)) {
                return iface;
            }
        }
        throw new AssertionError(node + " is not on " + link.getName());
    }

    static Interface on(Lan lan, String node) {
        for (var member : lan.getMembers()) {
            if (member instanceof Interface iface && ((Node) iface.eContainer()).getName().equals(node)) {
                return iface;
            }
        }
        throw new AssertionError(node + " is not on " + lan.getName());
    }
}
