package org.patchbay.ui.editor;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Link;
import org.patchbay.model.Machine;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;

/**
 * A testbed inventory as the topology canvas draws it: each machine a node box (its hardware type),
 * each switch a switch box, each cable a link from the machine's interface to its switch port, each
 * trunk a link between switches labelled with its capacity. A picture, rebuilt after every edit: what
 * is drawn points back at the inventory's own elements through {@link #original}.
 */
public final class InventoryPicture {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    private final Cluster cluster;
    private final Map<DiagramElement, DiagramElement> original = new IdentityHashMap<>();
    private final Map<DiagramElement, DiagramElement> drawn = new IdentityHashMap<>();

    private InventoryPicture(Cluster cluster) {
        this.cluster = cluster;
    }

    public static InventoryPicture of(Testbed testbed) {
        Cluster cluster = FACTORY.createCluster();
        cluster.setName(testbed.getName());
        InventoryPicture picture = new InventoryPicture(cluster);
        Map<SwitchPort, SwitchPort> ports = new HashMap<>();
        for (Switch sw : testbed.getSwitches()) {
            Switch copy = FACTORY.createSwitch();
            copy.setName(sw.getName());
            copy.setX(sw.getX());
            copy.setY(sw.getY());
            if (sw.getSnmp() != null) {
                copy.setSnmp(EcoreUtil.copy(sw.getSnmp()));
            }
            for (SwitchPort port : sw.getPorts()) {
                SwitchPort portCopy = FACTORY.createSwitchPort();
                portCopy.setName(port.getName());
                portCopy.setIfIndex(port.getIfIndex());
                portCopy.setSpeedMbps(port.getSpeedMbps());
                copy.getPorts().add(portCopy);
                ports.put(port, portCopy);
            }
            cluster.getSwitches().add(copy);
            picture.remember(copy, sw);
        }
        for (Machine machine : testbed.getMachines()) {
            org.patchbay.model.Node node = FACTORY.createNode();
            node.setName(machine.getName());
            node.setRole(NodeRole.COMPUTE);
            node.setHardwareType(machine.getHardwareType());
            node.setX(machine.getX());
            node.setY(machine.getY());
            for (Interface iface : machine.getInterfaces()) {
                Interface copy = FACTORY.createInterface();
                copy.setName(iface.getName());
                copy.setMac(iface.getMac());
                copy.setSpeedMbps(iface.getSpeedMbps());
                node.getInterfaces().add(copy);
                SwitchPort port = iface.getCabledTo() == null ? null : ports.get(iface.getCabledTo());
                if (port != null) {
                    cluster.getLinks().add(link(machine.getName() + "." + iface.getName(), copy, port,
                            Math.min(iface.getSpeedMbps(), port.getSpeedMbps())));
                }
            }
            cluster.getNodes().add(node);
            picture.remember(node, machine);
        }
        for (Trunk trunk : testbed.getTrunks()) {
            SwitchPort a = ports.get(trunk.getEndA());
            SwitchPort b = ports.get(trunk.getEndB());
            if (a != null && b != null) {
                cluster.getLinks().add(link(trunk.getName(), a, b, trunk.getCapacityMbps()));
            }
        }
        return picture;
    }

    private static Link link(String name, org.patchbay.model.Port a, org.patchbay.model.Port b, long mbps) {
        Link link = FACTORY.createLink();
        link.setName(name);
        link.setEndA(a);
        link.setEndB(b);
        link.setBandwidthBps(Math.max(1, mbps) * 1_000_000L);
        return link;
    }

    private void remember(DiagramElement copy, DiagramElement inventory) {
        original.put(copy, inventory);
        drawn.put(inventory, copy);
    }

    /** What the canvas shows. */
    public Cluster cluster() {
        return cluster;
    }

    /** The inventory's machine or switch a drawn box stands for, or null for anything else. */
    public DiagramElement original(Object drawnElement) {
        return original.get(drawnElement);
    }

    /** The box drawn for an inventory machine or switch, or null. */
    public DiagramElement drawn(Object inventoryElement) {
        return drawn.get(inventoryElement);
    }

    /** Whether nothing of the inventory has been placed yet (every machine and switch at the origin): the drawing is then laid out for display. */
    public boolean unplaced() {
        return drawn.keySet().stream().allMatch(e -> e.getX() == 0 && e.getY() == 0);
    }
}
