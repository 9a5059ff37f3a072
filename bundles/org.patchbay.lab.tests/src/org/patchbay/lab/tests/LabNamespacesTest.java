package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.core.live.LinkLoad;
import org.patchbay.core.live.SwitchMonitor;
import org.patchbay.model.Link;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.core.live.LiveNode;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * A three-node lab in real network namespaces (node0..2 on switch0), watched by the console's
 * monitor. Needs root, which CI has; the degraded mode is tested without it in LabLoopbackTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabNamespacesTest {

    private Path dir;
    private Cluster cluster;
    private LabFixture fixture;

    @BeforeAll
    void startLab() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        dir = Files.createTempDirectory("patchbay-lab-test");
        cluster = TopologyTemplates.star(3);
        fixture = new LabFixture(cluster, dir, false);
        assertEquals(Lab.Mode.NAMESPACES, fixture.lab.mode());
        fixture.awaitAllUp(20_000);
    }

    @AfterAll
    void stopLab() throws Exception {
        if (fixture != null) {
            List<String> namespaces = fixture.lab.plan().boxes().stream().map(b -> b.namespace()).toList();
            fixture.close();
            String left = new String(new ProcessBuilder("ip", "netns", "list").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String ns : namespaces) {
                assertFalse(left.contains(ns), "Lab > Stop removed " + ns);
            }
        }
    }

    @Test
    void eachNodeSeesOnlyItsOwnInterfacesAndProcesses() {
        LiveNode node0 = fixture.live.node("node0");
        assertTrue(node0.interfaces().keySet().containsAll(List.of("lo", "eth0", "mgmt0")), node0.interfaces().keySet().toString());
        assertEquals(3, node0.interfaces().size(), "only the node's own interfaces: " + node0.interfaces().keySet());
        assertTrue(node0.processes().size() < 5, "a pid namespace per node: " + node0.processes().values());
        assertEquals("namespace", node0.status().mode());
    }

    @Test
    void linkUtilizationAgreesWithTheBytesIperfSent() throws Exception {
        String target = cluster.getNodes().get(1).getInterfaces().get(0).getIpv4Address();
        Process server = fixture.iperfServer("node1", 5201);
        Process sender = fixture.lab.exec("node0", List.of("iperf3", "-c", target, "-p", "5201", "-u", "-b", "20M", "-t", "6", "-l", "1400"));
        List<Double> rates = new ArrayList<>();
        Thread.sleep(2000);
        for (int i = 0; i < 4; i++) {
            rates.add(LinkLoad.of(cluster.getLinks().get(0), fixture.live).orElseThrow().bitsPerSecond());
            Thread.sleep(800);
        }
        assertTrue(sender.waitFor(20, TimeUnit.SECONDS), "iperf3 finished");
        String report = new String(sender.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        server.destroy();
        Matcher sent = Pattern.compile("(\\d+(?:\\.\\d+)?) MBytes\\s+(\\d+(?:\\.\\d+)?) Mbits/sec.*sender").matcher(report);
        assertTrue(sent.find(), report);
        double sentBitsPerSecond = Double.parseDouble(sent.group(2)) * 1e6;
        double console = rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double error = Math.abs(console - sentBitsPerSecond) / sentBitsPerSecond;
        System.out.printf("link utilization: console %.2f Mb/s, iperf3 sent %.2f Mb/s, %.1f %% apart%n", console / 1e6, sentBitsPerSecond / 1e6,
                error * 100);
        assertTrue(error <= 0.10, String.format("console %.2f Mb/s vs iperf3 %.2f Mb/s sent (%.1f %% apart); samples %s", console / 1e6,
                sentBitsPerSecond / 1e6, error * 100, rates));
    }

    @Test
    void switchCountersOverSnmpAgreeWithTheNodesAgent() throws Exception {
        try (SnmpClient snmp = new SnmpClient(); SwitchMonitor switches = new SwitchMonitor(snmp, fixture.live, java.time.Duration.ofSeconds(2))) {
            Map<String, org.patchbay.snmp.SnmpDevice> devices = fixture.lab.switchDevices();
            assertEquals(List.of("switch0"), List.copyOf(devices.keySet()), "snmpd runs in the switch's namespace");
            devices.keySet().forEach(name -> fixture.live.setSwitchPortNames(name, fixture.lab.switchPortNames(name)));
            switches.follow(devices);
            Link link = cluster.getLinks().get(0);
            // the console's own interval: longer than the 1 s the lab's snmpd keeps its interface table
            LabFixture.await("the switch's first rates", 15_000, () -> LinkLoad.switchMeasured(link, fixture.live).isPresent());

            String target = cluster.getNodes().get(2).getInterfaces().get(0).getIpv4Address();
            Process server = fixture.iperfServer("node2", 5203);
            Process sender = fixture.lab.exec("node0", List.of("iperf3", "-c", target, "-p", "5203", "-u", "-b", "20M", "-t", "9", "-l", "1400"));
            List<Double> agent = new ArrayList<>();
            List<Double> sw = new ArrayList<>();
            // past the first switch poll window that began before the traffic did
            Thread.sleep(4500);
            for (int i = 0; i < 4; i++) {
                agent.add(LinkLoad.of(link, fixture.live).orElseThrow().bitsPerSecond());
                sw.add(LinkLoad.switchMeasured(link, fixture.live).orElseThrow().bitsPerSecond());
                Thread.sleep(800);
            }
            assertTrue(sender.waitFor(20, TimeUnit.SECONDS));
            server.destroy();
            double a = agent.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double s = sw.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            System.out.printf("link0 load: node0's agent %.2f Mb/s, switch0 over SNMP %.2f Mb/s%n", a / 1e6, s / 1e6);
            assertTrue(a > 15e6 && Math.abs(a - s) / a <= 0.10, "agent " + agent + " vs switch " + sw);
        }
    }

    @Test
    void aKilledAgentIsUnreachableWithinThreeSecondsOthersKeepUpdatingAndItRecovers() throws Exception {
        long before1 = fixture.live.node("node1").eventMillis();
        long before2 = fixture.live.node("node2").eventMillis();
        long killed = System.currentTimeMillis();
        fixture.lab.killAgent("node0");
        LabFixture.await("node0 unreachable", 3000, () -> fixture.live.node("node0").state() == ConnectionState.UNREACHABLE);
        assertTrue(System.currentTimeMillis() - killed <= 3000);
        Thread.sleep(1500);
        assertTrue(fixture.live.node("node1").eventMillis() > before1 && fixture.live.node("node2").eventMillis() > before2,
                "the other nodes kept updating");
        assertTrue(fixture.live.node("node1").up() && fixture.live.node("node2").up());

        fixture.lab.restartAgent("node0");
        LabFixture.await("node0 back without user action", 15_000, () -> fixture.live.node("node0").up());
    }

    @Test
    void anAgentThatDiesIsStartedAgainByTheLabAndTheNodesWorkGoesOn() throws Exception {
        Process work = fixture.lab.exec("node1", List.of("sleep", "291"));
        // nsenter must have joined the node before its agent dies (it enters through the agent's namespaces)
        LabFixture.await("sleep 291 running in node1", 10_000,
                () -> fixture.live.node("node1").processes().values().stream().anyMatch(p -> p.command().equals("sleep 291")));
        long agent = fixture.lab.agentPid("node1").orElseThrow();
        ProcessHandle.of(agent).orElseThrow().destroyForcibly(); // as the kernel's OOM killer or a crash would
        LabFixture.await("node1 unreachable", 5000, () -> fixture.live.node("node1").state() == ConnectionState.UNREACHABLE);
        LabFixture.await("node1 back without user action", 30_000, () -> fixture.live.node("node1").up());
        assertTrue(fixture.lab.agentPid("node1").orElseThrow() != agent, "a new agent");
        assertTrue(work.isAlive(), "the node's work went on while its agent was restarted");
        work.destroyForcibly();
    }

    @Test
    void rebootRestartsTheNodesProcesses() throws Exception {
        Process sleeper = fixture.lab.exec("node2", List.of("sleep", "300"));
        LabFixture.await("sleep in node2's process table", 3000,
                () -> fixture.live.node("node2").processes().values().stream().anyMatch(p -> p.command().equals("sleep 300")));
        fixture.monitor.reboot("node2").get(10, TimeUnit.SECONDS);
        LabFixture.await("node2 rebooting", 5000, () -> fixture.live.node("node2").state() == ConnectionState.REBOOTING);
        LabFixture.await("node2 back", 20_000, () -> fixture.live.node("node2").up());
        assertTrue(sleeper.waitFor(5, TimeUnit.SECONDS), "the reboot ended the node's processes");
        assertTrue(fixture.live.node("node2").processes().values().stream().noneMatch(p -> p.command().equals("sleep 300")));
    }

    @Test
    void aProcessStartedWithABareIpNetnsExecIsTheNodesWithinTwoSeconds() throws Exception {
        String namespace = "pb-" + fixture.lab.id() + "-n-node1";
        Process outsider = new ProcessBuilder("ip", "netns", "exec", namespace, "sleep", "293").start();
        try {
            long started = System.currentTimeMillis();
            LabFixture.await("sleep 293 in node1's process table", 2000,
                    () -> fixture.live.node("node1").processes().values().stream().anyMatch(p -> p.command().equals("sleep 293")));
            System.out.printf("a process started with ip netns exec showed in node1's processes after %d ms%n", System.currentTimeMillis() - started);
            assertTrue(fixture.live.node("node0").processes().values().stream().noneMatch(p -> p.command().equals("sleep 293")),
                    "another node does not list it");
            // the node's agent is served by the lab's one runtime, outside the node (as a BMC is): its load is not the node's
            long runtime = fixture.lab.agentPid("node1").orElseThrow();
            assertTrue(fixture.live.node("node1").processes().values().stream().noneMatch(p -> p.pid() == runtime),
                    "the runtime serving node1 is not one of node1's processes");
            double sum = fixture.live.node("node1").processes().values().stream().mapToLong(p -> p.rssBytes()).sum();
            assertEquals(sum, fixture.live.node("node1").status().memoryUsedBytes(), sum * 0.2, "the node's memory is its processes' memory");
        } finally {
            outsider.destroyForcibly();
        }
    }

    @Test
    void labStateRecordsWhatToCleanUp() throws Exception {
        String state = Files.readString(fixture.lab.directory().resolve("lab.json"));
        assertTrue(state.contains("pb-" + fixture.lab.id() + "-n-node0") && state.contains("\"ownerPid\":" + ProcessHandle.current().pid()), state);
    }

    /** The kernel learns at most 1 024 neighbours in all namespaces together: a node must reach the console without learning it. */
    @Test
    void managementNeighboursArePermanentAtBothEnds() throws Exception {
        String namespace = "pb-" + fixture.lab.id() + "-n-node0";
        String nodeAddress = fixture.lab.endpoints().get("node0").getHost();
        String[] octets = nodeAddress.split("\\.");
        // the host is .1 of the lab's /21 management block
        String hostAddress = octets[0] + "." + octets[1] + "." + (Integer.parseInt(octets[2]) / 8 * 8) + ".1 ";
        Process nodeSide = new ProcessBuilder("ip", "-n", namespace, "neigh", "show", "nud", "permanent").redirectErrorStream(true).start();
        String nodeNeighbours = new String(nodeSide.getInputStream().readAllBytes());
        assertTrue(nodeSide.waitFor(10, TimeUnit.SECONDS));
        assertTrue(nodeNeighbours.contains(hostAddress) && nodeNeighbours.contains("mgmt0"), "the node's permanent neighbours: " + nodeNeighbours);
        Process hostSide = new ProcessBuilder("ip", "neigh", "show", nodeAddress, "nud", "permanent").redirectErrorStream(true).start();
        String hostNeighbours = new String(hostSide.getInputStream().readAllBytes());
        assertTrue(hostSide.waitFor(10, TimeUnit.SECONDS));
        assertTrue(hostNeighbours.contains(nodeAddress), "the host's permanent entry for node0: " + hostNeighbours);
    }
}
