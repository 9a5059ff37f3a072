package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.canvas.LiveBadge;
import org.patchbay.ui.canvas.NodeStyle;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.live.LabJobs;
import org.patchbay.ui.views.NodeDetailView;

/** Lab > Start in the real workbench: live nodes on the canvas, a lab node's processes in Node Detail. */
class LiveLabUiTest {

    private IWorkbenchPage page;
    private TopologyEditor editor;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Gui.pump();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        Gui.pump();
    }

    @Test
    void aNodeDrawnWhileTheLabRunsJoinsItAndUndoRemovesIt() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does); run it with sudo");
        Cluster cluster = TopologyTemplates.star(1);
        editor = TopologyOpener.openNew(page, cluster);
        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> level(cluster.getNodes().get(0)) == LiveBadge.Level.UP, "node0 drawn up");

        // as the palette and the Link tool do: one command for the node, one for its link to the switch
        var commands = new org.patchbay.model.edit.commands.TopologyCommands(editor.getEditingDomain(), cluster);
        editor.getEditingDomain().getCommandStack().execute(commands.create(org.patchbay.model.edit.commands.TopologyCommands.ElementKind.NODE, 600, 300));
        Node added = cluster.getNodes().get(cluster.getNodes().size() - 1);
        editor.getEditingDomain().getCommandStack().execute(commands.connect(added, cluster.getSwitches().get(0)));
        // on node0's subnet, as the user sets it in Properties (the switch is one segment)
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(),
                added.getInterfaces().get(0), org.patchbay.model.PatchbayPackage.Literals.INTERFACE__IPV4_ADDRESS, "10.0.0.77"));
        Gui.waitUntil(() -> drawn(added) != null && drawn(added).live() != null && level(added) == LiveBadge.Level.UP,
                () -> "the node drawn while the lab runs comes up: " + (drawn(added) == null ? "not drawn yet" : drawn(added).status()));
        assertTrue(((org.patchbay.lab.LabTestbed) editor.live().testbed()).lab().endpoints().containsKey(added.getName()));

        editor.getEditingDomain().getCommandStack().undo(); // the address
        editor.getEditingDomain().getCommandStack().undo(); // the link
        editor.getEditingDomain().getCommandStack().undo(); // the node
        Gui.waitUntil(() -> !((org.patchbay.lab.LabTestbed) editor.live().testbed()).lab().endpoints().containsKey(added.getName()),
                "undo removes the node from the running lab");
    }

    @Test
    void labNodesGoLiveAndANewProcessAppearsInNodeDetailWithinTwoSeconds() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does); run it with sudo");
        Cluster cluster = TopologyTemplates.star(2);
        editor = TopologyOpener.openNew(page, cluster);
        Node node0 = cluster.getNodes().get(0);
        Node node1 = cluster.getNodes().get(1);
        assertNull(drawn(node0).live(), "nothing is watched before the lab starts");

        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> level(node0) == LiveBadge.Level.UP && level(node1) == LiveBadge.Level.UP, "both nodes drawn up");
        assertTrue(drawn(node0).status().startsWith("cpu "), drawn(node0).status());
        org.patchbay.model.Switch switch0 = cluster.getSwitches().get(0);
        Gui.waitUntil(() -> "polled over SNMPv3".equals(editor.viewer().renderer().drawnNodeStyle(switch0).status()),
                () -> "switch0 drawn as polled: " + editor.viewer().renderer().drawnNodeStyle(switch0).status());

        NodeDetailView view = (NodeDetailView) page.showView(NodeDetailView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        editor.select(List.of(node0));
        // a lab node's agent is served from outside the node (one runtime for the lab), so a fresh node may run nothing yet
        Gui.waitUntil(() -> "node0".equals(view.node()), "Node Detail showing node0");

        Process sleeper = ((org.patchbay.lab.LabTestbed) editor.live().testbed()).lab().exec("node0", List.of("sleep", "4242"));
        long started = System.currentTimeMillis();
        Gui.waitUntil(() -> view.shownProcesses().stream().anyMatch(p -> p.command().equals("sleep 4242")), "sleep 4242 in Node Detail");
        long seen = System.currentTimeMillis() - started;
        assertTrue(seen <= 2000, "the new process showed after " + seen + " ms");

        view.sortBy(0);
        Gui.pump();
        List<Integer> pids = view.shownProcesses().stream().map(ProcessInfo::pid).toList();
        assertEquals(pids.stream().sorted().toList(), pids, "a click on PID sorts by pid");

        long killed = System.currentTimeMillis();
        ((org.patchbay.lab.LabTestbed) editor.live().testbed()).lab().killAgent("node1");
        Gui.waitUntil(() -> level(node1) == LiveBadge.Level.DOWN, "node1 drawn unreachable");
        assertTrue(System.currentTimeMillis() - killed <= 3000, "unreachable shown within 3 s");
        assertEquals(LiveBadge.Level.UP, level(node0), "the other node stays up");

        assertFalse(editor.isDirty(), "live state never dirties the topology");
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "nor enters undo");

        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
        Gui.waitUntil(() -> drawn(node0).live() == null, "node0 no longer watched");
        assertTrue(sleeper.waitFor(5, java.util.concurrent.TimeUnit.SECONDS), "stopping the lab ended the node's processes");
    }

    @Test
    void realNodesTheTopologyNamesAreFollowedThroughConnectAgentsUntilDisconnect() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        // machines this console did not start: a lab of another console, reached as real nodes are, by the endpoints in the model
        Cluster machines = TopologyTemplates.star(2);
        org.patchbay.lab.LabTestbed others = org.patchbay.lab.LabTestbed.start(org.eclipse.emf.ecore.util.EcoreUtil.copy(machines),
                new org.patchbay.lab.LabOptions(org.patchbay.lab.LabOptions.defaultStateBase(),
                        org.patchbay.core.session.TestbedSession.stateDir().resolve("ca"), org.patchbay.lab.LabOptions.findAgentJar(),
                        org.patchbay.lab.LabOptions.currentJava(), org.patchbay.lab.LabOptions.AGENT_JVM_OPTIONS, false),
                org.patchbay.lab.LabListener.NONE, org.patchbay.lab.LabProgress.NONE);
        try {
            Cluster cluster = org.eclipse.emf.ecore.util.EcoreUtil.copy(machines);
            for (Node node : cluster.getNodes()) {
                java.net.URI endpoint = others.endpoints().get(node.getName());
                node.setAgentEndpoint(endpoint.getHost() + ":" + endpoint.getPort());
            }
            editor = TopologyOpener.openNew(page, cluster);
            Node node0 = cluster.getNodes().get(0);
            Node node1 = cluster.getNodes().get(1);
            lab("connect");
            assertTrue(editor.live().testbed() instanceof org.patchbay.core.session.AgentTestbed, "the real nodes are the topology's testbed");
            Gui.waitUntil(() -> level(node0) == LiveBadge.Level.UP && level(node1) == LiveBadge.Level.UP, "both real nodes drawn up");

            assertNull(LabJobs.start(editor), "Start Lab is refused while real nodes are followed");
            assertTrue(editor.live().testbed() instanceof org.patchbay.core.session.AgentTestbed);

            // an edited endpoint is followed: node1 taken out of the drawing's agents
            editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), node1,
                    org.patchbay.model.PatchbayPackage.Literals.NODE__AGENT_ENDPOINT, ""));
            Gui.waitUntil(() -> !editor.live().testbed().endpoints().containsKey("node1"), "node1 no longer followed once its endpoint is cleared");
            Gui.waitUntil(() -> drawn(node1).live() == null, "node1 no longer drawn live");
            assertEquals(LiveBadge.Level.UP, level(node0), "node0 still followed");

            lab("disconnect");
            assertNull(editor.live().testbed());
            Gui.waitUntil(() -> drawn(node0).live() == null, "node0 no longer watched after Disconnect");
            others.lab().endpoints().forEach((node, endpoint) -> assertTrue(others.lab().agentListening(node), node + " still runs: following it changed nothing there"));
        } finally {
            others.stop(org.patchbay.lab.LabProgress.NONE);
        }
    }

    private void lab(String action) throws Exception {
        page.activate(editor);
        org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.ui.handlers.IHandlerService handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.lab"),
                java.util.Map.of("org.patchbay.ui.commands.lab.action", action)), null);
        Gui.pump();
    }

    @Test
    void rebootFromThePowerMenuIsListedInOperationsWithItsOutcome() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        Cluster cluster = TopologyTemplates.star(1);
        editor = TopologyOpener.openNew(page, cluster);
        Node node0 = cluster.getNodes().get(0);
        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> level(node0) == LiveBadge.Level.UP, "node0 drawn up");

        editor.select(List.of(node0));
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        var reboot = org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.power"),
                java.util.Map.of("org.patchbay.ui.commands.power.action", "reboot"));
        handlers.executeCommand(reboot, null);
        Gui.waitUntil(() -> drawn(node0).live() != null && drawn(node0).status().startsWith("reboot: "), "node0 showing the reboot in progress");

        org.patchbay.ui.views.OperationsView operations = (org.patchbay.ui.views.OperationsView) page.findView(org.patchbay.ui.views.OperationsView.ID);
        Gui.waitUntil(() -> operations != null && !operations.shown().isEmpty() && operations.shown().get(0).state().finished(), "the reboot to finish");
        var op = operations.shown().get(0);
        assertEquals(org.patchbay.core.power.Operation.State.SUCCEEDED, op.state(), op.outcome());
        assertTrue(op.outcome().matches("node0 rebooted by its agent, up after \\d+ s"), op.outcome());
        assertEquals(System.getProperty("user.name"), op.user());
        Gui.waitUntil(() -> level(node0) == LiveBadge.Level.UP, "node0 back up on the canvas");
        assertFalse(editor.isDirty(), "power operations never touch the topology file");
        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
    }

    @Test
    void aBandwidthEditedInPropertiesReshapesTheRunningLinkWithinASecondAndTheLinkGoesDownAndUp() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        editor = TopologyOpener.openNew(page, pair());
        org.patchbay.model.Link wire = editor.cluster().getLinks().get(0);
        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> editor.live().live().linkShaping("wire") != null, "the running link's shaping read back");
        Gui.waitUntil(() -> "Running: 100Mb 20ms q50".equals(edge(shownWire(editor)).applied()), () -> "the tooltip says what runs: " + edge(shownWire(editor)));
        assertEquals("100Mb 20ms", edge(wire).label(), "the running link is shaped as drawn, so no warning");

        var shaping = ((org.patchbay.lab.LabTestbed) editor.live().testbed()).lab().shaping().orElseThrow();
        var leftOut = new org.patchbay.shaping.PipeKey("left", "eth0", org.patchbay.shaping.PipeKey.Direction.EGRESS, "link wire");
        var source = (org.patchbay.ui.properties.ItemPropertySource) new org.patchbay.ui.properties.ItemPropertySourceProvider(
                (org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain(), message -> { }).getPropertySource(wire);
        Object bandwidth = java.util.Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().startsWith("Bandwidth")).findFirst()
                .orElseThrow().getId();
        long edited = System.nanoTime();
        assertNull(source.setValue(bandwidth, "5Mb"));
        while (shaping.applied().get(leftOut).bandwidthBps() != 5_000_000L && System.nanoTime() - edited < 5_000_000_000L) {
            Gui.pump();
        }
        long millis = (System.nanoTime() - edited) / 1_000_000;
        System.out.println("Properties edit to the running link's delay node: " + millis + " ms");
        assertEquals(5_000_000L, shaping.applied().get(leftOut).bandwidthBps(), "the delay node runs the new bandwidth");
        assertTrue(millis <= 1000, "applied within 1 s, took " + millis + " ms");

        // someone reshapes the running link behind the console's back: the figure says so
        shaping.apply(List.of(new org.patchbay.shaping.ShapingPlan.Change(leftOut, shaping.applied().get(leftOut),
                new org.patchbay.shaping.PipeSpec(1_000_000L, 20, 0, 50, org.patchbay.shaping.PipeSpec.QueueUnit.PACKETS,
                        org.patchbay.shaping.PipeSpec.QueueKind.DROP_TAIL))));
        final org.patchbay.model.Link tampered = wire;
        editor.live().shaping().orElseThrow().refresh(); // reads back now rather than at the next 5 s check
        Gui.waitUntil(() -> edge(tampered).label().contains("⚠ runs 1Mb 20ms") && edge(tampered).problem() != null,
                () -> "the mismatch drawn on the link: " + edge(tampered));
        assertNull(source.setValue(bandwidth, "6Mb"));
        Gui.waitUntil(() -> edge(tampered).label().equals("6Mb 20ms") && edge(tampered).problem() == null, () -> "an edit re-applies the link: " + edge(tampered));

        Object lastEdit = editor.getEditingDomain().getCommandStack().getUndoCommand();
        final org.patchbay.model.Link shown = wire;
        editor.select(List.of(wire));
        linkState("down");
        Gui.waitUntil(() -> edge(shown).down() && edge(shown).label().startsWith("DOWN"), () -> "the link drawn down: " + edge(shown));
        assertEquals(1.0, shaping.applied().get(leftOut).lossRate(), "a link that is down loses every packet");
        linkState("up");
        Gui.waitUntil(() -> !edge(shown).down(), "the link drawn up again");
        assertEquals(0.0, shaping.applied().get(leftOut).lossRate());
        assertTrue(lastEdit == editor.getEditingDomain().getCommandStack().getUndoCommand(), "up and down are runtime state, not edits");

        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
        Gui.waitUntil(() -> !edge(shown).down() && edge(shown).label().equals("6Mb 20ms") && edge(shown).applied() == null,
                "the link drawn from the model alone after the lab stops");
    }

    @Test
    void theEventTimelineRunsTheTopologysEventsAgainstTheLabAndResets() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        editor = TopologyOpener.openNew(page, pair());
        org.patchbay.model.Link wire = editor.cluster().getLinks().get(0);
        var timeline = (org.patchbay.ui.views.EventTimelineView) page.showView(org.patchbay.ui.views.EventTimelineView.ID);
        page.activate(editor);
        Gui.pump();
        assertNull(timeline.addEvent("0.4 wire bandwidth 10Mb"));
        assertNull(timeline.addEvent("$ns at 0.8 \"$wire down\""));
        assertNull(timeline.addEvent("1.2 right run echo ok"));
        assertNull(timeline.addEvent("1.6 wire up"));
        String refusal = timeline.addEvent("3 nowhere down");
        assertTrue(refusal != null && refusal.contains("No link or LAN is named 'nowhere'; links and LANs: wire"), refusal);
        assertEquals(4, editor.cluster().getEvents().size(), "events are kept with the topology");
        assertTrue(editor.isDirty());
        assertEquals(List.of("waiting", "waiting", "waiting", "waiting"), timeline.rows().stream().map(r -> r.status()).toList());

        // an event is edited in Properties like any element: one undoable command
        var lastEvent = editor.cluster().getEvents().get(3);
        var eventSource = (org.patchbay.ui.properties.ItemPropertySource) new org.patchbay.ui.properties.ItemPropertySourceProvider(
                (org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain(), message -> { }).getPropertySource(lastEvent);
        Object at = java.util.Arrays.stream(eventSource.getPropertyDescriptors()).filter(d -> d.getDisplayName().startsWith("At")).findFirst().orElseThrow()
                .getId();
        assertNull(eventSource.setValue(at, "1.7"));
        assertEquals(1.7, lastEvent.getAtSeconds());
        Gui.waitUntil(() -> timeline.rows().get(3).what().startsWith("at 1.7 s: wire up"), () -> "the timeline shows the edit: " + timeline.rows());

        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> editor.live().shaping().isPresent(), "the lab's links followed");

        timeline.start();
        Gui.waitUntil(() -> timeline.rows().size() == 4 && timeline.rows().stream().allMatch(r -> r.ok() != null), () -> "every event done: " + timeline.rows());
        for (var row : timeline.rows()) {
            assertTrue(row.ok(), row.what() + ": " + row.status());
            assertTrue(Math.abs(row.firedAtSeconds() - row.atSeconds()) <= 0.15, row.what() + " fired at " + row.firedAtSeconds());
            assertTrue(row.firedAtSeconds() < 1.85, "the edited time was used: " + row.what() + " at " + row.firedAtSeconds());
        }
        assertEquals("done: exit 0: ok", timeline.rows().get(2).status());
        Gui.waitUntil(() -> edge(wire).label().contains("→ runs 10Mb 20ms"), () -> "the link shows the scheduled bandwidth it runs: " + edge(wire).label());
        assertEquals(100_000_000L, wire.getBandwidthBps(), "events change the running link, not the topology");

        timeline.reset();
        Gui.waitUntil(() -> edge(wire).label().equals("100Mb 20ms"), () -> "reset puts the link back as drawn: " + edge(wire).label());
        assertTrue(timeline.rows().stream().allMatch(r -> r.firedAtSeconds() == null), "nothing fired after a reset");

        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
    }

    /** Two nodes on one 100 Mb/s, 20 ms link named wire. */
    private static Cluster pair() {
        org.patchbay.model.templates.ClusterBuilder b = new org.patchbay.model.templates.ClusterBuilder("pair");
        Node left = b.node("left", 100, 100, org.patchbay.model.NodeRole.COMPUTE);
        Node right = b.node("right", 500, 100, org.patchbay.model.NodeRole.COMPUTE);
        b.link(left, right, new int[] {10, 9, 1}, 100_000_000L, 20, 0).setName("wire");
        return b.cluster();
    }

    private static org.patchbay.model.Link shownWire(TopologyEditor editor) {
        return editor.cluster().getLinks().get(0);
    }

    private void linkState(String state) throws Exception {
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.linkState"),
                java.util.Map.of("org.patchbay.ui.commands.linkState.state", state)), null);
    }

    private org.patchbay.ui.canvas.EdgeStyle edge(org.patchbay.model.Link link) {
        return editor.viewer().renderer().drawnEdgeStyle(link);
    }

    private NodeStyle drawn(Node node) {
        return editor.viewer().renderer().drawnNodeStyle(node);
    }

    private LiveBadge.Level level(Node node) {
        LiveBadge badge = drawn(node).live();
        return badge == null ? null : badge.level();
    }
}
