package org.patchbay.ui.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/**
 * Help > Keys and Legend: every key binding of the console as the workbench has it (so the list is
 * never out of date), what the canvas's colours and marks mean, and a few lines on where to start.
 */
public final class KeysAndLegendDialog extends TitleAreaDialog {

    /** The canvas's colours (as its figures draw them) and what each says. */
    public record Entry(RGB colour, String meaning) {
    }

    public static final List<Entry> LEGEND = List.of(
            new Entry(new RGB(0x2E, 0x9E, 0x44), "node up: its agent answers and its samples are fresh"),
            new Entry(new RGB(0xE0, 0x9A, 0x10), "node starting or waiting: connecting to its agent, booting, a power operation running"),
            new Entry(new RGB(0xD0, 0x28, 0x28), "down or a problem: the agent is gone, a start failed, the validator found something (also a red outline); a link taken down is red and dotted"),
            new Entry(new RGB(0x8E, 0x44, 0xAD), "untrusted: the agent's certificate is not the lab's"),
            new Entry(new RGB(0x1E, 0x6F, 0xD9), "selection; the CPU bar inside a node"),
            new Entry(new RGB(0x6B, 0x4F, 0xBB), "the memory bar inside a node"),
            new Entry(new RGB(0x55, 0x66, 0x77), "a link at rest; links warm to amber and red as their load nears the bandwidth, and widen"),
            new Entry(new RGB(0xF0, 0xA0, 0x20), "a link half loaded"),
            new Entry(new RGB(0xE6, 0xF4, 0xE6), "a switch; drawn as a stack of cards when its hosts are folded into it (Collapse Hosts), with their count and states"),
            new Entry(new RGB(0xD5, 0xDD, 0xE5), "faded: Edit > Filter is on and this does not match it (Edit > Clear Filter)"));

    private Table keys;

    public KeysAndLegendDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Keys and legend");
        setMessage("Draw from the palette, connect with Link, Lab > Start Lab runs it here; Experiment > New Experiment sweeps it. docs/ in the sources says more.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        keys = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        keys.setHeaderVisible(true);
        keys.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 260;
        keys.setLayoutData(tableData);
        new TableColumn(keys, SWT.LEFT).setText("Keys");
        new TableColumn(keys, SWT.LEFT).setText("Does");
        for (String[] row : bindings()) {
            new TableItem(keys, SWT.NONE).setText(row);
        }
        for (TableColumn column : keys.getColumns()) {
            column.pack();
        }
        for (Entry entry : LEGEND) {
            Label swatch = new Label(body, SWT.BORDER);
            Color colour = new Color(parent.getDisplay(), entry.colour());
            swatch.setBackground(colour);
            GridData size = new GridData(18, 14);
            swatch.setLayoutData(size);
            new Label(body, SWT.NONE).setText(entry.meaning());
        }
        new Label(body, SWT.NONE).setText("⚠");
        new Label(body, SWT.NONE).setText("something drawn is not running (added while the lab runs and not applied, or it runs nothing)");
        new Label(body, SWT.NONE).setText("▮▮");
        new Label(body, SWT.NONE).setText("a progress bar on a node: reimaging, or the sweep run it takes part in (red when it failed)");
        return area;
    }

    /** The console's key bindings: the keys as the platform writes them, and the command's name (with its parameters when it has them). */
    public static List<String[]> bindings() {
        IBindingService service = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<String[]> rows = new ArrayList<>();
        String scheme = service.getActiveScheme() == null ? null : service.getActiveScheme().getId();
        for (Binding binding : service.getBindings()) {
            if (binding.getParameterizedCommand() == null || binding.getType() != Binding.SYSTEM || scheme != null && !scheme.equals(binding.getSchemeId())) {
                continue;
            }
            String name;
            try {
                name = binding.getParameterizedCommand().getName();
            } catch (NotDefinedException e) {
                continue;
            }
            rows.add(new String[] {binding.getTriggerSequence().format(), name});
        }
        rows.sort((a, b) -> a[1].compareToIgnoreCase(b[1]));
        return rows;
    }

    /** The table of keys, for tests. */
    public Table keys() {
        return keys;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
