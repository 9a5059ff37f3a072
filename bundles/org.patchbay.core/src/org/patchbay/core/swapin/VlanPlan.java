package org.patchbay.core.swapin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.Mapping.PortUse;
import org.patchbay.mapping.Mapping.SegmentPlan;
import org.patchbay.mapping.Mapping.TrunkLoad;
import org.patchbay.mapping.VlanRanges;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;

/**
 * What a swap-in programs on each switch: for every link or LAN of the mapping one VLAN, free on
 * every switch it spans (among the IDs in use there now and within each switch's range), untagged
 * on the ports of its machines, tagged on the trunks it crosses. Ports are the inventory's
 * (ifIndex); the switch's bridge port numbers are looked up when it is programmed.
 */
public record VlanPlan(String experiment, List<VlanOnSwitch> vlans) {

    /** One VLAN on one switch. */
    public record VlanOnSwitch(Switch sw, int vlan, String name, List<SwitchPort> untagged, List<SwitchPort> tagged) {
    }

    /**
     * Plans the VLANs; {@code inUse} holds, per switch name, the VLAN IDs that exist on it now.
     * Throws with the segment and switches named when some segment finds no free ID.
     */
    public static VlanPlan of(String experiment, Mapping mapping, Testbed testbed, Map<String, Set<Integer>> inUse) throws SwapException {
        Map<String, Switch> switches = new HashMap<>();
        testbed.getSwitches().forEach(sw -> switches.put(sw.getName(), sw));
        Map<String, Trunk> firstTrunkOfBundle = new HashMap<>();
        for (TrunkLoad load : mapping.trunks()) {
            if (!load.trunks().isEmpty()) {
                // Parallel trunks without link aggregation would make a loop: a VLAN crosses on the first.
                firstTrunkOfBundle.put(load.name(), load.trunks().get(0));
            }
        }
        Map<String, BitSet> taken = new HashMap<>();
        inUse.forEach((sw, ids) -> {
            BitSet set = new BitSet();
            ids.forEach(set::set);
            taken.put(sw, set);
        });
        List<VlanOnSwitch> vlans = new ArrayList<>();
        for (SegmentPlan segment : mapping.segments()) {
            if (segment.switches().isEmpty()) {
                continue;
            }
            BitSet free = null;
            for (String name : segment.switches()) {
                Switch sw = switches.get(name);
                BitSet allowed;
                try {
                    allowed = VlanRanges.parse(sw.getVlanRange());
                } catch (IllegalArgumentException e) {
                    throw new SwapException("switch " + name + ": " + e.getMessage() + "; fix its VLAN range in the inventory");
                }
                allowed.andNot(taken.computeIfAbsent(name, k -> new BitSet()));
                if (free == null) {
                    free = allowed;
                } else {
                    free.and(allowed);
                }
            }
            int vlan = free.nextSetBit(0);
            if (vlan < 0) {
                throw new SwapException(segment.name() + " finds no VLAN ID free on every switch it spans (" + String.join(", ", segment.switches())
                        + "); widen their VLAN ranges or swap out another experiment");
            }
            Map<String, List<SwitchPort>> untagged = new LinkedHashMap<>();
            Map<String, List<SwitchPort>> tagged = new LinkedHashMap<>();
            segment.switches().forEach(sw -> {
                untagged.put(sw, new ArrayList<>());
                tagged.put(sw, new ArrayList<>());
            });
            for (PortUse use : segment.ports()) {
                if (use.switchPort() != null) {
                    untagged.get(use.switchName()).add(use.switchPort());
                }
            }
            for (String bundle : segment.trunks()) {
                Trunk trunk = firstTrunkOfBundle.get(bundle);
                for (SwitchPort end : List.of(trunk.getEndA(), trunk.getEndB())) {
                    String sw = ((Switch) end.eContainer()).getName();
                    tagged.computeIfAbsent(sw, k -> new ArrayList<>()).add(end);
                }
            }
            String name = vlanName(experiment, segment.name());
            for (String sw : segment.switches()) {
                taken.get(sw).set(vlan);
                vlans.add(new VlanOnSwitch(switches.get(sw), vlan, name, untagged.get(sw), tagged.getOrDefault(sw, List.of())));
            }
        }
        return new VlanPlan(experiment, vlans);
    }

    /** "experiment/segment", cut to the 32 characters Q-BRIDGE-MIB allows a VLAN name. */
    static String vlanName(String experiment, String segment) {
        String name = experiment + "/" + segment;
        return name.length() <= 32 ? name : name.substring(0, 32);
    }

    /** The switches the plan touches, by name, in the order first touched. */
    public Set<String> switchNames() {
        Set<String> names = new TreeSet<>();
        vlans.forEach(v -> names.add(v.sw().getName()));
        return names;
    }
}
