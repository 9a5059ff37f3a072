package org.patchbay.core.swapin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;
import org.patchbay.snmp.QBridgeVlans;

/**
 * Fills in a testbed's cabling from what its switches have learned (Q-BRIDGE-MIB
 * dot1qTpFdbTable): each machine interface whose MAC a switch saw is cabled to the edge port it was
 * seen on. Trunk ports are skipped, and where a MAC shows on several ports the one with the fewest
 * addresses behind it is the machine's own port (a trunk carries many). Machines must have sent a
 * frame since the switch last forgot them (any traffic, even an ARP, will do).
 */
public final class InventoryDiscovery {

    /** What discovery did: cables set or changed, addresses on edge ports no machine has, interfaces no switch saw. */
    public record Result(List<String> cabled, List<String> unknown, List<String> unseen) {
    }

    private InventoryDiscovery() {
    }

    public static Result discover(Testbed testbed, SwapIns.Switches switches) throws SwapException {
        Map<String, Interface> byMac = new HashMap<>();
        for (Machine machine : testbed.getMachines()) {
            for (Interface iface : machine.getInterfaces()) {
                if (iface.getMac() != null && !iface.getMac().isBlank()) {
                    byMac.put(iface.getMac().toLowerCase(Locale.ROOT), iface);
                }
            }
        }
        Set<SwitchPort> trunkPorts = new HashSet<>();
        for (Trunk trunk : testbed.getTrunks()) {
            trunkPorts.add(trunk.getEndA());
            trunkPorts.add(trunk.getEndB());
        }
        Map<String, List<SwitchPort>> seenAt = new HashMap<>();
        Map<SwitchPort, Set<String>> macsBehind = new HashMap<>();
        for (Switch sw : testbed.getSwitches()) {
            QBridgeVlans device = switches.of(sw);
            Map<Integer, Integer> ifIndexOfBridgePort;
            List<QBridgeVlans.ForwardingEntry> learned;
            try {
                ifIndexOfBridgePort = device.bridgePortIfIndexes().join();
                learned = device.forwardingTable().join();
            } catch (CompletionException e) {
                throw new SwapException("Cannot read what " + sw.getName() + " has learned: " + e.getCause().getMessage(), e);
            }
            for (QBridgeVlans.ForwardingEntry entry : learned) {
                Integer ifIndex = ifIndexOfBridgePort.get(entry.port());
                if (ifIndex == null) {
                    continue;
                }
                SwitchPort port = portWithIfIndex(sw, ifIndex, entry.port());
                if (trunkPorts.contains(port)) {
                    continue;
                }
                seenAt.computeIfAbsent(entry.mac(), k -> new ArrayList<>()).add(port);
                macsBehind.computeIfAbsent(port, k -> new HashSet<>()).add(entry.mac());
            }
        }
        List<String> cabled = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (Map.Entry<String, Interface> known : byMac.entrySet()) {
            List<SwitchPort> ports = seenAt.get(known.getKey());
            Interface iface = known.getValue();
            String name = ((Machine) iface.eContainer()).getName() + "." + iface.getName();
            if (ports == null) {
                unseen.add(name + " (" + known.getKey() + ")");
                continue;
            }
            SwitchPort own = ports.stream().min((a, b) -> Integer.compare(macsBehind.get(a).size(), macsBehind.get(b).size())).orElseThrow();
            if (iface.getCabledTo() != own) {
                cabled.add(name + " -> " + ((Switch) own.eContainer()).getName() + " " + own.getName()
                        + (iface.getCabledTo() == null ? "" : " (was " + ((Switch) iface.getCabledTo().eContainer()).getName() + " " + iface.getCabledTo().getName() + ")"));
                iface.setCabledTo(own);
            }
        }
        List<String> unknown = new ArrayList<>();
        macsBehind.forEach((port, macs) -> {
            for (String mac : macs) {
                if (!byMac.containsKey(mac) && macs.size() == 1) {
                    unknown.add(mac + " behind " + ((Switch) port.eContainer()).getName() + " " + port.getName() + " is no machine of the inventory");
                }
            }
        });
        cabled.sort(null);
        unseen.sort(null);
        unknown.sort(null);
        return new Result(cabled, unknown, unseen);
    }

    /** The inventory's port of that ifIndex on the switch, added (named after the bridge port) when the inventory lacks it. */
    private static SwitchPort portWithIfIndex(Switch sw, int ifIndex, int bridgePort) {
        for (SwitchPort port : sw.getPorts()) {
            if (port.getIfIndex() == ifIndex) {
                return port;
            }
        }
        SwitchPort port = PatchbayFactory.eINSTANCE.createSwitchPort();
        port.setIfIndex(ifIndex);
        port.setName("port" + bridgePort);
        sw.getPorts().add(port);
        return port;
    }
}
