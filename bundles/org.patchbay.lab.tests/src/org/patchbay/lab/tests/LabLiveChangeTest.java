package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabProbes;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;

/** The running lab follows the drawing: a node and a link added, the link removed and drawn again (undo), the node removed. */
class LabLiveChangeTest {

    @TempDir
    Path dir;

    @Test
    void nodesAndLinksAddedAndRemovedWhileTheLabRunsAreAppliedAsAMinimalChange() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Cluster star = TopologyTemplates.star(2);
        String node0 = star.getNodes().get(0).getInterfaces().get(0).getIpv4Address();
        try (LabFixture fixture = new LabFixture(star, dir, false)) {
            fixture.awaitAllUp(120_000);
            LabProbes probes = new LabProbes(fixture.lab);
            probes.start("node0", "echo", "9000", "300");
            String runningBefore = fixture.lab.plan().wires().toString();

            Link link9 = Topologies.addNodeOnSwitch(star, "node9", "10.0.0.99", star.getSwitches().get(0), "link9");
            Lab.Update added = fixture.lab.update(EcoreUtil.copy(star));
            assertEquals(Map.of(), added.problems());
            assertEquals(2, added.added(), "a node and a link");
            assertTrue(fixture.lab.endpoints().containsKey("node9"));
            fixture.monitor.follow(fixture.lab.endpoints());
            LabFixture.await("node9's agent up", 120_000, () -> fixture.live.node("node9") != null && fixture.live.node("node9").up());
            assertEquals("10", probes.run("node9", "rtt", node0, "9000", "10", "64", "10000").get("received"), "node9 reaches node0 over link9");
            assertTrue(fixture.lab.plan().wires().toString().contains(runningBefore.substring(1, runningBefore.length() - 1)),
                    "the links that ran before run as they were");

            star.getLinks().remove(link9);
            Lab.Update removed = fixture.lab.update(EcoreUtil.copy(star));
            assertEquals(1, removed.removed());
            assertEquals("0", probes.run("node9", "rtt", node0, "9000", "5", "64", "10000").get("received"), "no wire, no packets");

            star.getLinks().add(link9); // undo
            assertEquals(Map.of(), fixture.lab.update(EcoreUtil.copy(star)).problems());
            assertEquals("10", probes.run("node9", "rtt", node0, "9000", "10", "64", "10000").get("received"), "the link is back");

            Node nine = star.getNodes().stream().filter(n -> n.getName().equals("node9")).findFirst().orElseThrow();
            nine.getInterfaces().get(0).setIpv4Address(node0);
            LabException refused = assertThrows(LabException.class, () -> fixture.lab.update(EcoreUtil.copy(star)));
            assertTrue(refused.getMessage().startsWith("The change was not applied to the running lab, which runs as before"), refused.getMessage());
            nine.getInterfaces().get(0).setIpv4Address("10.0.0.99");

            star.getLinks().remove(link9);
            star.getNodes().remove(nine);
            fixture.lab.update(EcoreUtil.copy(star));
            assertFalse(fixture.lab.endpoints().containsKey("node9"));
            assertFalse(LabCommandLine.namespaces().contains("pb-" + fixture.lab.id() + "-n-node9"), "node9's namespace is gone");
            assertTrue(fixture.live.node("node0").up() && fixture.live.node("node1").up(), "the other nodes ran on");
        }
    }
}
