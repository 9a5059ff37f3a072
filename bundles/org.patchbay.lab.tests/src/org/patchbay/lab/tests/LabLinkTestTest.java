package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.core.shaping.RuntimeShaping;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.experiment.LinkTest;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.ResultTable;
import org.patchbay.experiment.TestbedSweepTarget;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.Cluster;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.templates.ClusterBuilder;

/**
 * Linktest on a real lab: a 10 ms 8 Mb/s link and a lossy 3-member LAN pass as drawn; then the link is
 * slowed behind the drawing's back (30 ms) and another taken down, and linktest names the first out of
 * spec (its round trip) and the second unreachable; the results are recorded as a sweep.
 */
class LabLinkTestTest {

    @Test
    void everyPairIsCheckedAgainstTheDrawingAndDeviationsAreNamed() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        ClusterBuilder b = new ClusterBuilder("linktest-lab");
        Node a = b.node("a", 0, 0, NodeRole.COMPUTE);
        Node c = b.node("c", 200, 0, NodeRole.COMPUTE);
        Node d = b.node("d", 400, 0, NodeRole.COMPUTE);
        Link slow = b.link(a, c, new int[] {10, 81, 1}, 8_000_000L, 10, 0);
        Link spare = b.link(c, d, new int[] {10, 81, 2}, 10_000_000L, 0, 0);
        Cluster cluster = b.cluster();
        Lan lan = org.patchbay.model.PatchbayFactory.eINSTANCE.createLan();
        lan.setName("lan0");
        lan.setBandwidthBps(10_000_000L);
        lan.setDelayMs(5);
        lan.setLossRate(0.01);
        cluster.getLans().add(lan);
        int host = 1;
        for (Node n : List.of(a, c, d)) {
            org.patchbay.model.Interface iface = org.patchbay.model.PatchbayFactory.eINSTANCE.createInterface();
            iface.setName("lan0");
            iface.setMac(String.format("02:00:00:81:03:%02x", host));
            iface.setIpv4Address("10.81.3." + host++);
            iface.setPrefixLength(24);
            n.getInterfaces().add(iface);
            lan.getMembers().add(iface);
        }
        Path dir = Files.createTempDirectory("patchbay-linktest-lab");
        Executor modelThread = Runnable::run;
        try (TestbedSession session = new TestbedSession(dir.resolve("ca"))) {
            LabTestbed lab = LabTestbed.start(EcoreUtil.copy(cluster), LabFixture.options(dir, false), LabListener.NONE, LabProgress.NONE);
            try {
                session.attach(lab);
                session.followShaping(cluster, ModelShaping.plan(EcoreUtil.copy(cluster)));
                LinkTest test = new LinkTest(new TestbedSweepTarget(session, modelThread), LabOptions.findNativeHelper("pb-probe"));
                List<LinkTest.Pair> pairs = LinkTest.pairs(cluster);
                // each link both ways (bandwidth one way); the LAN's 3 member pairs and the ring's closing pair (bandwidth into every member)
                assertEquals(8, pairs.size(), pairs.toString());
                LinkTest.Pair lanPair = pairs.stream().filter(p -> p.segment().equals("LAN lan0")).findFirst().orElseThrow();
                assertEquals(20, lanPair.expectedRttMs(), 1e-9, "a LAN member's pipes both ways: 5 ms out of one member and 5 ms into the other, twice");

                try (ResultStore store = ResultStore.open(dir.resolve("results"))) {
                    List<LinkTest.Result> asDrawn = test.run(pairs, store, (r, done, total) -> {
                    }, () -> false);
                    for (LinkTest.Result r : asDrawn) {
                        System.out.printf("%s %s: rtt %.2f (%.2f) ms, loss %.2f %% of %d, %.2f Mb/s: %s %s%n", r.pair().segment(), r.pair().name(), r.rttMs(),
                                r.pair().expectedRttMs(), r.lossRate() * 100, r.probes(), r.mbps(), r.verdict(), r.message());
                        assertTrue(r.verdict() == LinkTest.Verdict.OK || r.verdict() == LinkTest.Verdict.NOT_MEASURED && r.message().contains("saturated"),
                                "as drawn: " + r);
                    }
                    LinkTest.Result slowForward = asDrawn.stream().filter(r -> r.pair().segment().equals("link " + slow.getName()) && r.pair().testBandwidth())
                            .findFirst().orElseThrow();
                    assertTrue(slowForward.mbps() > 7.6 && slowForward.mbps() < 8.4 || slowForward.message().contains("saturated"), "8 Mb/s: " + slowForward);

                    ShapingFollower follower = session.shaping().orElseThrow();
                    follower.setRuntime(slow, RuntimeShaping.NONE.withDelay(30)).get(30, TimeUnit.SECONDS);
                    follower.setRuntime(spare, RuntimeShaping.NONE.withDown(true)).get(30, TimeUnit.SECONDS);
                    List<LinkTest.Result> changed = test.run(pairs.stream().filter(p -> p.segment().startsWith("link")).toList(), store, (r, done, total) -> {
                    }, () -> false);
                    for (LinkTest.Result r : changed) {
                        if (r.pair().segment().equals("link " + slow.getName())) {
                            assertEquals(LinkTest.Verdict.OUT_OF_SPEC, r.verdict(), r.toString());
                            assertTrue(r.message().contains("round trip") && r.rttMs() >= 60, "the slower link is named by its round trip: " + r.message());
                        } else {
                            assertEquals(LinkTest.Verdict.UNREACHABLE, r.verdict(), r.toString());
                            assertTrue(r.message().contains("unreachable"), r.message());
                        }
                    }
                    ResultTable recorded = store.table(store.sweeps(LinkTest.EXPERIMENT).get(0).id());
                    assertEquals(4, recorded.rows().size(), "the second test is its own sweep, a row per pair");
                    assertEquals(2, store.sweeps(LinkTest.EXPERIMENT).size());
                }
            } finally {
                session.stopTestbed(LabProgress.NONE);
            }
        }
    }
}
