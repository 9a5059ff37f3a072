package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchbay.core.events.EventSchedule;
import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabCommandRunner;
import org.patchbay.lab.LabProbes;
import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.nsfile.NsImport;

/**
 * An imported Emulab NS file runs in the lab as Emulab would run it: a duplex link's delay is each
 * direction's (10 ms gives a 20 ms round trip, here across a router that rtproto Static routes
 * through), and its $ns at events change links and start and stop programs and traffic.
 */
class LabNsFileTest {

    private static final String NS = """
            set ns [new Simulator]
            source tb_compat.tcl
            set client [$ns node]
            set router [$ns node]
            set server [$ns node]
            set access [$ns duplex-link $client $router 100Mb 10ms DropTail]
            set core [$ns duplex-link $router $server 100Mb 0ms DropTail]
            set work [$server program-agent -command "sleep 297"]
            set udp0 [new Agent/UDP]
            $ns attach-agent $client $udp0
            set null0 [new Agent/Null]
            $ns attach-agent $server $null0
            $ns connect $udp0 $null0
            set cbr0 [new Application/Traffic/CBR]
            $cbr0 set packetSize_ 500
            $cbr0 set rate_ 1Mb
            $cbr0 attach-agent $udp0
            set tcp0 [new Agent/TCP]
            $ns attach-agent $server $tcp0
            set sink0 [new Agent/TCPSink]
            $ns attach-agent $client $sink0
            $ns connect $tcp0 $sink0
            set bulk [new Application/Traffic/CBR]
            $bulk set rate_ 2Mb
            $bulk attach-agent $tcp0
            $ns at 0.5 "$work start"
            $ns at 0.5 "$cbr0 start"
            $ns at 0.5 "$bulk start"
            $ns at 1.0 "$access delay 30ms"
            $ns at 8 "$work stop"
            $ns at 8 "$cbr0 stop"
            $ns at 8 "$bulk stop"
            $ns rtproto Static
            $ns run
            """;

    @Test
    void anImportedFileRunsWithItsDelaysRoutesAndEvents() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Cluster cluster = new NsImport().read("client-server.ns", NS).cluster();
        Path dir = Files.createTempDirectory("patchbay-ns-lab-test");
        String server = address(cluster, "server");
        try (LabFixture fixture = new LabFixture(cluster, dir, false);
                ShapingFollower follower = new ShapingFollower(cluster, fixture.lab.shaping().orElseThrow(), fixture.live)) {
            fixture.awaitAllUp(60_000);
            LabProbes probes = new LabProbes(fixture.lab);
            probes.start("server", "echo", "9000", "120");
            Thread.sleep(300);
            probes.run("client", "rtt", server, "9000", "3", "64", "20000");
            double before = rttMs(probes, server);
            System.out.printf("NS duplex-link 10ms (client to router) + 0ms (router to server): lowest RTT %.3f ms%n", before);
            assertTrue(before >= 20 && before <= 22, "a 10 ms duplex link is 10 ms each way, so 20 to 22 ms there and back: " + before);

            try (EventSchedule schedule = new EventSchedule(cluster, new LiveEventActions(() -> follower, new LabCommandRunner(() -> fixture.lab)),
                    Runnable::run)) {
                schedule.start();
                LabFixture.await("the program and the flows to start", 20_000, () -> schedule.fired().size() >= 3 && schedule.fired().get(2).ok() != null);
                LabFixture.await("the program to run in its node", 10_000, () -> running(fixture, "server", "sleep 297"));
                LabFixture.await("the CBR flow to send from its node", 10_000, () -> running(fixture, "client", "pb-probe send"));
                LabFixture.await("the TCP flow's sink to listen on its node", 10_000, () -> running(fixture, "client", "iperf3 -s"));
                LabFixture.await("the delay event", 20_000, () -> schedule.fired().size() >= 4 && schedule.fired().get(3).ok() != null);
                double later = rttMs(probes, server);
                System.out.printf("after $ns at 1.0 \"$access delay 30ms\": lowest RTT %.3f ms%n", later);
                assertTrue(later >= 60 && later <= 62, "30 ms each way now: " + later);
                LabFixture.await("every event", 20_000, () -> schedule.state() == EventSchedule.State.FINISHED
                        && schedule.fired().stream().allMatch(f -> f.ok() != null));
                for (EventSchedule.Fired f : schedule.fired()) {
                    assertTrue(f.ok(), f.entry().what() + ": " + f.outcome());
                }
                LabFixture.await("the program to stop", 10_000, () -> !running(fixture, "server", "sleep 297"));
                LabFixture.await("the flow to stop", 10_000, () -> !running(fixture, "client", "pb-probe send"));
                LabFixture.await("the TCP flow to stop", 10_000, () -> !running(fixture, "client", "iperf3 -s") && !running(fixture, "server", "iperf3 -c"));
            }
        }
    }

    /**
     * The lowest round trip of 100 probes: the link's delay is a floor no probe can beat, while a
     * busy machine only ever adds to some probes (scheduling), so the lowest is what the link does.
     */
    private static double rttMs(LabProbes probes, String server) throws Exception {
        Map<String, String> rtt = probes.run("client", "rtt", server, "9000", "100", "64", "10000");
        assertEquals("100", rtt.get("received"), "every probe answered: " + rtt);
        return Double.parseDouble(rtt.get("min_us")) / 1000;
    }

    /** Whether the node's agent lists a process whose command line contains {@code text}, as Node Detail would show it. */
    private static boolean running(LabFixture fixture, String node, String text) {
        var live = fixture.live.node(node);
        return live != null && live.processes().values().stream().anyMatch(p -> p.command().contains(text));
    }

    private static String address(Cluster cluster, String name) {
        Node node = cluster.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
        Interface iface = node.getInterfaces().get(0);
        return iface.getIpv4Address();
    }
}
