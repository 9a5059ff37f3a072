package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.core.live.LinkLoad;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.templates.TopologyTemplates;

/** Netbed's dumbbell in the lab: traffic from a left host to a right host crosses both routers, and the bottleneck shows the load. */
class LabRoutingTest {

    @TempDir
    Path dir;

    @Test
    void trafficCrossesTheRoutersAndLoadsTheBottleneck() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Cluster cluster = TopologyTemplates.dumbbell();
        try (LabFixture fixture = new LabFixture(cluster, dir, false)) {
            fixture.awaitAllUp(30_000);
            Link bottleneck = cluster.getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();
            Process server = fixture.iperfServer("right0", 5202);
            Process client = fixture.lab.exec("left0", List.of("iperf3", "-c", "10.2.4.2", "-p", "5202", "-u", "-b", "5M", "-t", "4", "-l", "1200"));
            double peak = 0;
            for (int i = 0; i < 8 && client.isAlive(); i++) {
                Thread.sleep(500);
                peak = Math.max(peak, LinkLoad.of(bottleneck, fixture.live).map(LinkLoad::bitsPerSecond).orElse(0.0));
            }
            assertTrue(client.waitFor(20, TimeUnit.SECONDS));
            String report = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            server.destroy();
            assertEquals(0, client.exitValue(), "left0 reached right0 through router0 and router1:\n" + report);
            assertTrue(peak > 4e6 && peak < 6e6, "the bottleneck carried the 5 Mb/s flow: peak " + peak + " b/s\n" + report);
        }
    }
}
