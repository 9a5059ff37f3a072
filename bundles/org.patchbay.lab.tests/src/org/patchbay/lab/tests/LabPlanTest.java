package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabPlan;
import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.templates.TopologyTemplates;

/** What the lab would build, checked before anything is built. */
class LabPlanTest {

    @Test
    void dumbbellBecomesSixNodeNamespacesAndFiveAddressedVethPairs() throws Exception {
        LabPlan plan = LabPlan.of(TopologyTemplates.dumbbell(), "ab12");
        assertEquals(6, plan.nodes().size());
        assertEquals(6, plan.boxes().size(), "no switches in the dumbbell");
        assertEquals(5, plan.wires().size());
        LabPlan.Wire bottleneck = plan.wires().stream().filter(w -> w.what().equals("link bottleneck")).findFirst().orElseThrow();
        assertEquals("pb-ab12-n-router0", bottleneck.namespaceA());
        assertEquals("pb-ab12-n-router1", bottleneck.namespaceB());
        assertEquals(10, plan.addresses().size(), "both ends of every link carry the model's address");
        assertTrue(plan.addresses().contains(new LabPlan.Address("pb-ab12-n-left0", "eth0", "10.2.1.1/24")), plan.addresses().toString());
    }

    @Test
    void dumbbellNodesGetShortestPathRoutesAcrossTheRouters() throws Exception {
        LabPlan plan = LabPlan.of(TopologyTemplates.dumbbell(), "ab12");
        assertTrue(plan.routes().contains(new LabPlan.Route("pb-ab12-n-left0", "10.2.4.0/24", "10.2.1.2")), plan.routes().toString());
        assertTrue(plan.routes().contains(new LabPlan.Route("pb-ab12-n-router0", "10.2.4.0/24", "10.2.3.2")), plan.routes().toString());
        assertTrue(plan.routes().contains(new LabPlan.Route("pb-ab12-n-right1", "10.2.2.0/24", "10.2.5.1")), plan.routes().toString());
        // each of the 6 nodes reaches the 5 subnets: the ones it is not on are routed
        assertEquals(6 * 5 - 10, plan.routes().size());
    }

    @Test
    void switchesAreBridgedNamespacesAndEachPodosInterfaceIsWired() throws Exception {
        LabPlan plan = LabPlan.of(TopologyTemplates.podos(), "cd34");
        assertEquals(3, plan.boxes().stream().filter(LabPlan.Box::bridged).count());
        assertEquals(9, plan.wires().size());
        assertEquals(List.of("eth0", "eth1", "eth2"),
                plan.wires().stream().filter(w -> w.namespaceA().equals("pb-cd34-n-podos1")).map(LabPlan.Wire::interfaceA).sorted().toList());
        assertTrue(plan.wires().stream().allMatch(w -> w.interfaceB().matches("p[0-9]+")), "switch ends are bridge ports");
    }

    @Test
    void everyWireWithANodeRunsThroughItsOwnDelayNamespaceAndSwitchToSwitchWiresDoNot() throws Exception {
        LabPlan dumbbell = LabPlan.of(TopologyTemplates.dumbbell(), "ab12");
        assertEquals(5, dumbbell.delayNodes().size());
        LabPlan.DelayNode bottleneck = dumbbell.delayNodes().stream().filter(d -> d.what().equals("link bottleneck")).findFirst().orElseThrow();
        assertEquals(List.of("router0", "eth2", "router1", "eth0"), List.of(bottleneck.nodeA(), bottleneck.ifaceA(), bottleneck.nodeB(), bottleneck.ifaceB()));
        assertEquals(6 + 5, dumbbell.namespaces().size(), "the lab removes delay namespaces with the rest");

        LabPlan podos = LabPlan.of(TopologyTemplates.podos(), "cd34");
        assertTrue(podos.delayNodes().stream().allMatch(d -> d.nodeA() != null && d.nodeB() == null), "node to switch: the node is the A side");

        Cluster tree = TopologyTemplates.clusterTree(4, 2);
        LabPlan plan = LabPlan.of(tree, "ef56");
        long switchToSwitch = plan.wires().stream().filter(w -> w.namespaceA().contains("-s-") && w.namespaceB().contains("-s-")).count();
        assertTrue(switchToSwitch > 0, "the tree has switch-to-switch links");
        assertEquals(plan.wires().size() - switchToSwitch, plan.delayNodes().size(), "switch-to-switch wires are direct veths");
    }

    @Test
    void aTopologyTheLabCannotBuildIsRefusedWholeWithEveryReason() {
        Cluster cluster = TopologyTemplates.star(3);
        cluster.getNodes().get(1).setName("node0");
        Interface first = cluster.getNodes().get(2).getInterfaces().get(0);
        cluster.getLinks().get(2).setEndA(cluster.getNodes().get(0).getInterfaces().get(0));
        LabException e = assertThrows(LabException.class, () -> LabPlan.of(cluster, "ef56"));
        assertTrue(e.getMessage().contains("two nodes are named 'node0'"), e.getMessage());
        assertTrue(e.getMessage().contains("uses interface eth0 a second time"), e.getMessage());
        assertTrue(first.getName() != null);
    }

    @Test
    void aLanIsABridgedNamespaceWithOneWirePerMember() throws Exception {
        org.patchbay.model.templates.ClusterBuilder b = new org.patchbay.model.templates.ClusterBuilder("lan3");
        org.patchbay.model.Lan lan = org.patchbay.model.PatchbayFactory.eINSTANCE.createLan();
        lan.setName("lan0");
        b.cluster().getLans().add(lan);
        for (int i = 0; i < 3; i++) {
            org.patchbay.model.Node node = b.node("h" + i, 0, 0, org.patchbay.model.NodeRole.COMPUTE);
            Interface iface = org.patchbay.model.PatchbayFactory.eINSTANCE.createInterface();
            iface.setName("eth0");
            iface.setIpv4Address("10.9.0." + (i + 1));
            iface.setPrefixLength(24);
            node.getInterfaces().add(iface);
            lan.getMembers().add(iface);
        }
        LabPlan plan = LabPlan.of(b.cluster(), "aa11");
        LabPlan.Box box = plan.boxes().stream().filter(x -> x.kind() == LabPlan.Kind.LAN).findFirst().orElseThrow();
        assertEquals("pb-aa11-l-lan0", box.namespace());
        assertTrue(box.bridged());
        assertEquals(3, plan.wires().stream().filter(w -> w.namespaceB().equals(box.namespace())).count());
        assertTrue(plan.addresses().contains(new LabPlan.Address("pb-aa11-n-h2", "eth0", "10.9.0.3/24")), plan.addresses().toString());
        assertTrue(plan.routes().isEmpty(), "one subnet: nothing to route");
    }

    @Test
    void eachInterfaceOfAMultiHomedNodeCarriesItsOwnLoad() {
        Cluster podos = TopologyTemplates.podos();
        org.patchbay.core.live.LiveState live = new org.patchbay.core.live.LiveState();
        List<org.patchbay.agent.protocol.wire.InterfaceInfo> interfaces = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            interfaces.add(new org.patchbay.agent.protocol.wire.InterfaceInfo("eth" + i, 0, 0, 0, 0, 0, 0, 0, 0, "up", -1, (i + 1) * 1e6, 0));
        }
        live.event("podos1", new org.patchbay.agent.protocol.wire.AgentEvent(1, "b", 0,
                new org.patchbay.agent.protocol.wire.NodeStatus("podos1", "namespace", "t", 1, 2, 1, 0, 0, 0, 100, 10), interfaces, true, List.of(),
                List.of()));
        List<Double> rates = podos.getLinks().stream()
                .filter(l -> ((org.patchbay.model.Node) l.getEndA().eContainer()).getName().equals("podos1"))
                .map(l -> org.patchbay.core.live.LinkLoad.of(l, live).orElseThrow().bitsPerSecond()).toList();
        assertEquals(List.of(1e6, 2e6, 3e6), rates, "podos1's three links each show their own interface's load");
    }

    @Test
    void tooManyNodesForOneMachineIsSaidPlainly() {
        LabException e = assertThrows(LabException.class, () -> LabPlan.of(TopologyTemplates.clusterTree(1001, 40), "aa00"));
        assertTrue(e.getMessage().contains("at most 1000 nodes"), e.getMessage());
    }

    @Test
    void aLiveChangeKeepsTheKernelNamesOfWhatRunsAndNamesOnlyWhatIsNew() throws Exception {
        org.patchbay.model.Cluster star = TopologyTemplates.star(3);
        LabPlan running = LabPlan.of(star, "ab12");
        // remove the first node's link, add a node: positional names would shift every bridge port and delay namespace
        star.getLinks().remove(0);
        star.getNodes().remove(0);
        Topologies.addNodeOnSwitch(star, "node9", "10.0.0.99", star.getSwitches().get(0), "link9");
        org.patchbay.lab.LabPlanDiff diff = org.patchbay.lab.LabPlanDiff.between(running, LabPlan.of(star, "ab12"), "ab12");

        assertEquals(List.of("node9"), diff.addedBoxes().stream().map(LabPlan.Box::element).toList());
        assertEquals(List.of("node0"), diff.removedBoxes().stream().map(LabPlan.Box::element).toList());
        assertEquals(List.of("link link0"), diff.removedWires().stream().map(LabPlan.Wire::what).toList());
        assertEquals(1, diff.addedWires().size());
        LabPlan.Wire added = diff.addedWires().get(0);
        assertEquals("link link9", added.what());
        assertEquals("p4", added.interfaceB(), "a bridge port no running wire uses");
        assertEquals("pb-ab12-d-4", added.delayNamespace(), "a delay namespace no running wire uses");
        for (LabPlan.Wire kept : List.of(running.wires().get(1), running.wires().get(2))) {
            assertTrue(diff.next().wires().contains(kept), "the other links keep running as they are: " + kept);
        }
        assertEquals(List.of(new LabPlan.Address("pb-ab12-n-node9", "eth0", "10.0.0.99/24")), diff.addedAddresses());
        assertEquals("p2", diff.next().switchPorts().get(LabPlan.switchPortKey("switch0", 2)), "switch0's port 2 is still bridge port p2");
        assertTrue(org.patchbay.lab.LabPlanDiff.between(diff.next(), LabPlan.of(star, "ab12"), "ab12").isEmpty(), "applied, nothing more to do");
    }

    @Test
    void aNodeTakenOutToBeMadeAgainGoesWithItsLinksAndComesBackWithTheRest() throws Exception {
        org.patchbay.model.Cluster star = TopologyTemplates.star(3);
        LabPlan running = LabPlan.of(star, "ab12");
        LabPlan without = running.without(java.util.Set.of("node1"));
        org.patchbay.lab.LabPlanDiff out = org.patchbay.lab.LabPlanDiff.between(running, without, "ab12");

        assertEquals(List.of("node1"), out.removedBoxes().stream().map(LabPlan.Box::element).toList());
        assertEquals(List.of("link link1"), out.removedWires().stream().map(LabPlan.Wire::what).toList());
        assertTrue(out.addedBoxes().isEmpty() && out.addedWires().isEmpty() && out.addedAddresses().isEmpty(), "nothing is made: " + out);
        assertTrue(out.removedAddresses().stream().allMatch(a -> a.namespace().equals("pb-ab12-n-node1")) && out.removedAddresses().size() == 1,
                out.removedAddresses().toString());
        assertTrue(without.delayNodes().stream().noneMatch(d -> "node1".equals(d.nodeA()) || "node1".equals(d.nodeB())), without.delayNodes().toString());
        assertEquals(2, without.delayNodes().size(), "the other links' delay nodes stay");

        org.patchbay.lab.LabPlanDiff back = org.patchbay.lab.LabPlanDiff.between(out.next(), LabPlan.of(star, "ab12"), "ab12");
        assertEquals(List.of("node1"), back.addedBoxes().stream().map(LabPlan.Box::element).toList());
        assertEquals(List.of("link link1"), back.addedWires().stream().map(LabPlan.Wire::what).toList());
        assertTrue(back.removedBoxes().isEmpty() && back.removedWires().isEmpty(), "the other nodes and links run on: " + back);
        assertTrue(org.patchbay.lab.LabPlanDiff.between(back.next(), LabPlan.of(star, "ab12"), "ab12").isEmpty(), "applied, nothing more to do");
    }
}
