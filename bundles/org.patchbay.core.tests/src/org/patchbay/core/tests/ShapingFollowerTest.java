package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.core.live.LiveState;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/** The shaping follower against a fake testbed: minimal diffs, what runs read back, a refused change retried by the next edit. */
class ShapingFollowerTest {

    private static ShapingFollower follow(Cluster cluster, FakeShapingTarget target, LiveState live) throws Exception {
        ShapingPlan plan = ModelShaping.plan(cluster);
        target.apply(plan.fromNothing());
        target.batches.clear();
        return new ShapingFollower(cluster, target, live, plan);
    }

    @Test
    void anEditAppliesOnlyThePipesOfTheLinkItChanged() throws Exception {
        Cluster dumbbell = TopologyTemplates.dumbbell();
        FakeShapingTarget target = new FakeShapingTarget();
        try (ShapingFollower follower = follow(dumbbell, target, new LiveState())) {
            Link bottleneck = dumbbell.getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();
            bottleneck.setBandwidthBps(1_000_000L);
            follower.replan().get(5, TimeUnit.SECONDS);
            assertEquals(1, target.batchCount(), "one batch for one edit");
            assertEquals(2, target.lastBatch().size(), "the bottleneck's two pipes, nothing else: " + target.lastBatch());
            assertTrue(target.lastBatch().stream().allMatch(c -> c.key().shapes().equals("link bottleneck") && c.after().bandwidthBps() == 1_000_000L));
            dumbbell.getNodes().get(0).setX(999);
            follower.replan().get(5, TimeUnit.SECONDS);
            assertEquals(1, target.batchCount(), "moving a node changes no pipe, so nothing is applied");
        }
    }

    @Test
    void whatRunsIsReadBackAndADifferenceIsShownAsAMismatch() throws Exception {
        Cluster dumbbell = TopologyTemplates.dumbbell();
        FakeShapingTarget target = new FakeShapingTarget();
        LiveState live = new LiveState();
        try (ShapingFollower follower = follow(dumbbell, target, live)) {
            follower.refresh().get(5, TimeUnit.SECONDS);
            assertFalse(live.linkShaping("bottleneck").mismatch());
            // someone changes the running pipe behind the console's back
            Map.Entry<PipeKey, PipeSpec> pipe = target.applied().entrySet().stream().filter(e -> e.getKey().shapes().equals("link bottleneck"))
                    .findFirst().orElseThrow();
            PipeSpec tampered = pipe.getValue();
            target.running.put(pipe.getKey(), new PipeSpec(1_000_000L, tampered.delayMs(), tampered.lossRate(), tampered.queueLimit(), tampered.queueUnit(),
                    tampered.queueKind()));
            follower.refresh().get(5, TimeUnit.SECONDS);
            assertTrue(live.linkShaping("bottleneck").mismatch(), "the link says it runs something else: " + live.linkShaping("bottleneck"));
            assertTrue(live.linkShaping("bottleneck").applied().contains("1Mb"), live.linkShaping("bottleneck").applied());
        }
    }

    @Test
    void aRefusedChangeIsReportedAndTheNextEditAppliesAgainstWhatRuns() throws Exception {
        Cluster dumbbell = TopologyTemplates.dumbbell();
        FakeShapingTarget target = new FakeShapingTarget();
        try (ShapingFollower follower = follow(dumbbell, target, new LiveState())) {
            Link bottleneck = dumbbell.getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();
            target.refuseNext = "the delay node is gone";
            bottleneck.setDelayMs(40);
            follower.replan().get(5, TimeUnit.SECONDS);
            assertTrue(follower.problem("bottleneck").orElse("").contains("the delay node is gone"), follower.problem("bottleneck").toString());
            assertEquals(0, target.batchCount());
            bottleneck.setLossRate(0.01);
            follower.replan().get(5, TimeUnit.SECONDS);
            assertEquals(1, target.batchCount());
            assertTrue(target.lastBatch().stream().allMatch(c -> c.after().delayMs() == 40 && c.after().lossRate() == 0.01),
                    "the retry carries the refused delay too: " + target.lastBatch());
            assertTrue(follower.problem("bottleneck").isEmpty());
        }
    }
}
