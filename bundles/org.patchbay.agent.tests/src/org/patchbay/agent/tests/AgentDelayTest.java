package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.wire.DelayWire;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.shape.DelayBridges;
import org.patchbay.shaping.PipeSpec;

/**
 * A node's agent as a delay node: three network namespaces made by the test, a -- d -- b, with nothing
 * forwarding in d until the console asks d's agent (mutual TLS on loopback) to bridge its two
 * interfaces through pb-shaper; then pings from a reach b with the delay asked for, a changed delay
 * applies to the running bridge, and removing it cuts a off from b again. Bad requests are refused
 * with their reason, and an agent without pb-shaper says why it cannot be a delay node.
 */
class AgentDelayTest {

    private static final Pattern RTT = Pattern.compile("min/avg/max = ([0-9.]+)/([0-9.]+)/([0-9.]+) ms");

    @TempDir
    Path dir;

    private static PipeSpec delay(double ms) {
        return new PipeSpec(100_000_000, ms, 0, 100, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL);
    }

    @Test
    void anAgentBridgesTwoInterfacesThroughPipesWhenAskedAndStopsWhenTold() throws Exception {
        assertTrue("root".equals(System.getProperty("user.name")), "the namespace tests run as root (CI does); run them with sudo");
        Path shaper = Path.of(System.getProperty("patchbay.native.helpers", "native-helpers/build"), "pb-shaper");
        assertTrue(Files.isExecutable(shaper), "build the native helpers first (make -C native-helpers): " + shaper);
        String tag = "pbdl" + ProcessHandle.current().pid() % 100000;
        String a = tag + "a";
        String d = tag + "d";
        String b = tag + "b";
        List<String> made = new ArrayList<>();
        try (AgentFixture fixture = new AgentFixture(dir)) {
            for (String ns : List.of(a, d, b)) {
                run("ip", "netns", "add", ns);
                made.add(ns);
                run("ip", "-n", ns, "link", "set", "lo", "up");
            }
            run("ip", "link", "add", "a0", "netns", a, "type", "veth", "peer", "name", "da", "netns", d);
            run("ip", "link", "add", "db", "netns", d, "type", "veth", "peer", "name", "b0", "netns", b);
            run("ip", "-n", a, "addr", "add", "10.77.0.1/24", "dev", "a0");
            run("ip", "-n", b, "addr", "add", "10.77.0.2/24", "dev", "b0");
            for (String[] up : new String[][] {{a, "a0"}, {d, "da"}, {d, "db"}, {b, "b0"}}) {
                run("ip", "-n", up[0], "link", "set", up[1], "up");
            }
            AgentServer agent = fixture.agent("d1", 0, 500, List.of());
            // as the lab's runtime does: the shaper starts inside the node's network namespace
            agent.serveDelays(DelayBridges.using("d1", shaper, command -> {
                List<String> inside = new ArrayList<>(List.of("ip", "netns", "exec", d));
                inside.addAll(command);
                return new ProcessBuilder(inside).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("shaper.log").toFile())).start();
            }));
            var endpoint = AgentFixture.endpoint(agent);

            assertTrue(fixture.client.delays("d1", endpoint).get(10, TimeUnit.SECONDS).delays().isEmpty());
            assertNull(rtt(a, "10.77.0.2", 1), "nothing forwards in d until its agent bridges");

            DelayWire.Report report = fixture.client.putDelay("d1", endpoint, new DelayWire.Delay("expA.link0", "da", "db", delay(150), delay(150)))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(List.of("expA.link0"), report.delays().stream().map(DelayWire.Delay::name).toList());
            Double slow = rtt(a, "10.77.0.2", 3);
            assertNotNull(slow, "a reaches b through the delay node; shaper log: " + log());
            assertTrue(slow >= 300, "150 ms each way: a round trip of at least 300 ms, was " + slow);

            // a new delay on the same interfaces is set on the running shaper
            fixture.client.putDelay("d1", endpoint, new DelayWire.Delay("expA.link0", "da", "db", delay(5), delay(5))).get(10, TimeUnit.SECONDS);
            Double fast = rtt(a, "10.77.0.2", 5);
            assertNotNull(fast);
            assertTrue(fast >= 10 && fast < 250, "5 ms each way now, was " + fast);
            assertEquals(5.0, fixture.client.delays("d1", endpoint).get(10, TimeUnit.SECONDS).delays().get(0).ab().delayMs());

            // an interface another delay bridges, a bad name, a RED queue: refused, the bridge runs on
            String taken = refusal(fixture.client.putDelay("d1", endpoint, new DelayWire.Delay("expB.link1", "db", "lo", delay(1), delay(1))));
            assertTrue(taken.contains("db is already bridged by delay expA.link0 on d1") && taken.contains("HTTP 409"), taken);
            PipeSpec red = new PipeSpec(1_000_000, 1, 0, 100, PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.RED);
            String redRefused = refusal(fixture.client.putDelay("d1", endpoint, new DelayWire.Delay("expB.link1", "lo", "dummy0", red, red)));
            assertTrue(redRefused.contains("queues DropTail only"), redRefused);
            assertEquals(1, fixture.client.delays("d1", endpoint).get(10, TimeUnit.SECONDS).delays().size());

            fixture.client.removeDelay("d1", endpoint, "expA.link0").get(10, TimeUnit.SECONDS);
            assertNull(rtt(a, "10.77.0.2", 1), "removed: a is cut off from b again");
            String gone = refusal(fixture.client.removeDelay("d1", endpoint, "expA.link0"));
            assertTrue(gone.contains("runs no delay expA.link0") && gone.contains("HTTP 404"), gone);
        } finally {
            for (String ns : made) {
                runQuietly("ip", "netns", "del", ns);
            }
        }
    }

    @Test
    void anAgentWithoutPbShaperSaysItCannotBeADelayNode() throws Exception {
        try (AgentFixture fixture = new AgentFixture(dir)) {
            AgentServer agent = fixture.agent("d2", 0, 500, List.of());
            agent.serveDelays(DelayBridges.using("d2", dir.resolve("no-such-shaper"), DelayBridges.processes(dir.resolve("delays.log"))));
            var endpoint = AgentFixture.endpoint(agent);
            String reason = fixture.client.delays("d2", endpoint).get(10, TimeUnit.SECONDS).reason();
            assertTrue(reason != null && reason.contains("no pb-shaper at") && reason.contains("--shaper PATH"), reason);
            String refused = refusal(fixture.client.putDelay("d2", endpoint, new DelayWire.Delay("x", "eth0", "eth1", delay(1), delay(1))));
            assertTrue(refused.contains("Cannot be a delay node on d2: no pb-shaper") && refused.contains("HTTP 409"), refused);
        }
    }

    @Test
    void delayRequestsSurviveTheirJsonAndBadOnesAreNamed() throws Exception {
        DelayWire.Delay delay = new DelayWire.Delay("exp.l0", "eth1", "eth2", delay(20),
                new PipeSpec(1_544_000, 0.5, 0.01, 30_000, PipeSpec.QueueUnit.BYTES, PipeSpec.QueueKind.DROP_TAIL));
        assertEquals(delay, DelayWire.delay("exp.l0", Json.parse(Json.write(DelayWire.requestJson(delay)))));
        assertEquals(new DelayWire.Report(null, List.of(delay)), DelayWire.report(Json.parse(Json.write(DelayWire.toJson(new DelayWire.Report(null,
                List.of(delay)))))));
        String body = Json.write(DelayWire.requestJson(delay));
        assertTrue(assertThrows(JsonException.class, () -> DelayWire.delay("a/b", Json.parse(body))).getMessage().contains("not 'a/b'"));
        String sameTwice = body.replace("\"eth2\"", "\"eth1\"");
        assertTrue(assertThrows(JsonException.class, () -> DelayWire.delay("x", Json.parse(sameTwice))).getMessage()
                .contains("two different interfaces, not eth1 with itself"));
        String injected = body.replace("\"eth2\"", "\"eth2; reboot\"");
        assertTrue(assertThrows(JsonException.class, () -> DelayWire.delay("x", Json.parse(injected))).getMessage()
                .contains("'eth2; reboot' is not an interface name"));
        assertFalse(DelayWire.validName("x".repeat(65)), "names are bounded");
    }

    private static String refusal(java.util.concurrent.CompletableFuture<?> request) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> request.get(10, TimeUnit.SECONDS));
        return failed.getCause().getMessage();
    }

    private String log() throws IOException {
        Path log = dir.resolve("shaper.log");
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }

    /** The smallest round trip of {@code count} pings from namespace {@code ns}, or null when none came back. */
    private static Double rtt(String ns, String address, int count) throws IOException, InterruptedException {
        Process ping = new ProcessBuilder("ip", "netns", "exec", ns, "busybox", "ping", "-c", Integer.toString(count), "-W", "2", address)
                .redirectErrorStream(true).start();
        String out = new String(ping.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ping.waitFor(60, TimeUnit.SECONDS) || ping.exitValue() != 0) {
            return null;
        }
        Matcher m = RTT.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static void runQuietly(String... command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // best effort: the namespace may be gone already
        }
    }
}
