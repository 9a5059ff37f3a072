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
            int outlet9 = fixture.lab.pduOutlet("node9");
            assertEquals(3, outlet9, "a node added while the lab runs is plugged into the lab PDU's next outlet");
            try (org.patchbay.snmp.SnmpClient snmp = new org.patchbay.snmp.SnmpClient()) {
                org.patchbay.snmp.PduDriver pdu = new org.patchbay.snmp.PduDriver(snmp, fixture.lab.pduDevice(), org.patchbay.snmp.PduProfile.APC_RACK_PDU, 1);
                assertTrue(pdu.command(outlet9, org.patchbay.snmp.PowerCommand.OFF).get(30, java.util.concurrent.TimeUnit.SECONDS).succeeded());
                LabFixture.await("node9 cut by its outlet", 30_000, () -> !fixture.live.node("node9").up());
                assertTrue(fixture.live.node("node0").up(), "the other outlets are untouched");
                assertTrue(pdu.command(outlet9, org.patchbay.snmp.PowerCommand.ON).get(30, java.util.concurrent.TimeUnit.SECONDS).succeeded());
                LabFixture.await("node9 back on its outlet", 120_000, () -> fixture.live.node("node9").up());
            }
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
            assertThrows(IllegalArgumentException.class, () -> fixture.lab.pduOutlet("node9"), "a removed node's outlet is gone");
            assertFalse(LabCommandLine.namespaces().contains("pb-" + fixture.lab.id() + "-n-node9"), "node9's namespace is gone");
            // the other nodes run on: up now or, after a reconnect a loaded machine can cause, within a few seconds (never failed or gone)
            LabFixture.await("the other nodes running on (node0 " + fixture.live.node("node0").state() + " " + fixture.live.node("node0").reason()
                    + ", node1 " + fixture.live.node("node1").state() + " " + fixture.live.node("node1").reason() + ")", 15_000,
                    () -> fixture.live.node("node0").up() && fixture.live.node("node1").up());
            assertTrue(fixture.lab.failedNodes().isEmpty(), "no node failed: " + fixture.lab.failedNodes());
        }
    }

    @Test
    void aSwitchAddedWhileTheLabRunsAnswersSnmpWithTheLabsSwitchCredentials() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Cluster star = TopologyTemplates.star(1);
        try (LabFixture fixture = new LabFixture(star, dir, false); org.patchbay.snmp.SnmpClient snmp = new org.patchbay.snmp.SnmpClient()) {
            fixture.awaitAllUp(120_000);
            org.patchbay.model.Switch added = org.patchbay.model.PatchbayFactory.eINSTANCE.createSwitch();
            added.setName("switch9");
            star.getSwitches().add(added);
            Topologies.addNodeOnSwitch(star, "node8", "10.0.9.8", added, "link8");
            Lab.Update update = fixture.lab.update(EcoreUtil.copy(star));
            assertEquals(Map.of(), update.problems());
            org.patchbay.snmp.SnmpDevice device = fixture.lab.switchDevices().get("switch9");
            assertTrue(device != null, "the new switch is offered for polling: " + fixture.lab.switchDevices().keySet());
            var descr = snmp.get(device, java.util.List.of(new org.snmp4j.smi.OID("1.3.6.1.2.1.1.1.0"))).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(descr.toString().contains("Linux"), "snmpd in the new switch answers over SNMPv3 authPriv: " + descr);
            assertTrue(fixture.lab.switchDevices().containsKey("switch0"), "the first switch still runs");
        }
    }

    @Test
    void aWireDeletedByHandIsNoticedWithinFiveSecondsAndNamed() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        java.util.concurrent.atomic.AtomicReference<Map<String, String>> reported = new java.util.concurrent.atomic.AtomicReference<>(Map.of());
        org.patchbay.lab.LabListener listener = new org.patchbay.lab.LabListener() {
            @Override
            public void agentExited(String node, int exitCode, boolean rebooting) {
            }

            @Override
            public void agentStarted(String node) {
            }

            @Override
            public void broken(Map<String, String> elements) {
                reported.set(elements);
            }
        };
        Cluster star = TopologyTemplates.star(2);
        try (LabFixture fixture = new LabFixture(star, LabFixture.options(dir, false), listener, org.patchbay.lab.LabProgress.NONE, dir)) {
            fixture.awaitAllUp(120_000);
            Thread.sleep(Lab.WATCH_MILLIS + 500);
            assertEquals(Map.of(), reported.get(), "nothing is broken in a fresh lab");
            Process cut = new ProcessBuilder("ip", "-n", "pb-" + fixture.lab.id() + "-n-node1", "link", "del", "eth0").start();
            assertEquals(0, cut.waitFor());
            long cutAt = System.currentTimeMillis();
            LabFixture.await("the cut wire reported", 5000, () -> reported.get().containsKey("link1"));
            System.out.printf("a veth deleted by hand was reported after %d ms: %s%n", System.currentTimeMillis() - cutAt, reported.get());
            assertTrue(reported.get().get("link1").contains("node1") || reported.get().get("link1").contains("cut"), reported.get().toString());
            assertFalse(reported.get().containsKey("link0"), "the other link is fine");
            assertTrue(fixture.live.node("node0").up(), "node0 runs on");

            // what is added while the lab runs is watched as well
            Topologies.addNodeOnSwitch(star, "node7", "10.0.0.77", star.getSwitches().get(0), "link7");
            assertEquals(Map.of(), fixture.lab.update(EcoreUtil.copy(star)).problems());
            Process gone = new ProcessBuilder("ip", "netns", "del", "pb-" + fixture.lab.id() + "-n-node7").start();
            assertEquals(0, gone.waitFor());
            LabFixture.await("the namespace of a node added live, deleted by hand, reported", 5000, () -> reported.get().containsKey("node7"));
            assertTrue(reported.get().get("node7").contains("is gone"), reported.get().toString());
        }
    }
}
