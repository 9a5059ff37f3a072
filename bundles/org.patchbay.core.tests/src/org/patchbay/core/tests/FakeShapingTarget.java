package org.patchbay.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.patchbay.core.shaping.ShapingTarget;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/** A shaping target in memory: records every batch of changes, can refuse the next one, can be changed behind the follower's back. */
final class FakeShapingTarget implements ShapingTarget {

    final Map<PipeKey, PipeSpec> running = new TreeMap<>();
    final List<List<ShapingPlan.Change>> batches = new ArrayList<>();
    volatile String refuseNext;

    @Override
    public String backend() {
        return "a fake in memory";
    }

    @Override
    public synchronized void apply(List<ShapingPlan.Change> changes) throws Exception {
        if (refuseNext != null) {
            String why = refuseNext;
            refuseNext = null;
            throw new Exception(why);
        }
        batches.add(List.copyOf(changes));
        for (ShapingPlan.Change change : changes) {
            if (change.after() == null) {
                running.remove(change.key());
            } else {
                running.put(change.key(), change.after());
            }
        }
    }

    @Override
    public synchronized Map<PipeKey, PipeSpec> applied() {
        return new TreeMap<>(running);
    }

    synchronized int batchCount() {
        return batches.size();
    }

    synchronized List<ShapingPlan.Change> lastBatch() {
        return batches.get(batches.size() - 1);
    }
}
