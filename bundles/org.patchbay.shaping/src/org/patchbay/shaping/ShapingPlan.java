package org.patchbay.shaping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every pipe of a topology, by place: a value that can be compared, so applying a change touches
 * only the pipes that changed. Links that no node end can carry (switch to switch) are listed as
 * unshaped with the reason.
 */
public record ShapingPlan(SortedMap<PipeKey, PipeSpec> pipes, List<String> unshaped) {

    public ShapingPlan {
        pipes = Collections.unmodifiableSortedMap(new TreeMap<>(pipes));
        unshaped = List.copyOf(unshaped);
    }

    /** What applying {@code next} over this plan must do. */
    public record Change(PipeKey key, PipeSpec before, PipeSpec after) {
        public boolean added() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }

    public List<Change> diff(ShapingPlan next) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<PipeKey, PipeSpec> e : next.pipes.entrySet()) {
            PipeSpec before = pipes.get(e.getKey());
            if (!e.getValue().equals(before)) {
                changes.add(new Change(e.getKey(), before, e.getValue()));
            }
        }
        for (Map.Entry<PipeKey, PipeSpec> e : pipes.entrySet()) {
            if (!next.pipes.containsKey(e.getKey())) {
                changes.add(new Change(e.getKey(), e.getValue(), null));
            }
        }
        changes.sort((a, b) -> a.key().compareTo(b.key()));
        return changes;
    }

    /** All pipes as changes from nothing: what a first apply does. */
    public List<Change> fromNothing() {
        return new ShapingPlan(new TreeMap<>(), List.of()).diff(this);
    }
}
