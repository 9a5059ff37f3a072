package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.core.jobs.ClusterJob;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.live.LabJobs;
import org.patchbay.ui.views.MigrationsView;

/**
 * In the real workbench on a 3-node lab: Run Job… on node0 from the node menu, the job drawn beside
 * node0 in the Migrations view, dragged onto node1 there, and the move in the history once the job
 * runs on node1; then its process dragged out of Node Detail onto node2 on the topology canvas (and
 * a process that is no job refused with why), and sent home.
 */
class MigrationsUiTest {

    private IWorkbenchPage page;

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

    /** Drags the row of process {@code pid} out of Node Detail and drops it on {@code target} on the topology canvas. */
    private static void dragOntoCanvas(org.patchbay.ui.views.NodeDetailView detail, int pid, TopologyEditor editor, Node target) {
        Gui.waitUntil(() -> detail.rowCentre(pid).isPresent(), () -> "process " + pid + " listed in Node Detail: " + detail.shownProcesses());
        Point from = detail.rowCentre(pid).orElseThrow();
        int[] to = editor.viewer().renderer().centreOnControl(target);
        Gui.dragAcross(detail.processTable(), from.x, from.y, editor.viewer().getControl(), to[0], to[1]);
    }

    @Test
    void aJobStartedFromTheNodeMenuIsDraggedOntoAnotherNodeAndItsMoveIsListed() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        Cluster cluster = TopologyTemplates.star(3);
        TopologyEditor editor = TopologyOpener.openNew(page, cluster);
        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, () -> "the lab to start", 300_000);
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> List.of("node0", "node1", "node2").stream().allMatch(n -> editor.live().live().node(n) != null
                && editor.live().live().node(n).up()), () -> "all nodes up", 120_000);

        Node node0 = cluster.getNodes().get(0);
        editor.select(List.of(node0));
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.runJob"),
                Map.of("org.patchbay.ui.commands.runJob.command", "i=0; while :; do i=$((i+1)); echo $i; sleep 0.2; done")), null);
        MigrationsView view = (MigrationsView) page.findView(MigrationsView.ID);
        assertNotNull(view, "Run Job shows the Migrations view");
        page.activate(editor);
        Gui.waitUntil(() -> view.snapshot().jobsOn("node0").stream().anyMatch(ClusterJob::running) && view.nodeCentre("node1").isPresent()
                && !view.snapshot().jobsOn("node0").isEmpty() && view.jobCentre(view.snapshot().jobsOn("node0").get(0).id()).isPresent(),
                () -> "the job drawn beside node0: " + view.snapshot(), 120_000);
        String job = view.snapshot().jobsOn("node0").get(0).id();
        assertEquals("node0", view.snapshot().jobs().get(job).home());

        Point from = view.jobCentre(job).orElseThrow();
        Point to = view.nodeCentre("node1").orElseThrow();
        Gui.drag(view.canvas(), from.x, from.y, to.x, to.y, 0);

        Gui.waitUntil(() -> view.rows().stream().anyMatch(r -> r.job().equals(job) && r.to().equals("node1") && r.outcome().equals("moved")),
                () -> "the move in the history: " + view.rows(), 180_000);
        Gui.waitUntil(() -> editor.migrationsOnCanvas().seen().contains(job + ": node0 -> node1"),
                () -> "the move drawn on the topology canvas too: " + editor.migrationsOnCanvas().seen(), 30_000);
        MigrationsView.Row row = view.rows().stream().filter(r -> r.job().equals(job)).findFirst().orElseThrow();
        assertEquals("node0", row.from());
        assertEquals("user", row.why());
        assertTrue(view.postCopySwitch().getSelection() && row.detail().startsWith("post-copy: memory followed to node1"),
                "the lab's nodes move jobs by post-copy unless switched off: " + row);
        Gui.waitUntil(() -> view.snapshot().jobsOn("node1").stream().anyMatch(j -> j.id().equals(job) && j.running()),
                () -> "the job drawn beside node1: " + view.snapshot(), 60_000);

        // Node Detail of node1: a process that is not a job cannot move (and says why); the job's process goes home from its menu
        org.patchbay.ui.views.NodeDetailView detail = (org.patchbay.ui.views.NodeDetailView) page.showView("org.patchbay.ui.views.nodeDetail");
        page.activate(editor);
        editor.select(List.of(cluster.getNodes().get(1)));
        Gui.pump();
        long jobPid = view.snapshot().jobs().get(job).pid();
        Gui.waitUntil(() -> editor.live().live().node("node1").processes().containsKey((int) jobPid), () -> "node1 to list the job's process", 30_000);
        // a process that is not a job (started on the node by hand), dragged from Node Detail onto node2 on the canvas, cannot move: Node Detail says why
        Process byHand = ((org.patchbay.lab.LabTestbed) editor.live().testbed()).lab().exec("node1", List.of("sleep", "4343"));
        Gui.waitUntil(() -> editor.live().live().node("node1").processes().values().stream().anyMatch(p -> p.command().equals("sleep 4343")),
                () -> "node1 to list the process started by hand", 30_000);
        var notAJob = editor.live().live().node("node1").processes().values().stream().filter(p -> p.command().equals("sleep 4343")).findFirst()
                .orElseThrow();
        Node node2 = cluster.getNodes().get(2);
        dragOntoCanvas(detail, notAJob.pid(), editor, node2);
        byHand.destroyForcibly();
        assertTrue(detail.getContentDescription().contains("is not a job"), detail.getContentDescription());

        // the job's process dragged from Node Detail onto node2 on the topology canvas moves there
        dragOntoCanvas(detail, (int) jobPid, editor, node2);
        Gui.waitUntil(() -> view.rows().stream().anyMatch(r -> r.job().equals(job) && r.to().equals("node2") && r.why().equals("user")
                && r.outcome().equals("moved")), () -> "the job dragged from Node Detail onto node2: " + view.rows(), 180_000);
        Gui.waitUntil(() -> view.snapshot().jobsOn("node2").stream().anyMatch(j -> j.id().equals(job) && j.running()),
                () -> "the job running on node2: " + view.snapshot(), 60_000);

        // Send Home (the process menu's action) from node2's Node Detail, with post-copy switched off: all memory moves while it is frozen
        view.postCopySwitch().setSelection(false);
        Gui.press(view.postCopySwitch());
        assertTrue(!editor.live().jobs().postCopy(), "the switch is the session's");
        page.activate(editor);
        editor.select(List.of(node2));
        Gui.pump();
        long onNode2 = view.snapshot().jobs().get(job).pid();
        Gui.waitUntil(() -> editor.live().live().node("node2").processes().containsKey((int) onNode2), () -> "node2 to list the job's process", 30_000);
        detail.moveProcess(editor.live().live().node("node2").processes().get((int) onNode2), null);
        Gui.waitUntil(() -> view.rows().stream().anyMatch(r -> r.job().equals(job) && r.to().equals("node0") && r.why().equals("home")
                && r.outcome().equals("moved")), () -> "the job sent home from Node Detail: " + view.rows(), 180_000);
        MigrationsView.Row home = view.rows().stream().filter(r -> r.job().equals(job) && r.why().equals("home")).findFirst().orElseThrow();
        assertEquals("runs on node0", home.detail(), "sent home by stop-and-copy: " + home);
        editor.live().jobs().kill(job).join();
    }
}
