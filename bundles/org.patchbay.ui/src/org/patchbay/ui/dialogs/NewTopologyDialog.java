package org.patchbay.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.templates.TopologyTemplates.Template;

/** File > New: pick a template, or generate a cluster or random graph of N nodes. */
public final class NewTopologyDialog extends TitleAreaDialog {

    private record Choice(String label, String description, Supplier<Cluster> factory) {
    }

    private final List<Choice> choices = new ArrayList<>();
    private Table table;
    private Spinner size;
    private Label description;
    private Cluster result;

    public NewTopologyDialog(Shell parent) {
        super(parent);
        for (Template template : TopologyTemplates.all()) {
            choices.add(new Choice(template.label(), template.description(), template::create));
        }
        choices.add(new Choice("Generated cluster (N hosts)", "A core switch, edge switches of 40 hosts, N hosts: for scale tests.",
                () -> TopologyTemplates.clusterTree(size.getSelection(), 40)));
        choices.add(new Choice("Random graph (N nodes)", "N nodes with 1.5 links per node on average (seeded): for layout tests.",
                () -> TopologyTemplates.randomGraph(size.getSelection(), 1.5, 42)));
        for (Template example : TopologyTemplates.examples()) {
            choices.add(new Choice(example.label(), example.description(), example::create));
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("New topology");
        setMessage("Start from a template. Everything can be changed afterwards.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 220;
        tableData.widthHint = 460;
        table.setLayoutData(tableData);
        for (Choice choice : choices) {
            new TableItem(table, SWT.NONE).setText(choice.label());
        }
        description = new Label(body, SWT.WRAP);
        description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(body, SWT.NONE).setText("N (generated topologies):");
        size = new Spinner(body, SWT.BORDER);
        size.setValues(100, 2, 20000, 0, 10, 100);
        table.addListener(SWT.Selection, e -> describe());
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        table.select(3);
        describe();
        return area;
    }

    private void describe() {
        int index = table.getSelectionIndex();
        description.setText(index < 0 ? "" : choices.get(index).description());
        size.setEnabled(index >= choices.size() - 2);
        description.getParent().layout();
    }

    @Override
    protected void okPressed() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            setErrorMessage("Choose a template.");
            return;
        }
        result = choices.get(index).factory().get();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Create", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The new cluster after OK, else null. */
    public Cluster result() {
        return result;
    }
}
