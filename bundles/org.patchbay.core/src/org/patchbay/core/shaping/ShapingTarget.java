package org.patchbay.core.shaping;

import java.util.List;
import java.util.Map;

import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/** Where pipes are applied (the lab's delay nodes, a node's agent) and read back from. */
public interface ShapingTarget {

    /** For the user: which mechanism shapes, e.g. "user-space delay nodes". */
    String backend();

    /** Applies the changes; refuses with a message naming the link and the fix when it cannot. */
    void apply(List<ShapingPlan.Change> changes) throws Exception;

    /** What is applied now, read from where it runs, by pipe. */
    Map<PipeKey, PipeSpec> applied() throws Exception;
}
