package org.patchbay.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Drives the real widgets with SWT events and waits, always within a time bound. */
final class Gui {

    private Gui() {
    }

    static void pump() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
            // drain pending events and asyncExecs
        }
    }

    static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, () -> what);
    }

    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        waitUntil(condition, what, 20_000);
    }

    /** For what takes longer on a loaded machine (agents starting again after a reimage): a bound of its own. */
    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> what, long timeoutMillis) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        pump();
    }

    /** Presses a button as a click does: its selection listeners run. */
    static void press(org.eclipse.swt.widgets.Button button) {
        button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        pump();
    }

    static void mouse(Control control, int type, int x, int y, int stateMask) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = stateMask | (type == SWT.MouseMove || type == SWT.MouseUp ? SWT.BUTTON1 : 0);
        event.widget = control;
        event.display = control.getDisplay();
        event.time = (int) System.currentTimeMillis();
        control.notifyListeners(type, event);
    }

    static void click(Control control, int x, int y, int stateMask) {
        mouse(control, SWT.MouseDown, x, y, stateMask);
        mouse(control, SWT.MouseUp, x, y, stateMask);
        pump();
    }

    /** Press at (x1, y1), move in steps to (x2, y2), release: a real drag as SWT delivers it. */
    static void drag(Control control, int x1, int y1, int x2, int y2, int stateMask) {
        mouse(control, SWT.MouseDown, x1, y1, stateMask);
        for (int step = 1; step <= 5; step++) {
            mouse(control, SWT.MouseMove, x1 + (x2 - x1) * step / 5, y1 + (y2 - y1) * step / 5, stateMask);
        }
        mouse(control, SWT.MouseUp, x2, y2, stateMask);
        pump();
    }

    /**
     * Drags from a point on {@code from} to a point on {@code to}: the pressed control keeps the
     * mouse grab, so SWT sends the move and release to it in its own coordinates.
     */
    static void dragAcross(Control from, int x, int y, Control to, int toX, int toY) {
        Point target = from.toControl(to.toDisplay(toX, toY));
        mouse(from, SWT.MouseDown, x, y, 0);
        for (int step = 1; step <= 5; step++) {
            mouse(from, SWT.MouseMove, x + (target.x - x) * step / 5, y + (target.y - y) * step / 5, 0);
        }
        mouse(from, SWT.MouseUp, target.x, target.y, 0);
        pump();
    }

    /** A right-click at (x, y): press and release of button 3. */
    static void rightClick(Control control, int x, int y) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event event = new Event();
            event.type = type;
            event.x = x;
            event.y = y;
            event.button = 3;
            event.widget = control;
            event.display = control.getDisplay();
            control.notifyListeners(type, event);
        }
        pump();
    }

    /** The visible items of a control's context menu (or its parent's) as it would open now. */
    static java.util.List<String> menuItems(Control control) {
        org.eclipse.swt.widgets.Menu menu = control.getMenu() != null ? control.getMenu() : control.getParent().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        pump();
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(item.getText().split("\t")[0]);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        pump();
        return texts;
    }
}
