package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.client.AgentClient;
import org.patchbay.core.live.LiveState;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabMain;
import org.patchbay.lab.LabOptions;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

/** A console killed with its lab running: its agents die with it, and the next lab start removes the rest. */
class LabLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void aLabLeftByAKilledConsoleIsRemovedOnTheNextStart() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Path topology = dir.resolve("two.cluster");
        ClusterFiles.save(TopologyTemplates.star(2), topology);
        Path state = dir.resolve("state");

        List<String> command = LabCommandLine.command("start", "--file", topology.toString(), "--state-base", state.toString(), "--ca-dir",
                dir.resolve("ca").toString(), "--agent-jar", LabOptions.findAgentJar().toString());
        Process console = new ProcessBuilder(command).redirectErrorStream(true).start();
        String labId = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 60_000;
        for (String line = out.readLine(); line != null && System.currentTimeMillis() < deadline; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("lab ") && line.contains(" running")) {
                labId = line.split(" ")[1];
                break;
            }
        }
        assertTrue(labId != null, "the command-line lab started:\n" + seen);
        List<String> namespaces = List.of("pb-" + labId + "-n-node0", "pb-" + labId + "-n-node1", "pb-" + labId + "-s-switch0",
                "pb-" + labId + "-d-1", "pb-" + labId + "-d-2");
        assertTrue(namespaces().containsAll(namespaces), namespaces().toString());

        console.destroyForcibly();
        assertTrue(console.waitFor(10, TimeUnit.SECONDS));
        LabFixture.await("the killed console's agents and delay nodes to die with it", 5000,
                () -> pidsIn(namespaces.get(0)).isEmpty() && pidsIn(namespaces.get(3)).isEmpty());
        assertTrue(namespaces().containsAll(namespaces), "the namespaces are left behind until the next start");

        // had the killed lab outgrown one bridge (over 1 000 nodes), an overflow bridge and a veth pair joining the two, both ends on the host
        String overflow = "pb" + labId + "n";
        for (List<String> ip : List.of(List.of("ip", "link", "add", overflow, "type", "bridge"),
                List.of("ip", "link", "add", "pb" + labId + "x0", "type", "veth", "peer", "name", "pb" + labId + "x1"),
                List.of("ip", "link", "set", "pb" + labId + "x0", "master", "pb" + labId + "m"),
                List.of("ip", "link", "set", "pb" + labId + "x1", "master", overflow))) {
            assertEquals(0, new ProcessBuilder(ip).inheritIO().start().waitFor(), String.join(" ", ip));
        }
        Path labState = state.resolve("lab-" + labId).resolve("lab.json");
        String json = Files.readString(labState);
        Files.writeString(labState, json.replaceFirst("\\{", "{\"overflowBridge\":\"" + overflow + "\","));

        // a management bridge whose lab state was lost (a temporary directory gone): nothing attached to it
        String orphan = "pb" + String.format("%04x", new java.util.Random().nextInt(0x10000)) + "m";
        new ProcessBuilder("ip", "link", "add", orphan, "type", "bridge").start().waitFor();
        LabOptions options = new LabOptions(state, dir.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(), LabOptions.AGENT_JVM_OPTIONS,
                false);
        try (Lab next = Lab.start(TopologyTemplates.star(1), options, org.patchbay.lab.LabListener.NONE, org.patchbay.lab.LabProgress.NONE)) {
            Set<String> now = namespaces();
            for (String ns : namespaces) {
                assertFalse(now.contains(ns), ns + " was removed by the next start");
            }
            assertFalse(Files.exists(state.resolve("lab-" + labId)));
            String links = new String(new ProcessBuilder("ip", "-o", "link", "show").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(links.contains(" " + orphan + ":"), "a bridge no dead owner is known for is left alone: it may be another lab's, being built");
            for (String link : List.of(overflow, "pb" + labId + "x0", "pb" + labId + "x1", "pb" + labId + "m")) {
                assertFalse(links.contains(" " + link + ":") || links.contains(" " + link + "@"), link + " of the dead lab was removed");
            }
            assertEquals(1, next.endpoints().size());
        } finally {
            new ProcessBuilder("ip", "link", "del", orphan).start().waitFor();
        }
    }

    private static Set<String> namespaces() throws Exception {
        return LabCommandLine.namespaces();
    }

    private static String pidsIn(String namespace) {
        try {
            Process pids = new ProcessBuilder("ip", "netns", "pids", namespace).start();
            return new String(pids.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (Exception e) {
            return "";
        }
    }
}
