package org.patchbay.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.patchbay.model.edit.commands.TopologyCommands.ElementKind;
import org.patchbay.ui.canvas.GraphRenderer;
import org.patchbay.ui.canvas.GraphRenderer.Tool;

/**
 * The palette beside the canvas. Drag an entry onto the canvas to create that element where it is
 * dropped, or click an entry and then click the canvas. "Link" arms the connect tool: drag from
 * one node or switch to another. The drag follows the mouse grab SWT gives the pressed entry, so
 * it needs no native drag-and-drop and works the same when driven by posted events.
 */
public final class PaletteBar {

    /** Receives a palette drop: the creation kind and the canvas point in diagram coordinates. */
    public interface DropHandler {
        void dropped(ElementKind kind, int x, int y);
    }

    private final Composite composite;
    private final GraphRenderer renderer;
    private final DropHandler dropHandler;
    private final Map<Object, Label> entries = new LinkedHashMap<>();
    private Object pressed;
    private boolean dragged;

    public PaletteBar(Composite parent, GraphRenderer renderer, DropHandler dropHandler) {
        this.renderer = renderer;
        this.dropHandler = dropHandler;
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, true);
        layout.marginWidth = 4;
        layout.verticalSpacing = 2;
        composite.setLayout(layout);
        Label title = new Label(composite, SWT.NONE);
        title.setText("Palette");
        addEntry(Tool.SELECT, "Select", "Select, move, rubber-band (Ctrl-click adds)");
        addEntry(ElementKind.NODE, "Node", "Drag onto the canvas to add a node");
        addEntry(ElementKind.SWITCH, "Switch", "Drag onto the canvas to add a switch");
        addEntry(ElementKind.PDU, "PDU", "Drag onto the canvas to add a power controller");
        addEntry(ElementKind.LAN, "LAN", "Drag onto the canvas to add a LAN");
        addEntry(Tool.CONNECT, "Link", "Then drag from one node or switch to another");
        highlight(Tool.SELECT);
    }

    public Control getControl() {
        return composite;
    }

    /** The control of a palette entry, for keyboard-less automation and tests. */
    public Control entry(Object tool) {
        return entries.get(tool);
    }

    /** Shows which tool the canvas uses now (the canvas falls back to Select after a creation). */
    public void highlight(Object tool) {
        entries.forEach((key, label) -> label.setBackground(key == tool
                ? label.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION)
                : null));
        entries.forEach((key, label) -> label.setForeground(key == tool
                ? label.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT)
                : null));
    }

    private void addEntry(Object tool, String text, String tip) {
        Label label = new Label(composite, SWT.BORDER | SWT.CENTER);
        label.setText(text);
        label.setToolTipText(tip);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 72;
        data.heightHint = 28;
        label.setLayoutData(data);
        label.setCursor(label.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        label.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                pressed = tool;
                dragged = false;
            }
        });
        label.addListener(SWT.MouseMove, e -> {
            if (pressed == tool && !new org.eclipse.swt.graphics.Rectangle(0, 0, label.getSize().x, label.getSize().y).contains(e.x, e.y)) {
                dragged = true;
            }
        });
        label.addListener(SWT.MouseUp, e -> release(label, tool, e));
        entries.put(tool, label);
    }

    private void release(Label label, Object tool, Event e) {
        if (pressed != tool) {
            return;
        }
        pressed = null;
        Control canvas = renderer.getControl();
        Point onCanvas = canvas.toControl(label.toDisplay(e.x, e.y));
        boolean overCanvas = ((org.eclipse.swt.widgets.Scrollable) canvas).getClientArea().contains(onCanvas);
        if ((dragged || overCanvas) && tool instanceof ElementKind kind) {
            if (overCanvas) {
                int[] at = renderer.toDiagram(onCanvas.x, onCanvas.y);
                dropHandler.dropped(kind, at[0], at[1]);
            }
            return;
        }
        renderer.setTool(tool);
        highlight(tool);
    }
}
