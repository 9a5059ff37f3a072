package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.mapping.Mapping;
import org.patchbay.model.Switch;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TestbedBuilder;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.mapping.MappingView;

/**
 * In the real workbench: Experiment > Map onto Testbed shows where each node of the open topology
 * goes on a testbed inventory; dragging a node's row onto another row pins it to that machine; a
 * testbed too small is refused with the counts.
 */
class MappingUiTest {

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

    @Test
    void theTopologyIsMappedOntoTheInventoryAndANodeDraggedOntoAMachineIsPinnedThere() throws Exception {
        Path dir = Files.createTempDirectory("patchbay-mapping-ui");
        Path inventory = dir.resolve("rack.testbed");
        ClusterFiles.saveTestbed(rack(6), inventory);
        TopologyOpener.openNew(page, TopologyTemplates.star(4));

        MappingView view = map(inventory);
        Gui.waitUntil(() -> view.mapping() != null, () -> "a mapping: " + view.refusal(), 60_000);
        Mapping first = view.mapping();
        assertEquals(4, first.placements().size());
        assertEquals(4, first.placements().stream().map(p -> p.machine().getName()).distinct().count(), "one machine per node");
        assertEquals(6, view.placementTable().getItemCount(), "a row per node, then the two machines left free");
        assertEquals(MappingView.FREE, view.placementTable().getItem(5).getText(0));
        assertTrue(first.violations().isEmpty(), first.violations().toString());

        Table table = view.placementTable();
        String node = table.getItem(0).getText(0);
        String targetMachine = table.getItem(2).getText(1);
        dragRowAndAwaitPin(view, 0, 2, first, node, "the dragged node pinned");
        assertEquals(targetMachine, view.mapping().placementOf(node).machine().getName(), "the node runs on the machine it was dropped on");

        // dropped on a free machine's row: the node moves there
        Mapping pinned = view.mapping();
        String moving = table.getItem(1).getText(0);
        String free = table.getItem(5).getText(1);
        dragRowAndAwaitPin(view, 1, 5, pinned, moving, "the node dropped on a free machine pinned");
        assertEquals(free, view.mapping().placementOf(moving).machine().getName());
        assertEquals(2, java.util.Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(MappingView.FREE)).count(),
                "still two machines left free, " + free + " no longer among them");
        assertTrue(java.util.Arrays.stream(table.getItems()).noneMatch(item -> item.getText(0).equals(MappingView.FREE) && item.getText(1).equals(free)));

        Path small = dir.resolve("small.testbed");
        ClusterFiles.saveTestbed(rack(2), small);
        MappingView refused = map(small);
        Gui.waitUntil(() -> refused.refusal() != null, () -> "a refusal", 60_000);
        assertTrue(refused.refusal().contains("needs 4 nodes of type pc, 2 free"), refused.refusal());
    }

    @Test
    void swapInReservesTheMachinesForTheTimeChosenAndSwapOutFreesThem() throws Exception {
        assertTrue(org.patchbay.lab.Lab.isRoot(), "the swap-in UI test builds a lab testbed with namespaces and runs as root (CI does)");
        Path dir = Files.createTempDirectory("patchbay-swap-ui");
        TestbedBuilder builder = new TestbedBuilder("rack");
        Switch leaf = builder.switchNamed("leaf1", "100-199");
        for (int i = 1; i <= 4; i++) {
            builder.machineOn(leaf, "pc" + i, "pc", 2, 1000);
        }
        org.patchbay.model.Testbed testbed = builder.testbed();
        try (org.patchbay.lab.LabInventory lab = org.patchbay.lab.LabInventory.start(testbed,
                new org.patchbay.lab.LabOptions(org.patchbay.lab.LabOptions.defaultStateBase(), dir.resolve("ca"), org.patchbay.lab.LabOptions.findAgentJar(),
                        org.patchbay.lab.LabOptions.currentJava(), org.patchbay.lab.LabOptions.AGENT_JVM_OPTIONS, false),
                org.patchbay.lab.LabListener.NONE, org.patchbay.lab.LabProgress.NONE)) {
            Path inventory = dir.resolve("rack.testbed");
            ClusterFiles.saveTestbed(testbed, inventory);
            // the view finds the switches' SNMP credentials beside the inventory, as a user keeps them
            Files.copy(lab.credentials(), dir.resolve("rack.credentials"));
            TopologyOpener.openNew(page, TopologyTemplates.star(3));
            MappingView view = map(inventory);
            Gui.waitUntil(() -> view.mapping() != null && view.swapInButton().isEnabled(), () -> "a mapping to swap in: " + view.refusal(), 60_000);

            // another console reserves pc4 meanwhile: the view's copy is stale, and its swap-in would have overwritten that
            org.patchbay.model.Testbed other = ClusterFiles.loadTestbed(inventory);
            other.getMachines().stream().filter(m -> m.getName().equals("pc4")).forEach(m -> m.setReservedBy("other"));
            ClusterFiles.saveTestbed(other, inventory);
            Gui.press(view.swapInButton());
            Gui.waitUntil(() -> view.messages().stream().anyMatch(m -> m.contains("changed since it was mapped (pc4: free -> other)")),
                    () -> "the refusal of a stale mapping: " + view.messages(), 60_000);
            assertTrue(view.messages().get(0).contains("Map Again"), view.messages().toString());
            assertEquals(java.util.List.of("other"), ClusterFiles.loadTestbed(inventory).getMachines().stream().map(m -> m.getReservedBy())
                    .filter(java.util.Objects::nonNull).toList(), "nothing swapped, the other console's reservation kept");
            Mapping stale = view.mapping();
            Gui.press(view.mapAgainButton());
            Gui.waitUntil(() -> view.mapping() != null && view.mapping() != stale && view.swapInButton().isEnabled(), () -> "mapped again", 60_000);
            assertTrue(view.mapping().placements().stream().noneMatch(p -> p.machine().getName().equals("pc4")), "pc4 is taken now");

            view.reservationField().setText("soon");
            Gui.press(view.swapInButton());
            Gui.waitUntil(() -> view.messages().stream().anyMatch(m -> m.contains("Reserve takes a number and a unit")), () -> "the refusal: " + view.messages(),
                    10_000);
            assertEquals(1, ClusterFiles.loadTestbed(inventory).getMachines().stream().filter(m -> m.getReservedBy() != null).count(), "nothing reserved");

            view.reservationField().setText("8h");
            java.time.Instant pressed = java.time.Instant.now();
            Gui.press(view.swapInButton());
            Gui.waitUntil(() -> view.running() != null && view.running().getResult() != null, () -> "the swap-in job", 120_000);
            assertTrue(view.running().getResult().isOK(), view.running().getResult().getMessage());
            Gui.waitUntil(() -> view.messages().stream().anyMatch(m -> m.contains("is swapped in")), () -> "the outcome: " + view.messages(), 10_000);
            assertTrue(view.messages().get(0).contains("machines reserved until 20"), view.messages().toString());
            java.util.List<org.patchbay.model.Machine> reserved = ClusterFiles.loadTestbed(inventory).getMachines().stream()
                    .filter(m -> m.getReservedBy() != null && !m.getReservedBy().equals("other")).toList();
            assertEquals(3, reserved.size(), "a machine per node is reserved in the saved inventory");
            java.time.Instant until = java.time.Instant.parse(reserved.get(0).getReservedUntil());
            assertTrue(!until.isBefore(pressed.plus(java.time.Duration.ofHours(8)).minusSeconds(5))
                    && until.isBefore(java.time.Instant.now().plus(java.time.Duration.ofHours(8)).plusSeconds(5)), "reserved for 8 h: " + until);
            assertTrue(view.swapOutButton().isEnabled() && !view.swapInButton().isEnabled(), "swapped in: Swap Out offered, Swap In not");

            Gui.press(view.swapOutButton());
            Gui.waitUntil(() -> view.messages().stream().anyMatch(m -> m.contains("is swapped out")), () -> "the swap-out: " + view.messages(), 120_000);
            assertTrue(ClusterFiles.loadTestbed(inventory).getMachines().stream().filter(m -> !m.getName().equals("pc4"))
                    .allMatch(m -> m.getReservedBy() == null && m.getReservedUntil() == null), "every machine of the experiment free again");
            assertEquals("other", ClusterFiles.loadTestbed(inventory).getMachines().stream().filter(m -> m.getName().equals("pc4")).findFirst()
                    .orElseThrow().getReservedBy(), "and the other console's reservation untouched");

            // a short reservation ends while the console runs: the view swaps the experiment out itself, as swap watch would
            Gui.waitUntil(() -> view.swapInButton().isEnabled(), () -> "Swap In offered again", 30_000);
            view.reservationField().setText("3s");
            Gui.press(view.swapInButton());
            Gui.waitUntil(() -> view.messages().stream().anyMatch(m -> m.contains("is swapped in")), () -> "the short swap-in: " + view.messages(), 120_000);
            view.setKeeperPeriod(java.time.Duration.ofSeconds(1));
            Gui.waitUntil(() -> view.messages().stream().anyMatch(m -> m.contains("swapped out: its reservation ended")),
                    () -> "the console ending the reservation: " + view.messages(), 60_000);
            assertTrue(ClusterFiles.loadTestbed(inventory).getMachines().stream().filter(m -> !m.getName().equals("pc4"))
                    .allMatch(m -> m.getReservedBy() == null), "the ended experiment's machines are free in the saved inventory");
            Gui.waitUntil(() -> view.swapInButton().isEnabled() && !view.swapOutButton().isEnabled(), () -> "the view says it is out", 10_000);
            view.setKeeperPeriod(java.time.Duration.ofSeconds(60));
        }
    }

    @Test
    void withDelayNodesTickedEachShapedLinkGetsADelayMachineShownWithTheLinkItShapes() throws Exception {
        Path dir = Files.createTempDirectory("patchbay-mapping-ui");
        Path inventory = dir.resolve("rack.testbed");
        org.patchbay.model.Testbed rack = rack(8);
        for (int i = 4; i < 8; i++) {
            rack.getMachines().get(i).getFeatures().add("delay");
        }
        ClusterFiles.saveTestbed(rack, inventory);
        TopologyOpener.openNew(page, TopologyTemplates.ring(4));

        MappingView view = map(inventory);
        Gui.waitUntil(() -> view.mapping() != null, () -> "a mapping: " + view.refusal(), 60_000);
        Mapping atEnds = view.mapping();
        assertTrue(atEnds.delayNodes().isEmpty(), "shaped at the ends unless asked");
        try {
            delayNodesTicked(view, atEnds);
        } finally {
            // the box stays ticked in the view, as a user's choice does: the other tests map without delay nodes
            view.setDelayNodes(false);
            Gui.waitUntil(() -> view.mapping() != null && view.mapping().delayNodes().isEmpty(), () -> "mapped without delay nodes", 60_000);
        }
    }

    /** Drags the placement table's row {@code from} onto row {@code to} and waits for a new mapping that pins {@code node}. */
    private static void dragRowAndAwaitPin(MappingView view, int from, int to, Mapping before, String node, String what) throws Exception {
        Table table = view.placementTable();
        Rectangle source = table.getItem(from).getBounds(0);
        Rectangle target = table.getItem(to).getBounds(0);
        Gui.drag(table, source.x + 5, source.y + source.height / 2, target.x + 5, target.y + target.height / 2, 0);
        Gui.waitUntil(() -> view.mapping() != before && view.mapping() != null && view.mapping().placementOf(node).pinned(), () -> what, 60_000);
    }

    private static void delayNodesTicked(MappingView view, Mapping atEnds) throws Exception {
        view.setDelayNodes(true);
        Gui.waitUntil(() -> view.mapping() != null && view.mapping() != atEnds, () -> "mapped again: " + view.refusal(), 60_000);
        Mapping withDelays = view.mapping();
        assertEquals(4, withDelays.delayNodes().size(), "a delay node in each of the ring's four 100 Mb/s links");
        assertEquals(java.util.Set.of("pc5", "pc6", "pc7", "pc8"), withDelays.delayNodes().stream().map(d -> d.machine().getName())
                .collect(java.util.stream.Collectors.toSet()), "the four machines with the delay feature");
        assertEquals(8, view.placementTable().getItemCount(), "a row per node, delay nodes included");
        Table table = view.placementTable();
        String shapes = java.util.Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals("tbdelay0")).findFirst().orElseThrow().getText(5);
        assertTrue(shapes.startsWith(withDelays.delayNodes().get(0).name() + " ("), "the row says which link it shapes: " + shapes);
    }

    private MappingView map(Path inventory) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Object result = handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.map"),
                Map.of("org.patchbay.ui.commands.map.inventory", inventory.toString())), null);
        assertNotNull(result, "Map onto Testbed shows the Mapping view");
        return (MappingView) result;
    }

    /** Machines of type pc, three to a leaf switch, leaves joined by a trunk. */
    private static org.patchbay.model.Testbed rack(int machines) {
        TestbedBuilder builder = new TestbedBuilder("rack" + machines);
        Switch previous = null;
        Switch leaf = null;
        for (int i = 0; i < machines; i++) {
            if (i % 3 == 0) {
                previous = leaf;
                leaf = builder.switchNamed("leaf" + (i / 3 + 1), null);
                if (previous != null) {
                    builder.trunk(previous, leaf, 1000);
                }
            }
            builder.machineOn(leaf, "pc" + (i + 1), "pc", 2, 1000);
        }
        return builder.testbed();
    }
}
