package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabException;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * Labs never touch each other, and one broken node never fails a lab: concurrent starts, a node whose
 * agent cannot start, a cancelled or SIGTERMed start, stopping one lab by its id, an invalid topology.
 */
class LabIsolationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void root() {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
    }

    @Test
    void twoLabsStartedAtTheSameMomentBothComeUpThreeTimesInARow() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path a = Files.createDirectories(dir.resolve("a" + round));
            Path b = Files.createDirectories(dir.resolve("b" + round));
            CompletableFuture<LabFixture> first = CompletableFuture.supplyAsync(() -> fixture(TopologyTemplates.star(2), a));
            CompletableFuture<LabFixture> second = CompletableFuture.supplyAsync(() -> fixture(TopologyTemplates.star(2), b));
            try (LabFixture one = first.get(180, TimeUnit.SECONDS); LabFixture two = second.get(180, TimeUnit.SECONDS)) {
                assertNotEquals(one.lab.id(), two.lab.id());
                String hostOne = one.lab.endpoints().get("node0").getHost();
                String hostTwo = two.lab.endpoints().get("node0").getHost();
                assertNotEquals(hostOne.substring(0, hostOne.lastIndexOf('.')), hostTwo.substring(0, hostTwo.lastIndexOf('.')),
                        "each lab has its own management subnet");
                one.awaitAllUp(120_000);
                two.awaitAllUp(120_000);
                assertEquals(Map.of(), one.lab.failedNodes());
                assertEquals(Map.of(), two.lab.failedNodes());

                List<String> survivors = two.lab.plan().namespaces();
                one.close();
                assertTrue(LabCommandLine.namespaces().containsAll(survivors), "stopping one lab leaves the other's namespaces");
                Thread.sleep(500);
                two.awaitAllUp(30_000);
                assertTrue(two.live.node("node1").up(), "the other lab's agents still answer");
            }
        }
    }

    private static LabFixture fixture(Cluster cluster, Path dir) {
        try {
            return new LabFixture(cluster, dir, false);
        } catch (Exception e) {
            throw new IllegalStateException("a lab did not start: " + e.getMessage(), e);
        }
    }

    @Test
    void aNodeWhoseAgentCannotStartFailsAloneWithItsLogAndCanBeRetried() throws Exception {
        Path state = dir.resolve("state");
        byte[][] savedKey = new byte[1][];
        // node1's key is damaged just before its agent starts (as a full disk or a bad copy would), so only its agent fails
        LabProgress breakNode1 = new LabProgress() {
            @Override
            public void step(String what, int done, int total) {
                if (what.equals("Starting the agent on node1")) {
                    try (Stream<Path> labs = Files.list(state)) {
                        Path key = labs.filter(p -> p.getFileName().toString().startsWith("lab-")).findFirst().orElseThrow()
                                .resolve("nodes/node1/node-key.pem");
                        savedKey[0] = Files.readAllBytes(key);
                        Files.writeString(key, "not a key\n");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        RecordingListener listener = new RecordingListener();
        try (LabFixture fixture = new LabFixture(TopologyTemplates.star(3), LabFixture.options(dir, false), listener, breakNode1, dir)) {
            assertEquals(Set.of("node1"), fixture.lab.failedNodes().keySet(), "only the broken node failed: " + fixture.lab.failedNodes());
            String reason = fixture.lab.failedNodes().get("node1");
            assertEquals(reason, listener.failures.get("node1"), "the console was told");
            assertTrue(reason.startsWith("its agent exited (exit "), reason);
            Path log = fixture.lab.directory().resolve("nodes/node1/agent.log");
            assertTrue(reason.endsWith("(log: " + log + ")"), reason);
            assertTrue(Files.exists(log), "the failed node's log is kept");
            assertTrue(reason.contains(lastLine(log)), "the reason shows the end of the log: " + reason);
            LabFixture.await("the other nodes up", 120_000, () -> fixture.live.node("node0") != null && fixture.live.node("node0").up()
                    && fixture.live.node("node2") != null && fixture.live.node("node2").up());

            Files.write(fixture.lab.directory().resolve("nodes/node1/node-key.pem"), savedKey[0]);
            assertEquals(Map.of(), fixture.lab.retryFailed(), "Retry Failed starts it again");
            LabFixture.await("node1 up after the retry", 120_000, () -> fixture.live.node("node1") != null && fixture.live.node("node1").up());
            assertTrue(Files.exists(fixture.lab.directory().resolve("nodes/node1/agent.log.1")), "the failed run's log is kept beside the new one");
        }
    }

    private static String lastLine(Path log) throws Exception {
        List<String> lines = Files.readString(log).strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void anInvalidTopologyIsRefusedBeforeAnythingIsMade() throws Exception {
        Cluster cluster = TopologyTemplates.star(2);
        cluster.getLinks().get(0).setDelayMs(Double.NaN);
        cluster.getNodes().get(1).getInterfaces().get(0).setIpv4Address(cluster.getNodes().get(0).getInterfaces().get(0).getIpv4Address());
        Set<String> before = LabCommandLine.namespaces();
        LabException refused = assertThrows(LabException.class, () -> Lab.start(cluster, LabFixture.options(dir, false), LabListener.NONE, LabProgress.NONE));
        assertTrue(refused.getMessage().startsWith("The lab was not started, nothing was made: fix 2 problems first"), refused.getMessage());
        assertTrue(refused.getMessage().contains("link0"), refused.getMessage());
        assertEquals(before, LabCommandLine.namespaces());
        assertFalse(Files.exists(dir.resolve("state")) && Files.list(dir.resolve("state")).anyMatch(p -> p.getFileName().toString().startsWith("lab-")));
    }

    @Test
    void aStartCancelledHalfWayRemovesEverythingItMade() throws Exception {
        Set<String> before = LabCommandLine.namespaces();
        AtomicBoolean wiring = new AtomicBoolean();
        LabProgress cancelWhileWiring = new LabProgress() {
            @Override
            public void step(String what, int done, int total) {
                if (what.startsWith("Wiring")) {
                    wiring.set(true);
                }
            }

            @Override
            public boolean cancelled() {
                return wiring.get();
            }
        };
        assertThrows(LabException.class, () -> Lab.start(TopologyTemplates.star(3), LabFixture.options(dir, false), LabListener.NONE, cancelWhileWiring));
        assertTrue(wiring.get());
        assertEquals(before, LabCommandLine.namespaces(), "no namespace left");
    }

    @Test
    void sigtermDuringTheStartLeavesNothingAndStopIdStopsOnlyThatLab() throws Exception {
        Path topology = dir.resolve("star.cluster");
        ClusterFiles.save(TopologyTemplates.star(2), topology);
        Set<String> before = LabCommandLine.namespaces();
        String[] start = {"start", "--file", topology.toString(), "--ca-dir", dir.resolve("ca").toString(), "--agent-jar",
                LabOptions.findAgentJar().toString(), "--state-base"};

        Process interrupted = new ProcessBuilder(LabCommandLine.command(concat(start, dir.resolve("s0").toString()))).redirectErrorStream(true).start();
        LabCommandLine.awaitLine(interrupted, "  Creating namespace", 120_000, new StringBuilder());
        interrupted.destroy(); // SIGTERM, mid-start
        assertTrue(interrupted.waitFor(120, TimeUnit.SECONDS), "the command line stopped");
        assertEquals(before, LabCommandLine.namespaces(), "SIGTERM during the start left nothing");

        Process first = new ProcessBuilder(LabCommandLine.command(concat(start, dir.resolve("s1").toString()))).redirectErrorStream(true).start();
        Process second = new ProcessBuilder(LabCommandLine.command(concat(start, dir.resolve("s2").toString()))).redirectErrorStream(true).start();
        try {
            String idOne = LabCommandLine.awaitLine(first, "lab ", 180_000, new StringBuilder()).split(" ")[1];
            String idTwo = LabCommandLine.awaitLine(second, "lab ", 180_000, new StringBuilder()).split(" ")[1];
            String exec = LabCommandLine.run("exec", "--lab", idTwo, "node0", "--", "ip", "-o", "-4", "addr", "show", "dev", "eth0");
            assertTrue(exec.contains("inet 10.0.0."), "patchbay-lab exec ran inside node0 of lab " + idTwo + ": " + exec);

            String stopped = LabCommandLine.run("stop", idOne);
            assertTrue(stopped.startsWith("stopped 1 running lab(s)"), stopped);
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
            Set<String> now = LabCommandLine.namespaces();
            assertFalse(now.stream().anyMatch(ns -> ns.startsWith("pb-" + idOne + "-")), "lab " + idOne + " is gone");
            assertTrue(now.stream().anyMatch(ns -> ns.startsWith("pb-" + idTwo + "-")), "lab " + idTwo + " still runs");
            assertTrue(second.isAlive());
            assertTrue(LabCommandLine.run("list").contains(idTwo + "  running"));
        } finally {
            second.destroy();
            first.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            first.waitFor(60, TimeUnit.SECONDS);
        }
        Set<String> after = new HashSet<>(LabCommandLine.namespaces());
        assertEquals(before, after, "SIGTERM stops a running command-line lab completely");
    }

    private static String[] concat(String[] a, String last) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = last;
        return all;
    }
}
