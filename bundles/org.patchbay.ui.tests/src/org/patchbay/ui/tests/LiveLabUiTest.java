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
        Gui.waitUntil(() -> "node0".equals(view.node()) && !view.shownProcesses().isEmpty(), "Node Detail showing node0's processes");

        Process sleeper = editor.live().lab().exec("node0", List.of("sleep", "4242"));
        long started = System.currentTimeMillis();
        Gui.waitUntil(() -> view.shownProcesses().stream().anyMatch(p -> p.command().equals("sleep 4242")), "sleep 4242 in Node Detail");
        long seen = System.currentTimeMillis() - started;
        assertTrue(seen <= 2000, "the new process showed after " + seen + " ms");

        view.sortBy(0);
        Gui.pump();
        List<Integer> pids = view.shownProcesses().stream().map(ProcessInfo::pid).toList();
        assertEquals(pids.stream().sorted().toList(), pids, "a click on PID sorts by pid");

        long killed = System.currentTimeMillis();
        editor.live().lab().killAgent("node1");
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
        assertEquals("node0 rebooted by its agent", op.outcome());
        assertEquals(System.getProperty("user.name"), op.user());
        Gui.waitUntil(() -> level(node0) == LiveBadge.Level.UP, "node0 back up on the canvas");
        assertFalse(editor.isDirty(), "power operations never touch the topology file");
        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
    }

    private NodeStyle drawn(Node node) {
        return editor.viewer().renderer().drawnNodeStyle(node);
    }

    private LiveBadge.Level level(Node node) {
        LiveBadge badge = drawn(node).live();
        return badge == null ? null : badge.level();
    }
}
