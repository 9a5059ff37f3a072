package org.patchbay.mapping;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.patchbay.model.Cluster;
import org.patchbay.model.Testbed;

/**
 * What to map: an experiment (a virtual topology) onto a testbed inventory.
 *
 * @param experimentName machines reserved under this name count as free (a re-map of a swapped-in experiment)
 * @param pins virtual node name to machine name, on top of each node's own {@code fixedTo} (pins win)
 * @param seed the search is deterministic for one seed
 * @param timeLimit the search stops with its best mapping so far when this runs out
 * @param cancelled polled during the search; when it answers true the search stops with an error
 * @param delayNodes shaped node-to-node links run through delay nodes (machines with the feature "delay"), as on Netbed,
 *        instead of being shaped at their ends (what a kernel without netem, or a node without an agent, needs)
 */
public record MappingRequest(Cluster experiment, Testbed testbed, String experimentName, Map<String, String> pins, long seed,
        Duration timeLimit, BooleanSupplier cancelled, boolean delayNodes) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    public MappingRequest {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(testbed, "testbed");
        pins = Map.copyOf(pins);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    public static MappingRequest of(Cluster experiment, Testbed testbed) {
        return new MappingRequest(experiment, testbed, experiment.getName(), Map.of(), 1, DEFAULT_TIME_LIMIT, () -> false, false);
    }

    public MappingRequest withPins(Map<String, String> newPins) {
        return new MappingRequest(experiment, testbed, experimentName, newPins, seed, timeLimit, cancelled, delayNodes);
    }

    public MappingRequest withSeed(long newSeed) {
        return new MappingRequest(experiment, testbed, experimentName, pins, newSeed, timeLimit, cancelled, delayNodes);
    }

    public MappingRequest withTimeLimit(Duration newLimit) {
        return new MappingRequest(experiment, testbed, experimentName, pins, seed, newLimit, cancelled, delayNodes);
    }

    public MappingRequest withCancellation(BooleanSupplier newCancelled) {
        return new MappingRequest(experiment, testbed, experimentName, pins, seed, timeLimit, newCancelled, delayNodes);
    }

    public MappingRequest withExperimentName(String name) {
        return new MappingRequest(experiment, testbed, name, pins, seed, timeLimit, cancelled, delayNodes);
    }

    public MappingRequest withDelayNodes(boolean insert) {
        return new MappingRequest(experiment, testbed, experimentName, pins, seed, timeLimit, cancelled, insert);
    }
}
