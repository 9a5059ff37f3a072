package org.patchbay.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.patchbay.model.BootMode;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.NamedElement;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.Outlet;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PatchbayPackage.Literals;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Port;
import org.patchbay.model.PowerController;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.SnmpVersion;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.topology.AddressPlan;
import org.patchbay.model.topology.Wiring;

/**
 * The edits a user makes on a topology, each as one undoable EMF command: create an element,
 * connect two, move, delete, arrange. A command that cannot apply is unexecutable (never a
 * half-done change), and {@link #whyNotConnect} says why in words.
 */
public final class TopologyCommands {

    /** What the palette can create. */
    public enum ElementKind {
        NODE("node"), SWITCH("switch"), PDU("pdu"), LAN("lan");

        private final String namePrefix;

        ElementKind(String namePrefix) {
            this.namePrefix = namePrefix;
        }
    }

    /** A position in diagram coordinates. */
    public record Position(int x, int y) {
    }

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Cluster cluster;

    public TopologyCommands(EditingDomain domain, Cluster cluster) {
        this.domain = domain;
        this.cluster = cluster;
    }

    /** Creates a new element of {@code kind} centred near (x, y) with the first free name. */
    public Command create(ElementKind kind, int x, int y) {
        DiagramElement element = switch (kind) {
            case NODE -> newNode();
            case SWITCH -> FACTORY.createSwitch();
            case PDU -> newPowerController();
            case LAN -> FACTORY.createLan();
        };
        element.setName(freeName(kind.namePrefix));
        element.setX(x);
        element.setY(y);
        if (element instanceof Switch sw) {
            sw.setSnmp(newSnmpTarget());
        }
        Command add = AddCommand.create(domain, cluster, switch (kind) {
            case NODE -> Literals.CLUSTER__NODES;
            case SWITCH -> Literals.CLUSTER__SWITCHES;
            case PDU -> Literals.CLUSTER__POWER_CONTROLLERS;
            case LAN -> Literals.CLUSTER__LANS;
        }, element);
        return labelled(add, "Create " + element.getName());
    }

    /** Null when {@code a} and {@code b} can be connected, else the reason in words. */
    public String whyNotConnect(DiagramElement a, DiagramElement b) {
        if (a == null || b == null) {
            return "Drag from one node, switch or LAN to another.";
        }
        if (a == b) {
            return "A link joins two different machines; drag to another node or switch.";
        }
        if (a instanceof PowerController || b instanceof PowerController) {
            return "A PDU powers nodes through outlets and has no network link; set a node's power outlet in Properties instead.";
        }
        if (a instanceof Lan && b instanceof Lan) {
            return "Two LANs cannot be joined directly; put a node (a router) between them.";
        }
        return null;
    }

    /**
     * Connects two elements. Node and switch ends get a new interface or port; when one side is a
     * LAN the other side's new interface becomes a member of it.
     */
    public Command connect(DiagramElement a, DiagramElement b) {
        if (whyNotConnect(a, b) != null) {
            return UnexecutableCommand.INSTANCE;
        }
        AddressPlan addresses = new AddressPlan(cluster);
        CompoundCommand compound = new CompoundCommand();
        if (a instanceof Lan || b instanceof Lan) {
            Lan lan = (Lan) (a instanceof Lan ? a : b);
            DiagramElement member = a instanceof Lan ? b : a;
            Port port = newPort(member, addresses, compound);
            compound.append(AddCommand.create(domain, lan, Literals.LAN__MEMBERS, port));
            compound.setLabel("Connect " + member.getName() + " to " + lan.getName());
            return compound;
        }
        Link link = FACTORY.createLink();
        link.setName(freeName("link"));
        link.setEndA(newPort(a, addresses, compound));
        link.setEndB(newPort(b, addresses, compound));
        compound.append(AddCommand.create(domain, cluster, Literals.CLUSTER__LINKS, link));
        compound.setLabel("Connect " + a.getName() + " to " + b.getName());
        return compound;
    }

    /** Moves elements to new positions as one undoable step (a drag, or an Arrange). */
    public Command moveAll(Map<? extends DiagramElement, Position> positions, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        positions.forEach((element, position) -> {
            if (element.getX() != position.x()) {
                compound.append(SetCommand.create(domain, element, Literals.DIAGRAM_ELEMENT__X, position.x()));
            }
            if (element.getY() != position.y()) {
                compound.append(SetCommand.create(domain, element, Literals.DIAGRAM_ELEMENT__Y, position.y()));
            }
        });
        return compound.isEmpty() ? UnexecutableCommand.INSTANCE : compound;
    }

    /**
     * Deletes elements and what cannot live without them: the links attached to a deleted node or
     * switch, and the membership of its ports in LANs. References to deleted things are cleared.
     */
    /** What is known of a disk image written to nodes (from the image library). */
    public record ImageFacts(String name, String os, String sourceNode, String fileSystem, String sha256, String created, long sizeBytes,
            String location) {
    }

    /**
     * Records that {@code nodes} now run {@code image} from their disks: the topology's disk image of
     * that name (added, or its facts updated when the image changed), each node's OS image and boot
     * mode. One command, so one undo.
     */
    public Command nodesRun(Collection<Node> nodes, ImageFacts image) {
        CompoundCommand command = new CompoundCommand("Record the image " + image.name() + " on " + nodes.size() + " node(s)");
        DiskImage element = cluster.getImages().stream().filter(i -> image.name().equals(i.getName())).findFirst().orElse(null);
        if (element == null) {
            element = PatchbayFactory.eINSTANCE.createDiskImage();
            element.setName(image.name());
            element.setOs(image.os());
            element.setSourceNode(image.sourceNode());
            element.setFileSystem(image.fileSystem());
            element.setSha256(image.sha256());
            element.setCreated(image.created());
            element.setSizeBytes(image.sizeBytes());
            element.setLocation(image.location());
            command.append(AddCommand.create(domain, cluster, PatchbayPackage.Literals.CLUSTER__IMAGES, element));
        } else if (!image.sha256().equals(element.getSha256())) {
            command.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DISK_IMAGE__SHA256, image.sha256()));
            command.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DISK_IMAGE__CREATED, image.created()));
            command.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DISK_IMAGE__FILE_SYSTEM, image.fileSystem()));
            command.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DISK_IMAGE__SIZE_BYTES, image.sizeBytes()));
            command.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DISK_IMAGE__LOCATION, image.location()));
        }
        for (Node node : nodes) {
            if (node.getOsImage() != element) {
                command.append(SetCommand.create(domain, node, PatchbayPackage.Literals.NODE__OS_IMAGE, element));
            }
            if (node.getBootMode() != BootMode.DISK) {
                command.append(SetCommand.create(domain, node, PatchbayPackage.Literals.NODE__BOOT_MODE, BootMode.DISK));
            }
        }
        return command.isEmpty() ? org.eclipse.emf.common.command.IdentityCommand.INSTANCE : command;
    }

    /** Whether a node of the topology runs the image of that name. */
    public boolean imageInUse(String name) {
        return cluster.getNodes().stream().anyMatch(n -> n.getOsImage() != null && name.equals(n.getOsImage().getName()));
    }

    public Command delete(Collection<?> selection) {
        Set<EObject> doomed = new LinkedHashSet<>();
        for (Object item : selection) {
            if (item instanceof EObject object && object != cluster && object.eResource() != null) {
                doomed.add(object);
            }
        }
        Set<EObject> extra = new HashSet<>();
        for (EObject object : doomed) {
            if (object instanceof DiagramElement element) {
                extra.addAll(Wiring.linksAt(cluster, element));
            }
            if (object instanceof Port port) {
                for (Link link : cluster.getLinks()) {
                    if (link.getEndA() == port || link.getEndB() == port) {
                        extra.add(link);
                    }
                }
            }
        }
        doomed.addAll(extra);
        if (doomed.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(DeleteCommand.create(domain, new ArrayList<>(doomed)), "Delete " + describe(doomed));
    }

    private Port newPort(DiagramElement element, AddressPlan addresses, CompoundCommand compound) {
        if (element instanceof Node node) {
            Interface iface = FACTORY.createInterface();
            iface.setName(freePortName(node.getInterfaces(), "eth"));
            iface.setKind(InterfaceKind.ETHERNET);
            iface.setMac(addresses.nextMac());
            iface.setIpv4Address(addresses.nextIp(10, 10, 1));
            iface.setPrefixLength(16);
            addresses.remember(iface);
            compound.append(AddCommand.create(domain, node, Literals.NODE__INTERFACES, iface));
            return iface;
        }
        Switch sw = (Switch) element;
        SwitchPort port = FACTORY.createSwitchPort();
        int ifIndex = 1;
        for (SwitchPort existing : sw.getPorts()) {
            ifIndex = Math.max(ifIndex, existing.getIfIndex() + 1);
        }
        port.setIfIndex(ifIndex);
        port.setName("port" + ifIndex);
        compound.append(AddCommand.create(domain, sw, Literals.SWITCH__PORTS, port));
        return port;
    }

    private static Node newNode() {
        Node node = FACTORY.createNode();
        node.setRole(NodeRole.COMPUTE);
        node.setHardwareType("pc");
        return node;
    }

    private static PowerController newPowerController() {
        PowerController pdu = FACTORY.createPowerController();
        pdu.setSnmp(newSnmpTarget());
        for (int i = 1; i <= 8; i++) {
            Outlet outlet = FACTORY.createOutlet();
            outlet.setNumber(i);
            outlet.setName("outlet" + i);
            pdu.getOutlets().add(outlet);
        }
        return pdu;
    }

    private static SnmpTarget newSnmpTarget() {
        SnmpTarget target = FACTORY.createSnmpTarget();
        target.setVersion(SnmpVersion.V3);
        target.setPort(161);
        return target;
    }

    /** The first of prefix1, prefix2, ... not used by any element of the cluster. */
    private String freeName(String prefix) {
        Set<String> used = new HashSet<>();
        Wiring.diagramElements(cluster).forEach(e -> used.add(e.getName()));
        cluster.getLinks().forEach(l -> used.add(l.getName()));
        for (int i = 1;; i++) {
            if (!used.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }

    private static String freePortName(List<? extends NamedElement> existing, String prefix) {
        Set<String> used = new HashSet<>();
        existing.forEach(e -> used.add(e.getName()));
        for (int i = 0;; i++) {
            if (!used.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }

    private static String describe(Set<EObject> objects) {
        if (objects.size() == 1 && objects.iterator().next() instanceof NamedElement named) {
            return named.getName();
        }
        return objects.size() + " elements";
    }

    /** {@code command} under {@code label} on the undo menu. */
    static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
