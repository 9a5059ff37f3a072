package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Switch;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.Wiring;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.canvas.NodeStyle;
import org.patchbay.ui.editor.TopologyEditor;

/** A big cluster stays readable: hosts fold into their switch and back, and link labels never pile up on each other or on boxes. */
class CanvasReadabilityUiTest {

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

    private static void run(String commandId, Map<String, String> parameters) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters), null);
        Gui.pump();
    }

    private static <T extends DiagramElement> T named(List<T> elements, String name) {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
    }

    @Test
    void aSwitchsHostsFoldIntoItAndOpenAgain() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.clusterTree(100, 40));
        page.activate(editor);
        Gui.pump();
        GraphRenderer renderer = editor.viewer().renderer();
        renderer.setZoom(1);
        Switch edge1 = named(editor.cluster().getSwitches(), "edge1");
        Node host40 = named(editor.cluster().getNodes(), "host40");
        Node host77 = named(editor.cluster().getNodes(), "host77");
        Link host40Link = Wiring.linksAt(editor.cluster(), host40).get(0);
        editor.select(List.of(edge1));
        renderer.reveal(edge1);
        renderer.paintNow();

        int[] centre = renderer.centreOnControl(edge1);
        Gui.rightClick(renderer.getControl(), centre[0], centre[1]);
        assertTrue(Gui.menuItems(renderer.getControl()).contains("C&ollapse Hosts"), "a switch offers to fold its hosts");
        run("org.patchbay.ui.commands.hostGroup", Map.of("org.patchbay.ui.commands.hostGroup.action", "collapse"));
        NodeStyle folded = renderer.drawnNodeStyle(edge1);
        assertEquals(40, folded.foldedHosts(), "the switch stands for its 40 hosts");
        assertEquals("40 hosts folded", folded.detail());
        assertNull(renderer.drawnNodeStyle(host40), "a folded host is not drawn");
        assertNull(renderer.drawnEdgeStyle(host40Link), "nor its link");
        assertNotNull(renderer.drawnNodeStyle(named(editor.cluster().getNodes(), "host0")), "hosts of other switches still are");
        assertEquals(100 - 40 + 4, renderer.items().stream().filter(i -> renderer.drawnNodeStyle(i) != null).count(),
                "60 hosts and 4 switches drawn");

        // dragging the folded switch takes its hosts along
        int hostX = host40.getX();
        editor.moveRequested(Map.of(edge1, new int[] {edge1.getX() + 200, edge1.getY() + 50}));
        Gui.pump();
        assertEquals(hostX + 200, host40.getX(), "the hidden host moved with its switch");
        editor.getEditingDomain().getCommandStack().undo();
        Gui.pump();
        assertEquals(hostX, host40.getX(), "one undo puts the switch and its hosts back");

        // finding a folded host opens its group and selects it
        run("org.patchbay.ui.commands.find", Map.of("org.patchbay.ui.commands.find.query", "host77"));
        assertEquals(List.of(host77), ((IStructuredSelection) editor.viewer().getSelection()).toList());
        assertNotNull(renderer.drawnNodeStyle(host77), "Find unfolded the group to show what it found");
        assertEquals(0, renderer.drawnNodeStyle(edge1).foldedHosts());

        run("org.patchbay.ui.commands.hostGroup", Map.of("org.patchbay.ui.commands.hostGroup.action", "collapseAll"));
        assertEquals(3 + 1, renderer.items().stream().filter(i -> renderer.drawnNodeStyle(i) != null).count(),
                "every edge switch folded, the core switch has no hosts of its own");
        assertEquals(List.of(edge1), ((IStructuredSelection) editor.viewer().getSelection()).toList(),
                "the selected host's switch is selected in its place");
        run("org.patchbay.ui.commands.hostGroup", Map.of("org.patchbay.ui.commands.hostGroup.action", "expandAll"));
        assertEquals(104, renderer.items().stream().filter(i -> renderer.drawnNodeStyle(i) != null).count(), "all drawn again");
        assertNotNull(renderer.drawnEdgeStyle(host40Link));
        assertFalse(editor.isDirty(), "folding is a view setting: the topology is unchanged");
    }

    @Test
    void openMosixLinkLabelsOverlapNeitherEachOtherNorBoxes() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.openMosix());
        page.activate(editor);
        Gui.pump();
        GraphRenderer renderer = editor.viewer().renderer();
        renderer.setZoom(1);
        renderer.paintNow();
        // its 14 hosts hang on the switch's bus, whose one label says what all of its links are
        List<int[]> labels = shownLabels(editor, renderer);
        assertEquals(1, labels.size(), "one label for the bus of 14 links with the same shaping");
        assertNoOverlaps(labels, boxes(renderer));

        // a node dragged above the switch leaves the bus: every link is drawn straight, each with its own label where it fits
        Node om09 = named(editor.cluster().getNodes(), "om09");
        Link om09Link = Wiring.linksAt(editor.cluster(), om09).get(0);
        editor.moveRequested(Map.of(om09, new int[] {om09.getX() + 600, 0}));
        Gui.pump();
        renderer.paintNow();
        labels = shownLabels(editor, renderer);
        assertTrue(labels.size() >= editor.cluster().getLinks().size() - 2,
                "nearly every link keeps its label (" + labels.size() + " of " + editor.cluster().getLinks().size() + ")");
        assertNoOverlaps(labels, boxes(renderer));
        int[] moved = renderer.drawnLabelBounds(om09Link);
        assertNotNull(moved, "a long link has room for its label");
        assertTrue(renderer.drawnPoints(om09Link).length == 4, "a straight line");
    }

    private static List<int[]> shownLabels(TopologyEditor editor, GraphRenderer renderer) {
        List<int[]> labels = new ArrayList<>();
        for (Link link : editor.cluster().getLinks()) {
            int[] bounds = renderer.drawnLabelBounds(link);
            if (bounds != null) {
                labels.add(bounds);
            }
        }
        return labels;
    }

    private static List<int[]> boxes(GraphRenderer renderer) {
        List<int[]> boxes = new ArrayList<>();
        for (Object item : renderer.items()) {
            NodeStyle style = renderer.drawnNodeStyle(item);
            if (style != null) {
                boxes.add(new int[] {style.x(), style.y(), style.width(), style.height()});
            }
        }
        return boxes;
    }

    private static void assertNoOverlaps(List<int[]> labels, List<int[]> boxes) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(overlap(labels.get(i), labels.get(j)), "two labels overlap: " + describe(labels.get(i)) + " " + describe(labels.get(j)));
            }
            for (int[] box : boxes) {
                assertFalse(overlap(labels.get(i), box), "a label lies on a box: " + describe(labels.get(i)) + " on " + describe(box));
            }
        }
    }

    @Test
    void aSwitchsHostsHangOnABusInsteadOfAFanOfLinesAcrossTheBoxes() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.clusterTree(80, 40));
        page.activate(editor);
        Gui.pump();
        org.eclipse.core.runtime.jobs.Job job = editor.arrange(org.patchbay.ui.layout.ElkArranger.Algorithm.AUTOMATIC);
        Gui.waitUntil(() -> job.getResult() != null && editor.getEditingDomain().getCommandStack().canUndo(), "Arrange to finish");
        Gui.pump();
        GraphRenderer renderer = editor.viewer().renderer();
        renderer.setZoom(1);
        renderer.paintNow();
        Map<Object, int[]> boxes = new java.util.HashMap<>();
        for (Object item : renderer.items()) {
            NodeStyle style = renderer.drawnNodeStyle(item);
            if (style != null) {
                boxes.put(item, new int[] {style.x(), style.y(), style.width(), style.height()});
            }
        }
        int hostLinks = 0;
        for (Link link : editor.cluster().getLinks()) {
            List<DiagramElement> ends = List.of(Wiring.ownerOf(link.getEndA()), Wiring.ownerOf(link.getEndB()));
            int[] points = renderer.drawnPoints(link);
            for (int p = 0; p + 3 < points.length; p += 2) {
                for (Map.Entry<Object, int[]> box : boxes.entrySet()) {
                    if (!ends.contains(box.getKey())) {
                        assertFalse(enters(points, p, box.getValue()), link.getName() + " runs across " + ((DiagramElement) box.getKey()).getName()
                                + ": " + java.util.Arrays.toString(points));
                    }
                }
            }
            if (ends.stream().anyMatch(e -> e instanceof Node)) {
                hostLinks++;
                for (int p = 0; p + 3 < points.length; p += 2) {
                    assertTrue(points[p] == points[p + 2] || points[p + 1] == points[p + 3], "a host's link runs straight down and across: "
                            + java.util.Arrays.toString(points));
                }
            }
        }
        assertEquals(80, hostLinks);

        // a host moved to a row of its own below the block: its link follows it there
        Node host0 = named(editor.cluster().getNodes(), "host0");
        Link host0Link = Wiring.linksAt(editor.cluster(), host0).get(0);
        int lowest = editor.cluster().getNodes().stream().mapToInt(n -> n.getY()).max().orElseThrow();
        editor.moveRequested(Map.of(host0, new int[] {host0.getX(), lowest + 200}));
        Gui.pump();
        renderer.paintNow();
        int[] moved = renderer.drawnPoints(host0Link);
        NodeStyle host0Style = renderer.drawnNodeStyle(host0);
        assertTrue(java.util.stream.IntStream.range(0, moved.length / 2).anyMatch(i -> moved[2 * i + 1] == host0Style.y()),
                "the link reaches host0 where it now is: " + java.util.Arrays.toString(moved));
    }

    private static boolean enters(int[] points, int p, int[] box) {
        int x1 = points[p], y1 = points[p + 1], x2 = points[p + 2], y2 = points[p + 3];
        // a straight segment's axis-aligned hull is only a test for axis-parallel segments; others are sampled
        if (x1 == x2 || y1 == y2) {
            return Math.min(x1, x2) < box[0] + box[2] && Math.max(x1, x2) > box[0] && Math.min(y1, y2) < box[1] + box[3] && Math.max(y1, y2) > box[1];
        }
        for (int s = 1; s < 100; s++) {
            double x = x1 + (x2 - x1) * s / 100.0;
            double y = y1 + (y2 - y1) * s / 100.0;
            if (x > box[0] && x < box[0] + box[2] && y > box[1] && y < box[1] + box[3]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void automaticArrangeDrawsEachSwitchWithItsHostsAsACompactBlockShapedLikeTheWindow() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.clusterTree(300, 40));
        page.activate(editor);
        Gui.pump();
        org.eclipse.core.runtime.jobs.Job job = editor.arrange(org.patchbay.ui.layout.ElkArranger.Algorithm.AUTOMATIC);
        Gui.waitUntil(() -> job.getResult() != null && editor.getEditingDomain().getCommandStack().canUndo(), "Arrange to finish");
        Gui.pump();
        List<DiagramElement> all = org.patchbay.model.topology.Wiring.diagramElements(editor.cluster());
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = 0, maxY = 0;
        for (DiagramElement element : all) {
            int[] size = org.patchbay.ui.canvas.TopologyStyleProvider.size(element);
            minX = Math.min(minX, element.getX());
            minY = Math.min(minY, element.getY());
            maxX = Math.max(maxX, element.getX() + size[0]);
            maxY = Math.max(maxY, element.getY() + size[1]);
        }
        org.eclipse.swt.graphics.Point view = editor.viewer().getControl().getSize();
        double drawing = (double) (maxX - minX) / (maxY - minY);
        double window = (double) view.x / view.y;
        assertTrue(drawing > window / 2 && drawing < window * 2,
                "the drawing (" + (maxX - minX) + " x " + (maxY - minY) + ") is about the window's shape (" + view.x + " x " + view.y + ")");
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(overlap(box(all.get(i)), box(all.get(j))), all.get(i).getName() + " and " + all.get(j).getName() + " overlap");
            }
        }
        Switch core = named(editor.cluster().getSwitches(), "core");
        Switch edge3 = named(editor.cluster().getSwitches(), "edge3");
        assertTrue(core.getY() < edge3.getY(), "the core switch is above the edge switches");
        for (Node host : org.patchbay.model.topology.HostGroups.of(editor.cluster()).members(edge3)) {
            assertTrue(host.getY() > edge3.getY() && Math.abs(host.getX() - edge3.getX()) < 600, host.getName() + " sits in its switch's block");
        }
    }

    @Test
    void theOutlinesOverviewFramesTheVisiblePartAndMovesTheCanvas() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.clusterTree(300, 40));
        page.activate(editor);
        Gui.pump();
        org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline) page
                .showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        page.activate(editor);
        Gui.pump();
        Control overview = ((org.patchbay.ui.views.TopologyOutlinePage) outline.getCurrentPage()).overview();
        assertTrue(overview.isVisible() && overview.getSize().y > 40, "the overview shows under the Outline's tree: " + overview.getSize());
        GraphRenderer renderer = editor.viewer().renderer();
        renderer.setZoom(1);
        Node host0 = named(editor.cluster().getNodes(), "host0");
        renderer.reveal(host0);
        renderer.paintNow();
        int host0Before = renderer.centreOnControl(host0)[0];
        Gui.pump();
        int[] before = org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer.overviewFrame(overview);
        assertTrue(before[2] < overview.getSize().x / 2, "at 100 % the frame is a small part of the whole: " + describe(before));

        // press near the right end of the overview: the canvas moves there, and so does the frame
        org.eclipse.swt.graphics.Rectangle area = overview.getBounds();
        int pressX = area.width * 9 / 10;
        int pressY = area.height / 2;
        Gui.mouse(overview, SWT.MouseDown, pressX, pressY, 0);
        Gui.mouse(overview, SWT.MouseUp, pressX, pressY, 0);
        renderer.paintNow();
        Gui.pump();
        int[] after = org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer.overviewFrame(overview);
        assertTrue(renderer.centreOnControl(host0)[0] < host0Before - 5000, "the canvas scrolled far right, host0 far off to the left");
        int centreX = after[0] + after[2] / 2;
        assertTrue(Math.abs(centreX - pressX) <= Math.max(4, after[2] / 2 + 2),
                "the frame is now about where it was pressed (" + pressX + "): " + describe(after));
    }

    @Test
    void aFilterFadesWhatDoesNotMatchAndFollowsTheLiveState() throws Exception {
        TopologyEditor editor = TopologyOpener.openNew(page, TopologyTemplates.dumbbell());
        page.activate(editor);
        Gui.pump();
        GraphRenderer renderer = editor.viewer().renderer();
        Node left0 = named(editor.cluster().getNodes(), "left0");
        Node router0 = named(editor.cluster().getNodes(), "router0");
        Link bottleneck = editor.cluster().getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();
        Link left0Link = Wiring.linksAt(editor.cluster(), left0).get(0);
        run("org.patchbay.ui.commands.find", Map.of("org.patchbay.ui.commands.find.query", "role:router", "org.patchbay.ui.commands.find.mode", "filter"));
        assertFalse(renderer.isDimmed(router0), "a router matches");
        assertTrue(renderer.isDimmed(left0), "a host does not: faded");
        assertTrue(renderer.isDimmed(left0Link), "a link with a faded end is faded");
        assertFalse(renderer.isDimmed(bottleneck), "the link between the routers is not");
        assertTrue(((IStructuredSelection) editor.viewer().getSelection()).isEmpty(), "a filter does not select");

        // a filter on what changes (here: a set standing in for the live state) is asked again on every live update
        java.util.Set<DiagramElement> matching = new java.util.HashSet<>(List.of(left0));
        editor.viewer().setFilter(() -> matching);
        assertFalse(renderer.isDimmed(left0));
        assertTrue(renderer.isDimmed(router0));
        matching.add(router0);
        editor.viewer().updateLive(java.util.Set.of("router0"));
        assertFalse(renderer.isDimmed(router0), "router0 matches now and is drawn at full strength again");

        run("org.patchbay.ui.commands.find", Map.of("org.patchbay.ui.commands.find.mode", "clear"));
        assertTrue(renderer.items().stream().noneMatch(renderer::isDimmed), "Clear Filter shows everything at full strength");

        run("org.patchbay.ui.commands.find", Map.of("org.patchbay.ui.commands.find.query", "role:router", "org.patchbay.ui.commands.find.mode", "filter"));
        assertTrue(renderer.isDimmed(left0));
        run("org.patchbay.ui.commands.find", Map.of("org.patchbay.ui.commands.find.query", " ", "org.patchbay.ui.commands.find.mode", "filter"));
        assertTrue(renderer.items().stream().noneMatch(renderer::isDimmed), "an empty filter ends the filter");

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        org.eclipse.ui.keys.IBindingService keys = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
        ParameterizedCommand filter = ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.find"),
                Map.of("org.patchbay.ui.commands.find.mode", "filter"));
        assertTrue(java.util.Arrays.stream(keys.getActiveBindingsFor(filter)).map(org.eclipse.jface.bindings.TriggerSequence::format).anyMatch("Ctrl+Alt+F"::equals),
                "Filter has a key: " + java.util.Arrays.toString(keys.getActiveBindingsFor(filter)));
    }

    private static int[] box(DiagramElement element) {
        int[] size = org.patchbay.ui.canvas.TopologyStyleProvider.size(element);
        return new int[] {element.getX(), element.getY(), size[0], size[1]};
    }

    private static boolean overlap(int[] a, int[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static String describe(int[] r) {
        return r[2] + "x" + r[3] + "@" + r[0] + "," + r[1];
    }
}
