package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.nsfile.NsImport;
import org.patchbay.ui.nsfile.ExportNsHandler;
import org.patchbay.ui.nsfile.ImportNsHandler;

/** File > Import NS File opens the file as a new, arranged topology; Export writes one Patchbay reads back the same. */
class NsFileUiTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        Gui.pump();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        Gui.pump();
    }

    @Test
    void importOpensAnArrangedTopologyAndExportWritesItBack() throws Exception {
        Path ns = dir.resolve("netbed.ns");
        Files.writeString(ns, """
                set ns [new Simulator]
                source tb_compat.tcl
                for {set i 0} {$i < 4} {incr i} {
                    set n($i) [$ns node]
                }
                set link0 [$ns duplex-link $n(0) $n(1) 30Mb 50ms DropTail]
                set lan0 [$ns make-lan "$n(1) $n(2) $n(3)" 100Mb 0ms]
                $ns at 10 "$link0 down"
                $ns rtproto Static
                $ns run
                """);
        Job job = ImportNsHandler.importFile(window, ns);
        Gui.waitUntil(() -> job.getResult() != null && page.getActiveEditor() != null, "the imported topology to open");
        IEditorPart editor = page.getActiveEditor();
        Cluster cluster = editor.getAdapter(Cluster.class);
        assertEquals("netbed", cluster.getName());
        assertEquals(4, cluster.getNodes().size());
        assertEquals("n-0", cluster.getNodes().get(0).getName());
        assertEquals(1, cluster.getEvents().size());
        // Arrange ran: the grid the importer used is replaced by a layout, so the boxes no longer share rows of the grid
        Gui.waitUntil(() -> {
            Set<String> positions = new HashSet<>();
            for (Node node : cluster.getNodes()) {
                positions.add(node.getX() + "," + node.getY());
            }
            return positions.size() == 4 && cluster.getNodes().stream().noneMatch(n -> n.getX() == 80 && n.getY() == 80);
        }, "the imported topology to be arranged");

        Path out = dir.resolve("again.ns");
        ExportNsHandler.export(window, cluster, out);
        String text = Files.readString(out);
        assertTrue(text.contains("set link0 [$ns duplex-link ${n-0} ${n-1} 30Mb 50ms DropTail]"), text);
        Cluster back = new NsImport().read(out).cluster();
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(cluster, back), "the exported file reads back as the same topology");
    }
}
