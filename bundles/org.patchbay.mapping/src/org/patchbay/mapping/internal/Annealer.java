package org.patchbay.mapping.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.patchbay.mapping.internal.VirtualTopology.Attachment;
import org.patchbay.mapping.internal.VirtualTopology.Segment;

/**
 * Simulated annealing over node placements, as Netbed's assign, in two levels: groups of tightly
 * linked nodes first, then single nodes. A move relocates nodes to free machines on another switch
 * or swaps them with the nodes there; the cost is the
 * traffic the experiment puts on trunks (100 Mb/s-hops) plus a penalty for every trunk loaded past
 * its capacity and for segments split across switches no trunk joins. Moves are evaluated
 * incrementally: only the segments of the moved nodes and the trunks they cross are recomputed.
 * Type, features, interface counts and pins are never broken by a move, so every state is a
 * mapping a user could swap in.
 */
public final class Annealer {

    static final double VIOLATION_PENALTY = 100;
    static final double OVERLOAD_PENALTY_PER_100MB = 10;
    static final double DISCONNECTED_PENALTY = 1000;
    private static final int LEVELS = 200;
    private static final long MOVES_PER_NODE = 2000;
    private static final int GROUPS_PER_SWITCH = 3;
    private static final int REHEATS = 4;
    private static final double REHEAT_TEMPERATURE = 0.1;
    /** Where the node-level refinement starts, as a fraction of its sampled temperature. */
    private static final double REFINE_TEMPERATURE = 0.05;

    private final VirtualTopology virtual;
    private final PhysicalPlant plant;
    private final Candidates candidates;
    private final SplittableRandom random;

    private final int[] machineOf;
    private final int[] nodeOn;
    private final int[] switchOf;
    private final long[][] segmentKbps;
    /** segmentNodes[s][a]: the node of attachment a of segment s; flat arrays keep the inner loops fast. */
    private final int[][] segmentNodes;
    /** nodeSegments[n]: the segments of node n, once per attachment. */
    private final int[][] nodeSegments;
    private final long[] loadKbps;
    private final long[] capacityKbps;
    private final int[][] machinesOnSwitch;
    private final int[] movable;
    private final Map<BitSet, int[]> switchesOfClass = new IdentityHashMap<>();

    private double traffic;
    private int disconnected;
    private double penalty;

    // Bookkeeping of the move being evaluated, so a rejected move is undone exactly.
    private int stamp;
    private final int[] bundleStamp;
    private final long[] savedLoad;
    private final int[] touched;
    private int touchedCount;
    private final int[] segmentStamp;
    private final int[] affected;
    private int affectedCount;
    private double trafficBefore;
    private int disconnectedBefore;
    private final long[] switchKbps;
    private final int[] switchStamp;
    private final int[] switchList;
    private int switchRound;

    private long moves;

    private final int[] movedNodes;
    private final int[] leaving;
    private final int[] arriving;
    private final int[] evicted;
    private final int[] oldMachines;
    private final int[] newMachines;
    private int movedCount;

    public Annealer(VirtualTopology virtual, PhysicalPlant plant, Candidates candidates, long seed) {
        this.virtual = virtual;
        this.plant = plant;
        this.candidates = candidates;
        this.random = new SplittableRandom(seed);
        int nodes = virtual.nodes.size();
        machineOf = new int[nodes];
        switchOf = new int[nodes];
        nodeOn = new int[plant.machines.size()];
        Arrays.fill(machineOf, -1);
        Arrays.fill(nodeOn, -1);
        segmentKbps = new long[virtual.segments.size()][];
        for (Segment segment : virtual.segments) {
            segmentKbps[segment.index()] = segment.attachments().stream().mapToLong(a -> Math.round(a.mbps() * 1000)).toArray();
        }
        segmentNodes = virtual.segments.stream().map(seg -> seg.attachments().stream().mapToInt(Attachment::node).toArray()).toArray(int[][]::new);
        nodeSegments = virtual.segmentsOfNode.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        loadKbps = new long[plant.bundles.size()];
        capacityKbps = plant.bundles.stream().mapToLong(b -> Math.round(b.capacityMbps() * 1000)).toArray();
        bundleStamp = new int[loadKbps.length];
        savedLoad = new long[loadKbps.length];
        touched = new int[loadKbps.length];
        segmentStamp = new int[virtual.segments.size()];
        affected = new int[virtual.segments.size()];
        int switches = plant.switches.size();
        switchKbps = new long[switches];
        switchStamp = new int[switches];
        switchList = new int[switches];
        List<List<Integer>> onSwitch = new ArrayList<>();
        for (int s = 0; s < switches; s++) {
            onSwitch.add(new ArrayList<>());
        }
        for (PhysicalPlant.PhysicalMachine machine : plant.machines) {
            if (machine.homeSwitch() >= 0) {
                onSwitch.get(machine.homeSwitch()).add(machine.index());
            }
        }
        machinesOnSwitch = onSwitch.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        movedNodes = new int[nodes];
        leaving = new int[nodes];
        arriving = new int[nodes];
        evicted = new int[nodes];
        oldMachines = new int[nodes];
        newMachines = new int[nodes];
        movable = java.util.stream.IntStream.range(0, nodes)
                .filter(n -> candidates.pinnedMachine(n) < 0 && virtual.attachmentsOf(n) > 0).toArray();
    }

    /** Places every node: pinned ones where pinned, the rest greedily next to their placed neighbours, or as the matching says if greedy gets stuck. */
    public void placeInitially(int[] matching) {
        for (int node = 0; node < machineOf.length; node++) {
            if (candidates.pinnedMachine(node) >= 0) {
                place(node, candidates.pinnedMachine(node));
            }
        }
        if (!placeGreedily()) {
            Arrays.fill(nodeOn, -1);
            for (int node = 0; node < machineOf.length; node++) {
                place(node, matching[node]);
            }
        }
        recomputeAll();
    }

    private boolean placeGreedily() {
        int nodes = machineOf.length;
        boolean[] queued = new boolean[nodes];
        long[] weight = new long[plant.switches.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Integer[] byDegree = new Integer[nodes];
        for (int i = 0; i < nodes; i++) {
            byDegree[i] = i;
        }
        Arrays.sort(byDegree, (a, b) -> Integer.compare(virtual.attachmentsOf(b), virtual.attachmentsOf(a)));
        for (int start : byDegree) {
            if (queued[start]) {
                continue;
            }
            queued[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (machineOf[node] < 0) {
                    Arrays.fill(weight, 0);
                    for (int s : virtual.segmentsOfNode.get(node)) {
                        List<Attachment> attachments = virtual.segments.get(s).attachments();
                        for (int a = 0; a < attachments.size(); a++) {
                            int other = attachments.get(a).node();
                            if (other != node && machineOf[other] >= 0 && switchOf[other] >= 0) {
                                weight[switchOf[other]] += segmentKbps[s][a];
                            }
                        }
                    }
                    int machine = bestFreeMachine(node, weight);
                    if (machine < 0) {
                        return false;
                    }
                    place(node, machine);
                }
                for (int s : virtual.segmentsOfNode.get(node)) {
                    for (Attachment attachment : virtual.segments.get(s).attachments()) {
                        if (!queued[attachment.node()]) {
                            queued[attachment.node()] = true;
                            queue.add(attachment.node());
                        }
                    }
                }
            }
        }
        return true;
    }

    /** The free fitting machine on the switch the node's placed neighbours weigh most, else on the switch with most room. */
    private int bestFreeMachine(int node, long[] weight) {
        int bestSwitch = -1;
        int bestMachine = -1;
        long bestWeight = -1;
        int bestRoom = -1;
        for (int s = 0; s < machinesOnSwitch.length; s++) {
            int room = 0;
            int pick = -1;
            int pickVersatility = Integer.MAX_VALUE;
            for (int machine : machinesOnSwitch[s]) {
                if (nodeOn[machine] < 0 && candidates.fits(node, machine)) {
                    room++;
                    int versatility = candidates.versatilityOf(machine);
                    if (versatility < pickVersatility) {
                        pick = machine;
                        pickVersatility = versatility;
                    }
                }
            }
            if (pick < 0) {
                continue;
            }
            if (weight[s] > bestWeight || weight[s] == bestWeight && room > bestRoom) {
                bestSwitch = s;
                bestMachine = pick;
                bestWeight = weight[s];
                bestRoom = room;
            }
        }
        if (bestSwitch >= 0) {
            return bestMachine;
        }
        // Machines without cabled interfaces host only nodes without links.
        BitSet fits = candidates.machinesFor(node);
        for (int machine = fits.nextSetBit(0); machine >= 0; machine = fits.nextSetBit(machine + 1)) {
            if (nodeOn[machine] < 0) {
                return machine;
            }
        }
        return -1;
    }

    private void place(int node, int machine) {
        machineOf[node] = machine;
        nodeOn[machine] = node;
        switchOf[node] = plant.machines.get(machine).homeSwitch();
    }

    private void recomputeAll() {
        Arrays.fill(loadKbps, 0);
        traffic = 0;
        disconnected = 0;
        stamp++;
        touchedCount = 0;
        for (Segment segment : virtual.segments) {
            contribute(segment.index(), 1);
        }
        penalty = 0;
        for (int b = 0; b < loadKbps.length; b++) {
            penalty += penalty(loadKbps[b], capacityKbps[b]);
        }
    }

    /** Each node's machine (index into the plant's machines) in the current placement. */
    public int[] placement() {
        return machineOf.clone();
    }

    public double cost() {
        return traffic + penalty + disconnected * DISCONNECTED_PENALTY;
    }

    public long moves() {
        return moves;
    }

    static double penalty(long load, long capacity) {
        return load <= capacity ? 0 : VIOLATION_PENALTY + OVERLOAD_PENALTY_PER_100MB * (load - capacity) / 100_000.0;
    }

    /** Adds (sign 1) or removes (sign -1) a segment's traffic on the trunks between its switches and its main switch. */
    private void contribute(int segment, int sign) {
        int[] nodes = segmentNodes[segment];
        long[] kbps = segmentKbps[segment];
        switchRound++;
        int listed = 0;
        for (int a = 0; a < nodes.length; a++) {
            int s = switchOf[nodes[a]];
            if (s < 0) {
                continue;
            }
            if (switchStamp[s] != switchRound) {
                switchStamp[s] = switchRound;
                switchKbps[s] = 0;
                switchList[listed++] = s;
            }
            switchKbps[s] += kbps[a];
        }
        if (listed <= 1) {
            return;
        }
        int home = switchList[0];
        for (int i = 1; i < listed; i++) {
            int s = switchList[i];
            if (switchKbps[s] > switchKbps[home] || switchKbps[s] == switchKbps[home] && s < home) {
                home = s;
            }
        }
        for (int a = 0; a < nodes.length; a++) {
            int s = switchOf[nodes[a]];
            if (s < 0 || s == home) {
                continue;
            }
            int[] path = plant.path(s, home);
            if (path == null) {
                disconnected += sign;
                continue;
            }
            traffic += sign * kbps[a] * path.length / 100_000.0;
            for (int bundle : path) {
                if (bundleStamp[bundle] != stamp) {
                    bundleStamp[bundle] = stamp;
                    savedLoad[bundle] = loadKbps[bundle];
                    touched[touchedCount++] = bundle;
                }
                loadKbps[bundle] += sign * kbps[a];
            }
        }
    }

    /** Puts the moved segments back on the trunks and answers the change in cost. */
    private double finishMove() {
        for (int i = 0; i < affectedCount; i++) {
            contribute(affected[i], 1);
        }
        double penaltyChange = 0;
        for (int i = 0; i < touchedCount; i++) {
            int b = touched[i];
            penaltyChange += penalty(loadKbps[b], capacityKbps[b]) - penalty(savedLoad[b], capacityKbps[b]);
        }
        lastPenaltyChange = penaltyChange;
        return traffic - trafficBefore + penaltyChange + (disconnected - disconnectedBefore) * DISCONNECTED_PENALTY;
    }

    private double lastPenaltyChange;

    private void collectSegments(int node) {
        for (int s : nodeSegments[node]) {
            if (segmentStamp[s] != stamp) {
                segmentStamp[s] = stamp;
                affected[affectedCount++] = s;
            }
        }
    }

    private void undoLoads() {
        for (int i = 0; i < touchedCount; i++) {
            loadKbps[touched[i]] = savedLoad[touched[i]];
        }
        traffic = trafficBefore;
        disconnected = disconnectedBefore;
    }

    /**
     * Moves the first {@code movedCount} nodes of {@link #movedNodes} to the machines in
     * {@link #newMachines} (free ones, or ones vacated by another node of the same move) and answers
     * the change in cost; {@link #undoMoveSet} takes it back.
     */
    private double moveSet() {
        stamp++;
        touchedCount = 0;
        affectedCount = 0;
        for (int i = 0; i < movedCount; i++) {
            collectSegments(movedNodes[i]);
        }
        trafficBefore = traffic;
        disconnectedBefore = disconnected;
        for (int i = 0; i < affectedCount; i++) {
            contribute(affected[i], -1);
        }
        for (int i = 0; i < movedCount; i++) {
            oldMachines[i] = machineOf[movedNodes[i]];
            nodeOn[oldMachines[i]] = -1;
        }
        for (int i = 0; i < movedCount; i++) {
            place(movedNodes[i], newMachines[i]);
        }
        return finishMove();
    }

    private void undoMoveSet() {
        undoLoads();
        for (int i = 0; i < movedCount; i++) {
            nodeOn[newMachines[i]] = -1;
        }
        for (int i = 0; i < movedCount; i++) {
            place(movedNodes[i], oldMachines[i]);
        }
    }

    /** Evaluates the prepared move set, keeps it if the Metropolis rule accepts it, else undoes it. */
    private double decide(double temperature) {
        double delta = moveSet();
        if (accept(delta, temperature)) {
            penalty += lastPenaltyChange;
            return delta;
        }
        undoMoveSet();
        return temperature == Double.NEGATIVE_INFINITY ? delta : 0;
    }

    /**
     * Anneals until the move budget, the deadline or a cancel, and leaves the best placement found.
     * Two levels, as multilevel partitioners do: first groups of tightly linked nodes (up to a
     * switch's worth, merged along their heaviest links) move as one, so a whole subtree can change
     * switch in one step; then single nodes refine at a lower temperature. Answers whether the
     * deadline stopped it.
     */
    public boolean anneal(long deadlineNanos, BooleanSupplier cancelled) {
        if (movable.length == 0 || plant.switches.size() < 2 || cost() == 0) {
            return false;
        }
        int[] start = machineOf.clone();
        double startCost = cost();
        boolean timedOut = annealInLevels(deadlineNanos, cancelled);
        // Violations left: reheat and anneal again from the best so far, a few times at most.
        for (int reheat = 0; reheat < REHEATS && !timedOut && !cancelled.getAsBoolean() && overloadedTrunks() > 0; reheat++) {
            boolean groupLevel = groups.length < movable.length && reheat % 2 == 0;
            timedOut = new Phase(deadlineNanos, cancelled, groupLevel).run(sampleTemperature(groupLevel) * REHEAT_TEMPERATURE, 1e-2,
                    MOVES_PER_NODE / 2 * (groupLevel ? groups.length : movable.length));
        }
        if (!timedOut && !cancelled.getAsBoolean()) {
            repair(deadlineNanos);
        }
        if (cost() > startCost) {
            Arrays.fill(nodeOn, -1);
            for (int node = 0; node < start.length; node++) {
                place(node, start[node]);
            }
            recomputeAll();
        }
        return timedOut;
    }

    /**
     * Steepest descent on what is still overloaded: for every node whose traffic crosses an
     * overloaded trunk, every relocation to a free machine and every swap on every other switch is
     * evaluated, and the best improving one is made, until none improves. Annealing leaves the odd
     * violation a single exact move fixes; this finds that move.
     */
    private void repair(long deadlineNanos) {
        for (int round = 0; round < 100 && System.nanoTime() - deadlineNanos < 0; round++) {
            findHotNodes();
            if (hotCount == 0) {
                return;
            }
            double bestDelta = -1e-9;
            int bestNode = -1;
            int bestMachine = -1;
            int bestOther = -1;
            for (int h = 0; h < hotCount; h++) {
                int node = hot[h];
                for (int target : switchesOfClass.computeIfAbsent(candidates.machinesFor(node), this::homeSwitchesOf)) {
                    if (target == switchOf[node]) {
                        continue;
                    }
                    boolean triedFree = false;
                    for (int machine : machinesOnSwitch[target]) {
                        if (!candidates.fits(node, machine)) {
                            continue;
                        }
                        int holder = nodeOn[machine];
                        if (holder < 0 && triedFree || holder >= 0 && (candidates.pinnedMachine(holder) >= 0 || !candidates.fits(holder, machineOf[node]))) {
                            continue;
                        }
                        triedFree |= holder < 0;
                        prepareMove(node, machine, holder);
                        double delta = decide(Double.NEGATIVE_INFINITY);
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            bestNode = node;
                            bestMachine = machine;
                            bestOther = holder;
                        }
                    }
                }
            }
            if (bestNode < 0) {
                return;
            }
            prepareMove(bestNode, bestMachine, bestOther);
            decide(0);
        }
    }

    /** Sets up the move of node to machine, swapping with holder (the node on it, or -1 when it is free). */
    private void prepareMove(int node, int machine, int holder) {
        movedCount = 1;
        movedNodes[0] = node;
        newMachines[0] = machine;
        if (holder >= 0) {
            movedCount = 2;
            movedNodes[1] = holder;
            newMachines[1] = machineOf[node];
        }
    }

    private boolean annealInLevels(long deadlineNanos, BooleanSupplier cancelled) {
        coarsen();
        if (groups.length < movable.length) {
            placeGroupsTogether();
            Phase coarse = new Phase(deadlineNanos, cancelled, true);
            if (coarse.run(sampleTemperature(true), 1e-3, MOVES_PER_NODE * groups.length)) {
                return true;
            }
            if (cancelled.getAsBoolean()) {
                return false;
            }
            boolean timedOut = new Phase(deadlineNanos, cancelled, false).run(sampleTemperature(false) * REFINE_TEMPERATURE, 1e-2,
                    MOVES_PER_NODE / 2 * movable.length);
            return timedOut;
        }
        return new Phase(deadlineNanos, cancelled, false).run(sampleTemperature(false), 1e-3, MOVES_PER_NODE * movable.length);
    }

    /** One annealing schedule with either group or node moves; keeps the best placement it passes. */
    private final class Phase {
        private final long deadlineNanos;
        private final BooleanSupplier cancelled;
        private final boolean groupMoves;

        Phase(long deadlineNanos, BooleanSupplier cancelled, boolean groupMoves) {
            this.deadlineNanos = deadlineNanos;
            this.cancelled = cancelled;
            this.groupMoves = groupMoves;
        }

        /** Answers whether the deadline stopped it. */
        boolean run(double startTemperature, double endFraction, long budget) {
            double current = cost();
            int[] best = machineOf.clone();
            double bestCost = current;
            double cooling = Math.pow(endFraction, 1.0 / LEVELS);
            long perLevel = Math.max(100, Math.max(20_000, budget) / LEVELS);
            double temperature = startTemperature;
            boolean timedOut = false;
            outer:
            for (int level = 0; level < LEVELS; level++) {
                findHotNodes();
                for (long i = 0; i < perLevel; i++) {
                    if ((moves & 1023) == 0) {
                        if (cancelled.getAsBoolean()) {
                            break outer;
                        }
                        if (System.nanoTime() - deadlineNanos > 0) {
                            timedOut = true;
                            break outer;
                        }
                    }
                    moves++;
                    double delta = groupMoves ? tryGroupMove(temperature) : tryRandomMove(temperature);
                    if (Double.isNaN(delta)) {
                        continue;
                    }
                    current += delta;
                    if (current < bestCost - 1e-9) {
                        bestCost = current;
                        System.arraycopy(machineOf, 0, best, 0, best.length);
                        if (bestCost <= 1e-9) {
                            break outer;
                        }
                    }
                }
                temperature *= cooling;
            }
            Arrays.fill(nodeOn, -1);
            for (int node = 0; node < best.length; node++) {
                place(node, best[node]);
            }
            recomputeAll();
            return timedOut;
        }
    }

    private int overloadedTrunks() {
        int count = 0;
        for (int b = 0; b < loadKbps.length; b++) {
            if (loadKbps[b] > capacityKbps[b]) {
                count++;
            }
        }
        return count;
    }

    private int[] hot = new int[0];
    private int hotCount;

    /**
     * Nodes whose traffic crosses an overloaded trunk: half the moves start from one of them, so the
     * search spends its effort where the violations are rather than on the whole experiment.
     */
    private void findHotNodes() {
        if (hot.length != machineOf.length) {
            hot = new int[machineOf.length];
        }
        hotCount = 0;
        boolean anyOverloaded = false;
        for (int b = 0; b < loadKbps.length; b++) {
            anyOverloaded |= loadKbps[b] > capacityKbps[b];
        }
        if (!anyOverloaded) {
            return;
        }
        for (int node : movable) {
            int from = switchOf[node];
            boolean crossesOverloaded = false;
            for (int s : virtual.segmentsOfNode.get(node)) {
                for (Attachment attachment : virtual.segments.get(s).attachments()) {
                    int to = switchOf[attachment.node()];
                    if (to < 0 || to == from || crossesOverloaded) {
                        continue;
                    }
                    int[] path = plant.path(from, to);
                    if (path != null) {
                        for (int b : path) {
                            crossesOverloaded |= loadKbps[b] > capacityKbps[b];
                        }
                    }
                }
            }
            if (crossesOverloaded) {
                hot[hotCount++] = node;
            }
        }
    }

    // ---- groups: the coarse level ----

    private int[][] groups = new int[0][];
    private int[] groupOf;

    /**
     * Heavy-link clustering, repeated: each round every group joins the neighbour group it shares the
     * most bandwidth with, if some switch has machines for both and together they stay within a
     * third of the smallest switch (small groups pack onto switches more freely). Stops when a round
     * merges little.
     */
    private void coarsen() {
        int nodes = machineOf.length;
        groupOf = new int[nodes];
        Arrays.fill(groupOf, -1);
        List<List<Integer>> members = new ArrayList<>();
        for (int node : movable) {
            groupOf[node] = members.size();
            members.add(new ArrayList<>(List.of(node)));
        }
        int capacity = Integer.MAX_VALUE;
        for (int[] onSwitch : machinesOnSwitch) {
            if (onSwitch.length > 0) {
                capacity = Math.min(capacity, onSwitch.length);
            }
        }
        capacity = Math.max(2, capacity / GROUPS_PER_SWITCH);
        for (int round = 0; round < 8 && capacity > 1; round++) {
            int count = members.size();
            List<Map<Integer, Long>> weights = new ArrayList<>();
            for (int g = 0; g < count; g++) {
                weights.add(new java.util.HashMap<>());
            }
            for (Segment segment : virtual.segments) {
                List<Attachment> attachments = segment.attachments();
                if (attachments.size() > 32) {
                    continue;
                }
                long[] kbps = segmentKbps[segment.index()];
                for (int a = 0; a < attachments.size(); a++) {
                    for (int b = a + 1; b < attachments.size(); b++) {
                        int ga = groupOf[attachments.get(a).node()];
                        int gb = groupOf[attachments.get(b).node()];
                        if (ga < 0 || gb < 0 || ga == gb) {
                            continue;
                        }
                        long w = Math.min(kbps[a], kbps[b]) / (attachments.size() - 1);
                        weights.get(ga).merge(gb, w, Long::sum);
                        weights.get(gb).merge(ga, w, Long::sum);
                    }
                }
            }
            int[] order = java.util.stream.IntStream.range(0, count).toArray();
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            // Each group joins the neighbour group it shares most bandwidth with; a group that others
            // joined stays put, so groups grow as stars around hubs rather than only in pairs.
            int[] mergedInto = new int[count];
            Arrays.fill(mergedInto, -1);
            boolean[] absorbed = new boolean[count];
            int[] size = new int[count];
            for (int g = 0; g < count; g++) {
                size[g] = members.get(g).size();
            }
            int merges = 0;
            for (int g : order) {
                if (absorbed[g]) {
                    continue;
                }
                int partner = -1;
                long partnerWeight = 0;
                for (Map.Entry<Integer, Long> edge : weights.get(g).entrySet()) {
                    int h = edge.getKey();
                    int root = mergedInto[h] >= 0 ? mergedInto[h] : h;
                    if (root != g && edge.getValue() > partnerWeight && size[root] + size[g] <= capacity
                            && shareASwitch(members.get(g).get(0), members.get(root).get(0))) {
                        partner = root;
                        partnerWeight = edge.getValue();
                    }
                }
                if (partner >= 0) {
                    mergedInto[g] = partner;
                    absorbed[partner] = true;
                    size[partner] += size[g];
                    merges++;
                }
            }
            if (merges < Math.max(1, count / 20)) {
                break;
            }
            List<List<Integer>> next = new ArrayList<>();
            int[] newIndex = new int[count];
            for (int g = 0; g < count; g++) {
                if (mergedInto[g] < 0) {
                    newIndex[g] = next.size();
                    next.add(new ArrayList<>(members.get(g)));
                }
            }
            for (int g = 0; g < count; g++) {
                if (mergedInto[g] >= 0) {
                    newIndex[g] = newIndex[mergedInto[g]];
                    next.get(newIndex[g]).addAll(members.get(g));
                }
            }
            for (int node : movable) {
                groupOf[node] = newIndex[groupOf[node]];
            }
            members = next;
        }
        groups = members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Whether some switch has machines that fit each of the two nodes, so a group holding both can live on one switch. */
    private boolean shareASwitch(int node, int other) {
        BitSet a = candidates.machinesFor(node);
        BitSet b = candidates.machinesFor(other);
        if (a == b) {
            return true;
        }
        return switchSetOf(a).intersects(switchSetOf(b));
    }

    private final Map<BitSet, BitSet> switchSets = new IdentityHashMap<>();

    private BitSet switchSetOf(BitSet machines) {
        return switchSets.computeIfAbsent(machines, m -> {
            BitSet set = new BitSet();
            for (int s : switchesOfClass.computeIfAbsent(m, this::homeSwitchesOf)) {
                set.set(s);
            }
            return set;
        });
    }

    private int[] machineClaim = new int[0];
    private int claimRound;
    private int[] machineFreed = new int[0];
    private int freedRound;

    /**
     * A machine on switch s for each of the first {@code count} nodes, into {@code chosen}, from those
     * free or freed by this move ({@link #machineFreed} at the current round when {@code useFreed});
     * false when some node finds none. Does not change the placement.
     */
    private boolean assignOn(int[] nodes, int count, int s, boolean useFreed, int[] chosen) {
        if (machineClaim.length != nodeOn.length) {
            machineClaim = new int[nodeOn.length];
            machineFreed = new int[nodeOn.length];
        }
        claimRound++;
        for (int i = 0; i < count; i++) {
            int pick = -1;
            for (int m : machinesOnSwitch[s]) {
                if (machineClaim[m] != claimRound && (nodeOn[m] < 0 || useFreed && machineFreed[m] == freedRound) && candidates.fits(nodes[i], m)) {
                    pick = m;
                    break;
                }
            }
            if (pick < 0) {
                return false;
            }
            machineClaim[pick] = claimRound;
            chosen[i] = pick;
        }
        return true;
    }

    /** Re-places groups whole where the switches have room, neighbours together, so the coarse level starts coherent. */
    private void placeGroupsTogether() {
        int[] before = machineOf.clone();
        for (int node : movable) {
            nodeOn[machineOf[node]] = -1;
            machineOf[node] = -1;
            switchOf[node] = -1;
        }
        long[] weight = new long[plant.switches.size()];
        boolean ok = true;
        for (int[] group : groupsByNeighbourhood()) {
            Arrays.fill(weight, 0);
            for (int node : group) {
                for (int s : virtual.segmentsOfNode.get(node)) {
                    List<Attachment> attachments = virtual.segments.get(s).attachments();
                    for (int a = 0; a < attachments.size(); a++) {
                        int other = attachments.get(a).node();
                        if (machineOf[other] >= 0 && switchOf[other] >= 0) {
                            weight[switchOf[other]] += segmentKbps[s][a];
                        }
                    }
                }
            }
            int bestSwitch = -1;
            int[] bestMachines = null;
            int[] machines = new int[group.length];
            for (int s = 0; s < machinesOnSwitch.length; s++) {
                if (bestSwitch >= 0 && weight[s] <= weight[bestSwitch]) {
                    continue;
                }
                if (assignOn(group, group.length, s, false, machines)) {
                    bestSwitch = s;
                    bestMachines = machines.clone();
                }
            }
            for (int i = 0; i < group.length; i++) {
                int node = group[i];
                int machine = bestMachines != null ? bestMachines[i] : bestFreeMachine(node, weight);
                if (machine < 0) {
                    ok = false;
                    break;
                }
                place(node, machine);
            }
            if (!ok) {
                break;
            }
        }
        if (!ok) {
            Arrays.fill(nodeOn, -1);
            for (int node = 0; node < before.length; node++) {
                place(node, before[node]);
            }
        }
        recomputeAll();
    }

    /** Groups in breadth-first order over their links, largest first, so each lands beside those it talks to. */
    private List<int[]> groupsByNeighbourhood() {
        List<int[]> ordered = new ArrayList<>();
        boolean[] seen = new boolean[groups.length];
        Integer[] bySize = new Integer[groups.length];
        for (int g = 0; g < groups.length; g++) {
            bySize[g] = g;
        }
        Arrays.sort(bySize, (a, b) -> Integer.compare(groups[b].length, groups[a].length));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start : bySize) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int g = queue.poll();
                ordered.add(groups[g]);
                for (int node : groups[g]) {
                    for (int s : virtual.segmentsOfNode.get(node)) {
                        for (Attachment attachment : virtual.segments.get(s).attachments()) {
                            int h = groupOf[attachment.node()];
                            if (h >= 0 && !seen[h]) {
                                seen[h] = true;
                                queue.add(h);
                            }
                        }
                    }
                }
            }
        }
        return ordered;
    }

    /**
     * Moves a whole group to another switch: onto free machines there, or, when there are too few,
     * exchanging it with another group there whose nodes fit the machines this one leaves.
     */
    private double tryGroupMove(double temperature) {
        int[] group = hotCount > 0 && random.nextBoolean() ? groups[groupOf[hot[random.nextInt(hotCount)]]]
                : groups[random.nextInt(groups.length)];
        int target = groupTargetSwitch(group);
        if (target < 0) {
            return Double.NaN;
        }
        int needed = 0;
        for (int node : group) {
            if (switchOf[node] != target) {
                leaving[needed++] = node;
            }
        }
        if (needed == 0) {
            return Double.NaN;
        }
        int evictedCount = 0;
        if (!assignOn(leaving, needed, target, false, arriving)) {
            int freeOnTarget = 0;
            for (int m : machinesOnSwitch[target]) {
                if (nodeOn[m] < 0) {
                    freeOnTarget++;
                }
            }
            int[] other = evictionGroup(group, target, needed - freeOnTarget, needed);
            if (other == null) {
                return Double.NaN;
            }
            freedRound++;
            for (int node : other) {
                if (switchOf[node] == target) {
                    evicted[evictedCount++] = node;
                    machineFreed[machineOf[node]] = freedRound;
                }
            }
            if (!assignOn(leaving, needed, target, true, arriving)) {
                return Double.NaN;
            }
        }
        movedCount = 0;
        for (int i = 0; i < needed; i++) {
            movedNodes[movedCount] = leaving[i];
            newMachines[movedCount++] = arriving[i];
        }
        if (evictedCount > 0) {
            // The evicted nodes take the machines the group leaves, each one that fits it.
            claimRound++;
            for (int i = 0; i < evictedCount; i++) {
                int spare = -1;
                for (int j = 0; j < needed && spare < 0; j++) {
                    int m = machineOf[leaving[j]];
                    if (machineClaim[m] != claimRound && candidates.fits(evicted[i], m)) {
                        spare = m;
                    }
                }
                if (spare < 0) {
                    movedCount = 0;
                    return Double.NaN;
                }
                machineClaim[spare] = claimRound;
                movedNodes[movedCount] = evicted[i];
                newMachines[movedCount++] = spare;
            }
        }
        return decide(temperature);
    }

    /** A group on the target switch with at least {@code deficit} and at most {@code room} nodes there, least tied to the target. */
    private int[] evictionGroup(int[] group, int target, int deficit, int room) {
        int[] best = null;
        long bestAffinity = Long.MAX_VALUE;
        int[] machines = machinesOnSwitch[target];
        for (int attempt = 0; attempt < 6; attempt++) {
            int holder = nodeOn[machines[random.nextInt(machines.length)]];
            if (holder < 0 || groupOf[holder] < 0 || groupOf[holder] == groupOf[group[0]]) {
                continue;
            }
            int[] candidate = groups[groupOf[holder]];
            int onTarget = 0;
            for (int node : candidate) {
                if (switchOf[node] == target) {
                    onTarget++;
                }
            }
            if (onTarget < deficit || onTarget > room) {
                continue;
            }
            long affinity = 0;
            for (int node : candidate) {
                affinity += affinity(node, target);
            }
            if (affinity < bestAffinity) {
                best = candidate;
                bestAffinity = affinity;
            }
        }
        return best;
    }

    /** Mostly the switch of a node the group links to outside itself; sometimes any switch with machines that fit. */
    private int groupTargetSwitch(int[] group) {
        if (random.nextInt(10) < 6) {
            int node = group[random.nextInt(group.length)];
            List<Integer> segments = virtual.segmentsOfNode.get(node);
            if (!segments.isEmpty()) {
                List<Attachment> attachments = virtual.segments.get(segments.get(random.nextInt(segments.size()))).attachments();
                int neighbour = attachments.get(random.nextInt(attachments.size())).node();
                if (groupOf[neighbour] != groupOf[node] && switchOf[neighbour] >= 0) {
                    return switchOf[neighbour];
                }
            }
        }
        int[] switches = switchesOfClass.computeIfAbsent(candidates.machinesFor(group[0]), this::homeSwitchesOf);
        return switches.length == 0 ? -1 : switches[random.nextInt(switches.length)];
    }

    /** An average uphill step, so the first levels accept most moves and the last accept almost none uphill. */
    private double sampleTemperature(boolean groupMoves) {
        double uphill = 0;
        int counted = 0;
        for (int i = 0; i < 400; i++) {
            double delta = groupMoves ? tryGroupMove(Double.NEGATIVE_INFINITY) : tryRandomMove(Double.NEGATIVE_INFINITY);
            if (!Double.isNaN(delta) && delta > 0) {
                uphill += delta;
                counted++;
            }
        }
        return counted == 0 ? 1 : 2 * uphill / counted;
    }

    /**
     * Proposes a move and keeps it if the Metropolis rule accepts it at this temperature; answers the
     * change in cost kept (0 when rejected), or NaN when no move could be made. A negative infinite
     * temperature evaluates and always takes the move back.
     */
    private double tryRandomMove(double temperature) {
        int node = hotCount > 0 && random.nextBoolean() ? hot[random.nextInt(hotCount)] : movable[random.nextInt(movable.length)];
        int target = targetSwitch(node);
        if (target < 0 || target == switchOf[node]) {
            return Double.NaN;
        }
        int[] machines = machinesOnSwitch[target];
        // A free machine if one turns up; otherwise swap with the sampled node least tied to that switch.
        int swapWith = -1;
        long swapAffinity = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 6; attempt++) {
            int machine = machines[random.nextInt(machines.length)];
            if (!candidates.fits(node, machine)) {
                continue;
            }
            int holder = nodeOn[machine];
            if (holder < 0) {
                movedCount = 1;
                movedNodes[0] = node;
                newMachines[0] = machine;
                return decide(temperature);
            }
            if (holder != swapWith && candidates.pinnedMachine(holder) < 0 && candidates.fits(holder, machineOf[node])) {
                long affinity = affinity(holder, target);
                if (affinity < swapAffinity) {
                    swapWith = holder;
                    swapAffinity = affinity;
                }
            }
        }
        if (swapWith < 0) {
            return Double.NaN;
        }
        movedCount = 2;
        movedNodes[0] = node;
        newMachines[0] = machineOf[swapWith];
        movedNodes[1] = swapWith;
        newMachines[1] = machineOf[node];
        return decide(temperature);
    }

    /** The bandwidth of a node's attachments shared with nodes on the given switch. */
    private long affinity(int node, int sw) {
        long total = 0;
        for (int s : nodeSegments[node]) {
            int[] nodes = segmentNodes[s];
            for (int a = 0; a < nodes.length; a++) {
                if (nodes[a] != node && switchOf[nodes[a]] == sw) {
                    total += segmentKbps[s][a];
                }
            }
        }
        return total;
    }

    private boolean accept(double delta, double temperature) {
        if (temperature == Double.NEGATIVE_INFINITY) {
            return false;
        }
        return delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature);
    }

    /** Mostly a switch where a neighbour of the node already is; sometimes any switch with machines that fit. */
    private int targetSwitch(int node) {
        List<Integer> segments = virtual.segmentsOfNode.get(node);
        if (!segments.isEmpty() && random.nextInt(10) < 6) {
            List<Attachment> attachments = virtual.segments.get(segments.get(random.nextInt(segments.size()))).attachments();
            int neighbour = attachments.get(random.nextInt(attachments.size())).node();
            if (neighbour != node && switchOf[neighbour] >= 0) {
                return switchOf[neighbour];
            }
        }
        int[] switches = switchesOfClass.computeIfAbsent(candidates.machinesFor(node), this::homeSwitchesOf);
        return switches.length == 0 ? -1 : switches[random.nextInt(switches.length)];
    }

    private int[] homeSwitchesOf(BitSet machines) {
        BitSet switches = new BitSet();
        for (int m = machines.nextSetBit(0); m >= 0; m = machines.nextSetBit(m + 1)) {
            if (plant.machines.get(m).homeSwitch() >= 0) {
                switches.set(plant.machines.get(m).homeSwitch());
            }
        }
        return switches.stream().toArray();
    }
}
