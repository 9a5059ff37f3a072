package org.patchbay.nsfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchbay.model.Cluster;
import org.patchbay.model.EventAction;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.Node;
import org.patchbay.model.Program;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.Routing;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;
import org.patchbay.nsfile.NsImport;
import org.patchbay.nsfile.NsWarning;

/** Each construct of Emulab's NS dialect gives the model it must. */
class NsImportTest {

    @Test
    void netbedsFirstExampleGivesNodesLinkLanAddressesOsAndHardware() throws Exception {
        Cluster cluster = NsFiles.read("basic.ns").cluster();
        assertEquals("basic", cluster.getName());
        assertEquals(List.of("nodeA", "nodeB", "nodeC", "nodeD"), cluster.getNodes().stream().map(Node::getName).toList());
        Link link0 = NsFiles.link(cluster, "link0");
        assertEquals(30_000_000L, link0.getBandwidthBps());
        assertEquals(50.0, link0.getDelayMs(), "a duplex link's delay is each direction's, as Emulab's (RTT 100 ms)");
        assertEquals(0.01, link0.getLossRate());
        assertEquals(40, link0.getQueueLimit(), "[$link0 queue] is the link's queue");
        assertEquals("192.168.7.1", NsFiles.on(link0, "nodeA").getIpv4Address());
        assertEquals("192.168.7.2", NsFiles.on(link0, "nodeB").getIpv4Address());
        Lan lan0 = NsFiles.lan(cluster, "lan0");
        assertEquals(100_000_000L, lan0.getBandwidthBps());
        assertEquals(0.05, lan0.getLossRate());
        assertEquals(List.of("nodeD", "nodeC", "nodeB"), lan0.getMembers().stream().map(p -> ((Node) p.eContainer()).getName()).toList());
        assertEquals("10.9.0.2", NsFiles.on(lan0, "nodeB").getIpv4Address());
        assertEquals(16, NsFiles.on(lan0, "nodeB").getPrefixLength());
        // the other members are addressed in the subnet the file gave one of them
        assertEquals("10.9.0.1", NsFiles.on(lan0, "nodeD").getIpv4Address());
        assertEquals("10.9.0.3", NsFiles.on(lan0, "nodeC").getIpv4Address());
        assertEquals(16, NsFiles.on(lan0, "nodeC").getPrefixLength());
        assertEquals("FBSD-STD", NsFiles.node(cluster, "nodeA").getOsImage().getName());
        assertSame(cluster, NsFiles.node(cluster, "nodeA").getOsImage().eContainer());
        assertEquals("pc3000", NsFiles.node(cluster, "nodeC").getHardwareType());
        assertEquals("pc42", NsFiles.node(cluster, "nodeD").getFixedTo());
        assertEquals(Routing.STATIC, cluster.getRouting());
        assertEquals(List.of("eth0", "eth1"), NsFiles.node(cluster, "nodeB").getInterfaces().stream().map(i -> i.getName()).toList());
        assertTrue(NsFiles.node(cluster, "nodeB").getInterfaces().stream().allMatch(i -> i.getMac() != null && i.getMac().startsWith("02:")));
    }

    @Test
    void loopsArraysProcsAndStringsAreRealTcl() throws Exception {
        NsImport.Result result = NsFiles.read("loops.ns");
        Cluster cluster = result.cluster();
        assertEquals(List.of("host-0", "host-1", "host-2", "host-3"), cluster.getNodes().stream().map(Node::getName).toList(),
                "array elements are named as Emulab names them: host(0) -> host-0");
        assertEquals(List.of("spoke-1", "spoke-2", "spoke-3"), cluster.getLinks().stream().map(Link::getName).toList());
        assertEquals(4.0, NsFiles.link(cluster, "spoke-2").getDelayMs(), "a proc computed the delay: [expr {2 * 2}]ms");
        assertEquals(10_000_000L, NsFiles.link(cluster, "spoke-3").getBandwidthBps());
        Lan lan = NsFiles.lan(cluster, "cluster");
        assertEquals(4, lan.getMembers().size(), "make-lan \"$lanstr\" with the list built by append");
        assertEquals(1_000_000_000L, lan.getBandwidthBps());
        assertEquals("echo started on 4 nodes > /tmp/started", NsFiles.node(cluster, "host-0").getStartCommand());
        assertEquals(List.of("/usr/local /proj/x/tools.tar.gz", "/opt /proj/x/opt.tgz"), NsFiles.node(cluster, "host-1").getTarfiles());
        assertEquals(Routing.SESSION, cluster.getRouting());
        // no addresses in the file: Emulab's 10.1.N.x, one subnet per link or LAN in the order they were made
        assertEquals("10.1.1.1", NsFiles.on(NsFiles.link(cluster, "spoke-1"), "host-0").getIpv4Address());
        assertEquals("10.1.1.2", NsFiles.on(NsFiles.link(cluster, "spoke-1"), "host-1").getIpv4Address());
        assertEquals("10.1.3.2", NsFiles.on(NsFiles.link(cluster, "spoke-3"), "host-3").getIpv4Address());
        assertEquals("10.1.4.4", NsFiles.on(lan, "host-3").getIpv4Address());
    }

    @Test
    void programsTrafficQueuesAndEventsAreKept() throws Exception {
        NsImport.Result result = NsFiles.read("traffic.ns");
        Cluster cluster = result.cluster();
        Link bottleneck = NsFiles.link(cluster, "bottleneck");
        assertEquals(QueueKind.RED, bottleneck.getQueueKind());
        assertEquals(75, bottleneck.getQueueLimit());
        assertEquals(7.0, bottleneck.getRedMinThreshold());
        assertEquals(20.0, bottleneck.getRedMaxThreshold());
        assertEquals(0.004, bottleneck.getRedQueueWeight());
        assertEquals(11.0, bottleneck.getRedLinterm());
        assertTrue(bottleneck.isRedGentle());
        assertEquals(30, NsFiles.link(cluster, "access").getQueueLimit(), "$ns queue-limit");
        assertEquals(1_500_000L, bottleneck.getBandwidthBps());

        TrafficFlow cbr = (TrafficFlow) cluster.getActivities().stream().filter(a -> a.getName().equals("cbr0")).findFirst().orElseThrow();
        assertEquals(TrafficProtocol.UDP, cbr.getProtocol());
        assertEquals("client", cbr.getNode().getName());
        assertEquals("server", cbr.getDestination().getName());
        assertEquals(500, cbr.getPacketSizeBytes());
        assertEquals(800_000L, cbr.getRateBps(), "500 bytes every 5 ms");
        TrafficFlow bulk = (TrafficFlow) cluster.getActivities().stream().filter(a -> a.getName().equals("bulk")).findFirst().orElseThrow();
        assertEquals(TrafficProtocol.TCP, bulk.getProtocol());
        assertEquals("server", bulk.getNode().getName());
        assertEquals(2_000_000L, bulk.getRateBps());
        Program logger = (Program) cluster.getActivities().stream().filter(a -> a.getName().equals("logger")).findFirst().orElseThrow();
        assertEquals("tcpdump -i any -c 10", logger.getCommand());
        assertEquals("server", logger.getNode().getName());
        Program prog1 = (Program) cluster.getActivities().stream().filter(a -> a.getName().equals("prog1")).findFirst().orElseThrow();
        assertEquals("/bin/ls -lt", prog1.getCommand());
        assertEquals("client", prog1.getNode().getName());

        List<String> events = cluster.getEvents().stream().map(NsImportTest::describe).toList();
        assertEquals(List.of("1.0 start cbr0", "2.5 bandwidth bottleneck 1Mb", "3.0 delay bottleneck 40ms", "3.5 loss bottleneck 2%",
                "4.0 start logger", "5.0 linkDown access", "5.0 linkDown bottleneck", "6.0 linkUp access", "6.0 linkUp bottleneck",
                "7.0 stop cbr0", "8.0 start prog1", "9.0 start bulk"), events, "event groups expand to their members");
    }

    private static String describe(ScheduledEvent e) {
        String target = e.getLink() != null ? e.getLink().getName() : e.getActivity() != null ? e.getActivity().getName() : e.getNode().getName();
        return e.getAtSeconds() + " " + e.getAction().getLiteral() + " " + target + (e.getValue() == null ? "" : " " + e.getValue());
    }

    @Test
    void cloudsPerMemberShapingLanQueuesAndWarningsWithTheirLines() throws Exception {
        NsImport.Result result = NsFiles.read("lans.ns");
        Cluster cluster = result.cluster();
        assertTrue(NsFiles.lan(cluster, "wan").isCloud());
        Lan lan0 = NsFiles.lan(cluster, "lan0");
        assertFalse(lan0.isCloud());
        MemberShaping c = member(lan0, "c");
        assertEquals(10.0, c.getToDelayMs());
        assertEquals(5_000_000L, c.getToBandwidthBps());
        assertEquals(0.01, c.getToLossRate());
        assertEquals(20.0, c.getFromDelayMs());
        assertEquals(6_000_000L, c.getFromBandwidthBps());
        assertEquals(0.02, c.getFromLossRate());
        MemberShaping a = member(lan0, "a");
        assertEquals(7.0, a.getToDelayMs());
        assertEquals(7.0, a.getFromDelayMs());
        assertNull(a.getToBandwidthBps(), "what tb-set-node-lan-delay does not set stays the LAN's");
        MemberShaping b = member(lan0, "b");
        assertEquals(20_000_000L, b.getFromBandwidthBps());
        assertEquals(0.03, b.getToLossRate());
        assertEquals(1.0, member(NsFiles.lan(cluster, "wan"), "a").getToDelayMs());
        assertEquals(QueueUnit.BYTES, lan0.getQueueUnit());
        assertEquals(30000, lan0.getQueueLimit());
        List<String> warnings = result.warnings().stream().map(NsWarning::toString).toList();
        assertTrue(warnings.contains("line 17: tb-set-sync-server has no effect in Patchbay; ignored"), warnings.toString());
        assertTrue(warnings.contains("line 18: unknown testbed command tb-make-soup; ignored (check its spelling against Emulab's tb-* commands)"),
                warnings.toString());
        // tb-set-ip on a node with one interface, tb-set-ip-interface by the node at the other end
        assertEquals("10.77.0.2", NsFiles.node(cluster, "e").getInterfaces().get(0).getIpv4Address());
        assertEquals("10.77.0.1", NsFiles.on(NsFiles.link(cluster, "last"), "d").getIpv4Address());
        assertEquals(List.of("3.0 linkDown tail", "3.0 linkDown last"), cluster.getEvents().stream().map(NsImportTest::describe).toList(),
                "[$ns event-group] expands too");
    }

    private static MemberShaping member(Lan lan, String node) {
        return lan.getMemberShaping().stream().filter(m -> ((Node) m.getMember().eContainer()).getName().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void aThousandNodesMadeByALoopOpenQuickly() throws Exception {
        StringBuilder text = new StringBuilder("set ns [new Simulator]\nsource tb_compat.tcl\nset lanstr \"\"\n");
        text.append("for {set i 0} {$i < 1000} {incr i} {\n  set n($i) [$ns node]\n  append lanstr \"$n($i) \"\n}\n");
        text.append("for {set i 1} {$i < 1000} {incr i} {\n  set l($i) [$ns duplex-link $n([expr {$i / 2}]) $n($i) 100Mb 1ms DropTail]\n}\n");
        text.append("set all [$ns make-lan $lanstr 1Gb 0ms]\n$ns at 10 \"$l(7) down\"\n$ns rtproto Static\n");
        long start = System.nanoTime();
        Cluster cluster = new NsImport().read("thousand.ns", text.toString()).cluster();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("1000-node NS file opened in %.2f s (load %s)%n", seconds, loadAverage());
        assertEquals(1000, cluster.getNodes().size());
        assertEquals(999, cluster.getLinks().size());
        assertEquals(1000, NsFiles.lan(cluster, "all").getMembers().size());
        assertEquals(EventAction.LINK_DOWN, cluster.getEvents().get(0).getAction());
        assertEquals("l-7", cluster.getEvents().get(0).getLink().getName());
        long addresses = cluster.getNodes().stream().flatMap(n -> n.getInterfaces().stream()).map(i -> i.getIpv4Address()).distinct().count();
        assertEquals(999 * 2 + 1000, addresses, "every interface has its own address");
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
