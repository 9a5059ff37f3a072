package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.core.imaging.ImageLibrary;
import org.patchbay.core.imaging.ImagingSession;
import org.patchbay.core.imaging.PbImageTool;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.canvas.LiveBadge;
import org.patchbay.ui.canvas.NodeStyle;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.live.LabJobs;

/**
 * Reimage of a 3-node lab from the node menu in the real workbench: the batch in the Progress view, each node's phase and bar on the canvas,
 * the new OS on the nodes; and a node set to hardware type qemu, run by the lab as a VM, drawn as what its console says and reimaged the same way.
 */
class ImagingUiTest {

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

    private static void buildImage(String name, String marker) throws Exception {
        Path helpers = Path.of(System.getProperty("patchbay.native.helpers"));
        Path built = Files.createTempFile("pb-ui-image", ".pbi");
        try {
            Process build = new ProcessBuilder(helpers.resolve("../images/busybox-node-image").toString(), built.toString(), "--marker", marker)
                    .redirectErrorStream(true).start();
            String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(build.waitFor(120, TimeUnit.SECONDS) && build.exitValue() == 0, output);
            ImageLibrary library = new ImageLibrary(ImagingSession.defaultLibraryFolder(), new PbImageTool(helpers.resolve("pb-image")));
            if (library.find(name).isPresent()) {
                library.delete(name, n -> false);
            }
            library.add(name, built, "Patchbay busybox", "", null);
        } finally {
            Files.deleteIfExists(built);
        }
    }

    @Test
    void reimagingThreeNodesFromTheMenuShowsEachNodesProgressAndTheyRunTheNewImage() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        buildImage("ui-alpha", "image ui-alpha");
        Cluster cluster = TopologyTemplates.star(3);
        TopologyEditor editor = TopologyOpener.openNew(page, cluster);
        Node node0 = cluster.getNodes().get(0);
        Node node1 = cluster.getNodes().get(1);
        Node node2 = cluster.getNodes().get(2);
        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Gui.waitUntil(() -> List.of(node0, node1, node2).stream().allMatch(n -> level(editor, n) == LiveBadge.Level.UP), "all nodes drawn up");

        editor.select(List.of(node0, node1, node2));
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        // 20 Mb/s: slow enough to watch, as a user does, the bars fill
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.imaging"),
                Map.of("org.patchbay.ui.commands.imaging.action", "reimage", "org.patchbay.ui.commands.imaging.image", "ui-alpha",
                        "org.patchbay.ui.commands.imaging.rate", "20")), null);

        Set<String> sawProgress = ConcurrentHashMap.newKeySet();
        boolean[] jobListed = {false};
        Gui.waitUntil(() -> {
            for (Node n : List.of(node0, node1, node2)) {
                NodeStyle style = drawn(editor, n);
                if (style != null && style.live() != null && style.live().progress() >= 0 && style.status().startsWith("reimaging")) {
                    sawProgress.add(n.getName());
                }
            }
            for (Job job : Job.getJobManager().find(null)) {
                jobListed[0] |= job.getName().equals("Reimage 3 node(s) with ui-alpha");
            }
            return editor.live().imaging().map(i -> List.of("node0", "node1", "node2").stream()
                    .allMatch(n -> i.stateOn(n).map(s -> s.phase().finished()).orElse(false))).orElse(false);
        }, () -> "the reimage to finish", 180_000);
        for (String node : List.of("node0", "node1", "node2")) {
            ReimageBatch.NodeState state = editor.live().imaging().orElseThrow().stateOn(node).orElseThrow();
            assertEquals(ReimageBatch.Phase.DONE, state.phase(), node + ": " + state.message());
        }
        assertEquals(Set.of("node0", "node1", "node2"), sawProgress, "each node showed its phase and a progress bar on the canvas");
        assertTrue(jobListed[0], "the batch ran as a Job (listed in the Progress view)");
        Gui.waitUntil(() -> List.of(node0, node1, node2).stream().allMatch(n -> level(editor, n) == LiveBadge.Level.UP), () -> "all nodes back up", 120_000);
        Gui.waitUntil(() -> List.of(node0, node1, node2).stream().allMatch(n -> n.getOsImage() != null), "the topology to record what the nodes run");
        assertEquals("ui-alpha", node0.getOsImage().getName());
        assertEquals(org.patchbay.model.BootMode.DISK, node1.getBootMode());
        assertEquals(1, cluster.getImages().stream().filter(i -> i.getName().equals("ui-alpha")).count(), "one disk image element, shared");
        assertEquals(64, cluster.getImages().get(cluster.getImages().size() - 1).getSha256().length());
        assertTrue(editor.getEditingDomain().getCommandStack().canUndo(), "recording the image is an undoable edit");
        org.patchbay.ui.views.OperationsView operations = (org.patchbay.ui.views.OperationsView) page.findView(org.patchbay.ui.views.OperationsView.ID);
        Gui.waitUntil(() -> operations != null && operations.rows().stream().filter(r -> r.operation().equals("reimage ui-alpha") && r.state().equals("done"))
                .count() == 3, () -> "the Operations view lists each node's reimage as done: " + (operations == null ? "no view" : operations.rows()));
        assertEquals(System.getProperty("user.name"), operations.rows().get(0).user());
        Lab lab = ((LabTestbed) editor.live().testbed()).lab();
        for (String node : List.of("node0", "node1", "node2")) {
            Process cat = lab.exec(node, List.of("cat", "/etc/patchbay-image"));
            assertEquals("image ui-alpha", new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(), node + " runs the new image");
        }
        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
    }

    @Test
    void aNodeSetToQemuRunsAsAVmInTheLabShowsWhatItDoesAndIsReimagedFromTheMenu() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs qemu as root (CI does)");
        buildImage("ui-vm", "image ui-vm");
        Cluster cluster = TopologyTemplates.star(2);
        TopologyEditor editor = TopologyOpener.openNew(page, cluster);
        Node node1 = cluster.getNodes().get(1);
        // what the Properties view does when the user types qemu as node1's hardware type: one undoable command
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), node1,
                org.patchbay.model.PatchbayPackage.Literals.NODE__HARDWARE_TYPE, "qemu"));
        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, "the lab to start");
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());
        Lab lab = ((LabTestbed) editor.live().testbed()).lab();
        assertEquals(Set.of("node1"), lab.vmNodes());
        // a new VM's disk is empty: the canvas says it booted from the network and found nothing on its disk
        Gui.waitUntil(() -> level(editor, node1) == LiveBadge.Level.DOWN && drawn(editor, node1).live().text().contains("its disk holds no system"),
                () -> "node1 drawn as a VM with nothing to boot: " + badge(editor, node1), 300_000);

        editor.select(List.of(node1));
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.imaging"),
                Map.of("org.patchbay.ui.commands.imaging.action", "reimage", "org.patchbay.ui.commands.imaging.image", "ui-vm",
                        "org.patchbay.ui.commands.imaging.rate", "100")), null);
        boolean[] sawProgress = {false};
        Gui.waitUntil(() -> {
            NodeStyle style = drawn(editor, node1);
            sawProgress[0] |= style != null && style.live() != null && style.live().progress() >= 0 && style.status().startsWith("reimaging");
            return editor.live().imaging().flatMap(i -> i.stateOn("node1")).map(s -> s.phase().finished()).orElse(false);
        }, () -> "the VM's reimage to finish: " + badge(editor, node1), 300_000);
        ReimageBatch.NodeState state = editor.live().imaging().orElseThrow().stateOn("node1").orElseThrow();
        assertEquals(ReimageBatch.Phase.DONE, state.phase(), state.message());
        assertTrue(sawProgress[0], "the VM showed its phase and a progress bar on the canvas");
        Gui.waitUntil(() -> level(editor, node1) == LiveBadge.Level.UP && drawn(editor, node1).live().text().equals(LabListener.Phase.VM_RUNNING.words),
                () -> "node1 drawn running its new disk: " + badge(editor, node1), 120_000);
        Gui.waitUntil(() -> node1.getOsImage() != null, "the topology to record what the VM runs");
        assertEquals("ui-vm", node1.getOsImage().getName());
        assertTrue(Files.readString(lab.vmConsole("node1")).contains("patchbay-disk: node1 booted from /dev/vda: image ui-vm"));
        Job stop = LabJobs.stop(editor);
        Gui.waitUntil(() -> stop.getResult() != null, "the lab to stop");
    }

    private static String badge(TopologyEditor editor, Node node) {
        NodeStyle style = drawn(editor, node);
        return style == null || style.live() == null ? "nothing drawn" : style.live().level() + " " + style.live().text();
    }

    private static NodeStyle drawn(TopologyEditor editor, Node node) {
        return editor.viewer().renderer().drawnNodeStyle(node);
    }

    private static LiveBadge.Level level(TopologyEditor editor, Node node) {
        NodeStyle style = drawn(editor, node);
        return style == null || style.live() == null ? null : style.live().level();
    }
}
