package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;
import org.patchbay.core.session.AgentTestbed;
import org.patchbay.core.session.Testbed;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Program;
import org.patchbay.model.templates.ClusterBuilder;

/**
 * Machines the console did not build, followed as a testbed through the agents the topology names
 * (here the agents of a lab another console started, reached as real nodes are: by the endpoint in
 * the model, over mutual TLS): they come up in the live state, the schedule's commands run as agent
 * jobs inside the node named, a program runs until stopped, an unreadable endpoint is named with the
 * fix, an edited endpoint is followed, and stopping the testbed leaves the machines running.
 */
class RealNodesTestbedTest {

    @Test
    void theNodesTheTopologyNamesAreFollowedAndRunTheSchedulesCommandsAsJobs() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        ClusterBuilder b = new ClusterBuilder("real-nodes");
        Node a = b.node("a", 0, 0, NodeRole.COMPUTE);
        Node c = b.node("c", 200, 0, NodeRole.COMPUTE);
        b.link(a, c, new int[] {10, 83, 1});
        Cluster machines = b.cluster();
        Path dir = Files.createTempDirectory("patchbay-real-nodes");
        try (LabFixture fixture = new LabFixture(EcoreUtil.copy(machines), dir, false)) {
            fixture.awaitAllUp(120_000);
            Cluster drawn = EcoreUtil.copy(machines);
            for (Node node : drawn.getNodes()) {
                URI endpoint = fixture.lab.endpoints().get(node.getName());
                node.setAgentEndpoint(endpoint.getHost() + ":" + endpoint.getPort());
            }
            Node ghost = PatchbayFactory.eINSTANCE.createNode();
            ghost.setName("ghost");
            ghost.setAgentEndpoint("https://");
            drawn.getNodes().add(ghost);
            Program sleeper = PatchbayFactory.eINSTANCE.createProgram();
            sleeper.setName("sleeper");
            sleeper.setNode(drawn.getNodes().get(1));
            sleeper.setCommand("sleep 600");
            drawn.getActivities().add(sleeper);

            try (TestbedSession session = new TestbedSession(dir.resolve("ca"))) {
                Map<String, String> problems = session.connectAgents(EcoreUtil.copy(drawn));
                Testbed testbed = session.testbed();
                assertTrue(testbed instanceof AgentTestbed, "the real nodes are the topology's testbed: " + testbed);
                assertEquals(List.of("a", "c"), List.copyOf(testbed.endpoints().keySet()));
                assertTrue(problems.getOrDefault("ghost", "").contains("is not host, host:port or https://host:port"), problems.toString());
                assertTrue(testbed.failedNodes().containsKey("ghost"), "drawn failed with the reason: " + testbed.failedNodes());
                Testbed.TestbedException noEndpoint = assertThrows(Testbed.TestbedException.class, () -> testbed.retry("ghost"));
                assertTrue(noEndpoint.getMessage().contains("set 'Agent Endpoint' (host:port) in Properties"), noEndpoint.getMessage());
                LabFixture.await("both real nodes up in the console", 60_000,
                        () -> List.of("a", "c").stream().allMatch(n -> session.live().node(n) != null && session.live().node(n).up()));
                assertTrue(testbed.retry("a"), "a's agent answers");
                assertTrue(session.shaping().isEmpty(), "real links are shaped only when the user asks (Shape Real Links)");

                String aAddress = a.getInterfaces().get(0).getIpv4Address();
                String cAddress = c.getInterfaces().get(0).getIpv4Address();
                String outcome = testbed.commands().run("a", "ip -o -4 addr show | grep -o '10\\.83\\.[0-9.]*' | tr '\\n' ' '").toCompletableFuture()
                        .get(120, TimeUnit.SECONDS);
                assertTrue(outcome.startsWith("exit 0: ") && outcome.contains(aAddress) && !outcome.contains(cAddress),
                        "the command ran in a, which has " + aAddress + " and not c's " + cAddress + ": " + outcome);
                String failed = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> testbed.commands().run("c", "echo about to fail; exit 7").toCompletableFuture().get(120, TimeUnit.SECONDS)).getCause().getMessage();
                assertEquals("exit 7: about to fail", failed);

                assertEquals("started sleeper on c", testbed.commands().start(sleeper).toCompletableFuture().get(60, TimeUnit.SECONDS));
                URI cEndpoint = fixture.lab.endpoints().get("c");
                JobInfo sleeping = fixture.client.jobs("c", cEndpoint).get(30, TimeUnit.SECONDS).stream()
                        .filter(j -> j.command().contains("sleep 600")).findFirst().orElseThrow(() -> new AssertionError("the program runs as a job of c's agent"));
                assertEquals(JobState.RUNNING, sleeping.state());

                Cluster edited = EcoreUtil.copy(drawn);
                edited.getNodes().stream().filter(n -> n.getName().equals("a")).findFirst().orElseThrow().setAgentEndpoint(null);
                session.connectAgents(edited);
                assertEquals(List.of("c"), List.copyOf(session.testbed().endpoints().keySet()), "an endpoint taken out of the drawing is no longer followed");

                session.stopTestbed(LabProgress.NONE);
                LabFixture.await("the schedule's program to end when the testbed stops", 30_000, () -> fixture.client.jobs("c", cEndpoint).join().stream()
                        .anyMatch(j -> j.id().equals(sleeping.id()) && j.state() == JobState.EXITED));
                assertEquals(null, session.testbed());
                assertFalse(fixture.lab.endpoints().isEmpty());
                fixture.client.status("a", fixture.lab.endpoints().get("a")).get(30, TimeUnit.SECONDS);
            }
        }
    }
}
