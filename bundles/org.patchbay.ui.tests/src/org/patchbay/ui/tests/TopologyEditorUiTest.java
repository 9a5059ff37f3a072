package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.edit.commands.TopologyCommands.ElementKind;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.validation.TopologyDiagnostician.Problem;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.app.WindowScreenshot;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.canvas.GraphRenderer.Tool;
import org.patchbay.ui.canvas.NodeStyle;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.layout.ElkArranger;
import org.patchbay.ui.properties.ItemPropertySource;
import org.patchbay.ui.properties.ItemPropertySourceProvider;
import org.patchbay.ui.views.ProblemsView;

/**
 * The topology editor in the real Patchbay workbench, driven by SWT events the way a user drives it.
 */
class TopologyEditorUiTest {

    @TempDir
    Path dir;

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

    private TopologyEditor open(String template) throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyOpener.template(template).orElseThrow());
        page.activate(editor);
        Gui.pump();
        editor.viewer().renderer().setZoom(1);
        editor.viewer().renderer().paintNow();
        return editor;
    }

    private void run(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        Gui.pump();
    }

    private static Control canvas(TopologyEditor editor) {
        return editor.viewer().renderer().getControl();
    }

    @Test
    void templateOpensWithEveryElementDrawnAndAtAGlanceLabels() throws Exception {
        TopologyEditor editor = open("podos");
        Cluster cluster = editor.cluster();
        GraphRenderer renderer = editor.viewer().renderer();
        assertEquals(6 + 9, renderer.items().size(), "3 nodes, 3 switches, 9 links");
        Node node = cluster.getNodes().get(0);
        NodeStyle style = editor.viewer().styles().nodeStyle(node);
        assertTrue(style.kind().startsWith("NODE"), style.kind());
        assertEquals("podos1", style.title());
        assertTrue(style.detail().startsWith("10.3.1.") && style.detail().endsWith("+2"), style.detail());
        assertEquals("not running", style.status());
        assertEquals("100Mb", editor.viewer().styles().edgeStyle(cluster.getLinks().get(0)).label());
        assertFalse(editor.isDirty(), "a fresh template is not dirty");
    }

    @Test
    void dragFromPaletteCreatesANodeWhereDroppedAndUndoRemovesIt() throws Exception {
        TopologyEditor editor = open("empty");
        Cluster cluster = editor.cluster();
        Control node = editor.palette().entry(ElementKind.NODE);
        int[] drop = editor.viewer().renderer().toDiagram(300, 200);
        Gui.dragAcross(node, 10, 10, canvas(editor), 300, 200);
        assertEquals(1, cluster.getNodes().size(), "dropping the Node entry creates a node");
        Node created = cluster.getNodes().get(0);
        assertEquals(drop[0] - 75, created.getX());
        assertEquals(drop[1] - 38, created.getY());
        assertTrue(editor.isDirty());
        assertEquals(List.of(created), ((IStructuredSelection) editor.viewer().getSelection()).toList(), "the new node is selected");

        Gui.dragAcross(editor.palette().entry(ElementKind.SWITCH), 10, 10, canvas(editor), 600, 200);
        assertEquals(1, cluster.getSwitches().size());

        run("org.eclipse.ui.edit.undo");
        assertEquals(0, cluster.getSwitches().size());
        run("org.eclipse.ui.edit.undo");
        assertEquals(0, cluster.getNodes().size());
        assertFalse(editor.isDirty(), "undo back to the saved state clears the dirty mark");
        run("org.eclipse.ui.edit.redo");
        assertEquals(1, cluster.getNodes().size());
    }

    @Test
    void dragBetweenTwoNodesWithTheLinkToolCreatesALinkWithInterfaces() throws Exception {
        TopologyEditor editor = open("empty");
        Cluster cluster = editor.cluster();
        Gui.dragAcross(editor.palette().entry(ElementKind.NODE), 10, 10, canvas(editor), 200, 150);
        Gui.dragAcross(editor.palette().entry(ElementKind.NODE), 10, 10, canvas(editor), 600, 400);
        Node a = cluster.getNodes().get(0);
        Node b = cluster.getNodes().get(1);
        Gui.click(editor.palette().entry(Tool.CONNECT), 5, 5, 0);
        assertEquals(Tool.CONNECT, editor.viewer().renderer().getTool());

        int[] from = editor.viewer().renderer().centreOnControl(a);
        int[] to = editor.viewer().renderer().centreOnControl(b);
        Gui.drag(canvas(editor), from[0], from[1], to[0], to[1], 0);

        assertEquals(1, cluster.getLinks().size());
        Link link = cluster.getLinks().get(0);
        assertSame(a, link.getEndA().eContainer());
        assertSame(b, link.getEndB().eContainer());
        assertEquals(1, a.getInterfaces().size());
        assertEquals(Tool.SELECT, editor.viewer().renderer().getTool(), "the canvas falls back to Select");
        assertTrue(editor.viewer().renderer().items().contains(link), "the link is drawn");
        assertTrue(editor.problems().isEmpty(), editor.problems().toString());

        run("org.eclipse.ui.edit.undo");
        assertEquals(0, cluster.getLinks().size());
        assertEquals(0, a.getInterfaces().size());
        assertFalse(editor.viewer().renderer().items().contains(link));
    }

    @Test
    void linkToTheSameNodeIsRefusedAndChangesNothing() throws Exception {
        TopologyEditor editor = open("ring");
        Cluster cluster = editor.cluster();
        int links = cluster.getLinks().size();
        Gui.click(editor.palette().entry(Tool.CONNECT), 5, 5, 0);
        int[] centre = editor.viewer().renderer().centreOnControl(cluster.getNodes().get(0));
        Gui.drag(canvas(editor), centre[0] - 20, centre[1], centre[0] + 20, centre[1] + 5, 0);
        assertEquals(links, cluster.getLinks().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void draggingANodeMovesItAndUndoPutsItBack() throws Exception {
        TopologyEditor editor = open("dumbbell");
        Node router = editor.cluster().getNodes().get(2);
        int x = router.getX();
        int y = router.getY();
        int[] centre = editor.viewer().renderer().centreOnControl(router);
        Gui.drag(canvas(editor), centre[0], centre[1], centre[0] + 60, centre[1] + 40, 0);
        assertEquals(x + 60, router.getX());
        assertEquals(y + 40, router.getY());
        run("org.eclipse.ui.edit.undo");
        assertEquals(x, router.getX());
        assertEquals(y, router.getY());
    }

    @Test
    void rubberBandAndCtrlClickSelectAndDeleteRemovesWithLinks() throws Exception {
        TopologyEditor editor = open("dumbbell");
        Cluster cluster = editor.cluster();
        GraphRenderer renderer = editor.viewer().renderer();
        Node left0 = cluster.getNodes().get(0);
        Node left1 = cluster.getNodes().get(1);
        Node router0 = cluster.getNodes().get(2);
        int[] a = renderer.centreOnControl(left0);
        int[] b = renderer.centreOnControl(left1);
        // Band around the two left hosts only, starting on empty canvas left of them.
        Gui.drag(canvas(editor), Math.min(a[0], b[0]) - 90, Math.min(a[1], b[1]) - 50, Math.max(a[0], b[0]) + 20, Math.max(a[1], b[1]) + 10, 0);
        assertEquals(Set.of(left0, left1), new HashSet<>(((IStructuredSelection) editor.viewer().getSelection()).toList()));

        int[] r = renderer.centreOnControl(router0);
        Gui.click(canvas(editor), r[0], r[1], SWT.MOD1);
        assertEquals(Set.of(left0, left1, router0), new HashSet<>(((IStructuredSelection) editor.viewer().getSelection()).toList()),
                "Ctrl-click adds to the selection");
        Gui.click(canvas(editor), r[0], r[1], SWT.MOD1);
        assertEquals(2, ((IStructuredSelection) editor.viewer().getSelection()).size(), "Ctrl-click again removes it");

        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
        page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        Gui.pump();
        page.activate(editor);
        Gui.click(canvas(editor), r[0], r[1], 0);
        assertEquals(List.of(router0), ((IStructuredSelection) outline.getSelection()).toList(), "the outline follows the canvas");

        run("org.eclipse.ui.edit.delete");
        assertFalse(cluster.getNodes().contains(router0));
        assertEquals(2, cluster.getLinks().size(), "router0's three links went with it");
        run("org.eclipse.ui.edit.undo");
        assertTrue(cluster.getNodes().contains(router0));
        assertEquals(5, cluster.getLinks().size());
    }

    @Test
    void ctrlWheelZoomsZoomedOutStillSelectsAndZoomToFitShowsEverything() throws Exception {
        TopologyEditor editor = open("openmosix");
        GraphRenderer renderer = editor.viewer().renderer();
        double before = renderer.getZoom();
        Event wheel = new Event();
        wheel.count = 3;
        wheel.stateMask = SWT.MOD1;
        wheel.x = 100;
        wheel.y = 100;
        canvas(editor).notifyListeners(SWT.MouseWheel, wheel);
        assertTrue(renderer.getZoom() > before, "Ctrl+wheel up zooms in");
        // zoom about the cursor: the diagram point under it stays under it, both ways
        Node om09 = editor.cluster().getNodes().get(8);
        int[] at = renderer.centreOnControl(om09);
        int[] under = renderer.toDiagram(at[0], at[1]);
        for (int count : new int[] {3, 3, -3}) {
            Event zoom = new Event();
            zoom.count = count;
            zoom.stateMask = SWT.MOD1;
            zoom.x = at[0];
            zoom.y = at[1];
            canvas(editor).notifyListeners(SWT.MouseWheel, zoom);
            renderer.paintNow();
            int[] now = renderer.toDiagram(at[0], at[1]);
            assertTrue(Math.abs(now[0] - under[0]) <= 3 && Math.abs(now[1] - under[1]) <= 3,
                    "the point under the cursor stays: " + java.util.Arrays.toString(under) + " -> " + java.util.Arrays.toString(now));
        }
        renderer.setZoom(0.3);
        renderer.paintNow();
        Node om07 = editor.cluster().getNodes().get(6);
        int[] small = renderer.centreOnControl(om07);
        Gui.click(canvas(editor), small[0], small[1], 0);
        assertEquals(List.of(om07), ((IStructuredSelection) editor.viewer().getSelection()).toList(),
                "zoomed out, boxes are drawn in bulk but still select on click");
        run("org.patchbay.ui.commands.zoom");
        org.eclipse.swt.graphics.Rectangle area = ((org.eclipse.swt.widgets.Scrollable) canvas(editor)).getClientArea();
        for (DiagramElement element : List.of(editor.cluster().getNodes().get(0), editor.cluster().getNodes().get(13), editor.cluster().getSwitches().get(0))) {
            int[] c = renderer.centreOnControl(element);
            assertTrue(area.contains(c[0], c[1]), element.getName() + " visible after zoom to fit");
        }
    }

    @Test
    void propertiesShowTheSelectionAndEditThroughUndoableCommands() throws Exception {
        TopologyEditor editor = open("dumbbell");
        Link bottleneck = editor.cluster().getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();
        editor.select(List.of(bottleneck));
        page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        Gui.waitUntil(() -> propertyValues().contains("1.544Mb"), () -> "Properties to show the bottleneck's bandwidth, shows " + propertyValues() + " page " + ((org.eclipse.ui.part.PageBookView) page.findView(IPageLayout.ID_PROP_SHEET)).getCurrentPage());
        assertTrue(propertyValues().contains("20ms"), propertyValues().toString());

        ItemPropertySource source = (ItemPropertySource) new ItemPropertySourceProvider(
                (org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain(), message -> { }).getPropertySource(bottleneck);
        Object bandwidth = id(source, "Bandwidth");
        Object loss = id(source, "Loss");

        assertNull(source.setValue(bandwidth, "10Mb"));
        assertEquals(10_000_000L, bottleneck.getBandwidthBps());
        Gui.waitUntil(() -> propertyValues().contains("10Mb"), "Properties to show the new value");
        assertEquals("10Mb 20ms", editor.viewer().styles().edgeStyle(bottleneck).label());
        assertTrue(editor.isDirty());

        String refusal = source.setValue(bandwidth, "-5");
        assertNotNull(refusal);
        assertTrue(refusal.contains("more than 0"), refusal);
        assertEquals(10_000_000L, bottleneck.getBandwidthBps(), "a refused value leaves the model alone");
        assertNotNull(source.setValue(bandwidth, "fast"));
        String lossRefusal = source.setValue(loss, "150%");
        assertNotNull(lossRefusal);
        assertTrue(lossRefusal.contains("between 0% and 100% (got 150%)"), "the refusal speaks in percent as typed: " + lossRefusal);
        assertEquals(0.0, bottleneck.getLossRate());
        List<String> names = java.util.Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
        assertTrue(names.containsAll(List.of("Bandwidth", "Delay", "Loss")) && names.stream().noneMatch(n -> n.endsWith(" Bps") || n.endsWith(" Ms")),
                "names as a user reads them, the unit in the value: " + names);
        assertNull(source.setValue(loss, "2.5%"));
        assertEquals(0.025, bottleneck.getLossRate(), 1e-12);

        IPropertyDescriptor descriptor = descriptor(source, "Bandwidth");
        org.eclipse.jface.viewers.CellEditor cell = descriptor.createPropertyEditor(new Shell());
        assertNotNull(cell.getValidator().isValid("0"), "the cell editor refuses 0 while typing");
        assertNull(cell.getValidator().isValid("45M"));

        run("org.eclipse.ui.edit.undo");
        assertEquals(0.0, bottleneck.getLossRate());
        run("org.eclipse.ui.edit.undo");
        assertEquals(1_544_000L, bottleneck.getBandwidthBps());
    }

    @Test
    void problemsAreMarkedListedAndDoubleClickSelectsTheElements() throws Exception {
        TopologyEditor editor = open("dumbbell");
        Node left0 = editor.cluster().getNodes().get(0);
        Node left1 = editor.cluster().getNodes().get(1);
        ItemPropertySource source = (ItemPropertySource) new ItemPropertySourceProvider(
                (org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain(), message -> { }).getPropertySource(left1);
        assertNull(source.setValue(id(source, "Name"), "left0"));
        Gui.waitUntil(() -> !editor.problems().isEmpty(), "validation after the edit");
        assertNotNull(editor.viewer().styles().nodeStyle(left0).problem(), "the figure is marked");

        ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
        Gui.waitUntil(() -> problems.table().getTable().getItemCount() == 1, "one row in Problems");
        assertTrue(problems.table().getTable().getItem(0).getText(0).contains("left0"));
        problems.table().getTable().setSelection(0);
        problems.table().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        Gui.pump();
        assertEquals(Set.of(left0, left1), new HashSet<>(((IStructuredSelection) editor.viewer().getSelection()).toList()));

        run("org.eclipse.ui.edit.undo");
        Gui.waitUntil(() -> problems.table().getTable().getItemCount() == 0, "Problems to empty after undo");
        assertNull(editor.viewer().styles().nodeStyle(left0).problem());
    }

    @Test
    void saveIsAtomicAndReopensTheSameTopology() throws Exception {
        TopologyEditor editor = open("openmosix");
        Gui.dragAcross(editor.palette().entry(ElementKind.NODE), 10, 10, canvas(editor), 500, 500);
        assertTrue(editor.isDirty());
        Path file = dir.resolve("lab.cluster");
        assertTrue(editor.saveTo(file));
        assertFalse(editor.isDirty());
        assertEquals("lab.cluster", editor.getPartName());
        assertEquals(15, ClusterFiles.load(file).getNodes().size());
        page.closeEditor(editor, false);
        Gui.pump();

        TopologyEditor reopened = TopologyOpener.openFile(page, file);
        Gui.pump();
        assertEquals(15, reopened.cluster().getNodes().size());
        assertEquals(15 + 1 + 14, reopened.viewer().renderer().items().size());
    }

    @Test
    void openingADamagedFileSaysWhyAndOpensNothing() throws Exception {
        Path file = dir.resolve("broken.cluster");
        Files.writeString(file, "<?xml version=\"1.0\"?><pb:Cluster xmlns:pb=\"http://patchbay.org/model/1.0\"><nodes name=");
        int before = page.getEditorReferences().length;
        ClusterFileException e = assertThrows(ClusterFileException.class, () -> TopologyOpener.openFile(page, file));
        assertTrue(e.getMessage().contains("broken.cluster"), e.getMessage());
        assertEquals(before, page.getEditorReferences().length);
    }

    @Test
    void arrangeIsOneUndoStep() throws Exception {
        TopologyEditor editor = open("openmosix");
        Cluster cluster = editor.cluster();
        Map<DiagramElement, int[]> before = new HashMap<>();
        for (DiagramElement e : List.of(cluster.getNodes().get(0), cluster.getNodes().get(7), cluster.getSwitches().get(0))) {
            before.put(e, new int[] {e.getX(), e.getY()});
        }
        Job job = editor.arrange(ElkArranger.Algorithm.LAYERED);
        Gui.waitUntil(() -> job.getResult() != null && editor.getEditingDomain().getCommandStack().canUndo(), "Arrange to finish");
        assertTrue(editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel().startsWith("Arrange"));
        Node host = cluster.getNodes().get(0);
        assertTrue(host.getY() > cluster.getSwitches().get(0).getY(), "layered puts hosts below their switch");
        assertTrue(before.entrySet().stream().anyMatch(e -> e.getKey().getX() != e.getValue()[0] || e.getKey().getY() != e.getValue()[1]));
        run("org.eclipse.ui.edit.undo");
        before.forEach((e, xy) -> {
            assertEquals(xy[0], e.getX(), e.getName());
            assertEquals(xy[1], e.getY(), e.getName());
        });
        assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "all of Arrange was one step");
    }

    @Test
    void forceDirectedArrangeWorksToo() throws Exception {
        TopologyEditor editor = open("ring");
        Node first = editor.cluster().getNodes().get(0);
        int x = first.getX();
        int y = first.getY();
        Job job = editor.arrange(ElkArranger.Algorithm.FORCE);
        Gui.waitUntil(() -> job.getResult() != null && editor.getEditingDomain().getCommandStack().canUndo(), "force Arrange to finish");
        assertTrue(first.getX() != x || first.getY() != y, "force layout moved the nodes");
        run("org.eclipse.ui.edit.undo");
        assertEquals(x, first.getX());
    }

    @Test
    void aSwitchPortShowsWhatItConnectsTo() throws Exception {
        TopologyEditor editor = open("openmosix");
        var port = editor.cluster().getSwitches().get(0).getPorts().get(2);
        ItemPropertySource source = (ItemPropertySource) new ItemPropertySourceProvider(
                (org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain(), message -> { }).getPropertySource(port);
        assertEquals("om03.eth0", source.getPropertyValue(id(source, "Connected to")));
        assertNotNull(source.setValue(id(source, "Connected to"), "om04.eth0"), "derived from links, not editable");
    }

    @Test
    void screenshotOfTheRealWindowIsAPictureOfIt() throws Exception {
        open("dumbbell");
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Path png = WindowScreenshot.write(shell, dir.resolve("shot.png"));
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertEquals(shell.getSize().x, data.width);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a blank or black capture has few colours: " + colours.size());
    }

    @Test
    void problemsOfTheFreshTemplatesAreNone() throws Exception {
        for (TopologyTemplates.Template template : TopologyTemplates.all()) {
            TopologyEditor editor = open(template.id());
            List<Problem> problems = editor.problems();
            assertEquals(List.of(), problems, template.id());
            page.closeEditor(editor, false);
        }
    }

    private static Object id(ItemPropertySource source, String displayNamePrefix) {
        return descriptor(source, displayNamePrefix).getId();
    }

    private static IPropertyDescriptor descriptor(ItemPropertySource source, String displayNamePrefix) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getDisplayName().startsWith(displayNamePrefix)) {
                return d;
            }
        }
        throw new AssertionError("no property " + displayNamePrefix);
    }

    /** The texts in the value column of the Properties view. */
    private List<String> propertyValues() {
        List<String> values = new ArrayList<>();
        var view = page.findView(IPageLayout.ID_PROP_SHEET);
        if (view == null) {
            return values;
        }
        collectTrees(((org.eclipse.ui.part.PageBookView) view).getCurrentPage().getControl(), values);
        return values;
    }

    private static void collectTrees(Control control, List<String> values) {
        if (control instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                values.add(item.getText(1));
                for (TreeItem child : item.getItems()) {
                    values.add(child.getText(1));
                }
            }
        } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTrees(child, values);
            }
        }
    }
}
