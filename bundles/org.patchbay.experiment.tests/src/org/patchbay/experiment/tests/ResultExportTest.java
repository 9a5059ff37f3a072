package org.patchbay.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.ResultTable;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepListener;
import org.patchbay.experiment.SweepPlan;
import org.patchbay.experiment.SweepPlot;
import org.patchbay.experiment.SweepRunner;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.WorkloadStep;

/** The results as CSV, as plot series with error bars, and as PNG and SVG files drawn without a display. */
class ResultExportTest {

    @TempDir
    Path dir;

    private ResultTable sweep(ResultStore store) throws Exception {
        Experiments e = new Experiments(2);
        e.experiment.setRepetitions(3);
        e.parameter("delay", ParameterKind.DELAY, "10ms, 40ms", e.link);
        e.parameter("label", ParameterKind.VARIABLE, "a, \"b, \"\"c\"\"\"");
        // value = delay in ms + repetition: mean over repetitions 1..3 is delay + 2, deviation 1
        WorkloadStep work = e.step("work", "d='${delay}'; echo \"rtt $(( ${d%ms} + ${repetition} ))\"", 0, false, e.nodes.get(0));
        e.measure("rtt", MeasureKind.OUTPUT_PATTERN, work, "rtt (\\d+)");
        e.experiment.getMeasures().get(0).setUnit("ms");
        SweepRunner.Summary summary = new SweepRunner(new LocalSweepTarget(), store).run(SweepPlan.of(e.experiment), false, new SweepListener() {
        }, () -> false);
        return store.table(summary.sweepId());
    }

    @Test
    void csvHasAHeaderAndARowPerRunWithQuotedValues() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            ResultTable table = sweep(store);
            StringWriter out = new StringWriter();
            table.writeCsv(out);
            table.writeCsv(out);
            out.write("still open");
            assertTrue(out.toString().endsWith("still open"), "the caller's writer stays open (standard output)");
            out = new StringWriter();
            table.writeCsv(out);
            List<String> lines = out.toString().lines().toList();
            assertEquals(13, lines.size(), out.toString());
            assertTrue(lines.get(0).startsWith("\"run\",\"repetition\",\"status\",\"delay\",\"label\",\"rtt (ms)\",\"seconds\",\"load average\""), lines.get(0));
            assertTrue(lines.get(1).startsWith("\"1\",\"1\",\"ok\",\"10ms\",\"a\",\"11\","), lines.get(1));
            assertTrue(lines.get(4).contains(",\"b, \"\"c\"\"\","), "a value with a comma and quotes survives: " + lines.get(4));
        }
    }

    @Test
    void seriesAverageTheRepetitionsWithTheirDeviation() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            List<ResultTable.Series> series = sweep(store).series("rtt", "delay");
            assertEquals(2, series.size(), "one line per other parameter's value");
            for (ResultTable.Series s : series) {
                assertEquals(List.of(10.0, 40.0), s.points().stream().map(ResultTable.Point::x).toList(), "delay in ms on the x axis");
                assertEquals(12, s.points().get(0).mean(), 1e-9);
                assertEquals(42, s.points().get(1).mean(), 1e-9);
                assertEquals(1, s.points().get(0).deviation(), 1e-9);
                assertEquals(3, s.points().get(0).count());
            }
            assertTrue(series.get(0).name().startsWith("label="), series.get(0).name());
            SweepException unknown = assertThrows(SweepException.class, () -> sweep(store).series("rtt", "bandwidth"));
            assertTrue(unknown.getMessage().contains("no parameter bandwidth") && unknown.getMessage().contains("delay"), unknown.getMessage());
        }
    }

    @Test
    void plotsAreWrittenAsPngAndSvgWithoutADisplay() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            ResultTable table = sweep(store);
            Path png = dir.resolve("plots/rtt.png");
            SweepPlot.write(table, "rtt", "delay", png, 800, 500);
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 2000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG of " + bytes.length + " bytes");
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals(800, image.getWidth());
            Path svg = dir.resolve("rtt.svg");
            SweepPlot.write(table, "rtt", "label", svg, 800, 500);
            String text = Files.readString(svg);
            assertTrue(text.contains("<svg") && text.contains("delay=10ms") && text.contains("rtt against label"), "an SVG with its legend and title");
            SweepException wrongType = assertThrows(SweepException.class, () -> SweepPlot.write(table, "rtt", "delay", dir.resolve("x.pdf"), 800, 500));
            assertTrue(wrongType.getMessage().contains(".png or .svg"), wrongType.getMessage());
        }
    }

    @Test
    void aSecondProcessIsRefusedTheOpenDatabase() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            sweep(store);
            ProcessBuilder other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(), "org.h2.tools.Shell", "-url",
                    "jdbc:h2:file:" + dir.resolve("r").toAbsolutePath() + ";FILE_LOCK=FS", "-sql", "SELECT COUNT(*) FROM runs").redirectErrorStream(true);
            Process process = other.start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            assertTrue(out.contains("already in use") || out.contains("locked"), "another process is kept out while a sweep writes: " + out);
        }
    }
}
