package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.Switch;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.Wiring;

class TemplatesTest {

    @Test
    void dumbbellIsNetbedsSixNodesWithOneBottleneck() {
        Cluster c = TopologyTemplates.dumbbell();
        assertEquals(6, c.getNodes().size());
        assertEquals(5, c.getLinks().size());
        List<Link> slow = c.getLinks().stream().filter(l -> l.getBandwidthBps() < 100_000_000L).toList();
        assertEquals(1, slow.size());
        assertEquals(20.0, slow.get(0).getDelayMs());
        assertEquals(NodeRole.ROUTER, ((Node) Wiring.ownerOf(slow.get(0).getEndA())).getRole());
    }

    @Test
    void openMosixIsFourteenNodesOnOneSwitch() {
        Cluster c = TopologyTemplates.openMosix();
        assertEquals(14, c.getNodes().size());
        assertEquals(1, c.getSwitches().size());
        Switch sw = c.getSwitches().get(0);
        assertEquals(14, sw.getPorts().size());
        for (Node node : c.getNodes()) {
            assertEquals(List.of(sw), Wiring.linksAt(c, node).stream()
                    .map(l -> Wiring.ownerOf(l.getEndA()) == node ? Wiring.ownerOf(l.getEndB()) : Wiring.ownerOf(l.getEndA())).toList());
        }
    }

    @Test
    void podosNodesHaveThreeInterfacesOnThreeSubnets() {
        Cluster c = TopologyTemplates.podos();
        assertEquals(3, c.getNodes().size());
        for (Node node : c.getNodes()) {
            assertEquals(3, node.getInterfaces().size());
            Set<String> subnets = new HashSet<>();
            for (Interface iface : node.getInterfaces()) {
                subnets.add(iface.getIpv4Address().substring(0, iface.getIpv4Address().lastIndexOf('.')));
            }
            assertEquals(3, subnets.size(), node.getName() + " " + subnets);
        }
    }

    @Test
    void starAndRingHaveTheirShape() {
        Cluster star = TopologyTemplates.star(8);
        assertEquals(8, star.getLinks().size());
        assertEquals(8, star.getSwitches().get(0).getPorts().size());
        Cluster ring = TopologyTemplates.ring(6);
        assertEquals(6, ring.getLinks().size());
        ring.getNodes().forEach(n -> assertEquals(2, n.getInterfaces().size()));
    }

    @Test
    void generatedClusterTreeHasTheAskedNumberOfHosts() {
        Cluster c = TopologyTemplates.clusterTree(1000, 40);
        assertEquals(1000, c.getNodes().size());
        assertEquals(1 + 25, c.getSwitches().size());
        assertEquals(1000 + 25, c.getLinks().size());
        assertConnected(c);
    }

    @Test
    void randomGraphIsConnectedSimpleAndSeeded() {
        Cluster c = TopologyTemplates.randomGraph(1000, 1.5, 42);
        assertEquals(1000, c.getNodes().size());
        assertEquals(1500, c.getLinks().size());
        Set<String> pairs = new HashSet<>();
        for (Link link : c.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            assertNotEquals(a, b);
            String key = a.getName().compareTo(b.getName()) < 0 ? a.getName() + "-" + b.getName() : b.getName() + "-" + a.getName();
            assertTrue(pairs.add(key), "repeated pair " + key);
        }
        assertConnected(c);
        assertTrue(EcoreUtil.equals(c, TopologyTemplates.randomGraph(1000, 1.5, 42)), "same seed, same graph");
    }

    private static void assertConnected(Cluster c) {
        Map<DiagramElement, Set<DiagramElement>> adjacent = new HashMap<>();
        for (Link link : c.getLinks()) {
            DiagramElement a = Wiring.ownerOf(link.getEndA());
            DiagramElement b = Wiring.ownerOf(link.getEndB());
            adjacent.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            adjacent.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        Set<DiagramElement> seen = new HashSet<>();
        ArrayDeque<DiagramElement> queue = new ArrayDeque<>(List.of(c.getNodes().get(0)));
        while (!queue.isEmpty()) {
            DiagramElement next = queue.poll();
            if (seen.add(next)) {
                queue.addAll(adjacent.getOrDefault(next, Set.of()));
            }
        }
        assertEquals(c.getNodes().size() + c.getSwitches().size(), seen.size(), "graph is not connected");
    }
}
