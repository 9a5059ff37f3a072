package org.patchbay.experiment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded run: its values, how it ended, what it measured (a measure it could not take is
 * absent), when it started, how long it took, the host's load average at its end, and each command's
 * exit and the end of its output.
 */
public record RunRecord(int index, int combination, int repetition, Status status, String message, Instant started, double seconds,
        double loadAverage, Map<String, String> parameters, Map<String, Double> measures, List<CommandOutput> outputs) {

    public enum Status {
        OK, FAILED, TIMED_OUT
    }

    /** What one command of a step printed on one node (its last {@link #TAIL_CHARS} characters). */
    public record CommandOutput(String step, String node, Integer exitCode, String tail) {
        public static final int TAIL_CHARS = 4096;
    }

    public RunRecord {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        outputs = List.copyOf(outputs);
    }
}
