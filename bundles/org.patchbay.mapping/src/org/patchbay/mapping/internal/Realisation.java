package org.patchbay.mapping.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.Mapping.Placement;
import org.patchbay.mapping.Mapping.PortUse;
import org.patchbay.mapping.Mapping.SegmentPlan;
import org.patchbay.mapping.Mapping.TrunkLoad;
import org.patchbay.mapping.VlanRanges;
import org.patchbay.mapping.internal.PhysicalPlant.PhysicalInterface;
import org.patchbay.mapping.internal.PhysicalPlant.PhysicalMachine;
import org.patchbay.mapping.internal.PhysicalPlant.TrunkBundle;
import org.patchbay.mapping.internal.VirtualTopology.Attachment;
import org.patchbay.mapping.internal.VirtualTopology.Segment;
import org.patchbay.model.Switch;

/**
 * Turns a placement into what swap-in programs: each attachment on a machine interface (and so a
 * switch port), each segment's VLAN chosen free on every switch it spans within that switch's
 * range, the exact load on every trunk, and the violations in words.
 */
public final class Realisation {

    private final VirtualTopology virtual;
    private final PhysicalPlant plant;
    private final Candidates candidates;
    private final int[] machineOf;
    private final List<String> violations = new ArrayList<>();
    /** For each segment and attachment, the machine interface it uses. */
    private final PhysicalInterface[][] interfaceOf;

    public Realisation(VirtualTopology virtual, PhysicalPlant plant, Candidates candidates, int[] machineOf) {
        this.virtual = virtual;
        this.plant = plant;
        this.candidates = candidates;
        this.machineOf = machineOf;
        this.interfaceOf = new PhysicalInterface[virtual.segments.size()][];
        for (Segment segment : virtual.segments) {
            interfaceOf[segment.index()] = new PhysicalInterface[segment.attachments().size()];
        }
    }

    public Mapping realise(Mapping.Search search) {
        for (int node = 0; node < machineOf.length; node++) {
            assignInterfaces(node);
        }
        long[] load = new long[plant.bundles.size()];
        double traffic = 0;
        int disconnected = 0;
        int interSwitch = 0;
        List<Set<Integer>> spanned = new ArrayList<>();
        List<Set<Integer>> crossed = new ArrayList<>();
        for (Segment segment : virtual.segments) {
            Set<Integer> switches = new TreeSet<>();
            Set<Integer> bundles = new LinkedHashSet<>();
            long[] perSwitch = new long[plant.switches.size()];
            PhysicalInterface[] used = interfaceOf[segment.index()];
            for (int a = 0; a < used.length; a++) {
                if (used[a] != null) {
                    perSwitch[used[a].switchIndex()] += kbps(segment.attachments().get(a));
                    switches.add(used[a].switchIndex());
                }
            }
            int home = -1;
            for (int s : switches) {
                if (home < 0 || perSwitch[s] > perSwitch[home]) {
                    home = s;
                }
            }
            for (int a = 0; a < used.length; a++) {
                if (used[a] == null || used[a].switchIndex() == home) {
                    continue;
                }
                int[] path = plant.path(used[a].switchIndex(), home);
                if (path == null) {
                    disconnected++;
                    violations.add(segment.name() + " joins switches " + plant.switchName(used[a].switchIndex()) + " and " + plant.switchName(home)
                            + ", which no trunk connects; add a trunk between them to the inventory");
                    continue;
                }
                interSwitch++;
                long kbps = kbps(segment.attachments().get(a));
                traffic += kbps * path.length / 100_000.0;
                for (int b : path) {
                    load[b] += kbps;
                    bundles.add(b);
                    switches.add(plant.bundles.get(b).switchA());
                    switches.add(plant.bundles.get(b).switchB());
                }
            }
            spanned.add(switches);
            crossed.add(bundles);
        }

        List<TrunkLoad> trunks = new ArrayList<>();
        double penalty = 0;
        for (TrunkBundle bundle : plant.bundles) {
            long capacity = Math.round(bundle.capacityMbps() * 1000);
            penalty += Annealer.penalty(load[bundle.index()], capacity);
            TrunkLoad trunk = new TrunkLoad(plant.bundleName(bundle), bundle.trunks(), load[bundle.index()] / 1000.0, bundle.capacityMbps());
            trunks.add(trunk);
            if (trunk.overloaded()) {
                violations.add("trunk " + trunk.name() + " would carry " + Math.round(trunk.loadMbps()) + " Mb/s, more than its "
                        + Math.round(trunk.capacityMbps()) + " Mb/s");
            }
        }

        List<Integer> vlans = allocateVlans(spanned);
        List<SegmentPlan> segments = new ArrayList<>();
        for (Segment segment : virtual.segments) {
            List<PortUse> ports = new ArrayList<>();
            PhysicalInterface[] used = interfaceOf[segment.index()];
            for (int a = 0; a < used.length; a++) {
                Attachment attachment = segment.attachments().get(a);
                PhysicalMachine machine = plant.machines.get(machineOf[attachment.node()]);
                ports.add(new PortUse(virtual.nodes.get(attachment.node()).node(), machine.machine(), used[a] == null ? null : used[a].iface(),
                        used[a] == null ? null : used[a].port(), used[a] == null ? null : plant.switchName(used[a].switchIndex()), attachment.mbps()));
            }
            segments.add(new SegmentPlan(segment.name(), vlans.get(segment.index()), ports,
                    spanned.get(segment.index()).stream().map(plant::switchName).toList(),
                    crossed.get(segment.index()).stream().map(b -> plant.bundleName(plant.bundles.get(b))).toList()));
        }

        List<Placement> placements = new ArrayList<>();
        for (int node = 0; node < machineOf.length; node++) {
            PhysicalMachine machine = plant.machines.get(machineOf[node]);
            placements.add(new Placement(virtual.nodes.get(node).node(), machine.machine(),
                    machine.homeSwitch() < 0 ? null : plant.switchName(machine.homeSwitch()), candidates.pinnedMachine(node) >= 0));
        }
        List<Mapping.DelayNode> delayNodes = new ArrayList<>();
        for (VirtualTopology.DelayInsertion delay : virtual.delays) {
            PhysicalInterface towardsA = interfaceOf[delay.towardsA()][attachmentOf(delay.towardsA(), delay.node())];
            PhysicalInterface towardsB = interfaceOf[delay.towardsB()][attachmentOf(delay.towardsB(), delay.node())];
            delayNodes.add(new Mapping.DelayNode(delay.name(), delay.shaped(), delay.member(), virtual.nodes.get(delay.node()).node(),
                    plant.machines.get(machineOf[delay.node()]).machine(), towardsA == null ? null : towardsA.iface(), delay.sideA(),
                    towardsB == null ? null : towardsB.iface(), delay.sideB()));
        }
        double score = traffic + penalty + disconnected * Annealer.DISCONNECTED_PENALTY;
        return new Mapping(placements, segments, trunks, List.copyOf(violations), interSwitch, score, search, List.copyOf(delayNodes));
    }

    /** Where {@code node} attaches to segment {@code segment} (a delay node attaches once to each of its two). */
    private int attachmentOf(int segment, int node) {
        List<Attachment> attachments = virtual.segments.get(segment).attachments();
        for (int a = 0; a < attachments.size(); a++) {
            if (attachments.get(a).node() == node) {
                return a;
            }
        }
        throw new IllegalStateException("delay node " + virtual.nodes.get(node).name() + " is not in " + virtual.segments.get(segment).name());
    }

    private static long kbps(Attachment attachment) {
        return Math.round(attachment.mbps() * 1000);
    }

    /**
     * Fastest demand first, each on the slowest free interface that is fast enough, preferring the
     * machine's main switch: fast interfaces stay for fast links, and links stay off trunks.
     */
    private void assignInterfaces(int node) {
        PhysicalMachine machine = plant.machines.get(machineOf[node]);
        List<int[]> demands = new ArrayList<>();
        for (int s : new TreeSet<>(virtual.segmentsOfNode.get(node))) {
            List<Attachment> attachments = virtual.segments.get(s).attachments();
            for (int a = 0; a < attachments.size(); a++) {
                if (attachments.get(a).node() == node) {
                    demands.add(new int[] {s, a});
                }
            }
        }
        demands.sort(Comparator.comparingDouble((int[] d) -> -virtual.segments.get(d[0]).attachments().get(d[1]).mbps()));
        BitSet taken = new BitSet();
        for (int[] demand : demands) {
            double mbps = virtual.segments.get(demand[0]).attachments().get(demand[1]).mbps();
            int chosen = -1;
            for (int i = 0; i < machine.interfaces().size(); i++) {
                if (taken.get(i)) {
                    continue;
                }
                PhysicalInterface candidate = machine.interfaces().get(i);
                if (candidate.iface().getSpeedMbps() < mbps) {
                    continue;
                }
                if (chosen < 0 || better(candidate, machine.interfaces().get(chosen), machine.homeSwitch())) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                violations.add(virtual.nodes.get(node).name() + " on " + machine.name() + " has no free interface of " + Math.round(mbps)
                        + " Mb/s for " + virtual.segments.get(demand[0]).name());
                continue;
            }
            taken.set(chosen);
            interfaceOf[demand[0]][demand[1]] = machine.interfaces().get(chosen);
        }
    }

    private static boolean better(PhysicalInterface candidate, PhysicalInterface current, int homeSwitch) {
        boolean candidateHome = candidate.switchIndex() == homeSwitch;
        boolean currentHome = current.switchIndex() == homeSwitch;
        if (candidateHome != currentHome) {
            return candidateHome;
        }
        return candidate.iface().getSpeedMbps() < current.iface().getSpeedMbps();
    }

    /** The lowest VLAN ID inside the range of every switch a segment spans and not yet used on any of them. */
    private List<Integer> allocateVlans(List<Set<Integer>> spanned) {
        int switches = plant.switches.size();
        BitSet[] allowed = new BitSet[switches];
        BitSet[] used = new BitSet[switches];
        for (int s = 0; s < switches; s++) {
            Switch sw = plant.switches.get(s);
            try {
                allowed[s] = VlanRanges.parse(sw.getVlanRange());
            } catch (IllegalArgumentException e) {
                violations.add("switch " + sw.getName() + ": " + e.getMessage());
                allowed[s] = new BitSet();
            }
            used[s] = new BitSet();
        }
        List<Integer> vlans = new ArrayList<>();
        for (int segment = 0; segment < spanned.size(); segment++) {
            Set<Integer> switchesOfSegment = spanned.get(segment);
            if (switchesOfSegment.isEmpty()) {
                vlans.add(0);
                continue;
            }
            BitSet free = null;
            for (int s : switchesOfSegment) {
                BitSet here = (BitSet) allowed[s].clone();
                here.andNot(used[s]);
                if (free == null) {
                    free = here;
                } else {
                    free.and(here);
                }
            }
            int vlan = free.nextSetBit(0);
            if (vlan < 0) {
                violations.add(virtual.segments.get(segment).name() + " finds no VLAN ID free on every switch it spans ("
                        + String.join(", ", switchesOfSegment.stream().map(plant::switchName).toList()) + "); widen their VLAN ranges");
                vlans.add(0);
                continue;
            }
            for (int s : switchesOfSegment) {
                used[s].set(vlan);
            }
            vlans.add(vlan);
        }
        return vlans;
    }
}
