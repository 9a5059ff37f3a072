package org.patchbay.mapping.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;

/**
 * A testbed inventory as the mapper sees it: machines with their usable interfaces (those cabled to
 * a switch port), the switches, and the trunk graph with the shortest trunk path between every two
 * switches. Parallel trunks between the same two switches count as one bundle of their summed
 * capacity, as a link aggregation group would.
 */
public final class PhysicalPlant {

    public record PhysicalInterface(Interface iface, int switchIndex, SwitchPort port) {
    }

    public record PhysicalMachine(int index, Machine machine, String name, String hardwareType, Set<String> features,
            List<PhysicalInterface> interfaces, int homeSwitch, String reservedBy) {

        public long interfacesFasterThan(double mbps) {
            return interfaces.stream().filter(i -> i.iface().getSpeedMbps() >= mbps).count();
        }
    }

    /** The trunks between two switches, as one bundle. */
    public record TrunkBundle(int index, int switchA, int switchB, List<Trunk> trunks, double capacityMbps) {
    }

    public final List<PhysicalMachine> machines = new ArrayList<>();
    public final List<Switch> switches = new ArrayList<>();
    public final List<TrunkBundle> bundles = new ArrayList<>();
    /** paths[a][b]: the bundles crossed from switch a to switch b; null when no trunk path exists. */
    private int[][][] paths;
    private final Map<String, Integer> machineByName = new HashMap<>();

    private PhysicalPlant() {
    }

    public static PhysicalPlant of(Testbed testbed) {
        PhysicalPlant plant = new PhysicalPlant();
        Map<Switch, Integer> switchIndex = new HashMap<>();
        for (Switch sw : testbed.getSwitches()) {
            switchIndex.put(sw, plant.switches.size());
            plant.switches.add(sw);
        }
        for (Machine machine : testbed.getMachines()) {
            List<PhysicalInterface> usable = new ArrayList<>();
            int[] perSwitch = new int[plant.switches.size()];
            for (Interface iface : machine.getInterfaces()) {
                SwitchPort port = iface.getCabledTo();
                Integer sw = port == null ? null : switchIndex.get(port.eContainer());
                if (sw != null) {
                    usable.add(new PhysicalInterface(iface, sw, port));
                    perSwitch[sw]++;
                }
            }
            int home = -1;
            for (int s = 0; s < perSwitch.length; s++) {
                if (perSwitch[s] > 0 && (home < 0 || perSwitch[s] > perSwitch[home])) {
                    home = s;
                }
            }
            String reservedBy = machine.getReservedBy() == null || machine.getReservedBy().isBlank() ? null : machine.getReservedBy();
            String type = machine.getHardwareType() == null || machine.getHardwareType().isBlank() ? null : machine.getHardwareType().strip();
            PhysicalMachine physical = new PhysicalMachine(plant.machines.size(), machine, machine.getName(), type,
                    new HashSet<>(machine.getFeatures()), List.copyOf(usable), home, reservedBy);
            plant.machineByName.put(machine.getName(), physical.index());
            plant.machines.add(physical);
        }

        Map<Long, List<Trunk>> byPair = new HashMap<>();
        List<Long> pairOrder = new ArrayList<>();
        for (Trunk trunk : testbed.getTrunks()) {
            Integer a = trunk.getEndA() == null ? null : switchIndex.get(trunk.getEndA().eContainer());
            Integer b = trunk.getEndB() == null ? null : switchIndex.get(trunk.getEndB().eContainer());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            if (!byPair.containsKey(key)) {
                pairOrder.add(key);
            }
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(trunk);
        }
        for (long key : pairOrder) {
            List<Trunk> trunks = byPair.get(key);
            double capacity = trunks.stream().mapToDouble(Trunk::getCapacityMbps).sum();
            plant.bundles.add(new TrunkBundle(plant.bundles.size(), (int) (key >>> 32), (int) key, List.copyOf(trunks), capacity));
        }
        plant.computePaths();
        return plant;
    }

    /** Breadth-first from every switch: fewest trunk hops, ties to the lower-numbered bundle. */
    private void computePaths() {
        int n = switches.size();
        List<List<int[]>> adjacency = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            adjacency.add(new ArrayList<>());
        }
        for (TrunkBundle bundle : bundles) {
            adjacency.get(bundle.switchA()).add(new int[] {bundle.switchB(), bundle.index()});
            adjacency.get(bundle.switchB()).add(new int[] {bundle.switchA(), bundle.index()});
        }
        paths = new int[n][n][];
        for (int from = 0; from < n; from++) {
            int[] viaBundle = new int[n];
            int[] previous = new int[n];
            Arrays.fill(previous, -2);
            previous[from] = -1;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(from);
            while (!queue.isEmpty()) {
                int at = queue.poll();
                for (int[] edge : adjacency.get(at)) {
                    if (previous[edge[0]] == -2) {
                        previous[edge[0]] = at;
                        viaBundle[edge[0]] = edge[1];
                        queue.add(edge[0]);
                    }
                }
            }
            for (int to = 0; to < n; to++) {
                if (previous[to] == -2) {
                    continue;
                }
                List<Integer> hops = new ArrayList<>();
                for (int at = to; at != from; at = previous[at]) {
                    hops.add(viaBundle[at]);
                }
                paths[from][to] = hops.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** The bundles between two switches (empty for the same switch), or null if no trunk path joins them. */
    public int[] path(int fromSwitch, int toSwitch) {
        return paths[fromSwitch][toSwitch];
    }

    public Integer machineNamed(String name) {
        return machineByName.get(name);
    }

    public String switchName(int index) {
        return switches.get(index).getName();
    }

    public String bundleName(TrunkBundle bundle) {
        return switchName(bundle.switchA()) + "–" + switchName(bundle.switchB());
    }
}
