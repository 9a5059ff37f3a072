package org.patchbay.mapping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.patchbay.mapping.internal.Annealer;
import org.patchbay.mapping.internal.Candidates;
import org.patchbay.mapping.internal.PhysicalPlant;
import org.patchbay.mapping.internal.Realisation;
import org.patchbay.mapping.internal.VirtualTopology;
import org.patchbay.model.Machine;
import org.patchbay.model.Node;

/**
 * Maps an experiment onto a testbed: every virtual node onto a free machine of its type with its
 * features and enough interfaces, links and LANs onto VLANs, keeping trunk traffic low and within
 * capacity. Deterministic for a seed; stateless, so one mapper serves any number of requests.
 *
 * <p>Why our own annealer rather than a solver library: the search is Netbed's (relocate or swap
 * one node, Metropolis rule), and all its work is the incremental trunk-load evaluation that any
 * local-search library (OptaPlanner/Timefold) would still need us to write as an incremental score
 * calculator; the library would add only the acceptance loop, with ~15 MB of reflection-driven
 * dependencies that do not run unmodified in OSGi. Feasibility is proved up front by a bipartite
 * matching, so the annealer only ever improves a mapping that is already valid.
 */
public final class Mapper {

    public Mapping map(MappingRequest request) throws MappingException {
        long started = System.nanoTime();
        VirtualTopology virtual = VirtualTopology.of(request.experiment(), request.delayNodes());
        checkNames(request, virtual);
        PhysicalPlant plant = PhysicalPlant.of(request.testbed());
        Candidates candidates = Candidates.of(virtual, plant, request.experimentName(), request.pins());
        int[] matching = candidates.matching();
        Annealer annealer = new Annealer(virtual, plant, candidates, request.seed());
        annealer.placeInitially(matching);
        double initial = annealer.cost();
        boolean timedOut = annealer.anneal(started + request.timeLimit().toNanos(), request.cancelled());
        if (request.cancelled().getAsBoolean()) {
            throw new CancellationException("Mapping " + request.experiment().getName() + " was cancelled");
        }
        Mapping.Search search = new Mapping.Search(annealer.moves(), Duration.ofNanos(System.nanoTime() - started), initial, timedOut);
        return new Realisation(virtual, plant, candidates, annealer.placement()).realise(search);
    }

    /** Nodes and machines are named in pins, results and switch programming: names must be there and unique. */
    private static void checkNames(MappingRequest request, VirtualTopology virtual) throws MappingException {
        List<String> reasons = new ArrayList<>();
        Set<String> nodes = new HashSet<>();
        for (Node node : request.experiment().getNodes()) {
            if (node.getName() == null || node.getName().isBlank()) {
                reasons.add("a node of " + request.experiment().getName() + " has no name; name every node before swapping in");
            } else if (!nodes.add(node.getName())) {
                reasons.add("two nodes of " + request.experiment().getName() + " are called " + node.getName() + "; rename one");
            }
        }
        Set<String> machines = new HashSet<>();
        for (Machine machine : request.testbed().getMachines()) {
            if (machine.getName() == null || machine.getName().isBlank()) {
                reasons.add("a machine of testbed " + request.testbed().getName() + " has no name; name it in the inventory");
            } else if (!machines.add(machine.getName())) {
                reasons.add("two machines of testbed " + request.testbed().getName() + " are called " + machine.getName() + "; rename one");
            }
        }
        virtual.delays.forEach(delay -> nodes.add(virtual.nodes.get(delay.node()).name()));
        for (String pinned : request.pins().keySet()) {
            if (!nodes.contains(pinned)) {
                reasons.add("a pin names node " + pinned + ", which " + request.experiment().getName() + " does not have");
            }
        }
        if (request.testbed().getMachines().isEmpty()) {
            reasons.add("testbed " + request.testbed().getName() + " has no machines; add them to the inventory or import them from a CSV");
        }
        if (!reasons.isEmpty()) {
            throw new MappingException(reasons);
        }
    }
}
