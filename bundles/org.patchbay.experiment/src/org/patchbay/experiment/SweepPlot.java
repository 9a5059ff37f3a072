package org.patchbay.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A sweep's measure plotted against one parameter (a line per combination of the other parameters,
 * error bars of one standard deviation over the repetitions) written as PNG or SVG. Drawn with
 * JFreeChart into an image or JFreeSVG's graphics, so it needs no display: the command line and the
 * console's "Save Plot" write the same file.
 */
public final class SweepPlot {

    public enum Format {
        PNG, SVG;

        /** The format a file's name asks for, or why none does. */
        public static Format of(Path file) throws SweepException {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            throw new SweepException("A plot is written as .png or .svg; " + file.getFileName() + " is neither");
        }
    }

    private SweepPlot() {
    }

    /** The chart of {@code measure} against {@code parameter}. */
    public static JFreeChart chart(ResultTable table, String measure, String parameter) throws SweepException {
        List<ResultTable.Series> series = table.series(measure, parameter);
        ResultTable.Column x = table.parameter(parameter).orElseThrow();
        ResultTable.Column y = table.measure(measure).orElseThrow();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        Map<Integer, String> labels = new LinkedHashMap<>();
        boolean numeric = true;
        for (ResultTable.Series s : series) {
            YIntervalSeries line = new YIntervalSeries(s.name());
            for (ResultTable.Point p : s.points()) {
                line.add(p.x(), p.mean(), p.mean() - p.deviation(), p.mean() + p.deviation());
                if (x.number(p.label()).isEmpty()) {
                    numeric = false;
                }
                labels.put((int) p.x(), p.label());
            }
            data.addSeries(line);
        }
        ValueAxis xAxis;
        if (numeric) {
            NumberAxis axis = new NumberAxis(x.heading());
            axis.setAutoRangeIncludesZero(false);
            xAxis = axis;
        } else {
            String[] symbols = new String[labels.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
            java.util.Arrays.fill(symbols, "");
            labels.forEach((i, label) -> symbols[i] = label);
            xAxis = new SymbolAxis(x.heading(), symbols);
        }
        NumberAxis yAxis = new NumberAxis(y.heading());
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(true);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1f));
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(table.sweep().experiment() + ": " + measure + " against " + parameter, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes the chart to {@code file} (replaced atomically) as its name's format says. */
    public static void write(ResultTable table, String measure, String parameter, Path file, int width, int height) throws SweepException {
        Format format = Format.of(file);
        JFreeChart chart = chart(table, measure, parameter);
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            Files.createDirectories(absolute.getParent());
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (format == Format.PNG) {
                    ChartUtils.writeChartAsPNG(out, chart, width, height);
                } else {
                    SVGGraphics2D svg = new SVGGraphics2D(width, height);
                    chart.draw(svg, new Rectangle(width, height));
                    out.write(svg.getSVGDocument().getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the partial file stays hidden beside the target
            }
            throw new SweepException("The plot could not be written to " + absolute + ": " + e.getMessage(), e);
        }
    }
}
