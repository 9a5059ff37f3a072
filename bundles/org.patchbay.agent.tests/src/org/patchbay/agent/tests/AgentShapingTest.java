package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.wire.ShapingWire;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.shape.NodeShaping;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;

/**
 * The agent's shaping endpoints over mutual TLS on loopback: what it says it can do on this machine
 * (no netem here, so no backend, and why), a plan refused before anything runs, a real tc failing on
 * an interface that does not exist (reported with tc's own words, nothing recorded as applied), and
 * the plan's JSON both ways.
 */
class AgentShapingTest {

    @TempDir
    Path dir;

    private static final PipeSpec TEN_MEGABIT = new PipeSpec(10_000_000, 20, 0.01, 50, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL);

    @Test
    void onThisKernelTheAgentSaysItCannotShapeAndWhyAndRefusesAPlan() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir)) {
            AgentServer agent = fixture.agent("n1", 0, 500, List.of());
            ShapingWire.Report report = fixture.client.shaping("n1", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS);
            assertEquals("none", report.backend(), "this machine's kernel lacks netem (FACTS.md)");
            assertTrue(report.reason().contains("no netem") && report.reason().contains("delay node"), report.reason());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> fixture.client
                    .applyShaping("n1", AgentFixture.endpoint(agent), Map.of(new PipeKey("n1", "eth0", PipeKey.Direction.EGRESS, "link a"), TEN_MEGABIT))
                    .get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause().getMessage().contains("Cannot shape on n1: this kernel has no netem")
                    && refused.getCause().getMessage().contains("HTTP 409"), refused.getCause().getMessage());
            assertTrue(fixture.client.shaping("n1", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS).pipes().isEmpty(), "nothing applied");
        }
    }

    @Test
    void aTcCommandThatFailsIsReportedWithItsOutputAndNothingIsRecordedAsApplied() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir)) {
            // the tc backend forced on, with the real tc, on an interface that does not exist: nothing on this machine changes
            AgentServer agent = fixture.agent("n2", 0, 500, List.of(), new NodeShaping("n2", NodeShaping.Backend.TC, null, NodeShaping.processes()));
            ExecutionException failed = assertThrows(ExecutionException.class, () -> fixture.client
                    .applyShaping("n2", AgentFixture.endpoint(agent), Map.of(new PipeKey("n2", "pbnone0", PipeKey.Direction.EGRESS, "link a"), TEN_MEGABIT))
                    .get(10, TimeUnit.SECONDS));
            String message = failed.getCause().getMessage();
            assertTrue(message.contains("'tc qdisc replace dev pbnone0 root handle 1: netem delay 20ms loss 1% limit 1000' failed (exit")
                    && message.contains("HTTP 502"), message);
            assertTrue(message.toLowerCase().contains("cannot find device") || message.contains("pbnone0"), message);
            assertEquals("tc", fixture.client.shaping("n2", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS).backend());
            assertTrue(fixture.client.shaping("n2", AgentFixture.endpoint(agent)).get(10, TimeUnit.SECONDS).pipes().isEmpty(),
                    "the failed pipe is not reported as running");
        }
    }

    @Test
    void aPlanSurvivesItsJsonAndBadBodiesAreNamed() throws Exception {
        Map<PipeKey, PipeSpec> pipes = new TreeMap<>();
        pipes.put(new PipeKey("n", "eth0", PipeKey.Direction.EGRESS, "link a"), TEN_MEGABIT);
        pipes.put(new PipeKey("n", "eth1", PipeKey.Direction.INGRESS, "LAN l member n"),
                new PipeSpec(1_544_000, 0.5, 0, 30_000, PipeSpec.QueueUnit.BYTES, PipeSpec.QueueKind.DROP_TAIL));
        Map<PipeKey, PipeSpec> back = ShapingWire.pipes(Json.parse(Json.write(ShapingWire.requestJson(pipes))), "n");
        assertEquals(pipes, back);
        assertEquals(List.copyOf(pipes.values()), List.copyOf(back.values()));
        String badLoss = "{\"pipes\": [{\"iface\": \"eth0\", \"bandwidthBps\": 1000000, \"lossRate\": 1.5, \"queueLimit\": 50}]}";
        assertTrue(assertThrows(org.patchbay.agent.protocol.json.JsonException.class, () -> ShapingWire.pipes(Json.parse(badLoss), "n")).getMessage()
                .contains("pipe on eth0: bandwidthBps > 0, delayMs >= 0, lossRate in [0, 1]"));
    }
}
