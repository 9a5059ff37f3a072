package org.patchbay.shaping.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.shaping.IpfwCommands;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.ShapingException;
import org.patchbay.shaping.ShapingPlan;
import org.patchbay.shaping.TcCommands;

/** Topologies to pipes to exact tc and ipfw commands (golden files in golden/), and the minimal change. */
class ShapingPlanTest {

    private static final Path GOLDEN = Path.of(System.getProperty("patchbay.golden", "golden"));

    @Test
    void theDumbbellIsTenPipesOnTheNodesThatSendThem() {
        ShapingPlan plan = ModelShaping.plan(TopologyTemplates.dumbbell());
        assertEquals(10, plan.pipes().size(), "five duplex links, two pipes each");
        assertTrue(plan.pipes().keySet().stream().allMatch(k -> k.direction() == PipeKey.Direction.EGRESS), "node-to-node links shape at the sender");
        var bottleneck = plan.pipes().get(new PipeKey("router0", "eth2", PipeKey.Direction.EGRESS, ""));
        assertEquals(1_544_000L, bottleneck.bandwidthBps());
        assertEquals(20.0, bottleneck.delayMs());
    }

    @Test
    void nodeToSwitchLinksAndLanMembersAreShapedBothWaysAtTheNode() {
        ShapingPlan plan = ModelShaping.plan(TopologyTemplates.podos());
        assertEquals(18, plan.pipes().size(), "nine node-switch links, egress and ingress each");
        assertEquals(9, plan.pipes().keySet().stream().filter(k -> k.direction() == PipeKey.Direction.INGRESS).count());
    }

    @Test
    void dumbbellCommandsMatchTheGoldenFiles() throws Exception {
        ShapingPlan plan = ModelShaping.plan(TopologyTemplates.dumbbell());
        golden("dumbbell.tc", TcCommands.of(plan.fromNothing()));
        golden("dumbbell.ipfw", new IpfwCommands().of(plan.fromNothing()));
        golden("podos.tc", TcCommands.of(ModelShaping.plan(TopologyTemplates.podos()).fromNothing()));
    }

    @Test
    void changingOneLinkTouchesOnlyItsTwoPipes() throws Exception {
        Cluster cluster = TopologyTemplates.dumbbell();
        ShapingPlan before = ModelShaping.plan(cluster);
        IpfwCommands ipfw = new IpfwCommands();
        ipfw.of(before.fromNothing());
        Link bottleneck = cluster.getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();
        bottleneck.setDelayMs(50);
        List<ShapingPlan.Change> changes = before.diff(ModelShaping.plan(cluster));
        assertEquals(2, changes.size(), changes.toString());
        golden("dumbbell-bottleneck-50ms.tc", TcCommands.of(changes));
        golden("dumbbell-bottleneck-50ms.ipfw", ipfw.of(changes));
        assertTrue(before.diff(before).isEmpty(), "no change, no commands");
    }

    @Test
    void valuesABackendCannotExpressAreRefusedWithTheReason() {
        Cluster cluster = TopologyTemplates.dumbbell();
        Link link = cluster.getLinks().get(0);
        link.setDelayMs(2.5);
        ShapingException fraction = assertThrows(ShapingException.class, () -> new IpfwCommands().of(ModelShaping.plan(cluster).fromNothing()));
        assertTrue(fraction.getMessage().contains("link link0: Dummynet delays are whole milliseconds; 2.5 ms"), fraction.getMessage());
        link.setDelayMs(2);
        link.setQueueLimit(500);
        ShapingException slots = assertThrows(ShapingException.class, () -> new IpfwCommands().of(ModelShaping.plan(cluster).fromNothing()));
        assertTrue(slots.getMessage().contains("at most 100 packets (500 asked); raise net.inet.ip.dummynet.pipe_slot_limit"), slots.getMessage());
        link.setQueueUnit(QueueUnit.BYTES);
        link.setQueueLimit(64_000);
        link.setQueueKind(QueueKind.RED);
        ShapingException red = assertThrows(ShapingException.class, () -> TcCommands.of(ModelShaping.plan(cluster).fromNothing()));
        assertTrue(red.getMessage().contains("RED needs thresholds"), red.getMessage());
    }

    private static void golden(String name, Map<String, List<String>> commands) throws Exception {
        StringBuilder text = new StringBuilder();
        commands.forEach((node, lines) -> {
            text.append("# ").append(node).append('\n');
            lines.forEach(l -> text.append(l).append('\n'));
        });
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("patchbay.golden.update")) {
            Files.writeString(file, text.toString());
        }
        assertEquals(Files.readString(file), text.toString(), name + " differs; if the change is meant, rerun with -Dpatchbay.golden.update=true and review the diff");
    }
}
