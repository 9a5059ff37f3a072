package org.patchbay.ui.experiments;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.ResultTable;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepPlot;
import org.patchbay.ui.views.TextColumns;

/**
 * A topology's sweep results: choose a sweep, see a row per run (every parameter and measure, status,
 * time, load average), plot a measure against a parameter (a line per combination of the others, error
 * bars of one standard deviation over the repetitions), export the table as CSV and the plot as PNG or
 * SVG (the same files patchbay-cli writes). It follows the topology editor last activated. The
 * database is opened only to read, so the command line can read it too.
 */
public final class ResultsView extends ViewPart {

    public static final String ID = "org.patchbay.ui.views.results";
    private static final int[] SERIES_COLOURS = {SWT.COLOR_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_MAGENTA, SWT.COLOR_DARK_YELLOW,
        SWT.COLOR_DARK_CYAN, SWT.COLOR_BLACK, SWT.COLOR_DARK_RED};

    private Label summary;
    private Combo sweeps;
    private Combo measure;
    private Combo against;
    private Composite tableHolder;
    private TableViewer table;
    private Chart chart;
    private Path database;
    private final List<ResultStore.SweepInfo> shown = new ArrayList<>();
    private ResultTable current;

    public static ResultsView show(IWorkbenchPage page) {
        try {
            return (ResultsView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
    }

    /** The open view, if any (for a sweep to refresh it). */
    public static ResultsView find(IWorkbenchPage page) {
        return page == null ? null : (ResultsView) page.findView(ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(8, false));
        summary = new Label(top, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        summary.setText("Experiment > Run Sweep records runs here; Experiment > Results shows those of the open topology.");
        new Label(top, SWT.NONE).setText("Sweep:");
        sweeps = new Combo(top, SWT.READ_ONLY);
        sweeps.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sweeps.addListener(SWT.Selection, e -> showSweep());
        new Label(top, SWT.NONE).setText("Plot:");
        measure = new Combo(top, SWT.READ_ONLY);
        measure.addListener(SWT.Selection, e -> drawChart());
        new Label(top, SWT.NONE).setText("against");
        against = new Combo(top, SWT.READ_ONLY);
        against.addListener(SWT.Selection, e -> drawChart());
        Button csv = new Button(top, SWT.PUSH);
        csv.setText("Export CSV…");
        csv.addListener(SWT.Selection, e -> askAndExport(false));
        Button plot = new Button(top, SWT.PUSH);
        plot.setText("Save Plot…");
        plot.addListener(SWT.Selection, e -> askAndExport(true));
        SashForm split = new SashForm(top, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        tableHolder = new Composite(split, SWT.NONE);
        tableHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        chart = new Chart(split, SWT.NONE);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getTitle().setText("");
        split.setWeights(new int[] {1, 1});
        getSite().getPage().addPartListener(followEditors);
        follow(getSite().getPage().getActiveEditor());
    }

    /** The view shows the results of the topology editor last activated. */
    private final org.eclipse.ui.IPartListener2 followEditors = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }
    };

    private void follow(org.eclipse.ui.IWorkbenchPart part) {
        if (part instanceof org.eclipse.ui.IEditorPart editor && editor.getEditorInput() instanceof org.patchbay.ui.editor.ClusterEditorInput input
                && input.file() != null) {
            Path results = ResultStore.beside(input.file());
            if (!results.equals(database)) {
                showResults(results);
            }
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(followEditors);
        super.dispose();
    }

    /** Shows the sweeps recorded in {@code file} (a topology's results database), the newest first. */
    public void showResults(Path file) {
        database = file;
        refresh(-1);
    }

    /** Reads the database again and shows {@code sweepId} (or the selected, or the newest sweep). */
    public void refresh(long sweepId) {
        if (database == null || sweeps.isDisposed()) {
            return;
        }
        if (!Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
            summary.setText("No sweep recorded for this topology yet: Experiment > Run Sweep (results go to " + database + ".mv.db)");
            return;
        }
        long wanted = sweepId >= 0 ? sweepId : sweeps.getSelectionIndex() >= 0 && sweeps.getSelectionIndex() < shown.size()
                ? shown.get(sweeps.getSelectionIndex()).id() : -1;
        try (ResultStore store = ResultStore.open(database)) {
            shown.clear();
            shown.addAll(store.sweeps(null));
            sweeps.removeAll();
            int select = 0;
            for (int i = 0; i < shown.size(); i++) {
                ResultStore.SweepInfo s = shown.get(i);
                sweeps.add(s.id() + ": " + s.experiment() + " (" + s.recorded() + " of " + s.planned() + " runs, " + s.created().toString().substring(0, 16) + ")");
                if (s.id() == wanted) {
                    select = i;
                }
            }
            if (shown.isEmpty()) {
                summary.setText("No sweep recorded for this topology yet: Experiment > Run Sweep");
                return;
            }
            sweeps.select(select);
            current = store.table(shown.get(select).id());
        } catch (SweepException e) {
            summary.setText(e.getMessage());
            return;
        }
        fillTable();
    }

    private void showSweep() {
        refresh(shown.get(sweeps.getSelectionIndex()).id());
    }

    private void fillTable() {
        if (table != null) {
            table.getTable().dispose();
        }
        table = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        List<String> headings = current.headings();
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            TextColumns.add(table, ResultTable.Row.class, headings.get(i), i == headings.size() - 1 ? 400 : 90, row -> current.cells(row).get(column));
        }
        table.setInput(current.rows());
        tableHolder.layout(true);
        long failed = current.rows().stream().filter(r -> r.status() != org.patchbay.experiment.RunRecord.Status.OK).count();
        summary.setText("Sweep " + current.sweep().id() + " of " + current.sweep().experiment() + ": " + current.rows().size() + " of "
                + current.sweep().planned() + " runs recorded" + (failed > 0 ? ", " + failed + " failed or timed out (see message)" : "") + " — " + database + ".mv.db");
        refill(measure, current.measures().stream().map(ResultTable.Column::name).toList());
        refill(against, current.parameters().stream().map(ResultTable.Column::name).toList());
        drawChart();
    }

    private static void refill(Combo combo, List<String> names) {
        String before = combo.getSelectionIndex() >= 0 ? combo.getItem(combo.getSelectionIndex()) : null;
        combo.setItems(names.toArray(String[]::new));
        int at = before == null ? 0 : Math.max(0, names.indexOf(before));
        if (!names.isEmpty()) {
            combo.select(at);
        }
        combo.getParent().layout(true);
    }

    private void drawChart() {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        if (current == null || measure.getSelectionIndex() < 0 || against.getSelectionIndex() < 0) {
            chart.redraw();
            return;
        }
        String m = measure.getItem(measure.getSelectionIndex());
        String p = against.getItem(against.getSelectionIndex());
        try {
            List<ResultTable.Series> lines = current.series(m, p);
            int colour = 0;
            for (ResultTable.Series s : lines) {
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, s.name());
                line.setXSeries(s.points().stream().mapToDouble(ResultTable.Point::x).toArray());
                line.setYSeries(s.points().stream().mapToDouble(ResultTable.Point::mean).toArray());
                double[] deviation = s.points().stream().mapToDouble(ResultTable.Point::deviation).toArray();
                line.getYErrorBar().setPlusErrors(deviation);
                line.getYErrorBar().setMinusErrors(deviation);
                line.getYErrorBar().setVisible(true);
                Color c = chart.getDisplay().getSystemColor(SERIES_COLOURS[colour++ % SERIES_COLOURS.length]);
                line.setLineColor(c);
                line.setSymbolColor(c);
                line.getYErrorBar().setColor(c);
            }
            chart.getTitle().setText(current.sweep().experiment() + ": " + m + " against " + p);
            chart.getAxisSet().getXAxis(0).getTitle().setText(current.parameter(p).orElseThrow().heading());
            chart.getAxisSet().getYAxis(0).getTitle().setText(current.measure(m).orElseThrow().heading());
            chart.getAxisSet().adjustRange();
        } catch (SweepException e) {
            summary.setText(e.getMessage());
        }
        chart.redraw();
    }

    /** What the view shows: the sweep's table (for tests and export). */
    public ResultTable table() {
        return current;
    }

    /** The chart's lines as drawn, by name (for tests). */
    public List<String> chartSeries() {
        List<String> names = new ArrayList<>();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            names.add(s.getId());
        }
        return names;
    }

    private void askAndExport(boolean plot) {
        if (current == null) {
            summary.setText("Nothing to export yet: choose a sweep");
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterPath(database.getParent().toString());
        dialog.setFilterExtensions(plot ? new String[] {"*.svg", "*.png"} : new String[] {"*.csv"});
        dialog.setFileName(current.sweep().experiment() + "-" + current.sweep().id() + (plot ? ".svg" : ".csv"));
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen), plot);
        }
    }

    /** Writes the table as CSV or the shown plot as PNG/SVG (by the name's extension) to {@code file}, atomically. */
    public void export(Path file, boolean plot) {
        try {
            if (plot) {
                SweepPlot.write(current, measure.getItem(measure.getSelectionIndex()), against.getItem(against.getSelectionIndex()), file, 900, 560);
            } else {
                Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
                try (Writer out = Files.newBufferedWriter(partial)) {
                    current.writeCsv(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            summary.setText("Wrote " + file);
        } catch (SweepException | IOException e) {
            summary.setText("Could not write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        sweeps.setFocus();
    }
}
