package org.patchbay.experiment.tests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.patchbay.core.shaping.RuntimeShaping;
import org.patchbay.experiment.MarkedProcesses;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepTarget;
import org.patchbay.model.ShapedElement;

/**
 * A fake of the testbed for fast tests: every "node" is this host (commands are real local processes
 * with NODE set to the node's name) and shaping is recorded, not applied.
 */
final class LocalSweepTarget implements SweepTarget {

    record Shaped(String link, RuntimeShaping shaping) {
    }

    final List<Shaped> shaped = new ArrayList<>();
    int cleared;
    /** A bandwidth the fake refuses, as a testbed that cannot shape it would. */
    Long refusedBandwidth;

    @Override
    public String description() {
        return "local processes (test)";
    }

    @Override
    public Process start(String node, List<String> command, String runMarker) throws SweepException {
        ProcessBuilder builder = new ProcessBuilder(MarkedProcesses.command(runMarker, command)).redirectErrorStream(true);
        builder.environment().put("NODE", node);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new SweepException("cannot start " + command + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void shape(ShapedElement link, RuntimeShaping shaping, Duration limit) throws SweepException {
        if (refusedBandwidth != null && refusedBandwidth.equals(shaping.bandwidthBps())) {
            throw new SweepException("the shaper refused " + shaping.bandwidthBps() + " b/s on " + link.getName());
        }
        shaped.add(new Shaped(link.getName(), shaping));
    }

    @Override
    public synchronized void clearShaping(Duration limit) {
        cleared++;
    }

    /** Agent samples the fake reports: a value per node, and the windows it was asked about. */
    final java.util.Map<String, Double> samples = new java.util.HashMap<>();
    final List<long[]> sampleWindows = new ArrayList<>();

    @Override
    public synchronized java.util.OptionalDouble sampleMean(String node, org.patchbay.model.AgentSample sample, long fromMillis, long toMillis) {
        sampleWindows.add(new long[] {fromMillis, toMillis});
        Double value = samples.get(node + "/" + sample.getLiteral());
        return value == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(value);
    }

    @Override
    public int endRun(String runMarker) {
        return MarkedProcesses.end(runMarker);
    }
}
