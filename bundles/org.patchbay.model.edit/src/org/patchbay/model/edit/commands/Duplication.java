package org.patchbay.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.NamedElement;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PatchbayPackage.Literals;
import org.patchbay.model.Port;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.topology.AddressPlan;
import org.patchbay.model.topology.Wiring;

/**
 * Copies of nodes, switches and LANs with their links, as one undoable command: each copy gets a
 * free name, its interfaces new MACs and new addresses in the same subnets; a link between two copied
 * elements joins the copies, a link to an element left behind joins the copy to that same element
 * (a new port or interface there), a copied interface on a LAN left behind joins that LAN. Never
 * copied: PDUs and their outlets (a copy is powered by no outlet), a node's pin to a machine and
 * its agent endpoint (the copy is a new machine with its own identity); disk images are shared.
 */
public final class Duplication {

    /** The command and the copies it adds (to select them once it ran). */
    public record Result(Command command, List<DiagramElement> copies, List<String> skipped) {
    }

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    private Duplication() {
    }

    public static Result of(EditingDomain domain, Cluster cluster, Collection<?> selection, int dx, int dy) {
        Set<DiagramElement> chosen = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (Object item : selection) {
            if (item instanceof Node || item instanceof Switch || item instanceof Lan) {
                chosen.add((DiagramElement) item);
            } else if (item instanceof NamedElement named && item instanceof DiagramElement) {
                skipped.add(named.getName());
            }
        }
        if (chosen.isEmpty()) {
            return new Result(UnexecutableCommand.INSTANCE, List.of(), skipped);
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<DiagramElement> copies = new ArrayList<>();
        for (DiagramElement element : chosen) {
            copies.add((DiagramElement) copier.copy(element));
        }
        copier.copyReferences();
        Names names = new Names(cluster);
        AddressPlan addresses = new AddressPlan(cluster);
        CompoundCommand compound = new CompoundCommand("Duplicate " + (chosen.size() == 1 ? chosen.iterator().next().getName() : chosen.size() + " elements"));
        for (DiagramElement copy : copies) {
            copy.setName(names.next(copy.getName()));
            copy.setX(copy.getX() + dx);
            copy.setY(copy.getY() + dy);
            if (copy instanceof Node node) {
                node.setPowerOutlet(null);
                node.setFixedTo(null);
                node.setAgentEndpoint(null);
                for (Interface iface : node.getInterfaces()) {
                    readdress(iface, addresses);
                }
            } else if (copy instanceof Switch sw && sw.getSnmp() != null) {
                sw.getSnmp().setHost(null);
            } else if (copy instanceof Lan lan) {
                lan.getMembers().retainAll(copier.values());
                lan.getMemberShaping().removeIf(own -> !copier.containsValue(own.getMember()));
            }
            compound.append(AddCommand.create(domain, cluster, copy instanceof Node ? Literals.CLUSTER__NODES
                    : copy instanceof Switch ? Literals.CLUSTER__SWITCHES : Literals.CLUSTER__LANS, copy));
        }
        Set<Port> joined = new HashSet<>();
        for (Link link : cluster.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            if (!chosen.contains(a) && !chosen.contains(b)) {
                continue;
            }
            Link copy = EcoreUtil.copy(link);
            copy.setName(names.next("link"));
            copy.setEndA(end(domain, link.getEndA(), link.getEndB(), chosen, copier, addresses, compound));
            copy.setEndB(end(domain, link.getEndB(), link.getEndA(), chosen, copier, addresses, compound));
            compound.append(AddCommand.create(domain, cluster, Literals.CLUSTER__LINKS, copy));
        }
        for (Lan lan : cluster.getLans()) {
            if (chosen.contains(lan)) {
                continue;
            }
            for (Port member : lan.getMembers()) {
                if (chosen.contains(Wiring.ownerOf(member)) && joined.add((Port) copier.get(member))) {
                    compound.append(AddCommand.create(domain, lan, Literals.LAN__MEMBERS, copier.get(member)));
                }
            }
        }
        return new Result(compound, copies, skipped);
    }

    /** The copy's end of a link: the copied port, or a new port on the element that stays (in the copied end's subnet). */
    private static Port end(EditingDomain domain, Port end, Port other, Set<DiagramElement> chosen, EcoreUtil.Copier copier, AddressPlan addresses,
            CompoundCommand compound) {
        DiagramElement owner = Wiring.ownerOf(end);
        if (chosen.contains(owner)) {
            return (Port) copier.get(end);
        }
        if (owner instanceof Switch sw) {
            SwitchPort port = FACTORY.createSwitchPort();
            int ifIndex = sw.getPorts().stream().mapToInt(SwitchPort::getIfIndex).max().orElse(0) + 1;
            port.setIfIndex(ifIndex);
            port.setName("port" + ifIndex);
            compound.append(AddCommand.create(domain, sw, Literals.SWITCH__PORTS, port));
            return port;
        }
        Node node = (Node) owner;
        Interface iface = EcoreUtil.copy((Interface) end);
        Set<String> used = new HashSet<>();
        node.getInterfaces().forEach(i -> used.add(i.getName()));
        int n = node.getInterfaces().size();
        while (used.contains("eth" + n)) {
            n++;
        }
        iface.setName("eth" + n);
        readdress(iface, addresses);
        compound.append(AddCommand.create(domain, node, Literals.NODE__INTERFACES, iface));
        return iface;
    }

    private static void readdress(Interface iface, AddressPlan addresses) {
        iface.setMac(addresses.nextMac());
        String ip = iface.getIpv4Address();
        if (ip != null && ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            String[] octets = ip.split("\\.");
            iface.setIpv4Address(addresses.nextIp(Integer.parseInt(octets[0]), Integer.parseInt(octets[1]), Integer.parseInt(octets[2])));
        }
        addresses.remember(iface);
    }

    /** Free names: the original's letters with the next number no element or link has. */
    private static final class Names {
        private final Set<String> used = new HashSet<>();

        Names(Cluster cluster) {
            Wiring.diagramElements(cluster).forEach(e -> used.add(e.getName()));
            cluster.getLinks().forEach(l -> used.add(l.getName()));
        }

        String next(String original) {
            String prefix = original == null ? "node" : original.replaceAll("\\d+$", "");
            for (int i = 1;; i++) {
                if (used.add(prefix + i)) {
                    return prefix + i;
                }
            }
        }
    }
}
