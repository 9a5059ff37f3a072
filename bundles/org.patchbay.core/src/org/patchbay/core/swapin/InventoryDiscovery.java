package org.patchbay.core.swapin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;
import org.patchbay.snmp.LldpNeighbours;
import org.patchbay.snmp.QBridgeVlans;

/**
 * Fills in a testbed's cabling from what its switches know. Where a switch speaks LLDP (LLDP-MIB), the
 * neighbour it heard on a port is that port's other end: another switch of the inventory makes the
 * port a trunk (added, or its ends corrected), a machine (by its port's MAC, or its name or chassis
 * MAC and the interface's name) cables that interface. Everything else comes from the learned
 * addresses (Q-BRIDGE-MIB dot1qTpFdbTable): each machine interface whose MAC a switch saw is cabled
 * to the edge port it was seen on; trunk ports are skipped, and where a MAC shows on several ports
 * the one with the fewest addresses behind it is the machine's own port (a trunk carries many).
 * Machines must have sent a frame since the switch last forgot them (any traffic will do); LLDP
 * needs an LLDP agent (lldpd) on them.
 */
public final class InventoryDiscovery {

    /**
     * What discovery did: cables set or changed, trunks added or corrected, addresses and neighbours
     * on edge ports that no machine has, and machine interfaces no switch saw.
     */
    public record Result(List<String> cabled, List<String> trunks, List<String> unknown, List<String> unseen) {
    }

    /** What one switch knows: its bridge ports' ifIndexes, its learned addresses, and what LLDP says (empty without LLDP-MIB). */
    public record SwitchFindings(Map<Integer, Integer> ifIndexOfBridgePort, List<QBridgeVlans.ForwardingEntry> learned, LldpNeighbours.Local lldp,
            List<LldpNeighbours.Neighbour> neighbours) {
    }

    private InventoryDiscovery() {
    }

    /** Reads every switch of the inventory over SNMP and fills in the cabling. */
    public static Result discover(Testbed testbed, SwapIns.Switches switches) throws SwapException {
        Map<Switch, SwitchFindings> findings = new LinkedHashMap<>();
        for (Switch sw : testbed.getSwitches()) {
            findings.put(sw, read(sw, switches.of(sw)));
        }
        return apply(testbed, findings);
    }

    private static SwitchFindings read(Switch sw, QBridgeVlans device) throws SwapException {
        try {
            Map<Integer, Integer> ifIndexOfBridgePort = device.bridgePortIfIndexes().join();
            List<QBridgeVlans.ForwardingEntry> learned = device.forwardingTable().join();
            LldpNeighbours lldp = new LldpNeighbours(device.client(), device.device());
            LldpNeighbours.Local local = lldp.local().join();
            List<LldpNeighbours.Neighbour> neighbours = local == LldpNeighbours.Local.NONE ? List.of() : lldp.neighbours().join();
            return new SwitchFindings(ifIndexOfBridgePort, learned, local, neighbours);
        } catch (CompletionException e) {
            throw new SwapException("Cannot read what " + sw.getName() + " has learned: " + e.getCause().getMessage(), e);
        }
    }

    /** Fills in the cabling from what the switches told; changes only the cables and trunks it reports. */
    public static Result apply(Testbed testbed, Map<Switch, SwitchFindings> findings) {
        Map<String, Interface> byMac = new HashMap<>();
        for (Machine machine : testbed.getMachines()) {
            for (Interface iface : machine.getInterfaces()) {
                if (iface.getMac() != null && !iface.getMac().isBlank()) {
                    byMac.put(iface.getMac().toLowerCase(Locale.ROOT), iface);
                }
            }
        }
        List<String> cabled = new ArrayList<>();
        List<String> trunks = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<Interface> placedByLldp = new HashSet<>();
        Set<SwitchPort> trunkPorts = new HashSet<>();
        new Neighbourhood(testbed, findings, byMac).apply(cabled, trunks, unknown, placedByLldp);
        for (Trunk trunk : testbed.getTrunks()) {
            trunkPorts.add(trunk.getEndA());
            trunkPorts.add(trunk.getEndB());
        }

        Map<String, List<SwitchPort>> seenAt = new HashMap<>();
        Map<SwitchPort, Set<String>> macsBehind = new HashMap<>();
        findings.forEach((sw, found) -> {
            for (QBridgeVlans.ForwardingEntry entry : found.learned()) {
                Integer ifIndex = found.ifIndexOfBridgePort().get(entry.port());
                if (ifIndex == null) {
                    continue;
                }
                SwitchPort port = portWithIfIndex(sw, ifIndex, "port" + entry.port());
                if (trunkPorts.contains(port)) {
                    continue;
                }
                seenAt.computeIfAbsent(entry.mac(), k -> new ArrayList<>()).add(port);
                macsBehind.computeIfAbsent(port, k -> new HashSet<>()).add(entry.mac());
            }
        });
        List<String> unseen = new ArrayList<>();
        for (Map.Entry<String, Interface> known : byMac.entrySet()) {
            Interface iface = known.getValue();
            if (placedByLldp.contains(iface)) {
                continue;
            }
            List<SwitchPort> ports = seenAt.get(known.getKey());
            if (ports == null) {
                unseen.add(nameOf(iface) + " (" + known.getKey() + ")");
                continue;
            }
            SwitchPort own = ports.stream().min((a, b) -> Integer.compare(macsBehind.get(a).size(), macsBehind.get(b).size())).orElseThrow();
            cable(iface, own, cabled);
        }
        macsBehind.forEach((port, macs) -> {
            for (String mac : macs) {
                if (!byMac.containsKey(mac) && macs.size() == 1) {
                    unknown.add(mac + " behind " + nameOf(port) + " is no machine of the inventory");
                }
            }
        });
        cabled.sort(null);
        trunks.sort(null);
        unseen.sort(null);
        unknown.sort(null);
        return new Result(cabled, trunks, unknown, unseen);
    }

    /** LLDP's view: who each switch port hears, matched against the inventory's switches and machines. */
    private static final class Neighbourhood {
        private final Testbed testbed;
        private final Map<Switch, SwitchFindings> findings;
        private final Map<String, Interface> byMac;

        Neighbourhood(Testbed testbed, Map<Switch, SwitchFindings> findings, Map<String, Interface> byMac) {
            this.testbed = testbed;
            this.findings = findings;
            this.byMac = byMac;
        }

        void apply(List<String> cabled, List<String> trunks, List<String> unknown, Set<Interface> placed) {
            Set<Set<SwitchPort>> linked = new HashSet<>();
            findings.forEach((sw, found) -> {
                for (LldpNeighbours.Neighbour heard : found.neighbours()) {
                    Optional<SwitchPort> here = localPort(sw, heard.localPort());
                    if (here.isEmpty()) {
                        continue;
                    }
                    Optional<Switch> otherSwitch = switchOf(heard);
                    if (otherSwitch.isPresent()) {
                        Optional<SwitchPort> there = remoteSwitchPort(otherSwitch.get(), heard);
                        if (there.isPresent() && there.get() == here.get()) {
                            continue;
                        }
                        if (there.isEmpty()) {
                            unknown.add(nameOf(here.get()) + " hears " + otherSwitch.get().getName() + " port '" + heard.portId()
                                    + "', which " + otherSwitch.get().getName() + " does not list among its LLDP ports");
                        } else if (linked.add(Set.of(here.get(), there.get()))) {
                            trunk(here.get(), there.get(), trunks);
                        }
                        continue;
                    }
                    Optional<Interface> iface = interfaceOf(heard);
                    if (iface.isPresent()) {
                        placed.add(iface.get());
                        cable(iface.get(), here.get(), cabled);
                    } else {
                        unknown.add(nameOf(here.get()) + " hears " + describe(heard) + ", which is no machine interface or switch of the inventory");
                    }
                }
            });
        }

        /** The inventory's port of an LLDP port number: the bridge port's ifIndex, or the ifIndex itself where a switch numbers so. */
        private Optional<SwitchPort> localPort(Switch sw, int number) {
            SwitchFindings found = findings.get(sw);
            Integer ifIndex = found.ifIndexOfBridgePort().get(number);
            LldpNeighbours.LocalPort local = found.lldp().ports().get(number);
            String name = local != null && local.idSubtype() != LldpNeighbours.PORT_MAC && !local.id().isBlank() ? local.id() : "port" + number;
            if (ifIndex != null) {
                return Optional.of(portWithIfIndex(sw, ifIndex, name));
            }
            return sw.getPorts().stream().filter(p -> p.getIfIndex() == number).findFirst();
        }

        private Optional<Switch> switchOf(LldpNeighbours.Neighbour heard) {
            for (Switch sw : testbed.getSwitches()) {
                LldpNeighbours.Local local = findings.containsKey(sw) ? findings.get(sw).lldp() : LldpNeighbours.Local.NONE;
                boolean sameChassis = local != LldpNeighbours.Local.NONE && local.chassisIdSubtype() == heard.chassisIdSubtype()
                        && local.chassisId().equalsIgnoreCase(heard.chassisId());
                boolean sameName = !heard.systemName().isBlank() && (heard.systemName().equalsIgnoreCase(local.systemName())
                        || hostPart(heard.systemName()).equalsIgnoreCase(sw.getName()));
                if (sameChassis || sameName) {
                    return Optional.of(sw);
                }
            }
            return Optional.empty();
        }

        /** The port of {@code other} that the neighbour's port ID names, through {@code other}'s own LLDP port list. */
        private Optional<SwitchPort> remoteSwitchPort(Switch other, LldpNeighbours.Neighbour heard) {
            SwitchFindings found = findings.get(other);
            if (found == null) {
                return Optional.empty();
            }
            return found.lldp().ports().values().stream()
                    .filter(p -> p.idSubtype() == heard.portIdSubtype() && p.id().equalsIgnoreCase(heard.portId()))
                    .findFirst().flatMap(p -> localPort(other, p.number()));
        }

        /** The machine interface at the other end: by its port's MAC, else by the machine (name or chassis MAC) and the port's name. */
        private Optional<Interface> interfaceOf(LldpNeighbours.Neighbour heard) {
            if (heard.portIdSubtype() == LldpNeighbours.PORT_MAC) {
                return Optional.ofNullable(byMac.get(heard.portId()));
            }
            Machine machine = null;
            if (heard.chassisIdSubtype() == LldpNeighbours.CHASSIS_MAC && byMac.containsKey(heard.chassisId())) {
                machine = (Machine) byMac.get(heard.chassisId()).eContainer();
            }
            for (Machine m : testbed.getMachines()) {
                if (machine == null && !heard.systemName().isBlank() && hostPart(heard.systemName()).equalsIgnoreCase(m.getName())) {
                    machine = m;
                }
            }
            if (machine == null) {
                return Optional.empty();
            }
            return machine.getInterfaces().stream()
                    .filter(i -> i.getName().equals(heard.portId()) || !heard.portDescription().isBlank() && i.getName().equals(heard.portDescription()))
                    .findFirst();
        }

        private void trunk(SwitchPort a, SwitchPort b, List<String> trunks) {
            for (Trunk trunk : testbed.getTrunks()) {
                boolean same = trunk.getEndA() == a && trunk.getEndB() == b || trunk.getEndA() == b && trunk.getEndB() == a;
                if (same) {
                    return;
                }
            }
            for (Trunk trunk : testbed.getTrunks()) {
                // a trunk recorded with one end right and the other wrong is the same cable, recorded wrongly
                SwitchPort keep = trunk.getEndA() == a || trunk.getEndB() == a ? a : trunk.getEndA() == b || trunk.getEndB() == b ? b : null;
                if (keep != null) {
                    SwitchPort was = trunk.getEndA() == keep ? trunk.getEndB() : trunk.getEndA();
                    SwitchPort now = keep == a ? b : a;
                    if (trunk.getEndA() == keep) {
                        trunk.setEndB(now);
                    } else {
                        trunk.setEndA(now);
                    }
                    trunks.add(trunk.getName() + ": " + nameOf(keep) + " – " + nameOf(now) + " (was " + (was == null ? "unconnected" : nameOf(was)) + ")");
                    return;
                }
            }
            Trunk trunk = PatchbayFactory.eINSTANCE.createTrunk();
            trunk.setName(uniqueTrunkName(((Switch) a.eContainer()).getName() + "-" + ((Switch) b.eContainer()).getName()));
            trunk.setEndA(a);
            trunk.setEndB(b);
            testbed.getTrunks().add(trunk);
            trunks.add(trunk.getName() + ": " + nameOf(a) + " – " + nameOf(b) + " (added; its capacity is taken as " + trunk.getCapacityMbps()
                    + " Mb/s: set the real one)");
        }

        private String uniqueTrunkName(String base) {
            Set<String> taken = new HashSet<>();
            testbed.getTrunks().forEach(t -> taken.add(t.getName()));
            String name = base;
            for (int n = 2; taken.contains(name); n++) {
                name = base + "-" + n;
            }
            return name;
        }
    }

    private static void cable(Interface iface, SwitchPort port, List<String> cabled) {
        if (iface.getCabledTo() != port) {
            cabled.add(nameOf(iface) + " -> " + nameOf(port) + (iface.getCabledTo() == null ? "" : " (was " + nameOf(iface.getCabledTo()) + ")"));
            iface.setCabledTo(port);
        }
    }

    private static String describe(LldpNeighbours.Neighbour heard) {
        String system = heard.systemName().isBlank() ? heard.chassisId() : heard.systemName();
        return system + " port '" + heard.portId() + "'";
    }

    /** "pc1" of "pc1.testbed.example.org": LLDP agents send the host's full name. */
    private static String hostPart(String systemName) {
        int dot = systemName.indexOf('.');
        return dot > 0 ? systemName.substring(0, dot) : systemName;
    }

    private static String nameOf(Interface iface) {
        return ((Machine) iface.eContainer()).getName() + "." + iface.getName();
    }

    private static String nameOf(SwitchPort port) {
        return ((Switch) port.eContainer()).getName() + " " + port.getName();
    }

    /** The inventory's port of that ifIndex on the switch, added (with the given name) when the inventory lacks it. */
    private static SwitchPort portWithIfIndex(Switch sw, int ifIndex, String name) {
        for (SwitchPort port : sw.getPorts()) {
            if (port.getIfIndex() == ifIndex) {
                return port;
            }
        }
        SwitchPort port = PatchbayFactory.eINSTANCE.createSwitchPort();
        port.setIfIndex(ifIndex);
        port.setName(Objects.requireNonNull(name));
        sw.getPorts().add(port);
        return port;
    }
}
