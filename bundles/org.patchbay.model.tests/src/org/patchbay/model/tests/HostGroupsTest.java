package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.HostGroups;

/** Which hosts fold into a switch's figure when it is collapsed on the canvas. */
class HostGroupsTest {

    private static List<String> names(List<? extends DiagramElement> elements) {
        return elements.stream().map(DiagramElement::getName).toList();
    }

    @Test
    void hostsOnOneSwitchOnlyFormItsGroup() {
        Cluster cluster = TopologyTemplates.clusterTree(100, 40);
        HostGroups groups = HostGroups.of(cluster);
        DiagramElement edge1 = cluster.getSwitches().stream().filter(s -> s.getName().equals("edge1")).findFirst().orElseThrow();
        DiagramElement edge2 = cluster.getSwitches().stream().filter(s -> s.getName().equals("edge2")).findFirst().orElseThrow();
        assertEquals(40, groups.members(edge1).size());
        assertEquals(20, groups.members(edge2).size(), "the last edge switch has the remaining 20 hosts");
        assertEquals("host40", groups.members(edge1).get(0).getName());
        assertEquals(3, groups.hubs().size(), "the core switch has no hosts of its own: only edge switches");
        Node host77 = cluster.getNodes().stream().filter(n -> n.getName().equals("host77")).findFirst().orElseThrow();
        assertEquals(edge1, groups.hubOf(host77));
    }

    @Test
    void aNodeWiredToTwoPlacesOrToANodeBelongsToNoGroup() {
        HostGroups podos = HostGroups.of(TopologyTemplates.podos());
        assertTrue(podos.hubs().isEmpty(), "each podos host is on three subnets: " + podos.hubs());
        Cluster dumbbell = TopologyTemplates.dumbbell();
        HostGroups groups = HostGroups.of(dumbbell);
        assertTrue(groups.hubs().isEmpty(), "hosts behind a router node are not folded into it");
        assertNull(groups.hubOf(dumbbell.getNodes().get(0)));
    }

    @Test
    void everyOpenMosixNodeIsInTheSwitchsGroup() {
        Cluster openMosix = TopologyTemplates.openMosix();
        HostGroups groups = HostGroups.of(openMosix);
        assertEquals(names(openMosix.getNodes()), names(groups.members(openMosix.getSwitches().get(0))));
    }

    @Test
    void nodesOnlyOnALanFormTheLansGroup() {
        Cluster cluster = TopologyTemplates.empty();
        Lan lan = PatchbayFactory.eINSTANCE.createLan();
        lan.setName("lan0");
        cluster.getLans().add(lan);
        for (int i = 0; i < 3; i++) {
            Node node = PatchbayFactory.eINSTANCE.createNode();
            node.setName("n" + i);
            Interface iface = PatchbayFactory.eINSTANCE.createInterface();
            iface.setName("eth0");
            node.getInterfaces().add(iface);
            cluster.getNodes().add(node);
            lan.getMembers().add(iface);
        }
        assertEquals(List.of("n0", "n1", "n2"), names(HostGroups.of(cluster).members(lan)));
    }
}
