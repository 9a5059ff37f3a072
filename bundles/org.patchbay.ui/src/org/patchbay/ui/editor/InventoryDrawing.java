package org.patchbay.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Testbed;
import org.patchbay.model.edit.commands.InventoryCommands;
import org.patchbay.model.edit.commands.TopologyCommands.Position;
import org.patchbay.ui.canvas.GraphRenderer.Tool;
import org.patchbay.ui.canvas.GraphGestureListener;
import org.patchbay.ui.canvas.TopologyViewer;
import org.patchbay.ui.canvas.draw2d.Draw2dGraphRenderer;
import org.patchbay.ui.layout.ElkArranger;

/**
 * The inventory drawn: machines and switches as boxes, cables and trunks as lines, each machine's
 * reservation as its status. Boxes are moved by dragging and laid out by Arrange, both undoable edits of
 * the inventory's own positions (saved with it). With Cable pressed, a line drawn from a machine to a switch
 * is a cable and one between two switches a trunk ({@link InventoryCommands}), also undoable; Properties
 * edits the same cabling port by port. An inventory whose elements have no positions yet is laid out for
 * display only, until the user arranges or drags.
 */
final class InventoryDrawing implements GraphGestureListener {

    private final Testbed testbed;
    private final EditingDomain domain;
    private final Consumer<List<DiagramElement>> selected;
    private final Consumer<String> refused;
    private final InventoryCommands cabling;
    private final TopologyViewer viewer;
    private final Button cable;
    private final Label hint;
    private InventoryPicture picture;
    private boolean syncing;

    InventoryDrawing(Composite parent, Testbed testbed, EditingDomain domain, Consumer<List<DiagramElement>> selected, Consumer<String> refused) {
        this.testbed = testbed;
        this.domain = domain;
        this.selected = selected;
        this.refused = refused;
        this.cabling = new InventoryCommands(domain, testbed);
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        Button arrange = new Button(area, SWT.PUSH);
        arrange.setText("Arrange");
        arrange.setToolTipText("Lay the inventory out again and keep the positions in the file (undoable)");
        arrange.addListener(SWT.Selection, e -> arrange());
        cable = new Button(area, SWT.TOGGLE);
        cable.setText("Cable");
        cable.setToolTipText("Then drag from a machine to a switch (a cable) or from a switch to a switch (a trunk)");
        cable.addListener(SWT.Selection, e -> setCabling(cable.getSelection()));
        hint = new Label(area, SWT.NONE);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TopologyViewer(area, new Draw2dGraphRenderer());
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.renderer().setGestureListener(this);
        viewer.styles().setStatus(this::status);
        viewer.styles().setNodeDetail(this::detail);
        setCabling(false);
        refresh();
    }

    /** Arms (or disarms) drawing a cable or trunk with the next drag, as the Cable button does. */
    void setCabling(boolean on) {
        cable.setSelection(on);
        viewer.renderer().setTool(on ? Tool.CONNECT : Tool.SELECT);
        hint.setText(on ? "Drag from a machine to a switch for a cable, or between two switches for a trunk"
                : "Drag to place; press Cable to draw cables and trunks");
    }

    /** Whether the next drag draws a cable or trunk. */
    boolean cabling() {
        return cable.getSelection();
    }

    TopologyViewer viewer() {
        return viewer;
    }

    /** Draws the inventory as it is now. */
    void refresh() {
        picture = InventoryPicture.of(testbed);
        if (picture.unplaced()) {
            layOut(picture).forEach((element, at) -> {
                element.setX(at.x());
                element.setY(at.y());
            });
        }
        viewer.setInput(picture.cluster());
    }

    /** Shows the inventory elements selected elsewhere (the tree) as selected here. */
    void select(List<?> inventoryElements) {
        List<Object> boxes = new ArrayList<>();
        for (Object element : inventoryElements) {
            DiagramElement box = picture.drawn(element);
            if (box != null) {
                boxes.add(box);
            }
        }
        syncing = true;
        try {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(boxes), true);
        } finally {
            syncing = false;
        }
    }

    /** Lays the inventory out and keeps the positions in it, as one undoable edit. */
    void arrange() {
        InventoryPicture fresh = InventoryPicture.of(testbed);
        CompoundCommand moves = new CompoundCommand("Arrange inventory");
        layOut(fresh).forEach((element, at) -> addMove(moves, fresh.original(element), at.x(), at.y()));
        if (!moves.isEmpty()) {
            domain.getCommandStack().execute(moves);
        }
        viewer.renderer().zoomToFit();
    }

    private static Map<DiagramElement, Position> layOut(InventoryPicture picture) {
        return new ElkArranger().arrange(picture.cluster(), ElkArranger.Algorithm.AUTOMATIC);
    }

    private void addMove(CompoundCommand moves, DiagramElement element, int x, int y) {
        if (element != null && (element.getX() != x || element.getY() != y)) {
            moves.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DIAGRAM_ELEMENT__X, x));
            moves.append(SetCommand.create(domain, element, PatchbayPackage.Literals.DIAGRAM_ELEMENT__Y, y));
        }
    }

    /** A machine's line under its name: its interfaces and features ("2 × 1Gb · sse4"); an inventory holds no addresses. */
    private String detail(org.patchbay.model.Node drawn) {
        if (picture == null || !(picture.original(drawn) instanceof Machine machine)) {
            return null;
        }
        Map<Long, Long> bySpeed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        machine.getInterfaces().forEach(i -> bySpeed.merge(i.getSpeedMbps(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        bySpeed.forEach((mbps, count) -> parts.add(count + " × " + (mbps % 1000 == 0 ? mbps / 1000 + "Gb" : mbps + "Mb")));
        if (parts.isEmpty()) {
            parts.add("no interfaces");
        }
        parts.addAll(machine.getFeatures());
        return String.join(" · ", parts);
    }

    /** A machine's line under its name: who holds it, and until when. */
    private String status(DiagramElement drawn) {
        if (picture == null || !(picture.original(drawn) instanceof Machine machine)) {
            return "";
        }
        String holder = machine.getReservedBy();
        if (holder == null || holder.isBlank()) {
            return "free";
        }
        String until = machine.getReservedUntil();
        return "held by " + holder + (until == null || until.isBlank() ? "" : " until " + until);
    }

    @Override
    public void selectionChanged(List<Object> selection) {
        viewer.rendererSelectionChanged();
        if (syncing) {
            return;
        }
        List<DiagramElement> originals = new ArrayList<>();
        for (Object box : selection) {
            DiagramElement original = picture.original(box);
            if (original != null) {
                originals.add(original);
            }
        }
        selected.accept(originals);
    }

    @Override
    public void moveRequested(Map<Object, int[]> newPositions) {
        CompoundCommand moves = new CompoundCommand("Move");
        if (picture.unplaced()) {
            // the first drag keeps the whole drawing as it is shown, not only the boxes dragged
            for (DiagramElement box : picture.cluster().getSwitches()) {
                addMove(moves, picture.original(box), box.getX(), box.getY());
            }
            for (DiagramElement box : picture.cluster().getNodes()) {
                addMove(moves, picture.original(box), box.getX(), box.getY());
            }
        }
        newPositions.forEach((box, at) -> {
            DiagramElement original = picture.original(box);
            if (original != null) {
                // a box moved twice in one command: the last position wins
                moves.append(SetCommand.create(domain, original, PatchbayPackage.Literals.DIAGRAM_ELEMENT__X, at[0]));
                moves.append(SetCommand.create(domain, original, PatchbayPackage.Literals.DIAGRAM_ELEMENT__Y, at[1]));
            }
        });
        if (!moves.isEmpty()) {
            domain.getCommandStack().execute(moves);
        }
    }

    @Override
    public void connectRequested(Object source, Object target) {
        DiagramElement from = picture.original(source);
        DiagramElement to = picture.original(target);
        setCabling(false);
        String refusal = cabling.whyNotCable(from, to);
        if (refusal != null) {
            hint.setText(refusal);
            refused.accept(refusal);
            return;
        }
        org.eclipse.emf.common.command.Command line = cabling.cable(from, to);
        domain.getCommandStack().execute(line);
        hint.setText(line.getLabel());
        refused.accept(null);
    }

    /** What the line under the buttons says now (the last refusal or cable drawn, or how to draw one). */
    String hint() {
        return hint.getText();
    }

    @Override
    public void createRequested(Object tool, int x, int y) {
        // machines and switches are made with New ▸ in the tree, where their details are entered
    }

    @Override
    public void openRequested(Object item) {
        DiagramElement original = picture.original(item);
        if (original != null) {
            selected.accept(List.of(original));
        }
    }
}
