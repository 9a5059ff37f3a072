package org.patchbay.experiment;

import java.util.Map;

/**
 * One run of a sweep: its place in the order runs are made ({@code index}, from 1), which combination
 * of values it is (from 1, in the definition's order) and which repetition of it, and the values.
 */
public record PlannedRun(int index, int combination, int repetition, Map<String, String> parameters) {

    public PlannedRun {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
