package org.patchbay.experiment;

import java.time.Duration;
import java.util.List;

import org.patchbay.core.shaping.RuntimeShaping;
import org.patchbay.model.ShapedElement;

/**
 * What a sweep needs of a running testbed: start a command on a node, shape a link live (never the
 * topology file), and end everything one run started. The lab is one; tests use local processes.
 */
public interface SweepTarget {

    /** A one-line description for the sweep's log: which testbed, how links are shaped. */
    String description();

    /**
     * Starts {@code command} (an argument list) on {@code node}, its output and errors on one stream;
     * every process it starts carries {@code runMarker} so {@link #endRun} finds them.
     */
    Process start(String node, List<String> command, String runMarker) throws SweepException;

    /** Shapes {@code link} as {@code shaping} says until it is changed again or cleared; returns once it is applied. */
    void shape(ShapedElement link, RuntimeShaping shaping, Duration limit) throws SweepException;

    /** Puts every link back to the topology's own shaping. */
    void clearShaping(Duration limit) throws SweepException;

    /**
     * The mean of what {@code node}'s agent sampled of {@code sample} (percent) between the two times
     * (epoch milliseconds), or empty when the testbed has no agent samples or none fell in the window.
     */
    default java.util.OptionalDouble sampleMean(String node, org.patchbay.model.AgentSample sample, long fromMillis, long toMillis) {
        return java.util.OptionalDouble.empty();
    }

    /** Ends every process that carries {@code runMarker}, on every node; returns how many it ended. */
    int endRun(String runMarker);
}
