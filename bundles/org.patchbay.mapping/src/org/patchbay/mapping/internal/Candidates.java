package org.patchbay.mapping.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.patchbay.mapping.MappingException;
import org.patchbay.mapping.internal.PhysicalPlant.PhysicalMachine;
import org.patchbay.mapping.internal.VirtualTopology.Attachment;
import org.patchbay.mapping.internal.VirtualTopology.VirtualNode;

/**
 * Which machines may host which virtual node: free for this experiment, of the node's hardware
 * type, with its desired features and enough cabled interfaces fast enough for its links. Nodes
 * that ask for the same things share one class, so the check runs once per class. Also decides
 * pins and proves, by a bipartite matching, that every node can get a machine of its own; when not,
 * explains which request cannot be met and by how much.
 */
public final class Candidates {

    /** What a node asks of a machine; nodes with equal requirements share the compatible set. */
    private record Requirement(String hardwareType, TreeSet<String> features, double[] mbpsDescending) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Requirement r && Objects.equals(hardwareType, r.hardwareType) && features.equals(r.features)
                    && Arrays.equals(mbpsDescending, r.mbpsDescending);
        }

        @Override
        public int hashCode() {
            return Objects.hash(hardwareType, features, Arrays.hashCode(mbpsDescending));
        }

        String describe() {
            StringBuilder text = new StringBuilder(hardwareType == null ? "of any type" : "of type " + hardwareType);
            if (!features.isEmpty()) {
                text.append(" with ").append(String.join(", ", features));
            }
            if (mbpsDescending.length > 0) {
                text.append(features.isEmpty() ? " with " : " and ").append(mbpsDescending.length)
                        .append(mbpsDescending.length == 1 ? " interface" : " interfaces");
                if (mbpsDescending[0] > 1000) {
                    text.append(" (one of ").append(Math.round(mbpsDescending[0])).append(" Mb/s)");
                }
            }
            return text.toString();
        }
    }

    private final VirtualTopology virtual;
    private final PhysicalPlant plant;
    private final int[] classOfNode;
    private final List<Requirement> classes = new ArrayList<>();
    private final List<BitSet> compatible = new ArrayList<>();
    private final int[] pinnedMachine;

    private Candidates(VirtualTopology virtual, PhysicalPlant plant) {
        this.virtual = virtual;
        this.plant = plant;
        this.classOfNode = new int[virtual.nodes.size()];
        this.pinnedMachine = new int[virtual.nodes.size()];
        Arrays.fill(pinnedMachine, -1);
    }

    /**
     * Works out every node's candidates and pins; throws with every reason found when some node can
     * have no machine, or not all of them at once.
     */
    public static Candidates of(VirtualTopology virtual, PhysicalPlant plant, String experimentName, Map<String, String> pins)
            throws MappingException {
        Candidates candidates = new Candidates(virtual, plant);
        candidates.classify(experimentName);
        List<String> reasons = new ArrayList<>();
        candidates.pin(pins, experimentName, reasons);
        if (reasons.isEmpty()) {
            candidates.checkCounts(experimentName, reasons);
        }
        if (reasons.isEmpty()) {
            int[] matching = candidates.matching();
            if (matching == null) {
                reasons.add(candidates.explainHallViolation());
            }
        }
        if (!reasons.isEmpty()) {
            throw new MappingException(reasons);
        }
        return candidates;
    }

    private void classify(String experimentName) {
        Map<Requirement, Integer> known = new HashMap<>();
        for (VirtualNode node : virtual.nodes) {
            Requirement requirement = requirementOf(node);
            Integer existing = known.get(requirement);
            if (existing == null) {
                existing = classes.size();
                known.put(requirement, existing);
                classes.add(requirement);
                BitSet fits = new BitSet(plant.machines.size());
                for (PhysicalMachine machine : plant.machines) {
                    if (isFree(machine, experimentName) && fits(requirement, machine)) {
                        fits.set(machine.index());
                    }
                }
                compatible.add(fits);
            }
            classOfNode[node.index()] = existing;
        }
    }

    private Requirement requirementOf(VirtualNode node) {
        List<Double> mbps = new ArrayList<>();
        for (int s : new TreeSet<>(virtual.segmentsOfNode.get(node.index()))) {
            for (Attachment attachment : virtual.segments.get(s).attachments()) {
                if (attachment.node() == node.index()) {
                    mbps.add(attachment.mbps());
                }
            }
        }
        double[] descending = mbps.stream().sorted((x, y) -> Double.compare(y, x)).mapToDouble(Double::doubleValue).toArray();
        return new Requirement(node.hardwareType(), new TreeSet<>(node.desiredFeatures()), descending);
    }

    private static boolean isFree(PhysicalMachine machine, String experimentName) {
        return machine.reservedBy() == null || machine.reservedBy().equals(experimentName);
    }

    private static boolean fits(Requirement requirement, PhysicalMachine machine) {
        if (!fitsKind(requirement, machine)) {
            return false;
        }
        double[] demand = requirement.mbpsDescending();
        if (demand.length > machine.interfaces().size()) {
            return false;
        }
        long[] speeds = machine.interfaces().stream().mapToLong(i -> i.iface().getSpeedMbps()).sorted().toArray();
        for (int i = 0; i < demand.length; i++) {
            if (speeds[speeds.length - 1 - i] < demand[i]) {
                return false;
            }
        }
        return true;
    }

    private void pin(Map<String, String> pins, String experimentName, List<String> reasons) {
        Map<Integer, String> takenBy = new HashMap<>();
        for (VirtualNode node : virtual.nodes) {
            String machineName = pins.getOrDefault(node.name(), node.fixedTo());
            if (machineName == null) {
                continue;
            }
            Integer machine = plant.machineNamed(machineName);
            if (machine == null) {
                reasons.add(node.name() + " is fixed to " + machineName + ", which the testbed does not have; fix it to a machine of the inventory or clear 'Fixed To'");
                continue;
            }
            PhysicalMachine physical = plant.machines.get(machine);
            if (!isFree(physical, experimentName)) {
                reasons.add(node.name() + " is fixed to " + machineName + ", which experiment " + physical.reservedBy()
                        + " holds; swap that experiment out or fix " + node.name() + " elsewhere");
            } else if (!compatible.get(classOfNode[node.index()]).get(machine)) {
                reasons.add(node.name() + " is fixed to " + machineName + ", which does not fit it: the node needs a machine "
                        + classes.get(classOfNode[node.index()]).describe() + ", " + machineName + " is " + describeMachine(physical));
            } else if (takenBy.containsKey(machine)) {
                reasons.add(node.name() + " and " + takenBy.get(machine) + " are both fixed to " + machineName + "; each node needs a machine of its own");
            } else {
                takenBy.put(machine, node.name());
                pinnedMachine[node.index()] = machine;
            }
        }
    }

    private static String describeMachine(PhysicalMachine machine) {
        StringBuilder text = new StringBuilder(machine.hardwareType() == null ? "of no stated type" : "of type " + machine.hardwareType());
        if (!machine.features().isEmpty()) {
            text.append(" with ").append(String.join(", ", new TreeSet<>(machine.features())));
        }
        text.append(" and ").append(machine.interfaces().size()).append(" cabled interfaces");
        return text.toString();
    }

    /**
     * Per type and features, then per class (which also counts interfaces): are there at least as
     * many free fitting machines as nodes asking?
     */
    private void checkCounts(String experimentName, List<String> reasons) {
        Map<Requirement, Integer> byKind = new LinkedHashMap<>();
        for (VirtualNode node : virtual.nodes) {
            byKind.merge(new Requirement(node.hardwareType(), new TreeSet<>(node.desiredFeatures()), new double[0]), 1, Integer::sum);
        }
        for (Map.Entry<Requirement, Integer> entry : byKind.entrySet()) {
            int free = 0;
            int held = 0;
            for (PhysicalMachine machine : plant.machines) {
                if (fitsKind(entry.getKey(), machine)) {
                    if (isFree(machine, experimentName)) {
                        free++;
                    } else {
                        held++;
                    }
                }
            }
            if (free < entry.getValue()) {
                reasons.add(shortage(entry.getValue(), entry.getKey(), free, held));
            }
        }
        if (!reasons.isEmpty()) {
            return;
        }
        Map<Integer, Integer> needed = new LinkedHashMap<>();
        for (int node = 0; node < classOfNode.length; node++) {
            needed.merge(classOfNode[node], 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> entry : needed.entrySet()) {
            Requirement requirement = classes.get(entry.getKey());
            int free = compatible.get(entry.getKey()).cardinality();
            if (free >= entry.getValue()) {
                continue;
            }
            int held = 0;
            for (PhysicalMachine machine : plant.machines) {
                if (!isFree(machine, experimentName) && fits(requirement, machine)) {
                    held++;
                }
            }
            reasons.add(shortage(entry.getValue(), requirement, free, held));
        }
    }

    private static String shortage(int needed, Requirement requirement, int free, int held) {
        String heldText = held == 0 ? "" : " (" + held + " more held by other experiments)";
        return "needs " + needed + (needed == 1 ? " node " : " nodes ") + requirement.describe() + ", " + free + " free" + heldText
                + "; add machines to the inventory, free some, or relax the node type, features or links";
    }

    private static boolean fitsKind(Requirement requirement, PhysicalMachine machine) {
        return (requirement.hardwareType() == null || requirement.hardwareType().equalsIgnoreCase(machine.hardwareType() == null ? "" : machine.hardwareType()))
                && machine.features().containsAll(requirement.features());
    }

    /** A machine for every node (Kuhn's augmenting paths), or null when there is none; pinned nodes keep theirs. */
    public int[] matching() {
        int nodes = classOfNode.length;
        int[] machineOf = new int[nodes];
        int[] nodeOn = new int[plant.machines.size()];
        Arrays.fill(machineOf, -1);
        Arrays.fill(nodeOn, -1);
        for (int node = 0; node < nodes; node++) {
            if (pinnedMachine[node] >= 0) {
                machineOf[node] = pinnedMachine[node];
                nodeOn[pinnedMachine[node]] = node;
            }
        }
        for (int node = 0; node < nodes; node++) {
            if (machineOf[node] >= 0) {
                continue;
            }
            BitSet fits = compatible.get(classOfNode[node]);
            for (int m = fits.nextSetBit(0); m >= 0; m = fits.nextSetBit(m + 1)) {
                if (nodeOn[m] < 0) {
                    machineOf[node] = m;
                    nodeOn[m] = node;
                    break;
                }
            }
        }
        for (int node = 0; node < nodes; node++) {
            if (machineOf[node] < 0 && !augment(node, machineOf, nodeOn, new BitSet(plant.machines.size()))) {
                lastUnmatched = node;
                return null;
            }
        }
        return machineOf;
    }

    private int lastUnmatched = -1;
    private BitSet lastVisited;

    private boolean augment(int root, int[] machineOf, int[] nodeOn, BitSet visited) {
        lastVisited = visited;
        // Iterative depth-first search for an augmenting path, so thousands of nodes do not overflow the stack.
        int[] stackNode = new int[classOfNode.length + 1];
        int[] stackNext = new int[classOfNode.length + 1];
        int[] parentMachine = new int[classOfNode.length + 1];
        int depth = 0;
        stackNode[0] = root;
        stackNext[0] = 0;
        while (depth >= 0) {
            int node = stackNode[depth];
            BitSet fits = compatible.get(classOfNode[node]);
            int m = fits.nextSetBit(stackNext[depth]);
            while (m >= 0 && (visited.get(m) || pinnedMachine[node] >= 0)) {
                m = fits.nextSetBit(m + 1);
            }
            if (m < 0) {
                depth--;
                continue;
            }
            stackNext[depth] = m + 1;
            visited.set(m);
            parentMachine[depth] = m;
            int holder = nodeOn[m];
            if (holder < 0) {
                for (int level = depth; level >= 0; level--) {
                    int machine = parentMachine[level];
                    int nodeAtLevel = stackNode[level];
                    machineOf[nodeAtLevel] = machine;
                    nodeOn[machine] = nodeAtLevel;
                }
                return true;
            }
            if (pinnedMachine[holder] >= 0) {
                continue;
            }
            depth++;
            stackNode[depth] = holder;
            stackNext[depth] = 0;
        }
        return false;
    }

    /** The failed search visited machines that fit the node, all needed by other nodes: say so. */
    private String explainHallViolation() {
        int contested = lastVisited == null ? 0 : lastVisited.cardinality();
        return virtual.nodes.get(lastUnmatched).name() + " cannot get a machine: the " + contested
                + " free machines that fit it (or fit the nodes it would displace) are all needed by " + contested
                + " other nodes; add one more free machine " + classes.get(classOfNode[lastUnmatched]).describe()
                + ", or relax what the nodes ask for";
    }

    public boolean fits(int node, int machine) {
        return compatible.get(classOfNode[node]).get(machine);
    }

    public BitSet machinesFor(int node) {
        return compatible.get(classOfNode[node]);
    }

    public int pinnedMachine(int node) {
        return pinnedMachine[node];
    }

    private int[] versatility;

    /** How many node classes a machine could serve: a scarce-purpose machine is kept for the nodes that need it. */
    public int versatilityOf(int machine) {
        if (versatility == null) {
            versatility = new int[plant.machines.size()];
            for (BitSet fits : compatible) {
                for (int m = fits.nextSetBit(0); m >= 0; m = fits.nextSetBit(m + 1)) {
                    versatility[m]++;
                }
            }
        }
        return versatility[machine];
    }
}
