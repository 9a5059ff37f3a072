package org.patchbay.mapping.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.mapping.Mapper;
import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.Mapping.Placement;
import org.patchbay.mapping.Mapping.PortUse;
import org.patchbay.mapping.Mapping.SegmentPlan;
import org.patchbay.mapping.MappingException;
import org.patchbay.mapping.MappingRequest;
import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Machine;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TestbedBuilder;

class MapperTest {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;
    private final Mapper mapper = new Mapper();

    @Test
    void everyNodeGetsItsOwnMachineOfItsType() throws Exception {
        TestbedBuilder inventory = new TestbedBuilder("small");
        Switch leaf = inventory.switchNamed("leaf1", null);
        for (int i = 1; i <= 3; i++) {
            inventory.machineOn(leaf, "old" + i, "pc850", 4, 100);
            inventory.machineOn(leaf, "new" + i, "pc3000", 4, 1000);
        }
        Cluster experiment = experiment("two-types");
        Node a = node(experiment, "a", "pc3000");
        Node b = node(experiment, "b", "pc3000");
        Node c = node(experiment, "c", "pc850");
        link(experiment, a, b, 100);
        link(experiment, b, c, 100);

        Mapping mapping = mapper.map(MappingRequest.of(experiment, inventory.testbed()));

        Set<Machine> used = new HashSet<>();
        for (Placement placement : mapping.placements()) {
            assertEquals(placement.node().getHardwareType(), placement.machine().getHardwareType(), placement.toString());
            assertTrue(used.add(placement.machine()), "one node per machine: " + placement);
        }
        assertTrue(mapping.violations().isEmpty(), mapping.violations().toString());
        SegmentPlan ab = segment(mapping, "ab");
        assertEquals(2, ab.ports().size());
        for (PortUse port : ab.ports()) {
            assertNotNull(port.switchPort(), "each attachment is on a cabled interface");
            assertEquals("leaf1", port.switchName());
        }
        assertNotEquals(segment(mapping, "ab").vlan(), segment(mapping, "bc").vlan(), "each link its own VLAN on a shared switch");
    }

    @Test
    void tooFewFreeMachinesOfATypeIsExplainedWithTheCounts() {
        TestbedBuilder inventory = new TestbedBuilder("short");
        Switch leaf = inventory.switchNamed("leaf1", null);
        for (int i = 1; i <= 5; i++) {
            Machine machine = inventory.machineOn(leaf, "pc" + i, "pc3000", 4, 1000);
            if (i > 3) {
                machine.setReservedBy("someone-else");
            }
        }
        Cluster experiment = experiment("big");
        for (int i = 0; i < 5; i++) {
            node(experiment, "n" + i, "pc3000");
        }

        MappingException refused = assertThrows(MappingException.class, () -> mapper.map(MappingRequest.of(experiment, inventory.testbed())));
        assertEquals(1, refused.reasons().size(), refused.reasons().toString());
        String reason = refused.reasons().get(0);
        assertTrue(reason.startsWith("needs 5 nodes of type pc3000, 3 free (2 more held by other experiments)"), reason);
    }

    @Test
    void machinesHeldByTheSameExperimentCountAsFree() throws Exception {
        TestbedBuilder inventory = new TestbedBuilder("held");
        Switch leaf = inventory.switchNamed("leaf1", null);
        inventory.machineOn(leaf, "pc1", "pc", 2, 1000).setReservedBy("mine");
        Cluster experiment = experiment("mine");
        node(experiment, "n0", "pc");

        Mapping mapping = mapper.map(MappingRequest.of(experiment, inventory.testbed()));
        assertEquals("pc1", mapping.placements().get(0).machine().getName());
    }

    @Test
    void pinsAndFixedNodesAreHonouredAndBadOnesNamed() throws Exception {
        Testbed testbed = MappingProblems.leafAndCore(8, 4, 4, 1000, 1000, "pc");
        testbed.getMachines().get(6).getFeatures().add("gpu");
        Cluster experiment = experiment("pinned");
        Node a = node(experiment, "a", "pc");
        Node b = node(experiment, "b", "pc");
        Node c = node(experiment, "c", "pc");
        link(experiment, a, b, 100);
        link(experiment, b, c, 100);
        a.setFixedTo("pc002");

        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed).withPins(Map.of("c", "pc007")));
        assertEquals("pc002", mapping.placementOf("a").machine().getName());
        assertTrue(mapping.placementOf("a").pinned());
        assertEquals("pc007", mapping.placementOf("c").machine().getName());
        assertFalse(mapping.placementOf("b").pinned());

        MappingException unknown = assertThrows(MappingException.class,
                () -> mapper.map(MappingRequest.of(experiment, testbed).withPins(Map.of("b", "pc999"))));
        assertTrue(unknown.reasons().get(0).contains("b is fixed to pc999, which the testbed does not have"), unknown.getMessage());

        c.getDesiredFeatures().add("gpu");
        MappingException unfit = assertThrows(MappingException.class,
                () -> mapper.map(MappingRequest.of(experiment, testbed).withPins(Map.of("c", "pc001"))));
        assertTrue(unfit.reasons().get(0).contains("c is fixed to pc001, which does not fit it: the node needs a machine of type pc with gpu"),
                unfit.getMessage());

        MappingException twice = assertThrows(MappingException.class,
                () -> mapper.map(MappingRequest.of(experiment, testbed).withPins(Map.of("b", "pc002"))));
        assertTrue(twice.getMessage().contains("both fixed to pc002"), twice.getMessage());
    }

    @Test
    void desiredFeaturesPickTheMachinesThatHaveThem() throws Exception {
        Testbed testbed = MappingProblems.leafAndCore(8, 4, 4, 1000, 1000, "pc");
        testbed.getMachines().get(5).getFeatures().addAll(List.of("gpu", "ssd"));
        testbed.getMachines().get(2).getFeatures().add("gpu");
        Cluster experiment = experiment("features");
        Node plain = node(experiment, "plain", "pc");
        Node gpu = node(experiment, "gpu", "pc");
        Node both = node(experiment, "both", "pc");
        gpu.getDesiredFeatures().add("gpu");
        both.getDesiredFeatures().addAll(List.of("gpu", "ssd"));
        link(experiment, plain, gpu, 100);
        link(experiment, gpu, both, 100);

        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed));
        assertEquals("pc006", mapping.placementOf("both").machine().getName());
        assertEquals("pc003", mapping.placementOf("gpu").machine().getName());
    }

    @Test
    void shapedLinksRunThroughDelayNodesWhenAskedAndThoseAreMachinesWithTheDelayFeature() throws Exception {
        TestbedBuilder inventory = new TestbedBuilder("rack");
        Switch leaf = inventory.switchNamed("leaf1", "100-199");
        inventory.machineOn(leaf, "pc1", "pc", 2, 1000);
        inventory.machineOn(leaf, "pc2", "pc", 2, 1000);
        inventory.machineOn(leaf, "pc3", "pc", 2, 1000);
        Machine dly = inventory.machineOn(leaf, "dly1", "pc", 2, 1000);
        dly.getFeatures().add("delay");
        Testbed testbed = inventory.testbed();
        Cluster experiment = experiment("shaped");
        Node a = node(experiment, "a", "pc");
        Node b = node(experiment, "b", "pc");
        Node c = node(experiment, "c", "pc");
        Link slow = link(experiment, a, b, 1000);
        slow.setDelayMs(20);
        Link plain = link(experiment, b, c, 1000);

        Mapping atEnds = mapper.map(MappingRequest.of(experiment, testbed));
        assertTrue(atEnds.delayNodes().isEmpty(), "not asked: shaped at the ends");
        assertEquals(3, atEnds.placements().size());

        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed).withDelayNodes(true));
        assertEquals(1, mapping.delayNodes().size(), "only the shaped link gets one; " + plain.getName() + " runs at full speed");
        Mapping.DelayNode delay = mapping.delayNodes().get(0);
        assertEquals(slow, delay.shaped());
        assertEquals("ab", delay.name());
        assertEquals(List.of("a", "b"), List.of(delay.sideA(), delay.sideB()), "towardsA faces the link's end A, towardsB its end B");
        assertEquals("tbdelay0", delay.node().getName());
        assertEquals("dly1", delay.machine().getName(), "the only machine with the delay feature");
        assertEquals("dly1", mapping.placementOf("tbdelay0").machine().getName(), "the delay node is placed like any node (and so reserved)");
        assertNotEquals(delay.towardsA(), delay.towardsB(), "two interfaces of the delay machine");
        SegmentPlan towardsA = segment(mapping, "ab:a");
        SegmentPlan towardsB = segment(mapping, "ab:b");
        assertEquals(List.of("a", "tbdelay0"), towardsA.ports().stream().map(p -> p.node().getName()).toList());
        assertEquals(List.of("tbdelay0", "b"), towardsB.ports().stream().map(p -> p.node().getName()).toList());
        assertEquals(delay.towardsA(), towardsA.ports().get(1).machineInterface());
        assertEquals(delay.towardsB(), towardsB.ports().get(0).machineInterface());
        assertNotEquals(towardsA.vlan(), towardsB.vlan(), "a VLAN each side: only the delay node joins them");
        assertTrue(mapping.violations().isEmpty(), mapping.violations().toString());
        assertEquals(4, mapping.placements().size());

        // a bandwidth below the interfaces' speed is shaping too; without a free delay machine it cannot be mapped
        plain.setBandwidthBps(100_000_000);
        MappingException short1 = assertThrows(MappingException.class, () -> mapper.map(MappingRequest.of(experiment, testbed).withDelayNodes(true)));
        assertTrue(short1.getMessage().contains("delay"), short1.getMessage());

        // a delay node may be pinned by its name like any node
        plain.setBandwidthBps(1_000_000_000);
        dly.getFeatures().clear();
        testbed.getMachines().get(2).getFeatures().add("delay");
        Mapping pinned = mapper.map(MappingRequest.of(experiment, testbed).withDelayNodes(true).withPins(Map.of("tbdelay0", "pc3")));
        assertEquals("pc3", pinned.delayNodes().get(0).machine().getName());
    }

    @Test
    void shapedLanMembersAndLinksToSwitchesGetADelayNodeEachBetweenThemAndTheirDomain() throws Exception {
        TestbedBuilder inventory = new TestbedBuilder("rack");
        Switch leaf = inventory.switchNamed("leaf1", "100-199");
        for (int i = 1; i <= 9; i++) {
            Machine machine = inventory.machineOn(leaf, "pc" + i, "pc", 2, 1000);
            if (i > 5) {
                machine.getFeatures().add("delay");
            }
        }
        Testbed testbed = inventory.testbed();
        Cluster experiment = experiment("lanned");
        Node x = node(experiment, "x", "pc");
        Node y = node(experiment, "y", "pc");
        Node z = node(experiment, "z", "pc");
        Node w = node(experiment, "w", "pc");
        Lan lan = FACTORY.createLan();
        lan.setName("lan0");
        lan.setBandwidthBps(1_000_000_000L);
        for (Node member : List.of(x, y, z)) {
            lan.getMembers().add(newInterface(member));
        }
        experiment.getLans().add(lan);
        Switch drawn = FACTORY.createSwitch();
        drawn.setName("sw0");
        org.patchbay.model.SwitchPort port = FACTORY.createSwitchPort();
        drawn.getPorts().add(port);
        experiment.getSwitches().add(drawn);
        Link toSwitch = FACTORY.createLink();
        toSwitch.setName("wlink");
        toSwitch.setEndA(newInterface(w));
        toSwitch.setEndB(port);
        toSwitch.setBandwidthBps(1_000_000_000L);
        experiment.getLinks().add(toSwitch);

        // a 1 Gb/s LAN and link with no delay or loss: nothing to shape, no delay node
        assertTrue(mapper.map(MappingRequest.of(experiment, testbed).withDelayNodes(true)).delayNodes().isEmpty());

        // one member with values of its own, and a delayed link to the drawn switch
        org.patchbay.model.MemberShaping own = FACTORY.createMemberShaping();
        own.setMember(lan.getMembers().get(1));
        own.setToDelayMs(30.0);
        lan.getMemberShaping().add(own);
        toSwitch.setDelayMs(5);
        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed).withDelayNodes(true));
        assertEquals(List.of("wlink", "lan0:y"), mapping.delayNodes().stream().map(Mapping.DelayNode::name).toList());
        Mapping.DelayNode member = mapping.delayNodes().get(1);
        assertEquals(lan, member.shaped());
        assertEquals(lan.getMembers().get(1), member.member());
        assertEquals(List.of("y", "lan0"), List.of(member.sideA(), member.sideB()), "between the member and its LAN");
        SegmentPlan own1 = segment(mapping, "lan0:y");
        assertEquals(List.of("y", member.node().getName()), own1.ports().stream().map(p -> p.node().getName()).toList());
        SegmentPlan lanSegment = segment(mapping, "lan0");
        assertEquals(List.of("x", "z", member.node().getName()), lanSegment.ports().stream().map(p -> p.node().getName()).sorted(
                java.util.Comparator.comparing(n -> n.startsWith("tbdelay") ? "~" + n : n)).toList(), "the LAN holds the others and the delay node");
        assertEquals(member.towardsB(), lanSegment.ports().stream().filter(p -> p.node() == member.node()).findFirst().orElseThrow().machineInterface());
        Mapping.DelayNode toDrawnSwitch = mapping.delayNodes().get(0);
        assertEquals(List.of("w", "sw0"), List.of(toDrawnSwitch.sideA(), toDrawnSwitch.sideB()));
        assertTrue(mapping.delayNodes().stream().allMatch(d -> d.machine().getFeatures().contains("delay")));
        assertTrue(mapping.violations().isEmpty(), mapping.violations().toString());
    }

    @Test
    void competingRequestsThatCannotAllBeMetAreExplained() {
        Testbed testbed = MappingProblems.leafAndCore(4, 4, 4, 1000, 1000, "pc");
        testbed.getMachines().get(0).getFeatures().addAll(List.of("gpu", "ssd"));
        Cluster experiment = experiment("contest");
        node(experiment, "wantsGpu", "pc").getDesiredFeatures().add("gpu");
        Node both = node(experiment, "wantsBoth", "pc");
        both.getDesiredFeatures().addAll(List.of("gpu", "ssd"));

        MappingException refused = assertThrows(MappingException.class, () -> mapper.map(MappingRequest.of(experiment, testbed)));
        String reason = refused.reasons().get(0);
        assertTrue(reason.contains("cannot get a machine") && reason.contains("with gpu"), reason);
    }

    @Test
    void aNodeWithMoreLinksThanAnyMachineHasInterfacesIsRefused() {
        Testbed testbed = MappingProblems.leafAndCore(8, 8, 4, 1000, 1000, "pc");
        Cluster experiment = experiment("hub");
        Node hub = node(experiment, "hub", "pc");
        for (int i = 0; i < 5; i++) {
            link(experiment, hub, node(experiment, "spoke" + i, "pc"), 100);
        }
        MappingException refused = assertThrows(MappingException.class, () -> mapper.map(MappingRequest.of(experiment, testbed)));
        assertTrue(refused.getMessage().contains("needs 1 node of type pc with 5 interfaces, 0 free"), refused.getMessage());
    }

    @Test
    void tightlyLinkedGroupsStayOnTheirSwitchSoTheTrunkHoldsThem() throws Exception {
        // Two leaves of four machines, 200 Mb/s trunks: two cliques of four (300 Mb/s of links per
        // node pair) fit only with each clique on one leaf and one link between them.
        Testbed testbed = MappingProblems.leafAndCore(8, 4, 4, 1000, 200, "pc");
        Cluster experiment = experiment("cliques");
        Node[][] cliques = new Node[2][4];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 4; i++) {
                cliques[c][i] = node(experiment, "c" + c + "n" + i, "pc");
            }
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    link(experiment, cliques[c][i], cliques[c][j], 100);
                }
            }
        }
        link(experiment, cliques[0][0], cliques[1][0], 100);

        for (long seed = 1; seed <= 3; seed++) {
            Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed).withSeed(seed));
            assertEquals(0, mapping.trunkViolations(), mapping.violations().toString());
            assertEquals(1, mapping.interSwitchLinks(), "only the link between the cliques leaves a leaf");
            for (int c = 0; c < 2; c++) {
                Set<String> switches = new HashSet<>();
                for (Node node : cliques[c]) {
                    switches.add(mapping.placementOf(node.getName()).switchName());
                }
                assertEquals(1, switches.size(), "clique " + c + " on one leaf: " + switches);
            }
            SegmentPlan between = mapping.segments().stream().filter(SegmentPlan::spansSwitches).findFirst().orElseThrow();
            assertEquals(List.of("core", "leaf01", "leaf02"), between.switches().stream().sorted().toList(), "the VLAN spans both leaves and the core");
            assertEquals(2, between.trunks().size());
        }
    }

    @Test
    void anOverloadedTrunkIsReportedByName() throws Exception {
        // Nine nodes in a LAN on leaves of four machines: some members must cross a 100 Mb/s trunk.
        Testbed testbed = MappingProblems.leafAndCore(12, 4, 4, 1000, 100, "pc");
        Cluster experiment = experiment("wide-lan");
        Lan lan = FACTORY.createLan();
        lan.setName("lan0");
        lan.setBandwidthBps(100_000_000L);
        for (int i = 0; i < 9; i++) {
            lan.getMembers().add(newInterface(node(experiment, "n" + i, "pc")));
        }
        experiment.getLans().add(lan);

        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed));
        assertTrue(mapping.trunkViolations() >= 1);
        assertTrue(mapping.violations().stream().anyMatch(v -> v.matches("trunk core–leaf0\\d would carry \\d+ Mb/s, more than its 100 Mb/s")),
                mapping.violations().toString());
        Map<String, Integer> perSwitch = new HashMap<>();
        for (Placement placement : mapping.placements()) {
            perSwitch.merge(placement.switchName(), 1, Integer::sum);
        }
        assertTrue(perSwitch.values().stream().anyMatch(n -> n == 4), "the LAN is packed onto as few leaves as possible: " + perSwitch);
    }

    @Test
    void aPlantedFeasibleMappingIsFoundWithoutViolations() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            MappingProblems.Problem problem = MappingProblems.planted(100, 12, 500, seed);
            Mapping mapping = mapper.map(MappingRequest.of(problem.experiment(), problem.testbed()).withSeed(seed));
            assertEquals(0, mapping.trunkViolations(), "seed " + seed + ": " + mapping.violations());
            assertTrue(mapping.violations().isEmpty(), mapping.violations().toString());
            assertEquals(100, mapping.placements().stream().map(Placement::machine).distinct().count());
        }
    }

    @Test
    void theSameSeedGivesTheSameMapping() throws Exception {
        Cluster experiment = MappingProblems.treeWithExtras(60, 7, "pc");
        Testbed testbed = MappingProblems.leafAndCore(72, 12, 4, 1000, 1000, "pc");
        Mapping first = mapper.map(MappingRequest.of(experiment, testbed).withSeed(42));
        Mapping second = mapper.map(MappingRequest.of(experiment, testbed).withSeed(42));
        assertEquals(first.placements().stream().map(p -> p.machine().getName()).toList(),
                second.placements().stream().map(p -> p.machine().getName()).toList());
        assertTrue(first.score() <= first.search().initialScore(), "the search never ends worse than it started");
    }

    @Test
    void vlansComeFromEachSwitchsRangeAndAreFreeOnEverySwitchASegmentSpans() throws Exception {
        Testbed testbed = MappingProblems.leafAndCore(4, 2, 4, 1000, 1000, "pc");
        testbed.getSwitches().get(0).setVlanRange("200-299");
        testbed.getSwitches().get(1).setVlanRange("100-109, 250-260");
        testbed.getSwitches().get(2).setVlanRange("250-251");
        Cluster experiment = experiment("vlans");
        Node[] nodes = new Node[4];
        for (int i = 0; i < 4; i++) {
            nodes[i] = node(experiment, "n" + i, "pc");
        }
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                link(experiment, nodes[i], nodes[j], 100);
            }
        }
        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed));
        Map<String, Set<Integer>> perSwitch = new HashMap<>();
        for (SegmentPlan segment : mapping.segments()) {
            for (String sw : segment.switches()) {
                if (segment.vlan() != 0) {
                    assertTrue(perSwitch.computeIfAbsent(sw, k -> new HashSet<>()).add(segment.vlan()), "VLAN reused on " + sw);
                }
            }
            if (segment.switches().contains("leaf01")) {
                assertTrue(segment.vlan() == 0 || segment.vlan() >= 100 && segment.vlan() <= 109 || segment.vlan() >= 250 && segment.vlan() <= 260,
                        segment.toString());
            }
        }
        // Six links, and leaf02 allows two VLANs: at least the links within leaf02 beyond two find none.
        long unplaced = mapping.segments().stream().filter(s -> s.vlan() == 0).count();
        assertEquals(unplaced, mapping.violations().stream().filter(v -> v.contains("finds no VLAN ID free")).count());

        testbed.getSwitches().get(2).setVlanRange("250-");
        Mapping broken = mapper.map(MappingRequest.of(experiment, testbed));
        assertTrue(broken.violations().stream().anyMatch(v -> v.startsWith("switch leaf02: VLAN range '250-'")), broken.violations().toString());
    }

    @Test
    void aCancelledSearchStopsWithoutAMapping() {
        Cluster experiment = MappingProblems.treeWithExtras(200, 3, "pc");
        Testbed testbed = MappingProblems.leafAndCore(240, 12, 4, 1000, 1000, "pc");
        assertThrows(CancellationException.class,
                () -> mapper.map(MappingRequest.of(experiment, testbed).withCancellation(() -> true)));
    }

    @Test
    void aTimeLimitEndsTheSearchWithAValidMapping() throws Exception {
        Cluster experiment = MappingProblems.treeWithExtras(300, 3, "pc");
        Testbed testbed = MappingProblems.leafAndCore(360, 12, 4, 1000, 1000, "pc");
        Mapping mapping = mapper.map(MappingRequest.of(experiment, testbed).withTimeLimit(Duration.ZERO));
        assertTrue(mapping.search().stoppedByTimeLimit());
        assertEquals(300, mapping.placements().stream().map(Placement::machine).distinct().count());
    }

    @Test
    void aTestbedInventoryIsSavedAndReadBackWithItsCabling(@TempDir Path directory) throws Exception {
        Testbed testbed = MappingProblems.leafAndCore(6, 3, 2, 1000, 2000, "pc");
        testbed.getMachines().get(0).getFeatures().add("gpu");
        Path file = directory.resolve("lab.testbed");
        ClusterFiles.saveTestbed(testbed, file);

        Testbed read = ClusterFiles.loadTestbed(file);
        assertEquals(6, read.getMachines().size());
        assertEquals(2, read.getTrunks().size());
        Interface first = read.getMachines().get(0).getInterfaces().get(0);
        assertEquals("leaf01", ((Switch) first.getCabledTo().eContainer()).getName());
        assertEquals(List.of("gpu"), read.getMachines().get(0).getFeatures());

        Exception wrongKind = assertThrows(Exception.class, () -> ClusterFiles.load(file));
        assertTrue(wrongKind.getMessage().contains("expected one Patchbay Cluster but found Testbed"), wrongKind.getMessage());
    }

    private static SegmentPlan segment(Mapping mapping, String name) {
        return mapping.segments().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Cluster experiment(String name) {
        Cluster cluster = FACTORY.createCluster();
        cluster.setName(name);
        return cluster;
    }

    private static Node node(Cluster cluster, String name, String type) {
        Node node = FACTORY.createNode();
        node.setName(name);
        node.setHardwareType(type);
        cluster.getNodes().add(node);
        return node;
    }

    private static Link link(Cluster cluster, Node a, Node b, long mbps) {
        Link link = FACTORY.createLink();
        link.setName(a.getName() + b.getName());
        link.setEndA(newInterface(a));
        link.setEndB(newInterface(b));
        link.setBandwidthBps(mbps * 1_000_000);
        cluster.getLinks().add(link);
        return link;
    }

    private static Interface newInterface(Node node) {
        Interface iface = FACTORY.createInterface();
        iface.setName("eth" + node.getInterfaces().size());
        node.getInterfaces().add(iface);
        return iface;
    }
}
