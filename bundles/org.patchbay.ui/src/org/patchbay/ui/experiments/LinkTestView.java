package org.patchbay.ui.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.experiment.LinkTest;

/**
 * Lab > Test Links' outcome as Emulab's linktest showed it: per link, LAN or switch a node-to-node
 * matrix, each cell the measured round trip, loss and bandwidth beside what the drawing asks for,
 * red when out of spec or unreachable, yellow when not measured (host saturated).
 */
public final class LinkTestView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.linkTest";

    private Composite body;
    private ScrolledComposite scroll;
    private Label summary;
    private final Map<String, Table> matrices = new LinkedHashMap<>();
    private List<LinkTest.Result> results = List.of();

    public static LinkTestView show(IWorkbenchPage page) {
        try {
            return (LinkTestView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        summary = new Label(body, SWT.WRAP);
        summary.setText("Lab > Test Links probes every link, LAN and switch of the running lab against the drawing.");
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
    }

    /** Shows {@code found}: a matrix per segment. */
    public void show(List<LinkTest.Result> found, String headline) {
        results = List.copyOf(found);
        for (Control child : body.getChildren()) {
            if (child != summary) {
                child.dispose();
            }
        }
        matrices.clear();
        summary.setText(headline + " — cells: round trip ms, loss %, Mb/s, measured (expected); red out of spec, yellow not measured");
        Map<String, List<LinkTest.Result>> bySegment = new LinkedHashMap<>();
        found.forEach(r -> bySegment.computeIfAbsent(r.pair().segment(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<LinkTest.Result>> segment : bySegment.entrySet()) {
            new Label(body, SWT.NONE).setText(segment.getKey());
            Set<String> ends = new LinkedHashSet<>();
            segment.getValue().forEach(r -> {
                ends.add(end(r.pair().from(), r.pair().fromInterface()));
                ends.add(end(r.pair().to(), r.pair().toInterface()));
            });
            List<String> names = new ArrayList<>(ends);
            Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new TableColumn(table, SWT.LEFT).setText("from \\ to");
            names.forEach(n -> new TableColumn(table, SWT.LEFT).setText(n));
            for (String from : names) {
                TableItem row = new TableItem(table, SWT.NONE);
                row.setText(0, from);
                for (int c = 0; c < names.size(); c++) {
                    LinkTest.Result r = find(segment.getValue(), from, names.get(c));
                    if (r == null) {
                        continue;
                    }
                    row.setText(c + 1, cell(r));
                    Color colour = colour(r);
                    if (colour != null) {
                        row.setBackground(c + 1, colour);
                    }
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
            matrices.put(segment.getKey(), table);
        }
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static String end(String node, String iface) {
        return node + ":" + iface;
    }

    static String cell(LinkTest.Result r) {
        if (r.verdict() == LinkTest.Verdict.UNREACHABLE) {
            return "unreachable";
        }
        StringBuilder text = new StringBuilder(String.format("%.1f (%.1f) ms", r.rttMs(), r.pair().expectedRttMs()));
        if (!Double.isNaN(r.lossRate())) {
            text.append(String.format(", %.1f (%.1f) %%", r.lossRate() * 100, r.pair().expectedRoundTripLoss() * 100));
        }
        if (!Double.isNaN(r.mbps())) {
            text.append(String.format(", %.2f (%.2f) Mb/s", r.mbps(), r.pair().forward().bandwidthBps() / 1e6));
        }
        return text.toString();
    }

    private Color colour(LinkTest.Result r) {
        if (r.verdict() == LinkTest.Verdict.OUT_OF_SPEC || r.verdict() == LinkTest.Verdict.UNREACHABLE) {
            return body.getDisplay().getSystemColor(SWT.COLOR_RED);
        }
        if (r.verdict() == LinkTest.Verdict.NOT_MEASURED || r.message().contains("not measured")) {
            return body.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
        }
        return null;
    }

    private static LinkTest.Result find(List<LinkTest.Result> results, String from, String to) {
        for (LinkTest.Result r : results) {
            if (end(r.pair().from(), r.pair().fromInterface()).equals(from) && end(r.pair().to(), r.pair().toInterface()).equals(to)) {
                return r;
            }
        }
        return null;
    }

    /** The matrix of a segment ("switch switch0", "link link0", "LAN lan0"), for tests. */
    public Table matrix(String segment) {
        return matrices.get(segment);
    }

    public List<LinkTest.Result> results() {
        return results;
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
