package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.core.swapin.InventoryDiscovery;
import org.patchbay.core.swapin.SwapException;
import org.patchbay.core.swapin.SwapIns;
import org.patchbay.core.swapin.VlanPlan;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabInventory;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabProgress;
import org.patchbay.mapping.Mapper;
import org.patchbay.mapping.Mapping;
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
import org.patchbay.model.templates.TestbedBuilder;
import org.patchbay.snmp.QBridgeVlans;
import org.patchbay.snmp.SnmpClient;

/**
 * The lab as a physical testbed: two leaf switches with a trunk, three machines on each, VLANs
 * programmed over real SNMP (Q-BRIDGE-MIB) into real bridges. Two experiments whose nodes share
 * one IP subnet are swapped in side by side; each reaches its own nodes across the trunk and never
 * the other's; swap-out leaves no VLAN; a swap-in that a switch refuses half way is rolled back.
 */
class LabVlanTest {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;

    @Test
    void twoExperimentsInOneLabReachOnlyTheirOwnNodes() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Path dir = Files.createTempDirectory("patchbay-vlan-test");
        Testbed testbed = twoLeaves();
        try (LabInventory inventory = LabInventory.start(testbed, LabFixture.options(dir, false), LabListener.NONE, LabProgress.NONE);
                SnmpClient snmp = new SnmpClient()) {
            SwapIns swaps = new SwapIns(dir.resolve("journals"), SwapIns.fromCredentials(snmp, inventory.credentials()));
            Mapper mapper = new Mapper();

            // Discovery: the switches' forwarding tables say where each machine is cabled.
            for (Machine machine : testbed.getMachines()) {
                for (Interface iface : machine.getInterfaces()) {
                    Process arping = inventory.lab().exec(machine.getName(), List.of("busybox", "arping", "-c", "1", "-w", "1", "-I", iface.getName(),
                            "10.255.255.254"));
                    arping.getInputStream().readAllBytes();
                    arping.waitFor(30, TimeUnit.SECONDS);
                }
            }
            org.patchbay.model.SwitchPort pc1Port = machine(testbed, "pc1").getInterfaces().get(0).getCabledTo();
            org.patchbay.model.SwitchPort pc6Port = machine(testbed, "pc6").getInterfaces().get(1).getCabledTo();
            machine(testbed, "pc1").getInterfaces().get(0).setCabledTo(null);
            machine(testbed, "pc6").getInterfaces().get(1).setCabledTo(pc1Port);
            InventoryDiscovery.Result found = InventoryDiscovery.discover(testbed, SwapIns.fromCredentials(snmp, inventory.credentials(),
                    QBridgeVlans.VlanProfile.STANDARD));
            assertEquals(pc1Port, machine(testbed, "pc1").getInterfaces().get(0).getCabledTo(), found.toString());
            assertEquals(pc6Port, machine(testbed, "pc6").getInterfaces().get(1).getCabledTo(), found.toString());
            assertEquals(2, found.cabled().size(), found.cabled().toString());
            assertTrue(found.unseen().isEmpty(), "every machine interface was seen: " + found.unseen());
            // Experiment A: a LAN of three on both leaves, so the LAN crosses the trunk.
            Cluster a = experiment("expA");
            Node a1 = node(a, "a1");
            Node a2 = node(a, "a2");
            Node a3 = node(a, "a3");
            lan(a, "lanA", a1, a2, a3);
            Mapping mappingA = mapper.map(MappingRequest.of(a, testbed).withPins(Map.of("a1", "pc1", "a2", "pc3", "a3", "pc4")));
            VlanPlan planA = swaps.swapIn("expA", mappingA, testbed, step -> { }, () -> false);
            // Experiment B: a link across the leaves too, on the machines A left free.
            Cluster b = experiment("expB");
            Node b1 = node(b, "b1");
            Node b2 = node(b, "b2");
            link(b, "linkB", b1, b2);
            Mapping mappingB = mapper.map(MappingRequest.of(b, testbed).withPins(Map.of("b1", "pc2", "b2", "pc5")));
            swaps.swapIn("expB", mappingB, testbed, step -> { }, () -> false);
            assertEquals("expA", machine(testbed, "pc1").getReservedBy());
            assertEquals("expB", machine(testbed, "pc5").getReservedBy());
            MappingException full = assertThrows(MappingException.class, () -> mapper.map(MappingRequest.of(b, testbed).withExperimentName("expC")));
            assertTrue(full.getMessage().contains("needs 2 nodes of type pc, 1 free (5 more held by other experiments)"), full.getMessage());

            // Both experiments use 10.9.0.0/24: only their VLANs keep them apart.
            addresses(inventory, mappingA, Map.of("a1", "10.9.0.1/24", "a2", "10.9.0.2/24", "a3", "10.9.0.3/24"));
            addresses(inventory, mappingB, Map.of("b1", "10.9.0.11/24", "b2", "10.9.0.12/24"));
            String pa1 = mappingA.placementOf("a1").machine().getName();
            String pb1 = mappingB.placementOf("b1").machine().getName();
            assertTrue(reaches(inventory, pa1, "10.9.0.3"), "a1 reaches a3 on the other leaf over expA's VLAN on the trunk");
            assertTrue(reaches(inventory, pa1, "10.9.0.2"), "a1 reaches a2");
            assertTrue(reaches(inventory, pb1, "10.9.0.12"), "b1 reaches b2 on the other leaf");
            assertFalse(reaches(inventory, pa1, "10.9.0.11"), "a1 never reaches b1, though they share a subnet");
            assertFalse(reaches(inventory, pb1, "10.9.0.3"), "b1 never reaches a3");
            assertEquals(2, inventory.trunkVlans().size(), "each experiment's VLAN has its own veth on the trunk: " + inventory.trunkVlans());

            // What the switches say over SNMP matches the plan.
            QBridgeVlans leaf1 = new QBridgeVlans(snmp, inventory.vlanDevices().get("leaf1"), QBridgeVlans.VlanProfile.STANDARD);
            Map<Integer, QBridgeVlans.Vlan> vlans = leaf1.vlans().get(60, TimeUnit.SECONDS);
            int vlanA = planA.vlans().get(0).vlan();
            assertEquals("expA/lanA", vlans.get(vlanA).name());
            assertEquals(3, vlans.size(), "VLAN 1 and one VLAN per experiment on leaf1: " + vlans.keySet());

            // expB's reservation ends; expA's has no end: only expB is swapped out.
            for (Machine machine : testbed.getMachines()) {
                if ("expB".equals(machine.getReservedBy())) {
                    machine.setReservedUntil(java.time.Instant.now().minusSeconds(1).toString());
                }
            }
            assertEquals(List.of("expB swapped out: its reservation ended"), swaps.swapOutExpired(testbed, java.time.Instant.now(), step -> { }));
            assertNull(machine(testbed, "pc5").getReservedBy());
            assertEquals(List.of("expA"), swaps.swappedIn());
            for (String sw : List.of("leaf1", "leaf2")) {
                Set<Integer> left = new QBridgeVlans(snmp, inventory.vlanDevices().get(sw), QBridgeVlans.VlanProfile.STANDARD).vlans()
                        .get(60, TimeUnit.SECONDS).keySet();
                assertEquals(Set.of(1, vlanA), left, sw + " keeps only VLAN 1 and expA's after expB swaps out");
            }
            assertEquals(1, inventory.trunkVlans().size());
            assertTrue(reaches(inventory, pa1, "10.9.0.3"), "expA still works after expB left");

            // A swap-in that a switch refuses half way (leaf2 answers reads, refuses writes) is rolled back on leaf1 too.
            SwapIns refusing = new SwapIns(dir.resolve("journals"), sw -> sw.getName().equals("leaf2")
                    ? new QBridgeVlans(snmp, inventory.readOnlyDevice("leaf2"), QBridgeVlans.VlanProfile.STANDARD)
                    : new QBridgeVlans(snmp, inventory.vlanDevices().get(sw.getName()), QBridgeVlans.VlanProfile.STANDARD));
            Mapping again = mapper.map(MappingRequest.of(b, testbed).withPins(Map.of("b1", "pc2", "b2", "pc5")));
            SwapException refused = assertThrows(SwapException.class, () -> refusing.swapIn("expB", again, testbed, step -> { }, () -> false));
            assertTrue(refused.getMessage().contains("leaf2") && refused.getMessage().contains("removed 1 VLAN and put back 1 PVID"), refused.getMessage());
            assertEquals(Set.of(1, vlanA), leaf1.vlans().get(60, TimeUnit.SECONDS).keySet(), "leaf1's half of the refused swap-in is gone");
            assertFalse(swaps.isSwappedIn("expB"));
            assertNull(machine(testbed, "pc2").getReservedBy(), "a failed swap-in reserves nothing");
            assertTrue(inventory.bridgesOf("leaf1").values().stream().allMatch(bridge -> bridge.equals("br0") || bridge.equals("vl" + vlanA)),
                    "leaf1's ports are in VLAN 1 or expA's only: " + inventory.bridgesOf("leaf1"));

            // A console that died half way through a swap-in left a VLAN and its journal: recover() takes it away.
            leaf1.create(150, "expD/half", new java.util.BitSet(), new java.util.BitSet()).get(60, TimeUnit.SECONDS);
            Files.writeString(dir.resolve("journals").resolve("expD.swap"), "begin\texpD\nvlan\tleaf1\t150\n");
            List<String> recovered = swaps.recover(testbed, step -> { });
            assertEquals(1, recovered.size(), recovered.toString());
            assertTrue(recovered.get(0).contains("expD") && recovered.get(0).contains("removed 1 VLAN"), recovered.get(0));
            assertFalse(leaf1.vlans().get(60, TimeUnit.SECONDS).containsKey(150));
            assertEquals(List.of("expA"), swaps.swappedIn(), "a finished swap-in is left alone by recovery");

            // Idle swap-out: expA's machines quiet for longer than the limit go; a machine never heard from would keep it in.
            assertEquals(List.of(), swaps.swapOutIdle(testbed, machine -> java.util.Optional.empty(), java.time.Duration.ofMinutes(30),
                    java.time.Instant.now(), step -> { }), "no activity known: nothing is swapped out");
            java.time.Instant quietSince = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
            assertEquals(List.of("expA swapped out: idle for more than 30 min"), swaps.swapOutIdle(testbed, machine -> java.util.Optional.of(quietSince),
                    java.time.Duration.ofMinutes(30), java.time.Instant.now(), step -> { }));
            assertTrue(inventory.bridgesOf("leaf1").values().stream().allMatch("br0"::equals), "every port back in VLAN 1: " + inventory.bridgesOf("leaf1"));
            assertTrue(inventory.trunkVlans().isEmpty());
        }
    }

    /**
     * A shaped link swapped in with delay nodes: the mapper puts a delay node on the machine with the
     * "delay" feature, the swap makes a VLAN each side of it and asks its agent to bridge the two through
     * pb-shaper; pings between the link's ends cross it with the link's delay. A LAN member with a delay of
     * its own reaches the LAN through a second delay machine. Swap-out ends both bridges.
     */
    @Test
    void aShapedLinkSwappedInWithDelayNodesRunsThroughTheDelayMachine() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Path dir = Files.createTempDirectory("patchbay-delay-test");
        TestbedBuilder builder = new TestbedBuilder("delays");
        Switch leaf = builder.switchNamed("leaf1", "100-199");
        builder.machineOn(leaf, "pc1", "pc", 1, 1000);
        builder.machineOn(leaf, "pc2", "pc", 2, 1000);
        builder.machineOn(leaf, "pc3", "pc", 1, 1000);
        builder.machineOn(leaf, "dly1", "pc", 2, 1000).getFeatures().add("delay");
        builder.machineOn(leaf, "dly2", "pc", 2, 1000).getFeatures().add("delay");
        Testbed testbed = builder.testbed();
        try (LabInventory inventory = LabInventory.start(testbed, LabFixture.options(dir, false), LabListener.NONE, LabProgress.NONE);
                SnmpClient snmp = new SnmpClient();
                org.patchbay.agent.client.AgentClient agents = org.patchbay.agent.client.AgentClient.forConsole(dir.resolve("ca"))) {
            SwapIns swaps = new SwapIns(dir.resolve("journals"), SwapIns.fromCredentials(snmp, inventory.credentials()),
                    new org.patchbay.core.swapin.AgentDelayNodes(agents));
            Cluster experiment = experiment("expS");
            Node s2 = node(experiment, "s2");
            Node s3 = node(experiment, "s3");
            link(experiment, "slow", node(experiment, "s1"), s2);
            experiment.getLinks().get(0).setDelayMs(100);
            lan(experiment, "lan0", s2, s3);
            Lan lan0 = experiment.getLans().get(0);
            lan0.setBandwidthBps(1_000_000_000L);
            org.patchbay.model.MemberShaping own = FACTORY.createMemberShaping();
            own.setMember(lan0.getMembers().get(1));
            own.setToDelayMs(60.0);
            lan0.getMemberShaping().add(own);
            Mapping mapping = new Mapper().map(MappingRequest.of(experiment, testbed).withDelayNodes(true)
                    .withPins(Map.of("s1", "pc1", "s2", "pc2", "s3", "pc3")));
            assertEquals(List.of("slow", "lan0:s3"), mapping.delayNodes().stream().map(Mapping.DelayNode::name).toList());
            assertEquals(Set.of("dly1", "dly2"), mapping.delayNodes().stream().map(d -> d.machine().getName()).collect(java.util.stream.Collectors.toSet()));

            SwapIns withoutAgents = new SwapIns(dir.resolve("journals"), SwapIns.fromCredentials(snmp, inventory.credentials()));
            SwapException noAgents = assertThrows(SwapException.class, () -> withoutAgents.swapIn("expS", mapping, testbed, step -> { }, () -> false));
            assertTrue(noAgents.getMessage().contains("cannot reach the agents of delay machines such as dly"), noAgents.getMessage());
            assertFalse(swaps.isSwappedIn("expS"), "refused before anything changed");

            List<String> steps = new java.util.ArrayList<>();
            swaps.swapIn("expS", mapping, testbed, steps::add, () -> false);
            assertTrue(steps.contains("Making dly1 the delay node of slow"), steps.toString());
            assertEquals("expS", machine(testbed, "dly1").getReservedBy(), "the delay machines are held with the experiment");
            assertEquals("expS", machine(testbed, "dly2").getReservedBy());
            Map<String, String> subnets = Map.of("slow", "10.9.1.", "lan0", "10.9.2.");
            for (Mapping.SegmentPlan segment : mapping.segments()) {
                for (Mapping.PortUse use : segment.ports()) {
                    if (!use.node().getName().startsWith("tbdelay")) {
                        String subnet = subnets.get(segment.name().replaceFirst(":.*", ""));
                        inventory.address(use.machine().getName(), use.machineInterface().getName(), subnet + use.node().getName().substring(1) + "/24");
                    }
                }
            }
            Double rtt = roundTrip(inventory, "pc1", "10.9.1.2");
            assertTrue(rtt != null && rtt >= 200, "s1 reaches s2 through a delay machine, 100 ms each way; round trip " + rtt);
            Double lanRtt = roundTrip(inventory, "pc2", "10.9.2.3");
            assertTrue(lanRtt != null && lanRtt >= 60, "s2 reaches s3 on the LAN; s3's own 60 ms into the LAN: " + lanRtt);
            String slowMachine = mapping.delayNodes().get(0).machine().getName();
            java.net.URI slowAgent = inventory.lab().endpoints().get(slowMachine);
            assertEquals(List.of("expS:slow"), agents.delays(slowMachine, slowAgent).get(30, TimeUnit.SECONDS).delays().stream().map(d -> d.name()).toList());

            List<String> out = swaps.swapOut("expS", testbed, step -> { });
            assertTrue(out.get(0).startsWith("ended 2 delay nodes, removed 4 VLANs"), out.toString());
            for (String delayMachine : List.of("dly1", "dly2")) {
                assertTrue(agents.delays(delayMachine, inventory.lab().endpoints().get(delayMachine)).get(30, TimeUnit.SECONDS).delays().isEmpty(),
                        "the bridges ended with the experiment");
            }
            assertNull(machine(testbed, "dly1").getReservedBy());
            assertTrue(inventory.bridgesOf("leaf1").values().stream().allMatch("br0"::equals), "every port back in VLAN 1: " + inventory.bridgesOf("leaf1"));
        }
    }

    /** The smallest of three pings' round trips in ms, from the machine; tries for a while (bridges learn, ARP resolves); null when none answers. */
    private static Double roundTrip(LabInventory inventory, String machine, String address) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            Process ping = inventory.lab().exec(machine, List.of("busybox", "ping", "-c", "3", "-W", "2", address));
            String out = new String(ping.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (ping.waitFor(60, TimeUnit.SECONDS) && ping.exitValue() == 0) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("min/avg/max = ([0-9.]+)/").matcher(out);
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            }
        }
        return null;
    }

    /** leaf1 (pc1-pc3) and leaf2 (pc4-pc6), two interfaces per machine, one 1 Gb/s trunk. */
    private static Testbed twoLeaves() {
        TestbedBuilder builder = new TestbedBuilder("two-leaves");
        Switch leaf1 = builder.switchNamed("leaf1", "100-199");
        Switch leaf2 = builder.switchNamed("leaf2", "100-199");
        for (int i = 1; i <= 6; i++) {
            builder.machineOn(i <= 3 ? leaf1 : leaf2, "pc" + i, "pc", 2, 1000);
        }
        builder.trunk(leaf1, leaf2, 1000);
        return builder.testbed();
    }

    private static void addresses(LabInventory inventory, Mapping mapping, Map<String, String> cidrs) throws LabException {
        for (Mapping.SegmentPlan segment : mapping.segments()) {
            for (Mapping.PortUse use : segment.ports()) {
                inventory.address(use.machine().getName(), use.machineInterface().getName(), cidrs.get(use.node().getName()));
            }
        }
    }

    /** Whether {@code address} answers pings from the machine; tries for a while, since bridges learn and ARP resolves. */
    private static boolean reaches(LabInventory inventory, String machine, String address) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            Process ping = inventory.lab().exec(machine, List.of("busybox", "ping", "-c", "1", "-W", "2", address));
            ping.getInputStream().readAllBytes();
            if (ping.waitFor(30, TimeUnit.SECONDS) && ping.exitValue() == 0) {
                return true;
            }
        }
        return false;
    }

    private static Machine machine(Testbed testbed, String name) {
        return testbed.getMachines().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Cluster experiment(String name) {
        Cluster cluster = FACTORY.createCluster();
        cluster.setName(name);
        return cluster;
    }

    private static Node node(Cluster cluster, String name) {
        Node node = FACTORY.createNode();
        node.setName(name);
        node.setHardwareType("pc");
        cluster.getNodes().add(node);
        return node;
    }

    private static void lan(Cluster cluster, String name, Node... members) {
        Lan lan = FACTORY.createLan();
        lan.setName(name);
        for (Node member : members) {
            lan.getMembers().add(newInterface(member));
        }
        cluster.getLans().add(lan);
    }

    private static void link(Cluster cluster, String name, Node a, Node b) {
        Link link = FACTORY.createLink();
        link.setName(name);
        link.setEndA(newInterface(a));
        link.setEndB(newInterface(b));
        cluster.getLinks().add(link);
    }

    private static Interface newInterface(Node node) {
        Interface iface = FACTORY.createInterface();
        iface.setName("eth" + node.getInterfaces().size());
        node.getInterfaces().add(iface);
        return iface;
    }
}
