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
    private final Map<Object, org.eclipse.swt.custom.CLabel> entries = new LinkedHashMap<>();
    private final java.util.List<org.eclipse.swt.graphics.Image> icons = new java.util.ArrayList<>();
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
        composite.addListener(SWT.Dispose, e -> icons.forEach(org.eclipse.swt.graphics.Image::dispose));
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
        org.eclipse.swt.custom.CLabel label = new org.eclipse.swt.custom.CLabel(composite, SWT.SHADOW_OUT | SWT.LEFT);
        label.setText(text);
        org.eclipse.swt.graphics.Image icon = icon(tool);
        icons.add(icon);
        label.setImage(icon);
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

    /** A 16-pixel picture of what the entry makes, in the canvas's colours for it. */
    private org.eclipse.swt.graphics.Image icon(Object tool) {
        org.eclipse.swt.widgets.Display display = composite.getDisplay();
        org.eclipse.swt.graphics.ImageData blank = new org.eclipse.swt.graphics.ImageData(16, 16, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        blank.transparentPixel = blank.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, blank);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, 16, 16);
        gc.setAntialias(SWT.ON);
        org.eclipse.swt.graphics.Color outline = new org.eclipse.swt.graphics.Color(display, 0x55, 0x66, 0x77);
        gc.setForeground(outline);
        gc.setLineWidth(1);
        if (tool instanceof ElementKind kind) {
            gc.setBackground(new org.eclipse.swt.graphics.Color(display, switch (kind) {
                case NODE -> new org.eclipse.swt.graphics.RGB(0xB8, 0xD1, 0xF0);
                case SWITCH -> new org.eclipse.swt.graphics.RGB(0xB6, 0xDE, 0xB6);
                case PDU -> new org.eclipse.swt.graphics.RGB(0xF5, 0xD6, 0x9C);
                case LAN -> new org.eclipse.swt.graphics.RGB(0xD6, 0xC4, 0xEC);
            }));
            switch (kind) {
                case NODE -> {
                    gc.fillRoundRectangle(1, 3, 14, 10, 4, 4);
                    gc.drawRoundRectangle(1, 3, 14, 10, 4, 4);
                }
                case SWITCH -> {
                    gc.fillRectangle(1, 5, 14, 7);
                    gc.drawRectangle(1, 5, 14, 7);
                    for (int x = 3; x < 14; x += 3) {
                        gc.drawLine(x, 8, x + 1, 8);
                    }
                }
                case PDU -> {
                    gc.fillRectangle(4, 1, 8, 14);
                    gc.drawRectangle(4, 1, 8, 14);
                    gc.drawOval(6, 4, 3, 3);
                    gc.drawOval(6, 9, 3, 3);
                }
                case LAN -> {
                    gc.fillOval(1, 4, 14, 8);
                    gc.drawOval(1, 4, 14, 8);
                }
            }
        } else if (tool == Tool.CONNECT) {
            gc.setLineWidth(2);
            gc.drawLine(2, 13, 13, 2);
            gc.setBackground(outline);
            gc.fillOval(0, 11, 5, 5);
            gc.fillOval(11, 0, 5, 5);
        } else {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillPolygon(new int[] {3, 1, 3, 14, 6, 11, 9, 15, 11, 14, 8, 10, 12, 10});
        }
        gc.dispose();
        return image;
    }

    private void release(org.eclipse.swt.custom.CLabel label, Object tool, Event e) {
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
