package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PowerController;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.validation.TopologyDiagnostician;
import org.patchbay.model.validation.TopologyDiagnostician.Problem;
import org.patchbay.model.validation.TopologyValidator.Rule;

/** Every rule once failing, and the fixed topology passing. */
class ValidationTest {

    private final TopologyDiagnostician diagnostician = new TopologyDiagnostician();

    private List<Problem> problems(Cluster cluster) {
        return diagnostician.validate(cluster);
    }

    private Problem only(Cluster cluster, Rule rule) {
        List<Problem> found = problems(cluster).stream().filter(p -> p.rule() == rule).toList();
        assertEquals(1, found.size(), "expected one " + rule + " problem, got " + problems(cluster));
        return found.get(0);
    }

    private void assertValid(Cluster cluster) {
        assertEquals(List.of(), problems(cluster).stream().map(Problem::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "star", "ring", "dumbbell", "openmosix", "podos"})
    void templatesAreValid(String id) {
        assertValid(TopologyTemplates.byId(id).orElseThrow().create());
    }

    @Test
    void generatedTopologiesAreValid() {
        assertValid(TopologyTemplates.clusterTree(500, 40));
        assertValid(TopologyTemplates.randomGraph(500, 1.5, 1));
    }

    @Test
    void duplicateNodeNames() {
        Cluster cluster = TopologyTemplates.dumbbell();
        cluster.getNodes().get(1).setName("left0");
        Problem problem = only(cluster, Rule.DUPLICATE_NAME);
        assertTrue(problem.message().contains("left0") && problem.message().contains("Rename"), problem.message());
        assertEquals(2, problem.elements().size());
        cluster.getNodes().get(1).setName("left1");
        assertValid(cluster);
    }

    @Test
    void duplicateInterfaceNamesWithinANode() {
        Cluster cluster = TopologyTemplates.podos();
        Node node = cluster.getNodes().get(0);
        node.getInterfaces().get(1).setName("eth0");
        assertTrue(only(cluster, Rule.DUPLICATE_NAME).message().contains(node.getName()));
        node.getInterfaces().get(1).setName("eth1");
        assertValid(cluster);
    }

    @Test
    void duplicateMacsIgnoringCase() {
        Cluster cluster = TopologyTemplates.dumbbell();
        Interface a = cluster.getNodes().get(0).getInterfaces().get(0);
        Interface b = cluster.getNodes().get(1).getInterfaces().get(0);
        b.setMac(a.getMac().toUpperCase());
        Problem problem = only(cluster, Rule.DUPLICATE_MAC);
        assertTrue(problem.message().contains("MAC"), problem.message());
        assertTrue(problem.elements().contains(a) && problem.elements().contains(b));
        b.setMac("02:aa:bb:cc:dd:ee");
        assertValid(cluster);
    }

    @Test
    void duplicateIps() {
        Cluster cluster = TopologyTemplates.star(3);
        Interface b = cluster.getNodes().get(1).getInterfaces().get(0);
        b.setIpv4Address(cluster.getNodes().get(0).getInterfaces().get(0).getIpv4Address());
        assertTrue(only(cluster, Rule.DUPLICATE_IP).message().contains("node0.eth0"));
        b.setIpv4Address("10.0.0.99");
        assertValid(cluster);
    }

    @Test
    void linkWithBothEndsOnOneNode() {
        Cluster cluster = TopologyTemplates.ring(3);
        Link link = cluster.getLinks().get(0);
        Interface originalB = (Interface) link.getEndB();
        Node nodeOfA = (Node) link.getEndA().eContainer();
        Interface second = PatchbayFactory.eINSTANCE.createInterface();
        second.setName("eth9");
        nodeOfA.getInterfaces().add(second);
        link.setEndB(second);
        Problem problem = only(cluster, Rule.LINK_SAME_NODE);
        assertTrue(problem.message().contains(nodeOfA.getName()) && problem.message().contains("reconnect"), problem.message());
        link.setEndB(originalB);
        nodeOfA.getInterfaces().remove(second);
        assertValid(cluster);
    }

    @Test
    void linkWithoutAnInterface() {
        Cluster cluster = TopologyTemplates.ring(3);
        Link link = cluster.getLinks().get(0);
        var end = link.getEndA();
        link.setEndA(null);
        assertTrue(only(cluster, Rule.MISSING_INTERFACE).message().contains(link.getName()));
        link.setEndA(end);
        assertValid(cluster);
    }

    @Test
    void lanMemberThatIsNoInterfaceOfAnyNode() {
        Cluster cluster = TopologyTemplates.ring(3);
        Lan lan = PatchbayFactory.eINSTANCE.createLan();
        lan.setName("lan0");
        cluster.getLans().add(lan);
        Interface orphan = PatchbayFactory.eINSTANCE.createInterface();
        orphan.setName("eth7");
        lan.getMembers().add(orphan);
        assertTrue(only(cluster, Rule.MISSING_INTERFACE).message().contains("lan0"));
        lan.getMembers().clear();
        lan.getMembers().add(cluster.getNodes().get(0).getInterfaces().get(0));
        assertValid(cluster);
    }

    @Test
    void bandwidthMustBePositive() {
        Cluster cluster = TopologyTemplates.dumbbell();
        Link link = cluster.getLinks().get(2);
        link.setBandwidthBps(0);
        assertTrue(only(cluster, Rule.BAD_VALUE).message().contains("Bandwidth"));
        link.setBandwidthBps(-5);
        assertTrue(only(cluster, Rule.BAD_VALUE).message().contains("bottleneck"));
        link.setBandwidthBps(1);
        assertValid(cluster);
    }

    @Test
    void lossMustBeAProbability() {
        Cluster cluster = TopologyTemplates.dumbbell();
        Link link = cluster.getLinks().get(0);
        link.setLossRate(1.5);
        assertTrue(only(cluster, Rule.BAD_VALUE).message().contains("between 0% and 100% (got 150%)"));
        link.setLossRate(-0.1);
        only(cluster, Rule.BAD_VALUE);
        link.setLossRate(1.0);
        assertValid(cluster);
        link.setLossRate(0.0);
        assertValid(cluster);
    }

    @Test
    void negativeDelayIsRefused() {
        Cluster cluster = TopologyTemplates.dumbbell();
        cluster.getLinks().get(0).setDelayMs(-1);
        only(cluster, Rule.BAD_VALUE);
    }

    @Test
    void anOutletPoweringTwoNodes() {
        Cluster cluster = TopologyTemplates.star(2);
        PowerController pdu = PatchbayFactory.eINSTANCE.createPowerController();
        pdu.setName("pdu0");
        Outlet one = PatchbayFactory.eINSTANCE.createOutlet();
        one.setNumber(1);
        Outlet two = PatchbayFactory.eINSTANCE.createOutlet();
        two.setNumber(2);
        pdu.getOutlets().add(one);
        pdu.getOutlets().add(two);
        cluster.getPowerControllers().add(pdu);
        cluster.getNodes().get(0).setPowerOutlet(one);
        cluster.getNodes().get(1).setPowerOutlet(one);
        Problem problem = only(cluster, Rule.OUTLET_SHARED);
        assertTrue(problem.message().contains("pdu0#1") && problem.message().contains("node0") && problem.message().contains("node1"),
                problem.message());
        cluster.getNodes().get(1).setPowerOutlet(two);
        assertValid(cluster);
    }

    @Test
    void aNodeBootingAnImageThatIsNotInTheTopology() {
        Cluster cluster = TopologyTemplates.openMosix();
        DiskImage stray = PatchbayFactory.eINSTANCE.createDiskImage();
        stray.setName("fedora-stray");
        cluster.getNodes().get(3).setOsImage(stray);
        Problem problem = only(cluster, Rule.MISSING_IMAGE);
        assertTrue(problem.message().contains("om04") && problem.message().contains("fedora-stray"), problem.message());
        cluster.getImages().add(stray);
        assertValid(cluster);
    }

    @Test
    void malformedAddressesAreNamed() {
        Cluster cluster = TopologyTemplates.star(2);
        Interface iface = cluster.getNodes().get(0).getInterfaces().get(0);
        iface.setIpv4Address("10.0.0.300");
        assertTrue(only(cluster, Rule.BAD_VALUE).message().contains("10.0.0.300"));
        iface.setIpv4Address("10.0.0.30");
        iface.setMac("02:00:zz:00:00:01");
        assertTrue(only(cluster, Rule.BAD_VALUE).message().contains("MAC"));
    }
}
