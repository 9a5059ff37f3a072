package org.patchbay.experiment;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.h2.tools.Csv;
import org.h2.tools.SimpleResultSet;
import org.patchbay.model.topology.ShapingText;

/**
 * One sweep's results: a row per recorded run with every parameter and measure, what the console's
 * table, the CSV export and the plots read.
 */
public record ResultTable(ResultStore.SweepInfo sweep, List<Column> parameters, List<Column> measures, List<Row> rows) {

    /** A parameter or measure: its name, kind (as the model spells it) and unit. */
    public record Column(String name, String kind, String unit) {
        /** The column's heading: name and unit. */
        public String heading() {
            String shown = switch (kind) {
                case "bandwidth" -> "Mb/s";
                case "delay" -> "ms";
                case "loss" -> "%";
                case "wallTime", "cpuTime" -> "s";
                case "linkBytes" -> "bytes";
                default -> unit;
            };
            return shown == null || shown.isEmpty() ? name : name + " (" + shown + ")";
        }

        /** A parameter value as a number on this column's axis, or empty when it is not one. */
        public Optional<Double> number(String value) {
            try {
                return Optional.of(switch (kind) {
                    case "bandwidth" -> ShapingText.parseBandwidth(value) / 1e6;
                    case "delay" -> ShapingText.parseDelay(value);
                    case "loss" -> ShapingText.parseLoss(value) * 100;
                    default -> Double.parseDouble(value.strip());
                });
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public record Row(int run, int combination, int repetition, RunRecord.Status status, String message, Instant started, double seconds, double loadAverage,
            Map<String, String> parameters, Map<String, Double> measures) {
    }

    public ResultTable {
        parameters = List.copyOf(parameters);
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
    }

    /** Every heading, in the order of {@link #cells}. */
    public List<String> headings() {
        List<String> headings = new ArrayList<>(List.of("run", "repetition", "status"));
        parameters.forEach(c -> headings.add(c.name()));
        measures.forEach(c -> headings.add(c.heading()));
        headings.addAll(List.of("seconds", "load average", "started", "message"));
        return headings;
    }

    /** A row's cells as text, in the order of {@link #headings}. */
    public List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(row.run()), Integer.toString(row.repetition()), row.status().name().toLowerCase()));
        parameters.forEach(c -> cells.add(row.parameters().getOrDefault(c.name(), "")));
        measures.forEach(c -> cells.add(row.measures().containsKey(c.name()) ? number(row.measures().get(c.name())) : ""));
        cells.add(number(row.seconds()));
        cells.add(Double.isNaN(row.loadAverage()) ? "" : number(row.loadAverage()));
        cells.add(row.started().toString());
        cells.add(row.message());
        return cells;
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", value).replaceAll("(\\.\\d*?)0+($|e)", "$1$2").replaceAll("\\.($|e)", "$1");
    }

    /** The table as CSV (RFC 4180, a header row, measures' units in the headings). */
    public void writeCsv(Writer out) throws IOException {
        SimpleResultSet rs = new SimpleResultSet();
        for (String heading : headings()) {
            rs.addColumn(heading, Types.VARCHAR, Integer.MAX_VALUE, 0);
        }
        for (Row row : rows) {
            rs.addRow(cells(row).toArray());
        }
        Csv csv = new Csv();
        csv.setLineSeparator("\r\n");
        // H2 closes the writer it is given; the caller owns out (it may be standard output)
        Writer unclosed = new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try {
            csv.write(unclosed, rs);
        } catch (SQLException e) {
            throw new IOException("the results could not be written as CSV: " + e.getMessage(), e);
        }
        out.flush();
    }

    public Optional<Column> parameter(String name) {
        return parameters.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Column> measure(String name) {
        return measures.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** One point of a plot: the mean over the repetitions that measured it, their standard deviation and count. */
    public record Point(double x, String label, double mean, double deviation, int count) {
    }

    /** One line of a plot: the runs that share every other parameter's value. */
    public record Series(String name, List<Point> points) {
    }

    /**
     * {@code measure} against {@code parameter}: a series per combination of the other parameters'
     * values, a point per value of {@code parameter} (mean and deviation over the runs that ended OK
     * and measured it). Values that are not numbers are placed 0, 1, 2... in the order they appear.
     */
    public List<Series> series(String measure, String parameter) throws SweepException {
        Column x = parameter(parameter).orElseThrow(() -> new SweepException("Sweep " + sweep.id() + " has no parameter " + parameter
                + "; it has " + parameters.stream().map(Column::name).toList()));
        measure(measure).orElseThrow(() -> new SweepException("Sweep " + sweep.id() + " has no measure " + measure + "; it has "
                + measures.stream().map(Column::name).toList()));
        boolean numeric = rows.stream().allMatch(r -> x.number(r.parameters().getOrDefault(parameter, "")).isPresent());
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            String value = row.parameters().getOrDefault(parameter, "");
            categories.putIfAbsent(value, categories.size());
            if (row.status() != RunRecord.Status.OK || !row.measures().containsKey(measure)) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (Column other : parameters) {
                if (!other.name().equals(parameter)) {
                    others.add(other.name() + "=" + row.parameters().getOrDefault(other.name(), ""));
                }
            }
            String name = others.isEmpty() ? measure : String.join(", ", others);
            grouped.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new ArrayList<>()).add(row.measures().get(measure));
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Double>>> s : grouped.entrySet()) {
            List<Point> points = new ArrayList<>();
            for (Map.Entry<String, List<Double>> p : s.getValue().entrySet()) {
                List<Double> values = p.getValue();
                double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                double variance = values.size() < 2 ? 0 : values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
                double xValue = numeric ? x.number(p.getKey()).orElseThrow() : categories.get(p.getKey());
                points.add(new Point(xValue, p.getKey(), mean, Math.sqrt(variance), values.size()));
            }
            points.sort(java.util.Comparator.comparingDouble(Point::x));
            series.add(new Series(s.getKey(), points));
        }
        return series;
    }
}
