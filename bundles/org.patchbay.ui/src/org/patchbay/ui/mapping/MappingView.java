package org.patchbay.ui.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.agent.client.AgentClient;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.core.swapin.AgentDelayNodes;
import org.patchbay.core.swapin.DelayNodes;
import org.patchbay.core.swapin.ReservationKeeper;
import org.patchbay.core.swapin.ReservationLength;
import org.patchbay.core.swapin.SwapException;
import org.patchbay.core.swapin.SwapIns;
import org.patchbay.core.swapin.VlanPlan;
import org.patchbay.mapping.Mapper;
import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.Mapping.Placement;
import org.patchbay.mapping.Mapping.SegmentPlan;
import org.patchbay.mapping.Mapping.TrunkLoad;
import org.patchbay.mapping.MappingException;
import org.patchbay.mapping.MappingRequest;
import org.patchbay.model.Cluster;
import org.patchbay.model.Machine;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.ui.views.TextColumns;

/**
 * Experiment > Map onto Testbed: where each node of the topology would run on a testbed inventory,
 * each link's VLAN and ports, each trunk's load and what is violated. The machines the mapping leaves
 * free are listed below the nodes. Drag a node's row onto another row (a node's, or a free machine's)
 * to pin the node to that row's machine (a node there moves), Unpin from the row's menu; the mapping is
 * made again with the pins. Swap In programs the switches and reserves the machines;
 * Swap Out undoes it. Long steps run as cancellable jobs in the Progress view.
 */
public final class MappingView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.mapping";
    static final String UNTIL_SWAPPED_OUT = "until swapped out";

    private Label summary;
    private TableViewer placements;
    private TableViewer segments;
    private TableViewer trunks;
    private TableViewer violations;
    private Button again;
    private Button delayNodes;
    private Combo reservation;
    private Button swapIn;
    private Button swapOut;

    private Cluster experiment;
    private Path inventoryFile;
    private Testbed testbed;
    private Path credentials;
    private final Map<String, String> pins = new LinkedHashMap<>();
    private volatile Mapping mapping;
    private volatile String refusal;
    private volatile Job running;
    private Job keeper;
    private volatile Duration keeperPeriod = Duration.ofSeconds(60);
    private volatile String keeperProblem;
    private int dragRow = -1;

    public static MappingView show(IWorkbenchPage page) {
        try {
            return (MappingView) page.showView(ID, null, IWorkbenchPage.VIEW_ACTIVATE);
        } catch (PartInitException e) {
            return null;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(7, false));
        summary = new Label(top, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Experiment > Map onto Testbed… maps the open topology onto a testbed inventory (.testbed).");
        again = new Button(top, SWT.PUSH);
        again.setText("Map Again");
        again.setToolTipText("Map the topology again onto the inventory as it is saved now");
        again.addListener(SWT.Selection, e -> mapAgain());
        delayNodes = new Button(top, SWT.CHECK);
        delayNodes.setText("Delay nodes");
        delayNodes.setToolTipText("Run every shaped link through a delay node: a machine with the feature 'delay' bridging a VLAN on each side "
                + "through pb-shaper, as Netbed did (for nodes that cannot shape at their ends, e.g. kernels without netem)");
        delayNodes.addListener(SWT.Selection, e -> mapAgain());
        Label reserveLabel = new Label(top, SWT.NONE);
        reserveLabel.setText("Reserve:");
        reservation = new Combo(top, SWT.DROP_DOWN);
        reservation.setItems(UNTIL_SWAPPED_OUT, "1h", "8h", "1d", "7d");
        reservation.select(0);
        reservation.setToolTipText("How long Swap In reserves the machines (a number and s, m, h or d, like 90m); "
                + "'patchbay-cli swap watch' swaps experiments out when their reservation ends");
        swapIn = new Button(top, SWT.PUSH);
        swapIn.setText("Swap In…");
        swapIn.setToolTipText("Create the VLANs on the testbed's switches over SNMP and reserve the machines");
        swapIn.addListener(SWT.Selection, e -> swap(true));
        swapOut = new Button(top, SWT.PUSH);
        swapOut.setText("Swap Out");
        swapOut.addListener(SWT.Selection, e -> swap(false));
        SashForm tables = new SashForm(top, SWT.VERTICAL);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));

        placements = table(tables);
        TextColumns.add(placements, MachineRow.class, "Node", 140, r -> r.placement() == null ? FREE : r.placement().node().getName());
        TextColumns.add(placements, MachineRow.class, "Machine", 140, r -> r.machine().getName());
        TextColumns.add(placements, MachineRow.class, "Type", 90, r -> String.valueOf(r.machine().getHardwareType()));
        TextColumns.add(placements, MachineRow.class, "Switch", 100, r -> r.switchName() == null ? "" : r.switchName());
        TextColumns.add(placements, MachineRow.class, "Pinned", 70, r -> r.placement() != null && r.placement().pinned() ? "pinned" : "");
        TextColumns.add(placements, MachineRow.class, "Shapes", 140, r -> r.placement() == null ? "" : shapes(r.placement()));
        rowDragToPin(placements.getTable());

        segments = table(tables);
        TextColumns.add(segments, SegmentPlan.class, "Link or LAN", 160, SegmentPlan::name);
        TextColumns.add(segments, SegmentPlan.class, "VLAN", 60, s -> s.vlan() == 0 ? "none" : Integer.toString(s.vlan()));
        TextColumns.add(segments, SegmentPlan.class, "Switches", 160, s -> String.join(", ", s.switches()));
        TextColumns.add(segments, SegmentPlan.class, "Trunks", 160, s -> String.join(", ", s.trunks()));
        TextColumns.add(segments, SegmentPlan.class, "Ports", 300, s -> String.join(", ", s.ports().stream()
                .map(p -> p.node().getName() + "=" + p.machine().getName() + "." + (p.machineInterface() == null ? "?" : p.machineInterface().getName())
                        + (p.switchPort() == null ? "" : "@" + p.switchName() + ":" + p.switchPort().getName())).toList()));

        trunks = table(tables);
        TextColumns.add(trunks, TrunkLoad.class, "Trunk", 160, TrunkLoad::name);
        TextColumns.add(trunks, TrunkLoad.class, "Load (Mb/s)", 100, t -> Long.toString(Math.round(t.loadMbps())));
        TextColumns.add(trunks, TrunkLoad.class, "Capacity (Mb/s)", 110, t -> Long.toString(Math.round(t.capacityMbps())));
        TextColumns.add(trunks, TrunkLoad.class, "State", 120, t -> t.overloaded() ? "OVERLOADED" : "ok");

        violations = table(tables);
        TextColumns.add(violations, String.class, "Violations and refusals", 700, s -> s);
        tables.setWeights(4, 3, 2, 2);
        updateButtons();
    }

    /** What a row of the placements shows: a node on its machine, or a free machine (no placement) a node's row may be dropped on. */
    record MachineRow(Placement placement, Machine machine, String switchName) {
    }

    /** The Node column of a free machine's row. */
    public static final String FREE = "(free)";

    /** Every node's machine, then the machines nothing uses that the experiment may have (free, or held by itself). */
    private List<MachineRow> rowsOf(Mapping result) {
        List<MachineRow> rows = new java.util.ArrayList<>();
        java.util.Set<Machine> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Placement placement : result.placements()) {
            rows.add(new MachineRow(placement, placement.machine(), placement.switchName()));
            used.add(placement.machine());
        }
        for (Machine machine : testbed.getMachines()) {
            String holder = machine.getReservedBy();
            if (!used.contains(machine) && (holder == null || holder.isBlank() || holder.equals(experimentName()))) {
                String sw = machine.getInterfaces().stream().filter(i -> i.getCabledTo() != null && i.getCabledTo().eContainer() instanceof org.patchbay.model.Switch)
                        .map(i -> ((org.patchbay.model.Switch) i.getCabledTo().eContainer()).getName()).findFirst().orElse(null);
                rows.add(new MachineRow(null, machine, sw));
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<MachineRow> rows() {
        Object input = placements.getInput();
        return input instanceof List<?> list ? (List<MachineRow>) list : List.of();
    }

    /** For a delay node's row: the link it shapes and its two interfaces; empty for the experiment's own nodes. */
    private String shapes(Placement placement) {
        Mapping shown = mapping;
        if (shown == null) {
            return "";
        }
        return shown.delayNodes().stream().filter(d -> d.node() == placement.node()).findFirst()
                .map(d -> d.name() + " (" + (d.towardsA() == null ? "?" : d.towardsA().getName()) + " | "
                        + (d.towardsB() == null ? "?" : d.towardsB().getName()) + ")")
                .orElse("");
    }

    /** Whether the next mapping runs shaped links through delay nodes (the view's Delay nodes box). */
    public void setDelayNodes(boolean insert) {
        delayNodes.setSelection(insert);
        mapAgain();
    }

    private static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /** Press on a node's row, release on another row: the node is pinned to that row's machine. */
    private void rowDragToPin(Table table) {
        Cursor hand = new Cursor(table.getDisplay(), SWT.CURSOR_HAND);
        table.addDisposeListener(e -> hand.dispose());
        table.addListener(SWT.MouseDown, e -> {
            dragRow = e.button == 1 ? rowAt(table, e.x, e.y) : -1;
            if (dragRow >= 0) {
                table.setCursor(hand);
            }
        });
        table.addListener(SWT.MouseUp, e -> {
            int from = dragRow;
            dragRow = -1;
            table.setCursor(null);
            int to = rowAt(table, e.x, e.y);
            List<MachineRow> rows = rows();
            if (from >= 0 && to >= 0 && from != to && from < rows.size() && to < rows.size() && rows.get(from).placement() != null) {
                pin(rows.get(from).placement().node().getName(), rows.get(to).machine().getName());
            }
        });
        Menu menu = new Menu(table);
        MenuItem unpin = new MenuItem(menu, SWT.PUSH);
        unpin.setText("Unpin");
        unpin.addListener(SWT.Selection, e -> {
            int row = table.getSelectionIndex();
            List<MachineRow> rows = rows();
            if (row >= 0 && row < rows.size() && rows.get(row).placement() != null) {
                unpin(rows.get(row).placement().node().getName());
            }
        });
        table.setMenu(menu);
    }

    private static int rowAt(Table table, int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        return item == null ? -1 : table.indexOf(item);
    }

    /** Maps {@code topology} onto the inventory in {@code file}, as a job; the view fills in when it ends. */
    public void map(Cluster topology, Path file) {
        try {
            testbed = ClusterFiles.loadTestbed(file);
        } catch (ClusterFileException e) {
            show(null, e.getMessage());
            return;
        }
        experiment = topology;
        inventoryFile = file;
        pins.clear();
        Path beside = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.testbed$", "") + ".credentials");
        if (credentials == null && Files.isReadable(beside)) {
            credentials = beside;
        }
        keepReservations();
        mapAgain();
    }

    /** Pins a node to a machine and maps again. */
    public void pin(String node, String machine) {
        pins.put(node, machine);
        mapAgain();
    }

    public void unpin(String node) {
        pins.remove(node);
        mapAgain();
    }

    private void mapAgain() {
        if (experiment == null || testbed == null) {
            return;
        }
        // against the inventory as it is now: another console or a swap watch may have changed its reservations
        try {
            testbed = ClusterFiles.loadTestbed(inventoryFile);
        } catch (ClusterFileException e) {
            show(null, e.getMessage());
            return;
        }
        summary.setText("Mapping " + experiment.getName() + " onto " + testbed.getName() + "…");
        boolean withDelayNodes = delayNodes.getSelection();
        Map<String, String> pinsNow = Map.copyOf(pins);
        Job job = new Job("Map " + experiment.getName() + " onto " + testbed.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Searching for a mapping", IProgressMonitor.UNKNOWN);
                try {
                    Mapping result = new Mapper().map(MappingRequest.of(experiment, testbed).withPins(pinsNow).withTimeLimit(Duration.ofSeconds(60))
                            .withCancellation(monitor::isCanceled).withDelayNodes(withDelayNodes));
                    showLater(result, null);
                    return Status.OK_STATUS;
                } catch (MappingException e) {
                    showLater(null, String.join("\n", e.reasons()));
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        running = job;
        job.setUser(true);
        job.schedule();
    }

    private void showLater(Mapping result, String why) {
        Display display = summary.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> show(result, why));
        }
    }

    private void show(Mapping result, String why) {
        if (summary.isDisposed()) {
            return;
        }
        mapping = result;
        refusal = why;
        if (result == null) {
            summary.setText((experiment == null ? "" : experiment.getName() + " cannot be mapped: ") + why);
            placements.setInput(List.of());
            segments.setInput(List.of());
            trunks.setInput(List.of());
            violations.setInput(why == null ? List.of() : List.of(why.split("\n")));
        } else {
            summary.setText(String.format("%s onto %s (%s): %d nodes, %d links and LANs, %d crossing switches, %d trunks overloaded, score %.0f, %.2f s%s",
                    experiment.getName(), testbed.getName(), inventoryFile.getFileName(), result.placements().size(), result.segments().size(),
                    result.interSwitchLinks(), result.trunkViolations(), result.score(), result.search().elapsed().toNanos() / 1e9,
                    swaps() != null && swaps().isSwappedIn(experimentName()) ? " — SWAPPED IN" : ""));
            placements.setInput(rowsOf(result));
            segments.setInput(result.segments());
            trunks.setInput(result.trunks());
            violations.setInput(result.violations());
        }
        summary.getParent().layout(true);
        updateButtons();
    }

    private void updateButtons() {
        boolean swappedIn = swaps() != null && swaps().isSwappedIn(experimentName());
        swapIn.setEnabled(mapping != null && !swappedIn);
        swapOut.setEnabled(swappedIn);
    }

    private String experimentName() {
        return experiment == null ? "" : experiment.getName();
    }

    /** The swap journals live beside the inventory, in {@code NAME.testbed.swaps/}. */
    private SwapIns swaps() {
        if (inventoryFile == null) {
            return null;
        }
        Path journals = inventoryFile.resolveSibling(inventoryFile.getFileName() + ".swaps");
        return new SwapIns(journals, sw -> {
            throw new SwapException("no SNMP credentials chosen yet");
        });
    }

    private void swap(boolean in) {
        if (mapping == null && in || inventoryFile == null) {
            return;
        }
        if (credentials == null) {
            Path beside = inventoryFile.resolveSibling(inventoryFile.getFileName().toString().replaceFirst("\\.testbed$", "") + ".credentials");
            if (Files.isReadable(beside)) {
                credentials = beside;
            } else {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
                dialog.setText("SNMP credentials of " + testbed.getName() + "'s switches (0600 file)");
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                credentials = Path.of(chosen);
            }
        }
        keepReservations();
        Instant until;
        try {
            until = in ? reservationEnd() : null;
        } catch (IllegalArgumentException e) {
            violations.setInput(List.of(e.getMessage()));
            return;
        }
        Mapping planned = mapping;
        String name = experimentName();
        Path journals = inventoryFile.resolveSibling(inventoryFile.getFileName() + ".swaps");
        Job job = new Job((in ? "Swap in " : "Swap out ") + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask((in ? "Swapping in " : "Swapping out ") + name, IProgressMonitor.UNKNOWN);
                Path consoleCa = TestbedSession.stateDir().resolve("ca");
                try (SnmpClient snmp = new SnmpClient();
                        AgentClient agents = Files.isDirectory(consoleCa) ? AgentClient.forConsole(consoleCa) : null) {
                    // delay machines are asked to bridge (and to stop) by their agents, with the console's certificate
                    SwapIns swapper = new SwapIns(journals, SwapIns.fromCredentials(snmp, credentials),
                            agents == null ? DelayNodes.NONE : new AgentDelayNodes(agents));
                    // read, swap and save as one step under the testbed's lock: nobody's reservation made meanwhile is overwritten
                    List<String> lines = swapper.locked(testbed.getName(), () -> {
                        String changed = changedSinceMapped();
                        if (changed != null) {
                            throw new SwapException(inventoryFile.getFileName() + " changed since it was mapped (" + changed
                                    + "); Map Again to map onto it as it is now");
                        }
                        List<String> recovered = swapper.recover(testbed, monitor::subTask);
                        String outcome;
                        if (in) {
                            VlanPlan plan = swapper.swapIn(name, planned, testbed, until, monitor::subTask, monitor::isCanceled);
                            outcome = name + " is swapped in: " + plan.vlans().size() + " VLANs on " + plan.switchNames().size()
                                    + " switches, machines reserved " + (until == null ? UNTIL_SWAPPED_OUT : "until " + until.truncatedTo(ChronoUnit.SECONDS));
                        } else {
                            outcome = name + " is swapped out: " + String.join("; ", swapper.swapOut(name, testbed, monitor::subTask));
                        }
                        try {
                            ClusterFiles.saveTestbed(testbed, inventoryFile);
                        } catch (ClusterFileException e) {
                            throw new SwapException(outcome + ", but the inventory could not be saved: " + e.getMessage(), e);
                        }
                        List<String> said = new java.util.ArrayList<>(recovered);
                        said.add(0, outcome);
                        return said;
                    });
                    Display.getDefault().asyncExec(() -> {
                        show(mapping, refusal);
                        violations.setInput(lines);
                    });
                    return Status.OK_STATUS;
                } catch (SwapException | java.io.IOException e) {
                    Display.getDefault().asyncExec(() -> violations.setInput(List.of(e.getMessage())));
                    return Status.error(e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }
        };
        running = job;
        job.setUser(true);
        job.schedule();
    }

    /** How the saved inventory's reservations differ from the mapped copy's ("pc3: expA -> free"), or null when they do not. */
    private String changedSinceMapped() throws SwapException {
        Testbed onDisk;
        try {
            onDisk = ClusterFiles.loadTestbed(inventoryFile);
        } catch (ClusterFileException e) {
            throw new SwapException(e.getMessage(), e);
        }
        Map<String, String> now = SwapIns.reservations(onDisk);
        Map<String, String> mapped = SwapIns.reservations(testbed);
        if (now.equals(mapped)) {
            return null;
        }
        List<String> differences = new java.util.ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(now.keySet());
        names.addAll(mapped.keySet());
        for (String machine : names) {
            if (!java.util.Objects.equals(now.get(machine), mapped.get(machine))) {
                differences.add(machine + ": " + String.valueOf(mapped.get(machine)) + " -> " + String.valueOf(now.get(machine)));
            }
        }
        return String.join(", ", differences.subList(0, Math.min(3, differences.size()))) + (differences.size() > 3 ? ", …" : "");
    }

    /** When the reservation Swap In would make ends: null for "until swapped out"; refused, naming the field, when unreadable. */
    private Instant reservationEnd() {
        String text = reservation.getText().trim();
        if (text.isEmpty() || text.equals(UNTIL_SWAPPED_OUT)) {
            return null;
        }
        return Instant.now().plus(ReservationLength.parse("Reserve", text));
    }

    /** How long Swap In reserves the machines, as the user typed or chose it. */
    public Combo reservationField() {
        return reservation;
    }

    public Button mapAgainButton() {
        return again;
    }

    public Button swapInButton() {
        return swapIn;
    }

    public Button swapOutButton() {
        return swapOut;
    }

    /** What the last swap said, or its refusal, as the bottom table shows it. */
    public List<String> messages() {
        Object input = violations.getInput();
        return input instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The mapping shown now (null while none), for tests. */
    public Mapping mapping() {
        return mapping;
    }

    /** Why the topology could not be mapped, or null. */
    public String refusal() {
        return refusal;
    }

    /** The last mapping or swap job started, for tests to wait on. */
    public Job running() {
        return running;
    }

    public Table placementTable() {
        return placements.getTable();
    }

    /**
     * While the view knows an inventory and its switches' credentials, it swaps out the experiments whose
     * reservation ended (as {@code patchbay-cli swap watch} does, under the same lock): a look every
     * {@link #setKeeperPeriod period}, as a system job; what it did is shown in the view's messages.
     */
    private void keepReservations() {
        if (inventoryFile == null || credentials == null) {
            return;
        }
        if (keeper != null) {
            keeper.cancel();
        }
        Path file = inventoryFile;
        Path switchCredentials = credentials;
        Path journals = file.resolveSibling(file.getFileName() + ".swaps");
        keeper = new Job("Keep the reservations of " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path consoleCa = TestbedSession.stateDir().resolve("ca");
                try (SnmpClient snmp = new SnmpClient();
                        AgentClient agents = Files.isDirectory(consoleCa) ? AgentClient.forConsole(consoleCa) : null) {
                    SwapIns swapper = new SwapIns(journals, SwapIns.fromCredentials(snmp, switchCredentials),
                            agents == null ? DelayNodes.NONE : new AgentDelayNodes(agents));
                    List<String> done = ReservationKeeper.look(swapper, file, Instant.now(), monitor::subTask, null);
                    keeperProblem = null;
                    if (!done.isEmpty()) {
                        Display.getDefault().asyncExec(() -> {
                            if (!summary.isDisposed()) {
                                show(mapping, refusal);
                                violations.setInput(done);
                            }
                        });
                    }
                } catch (SwapException | java.io.IOException e) {
                    String problem = "Reservations of " + file.getFileName() + " are not being ended: " + e.getMessage() + "; trying again in "
                            + ReservationLength.describe(keeperPeriod);
                    if (!problem.equals(keeperProblem)) {
                        keeperProblem = problem;
                        Display.getDefault().asyncExec(() -> {
                            if (!summary.isDisposed()) {
                                violations.setInput(List.of(problem));
                            }
                        });
                    }
                }
                if (!monitor.isCanceled()) {
                    schedule(keeperPeriod.toMillis());
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        keeper.setSystem(true);
        keeper.schedule(keeperPeriod.toMillis());
    }

    /** How often the view looks for ended reservations (default 60 s); the next look comes after this. */
    public void setKeeperPeriod(Duration period) {
        keeperPeriod = period;
        keepReservations();
    }

    @Override
    public void dispose() {
        if (keeper != null) {
            keeper.cancel();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        placements.getTable().setFocus();
    }
}
