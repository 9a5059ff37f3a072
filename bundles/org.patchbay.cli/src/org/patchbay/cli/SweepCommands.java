package org.patchbay.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.patchbay.experiment.PlannedRun;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.ResultTable;
import org.patchbay.experiment.RunRecord;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepListener;
import org.patchbay.experiment.SweepPlan;
import org.patchbay.experiment.SweepPlot;
import org.patchbay.experiment.SweepRunner;
import org.patchbay.experiment.TestbedSweepTarget;
import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.persistence.ClusterFileException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patchbay-cli sweep} and {@code results}: an experiment's sweep on the local lab, and its results as a table, CSV or plot. */
final class SweepCommands {

    private SweepCommands() {
    }

    /** Where the results go and what to write from them; shared by both commands. */
    static final class Outputs {
        @Option(names = "--results", paramLabel = "DB", description = "the results database (default: beside the topology, NAME.results.mv.db)")
        Path results;
        @Option(names = "--csv", paramLabel = "OUT.csv", description = "write the sweep's table as CSV (- for standard output)")
        String csv;
        @Option(names = "--plot", paramLabel = "OUT.svg|OUT.png", description = "draw a measure against a parameter (needs --measure and --against)")
        Path plot;
        @Option(names = "--measure", paramLabel = "NAME", description = "the measure to plot (default: the first)")
        String measure;
        @Option(names = "--against", paramLabel = "PARAMETER", description = "the parameter on the x axis (default: the first)")
        String against;
        @Option(names = "--size", paramLabel = "WxH", description = "plot size in pixels (default ${DEFAULT-VALUE})", defaultValue = "900x560")
        String size;

        Path database(Path topology) {
            return results != null ? results : ResultStore.beside(topology);
        }

        /** Prints the table and writes what was asked for. */
        void write(ResultTable table, PrintWriter out) throws SweepException, java.io.IOException {
            if ("-".equals(csv)) {
                table.writeCsv(out);
            } else {
                print(table, out);
                if (csv != null) {
                    Path file = Path.of(csv).toAbsolutePath();
                    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
                    try {
                        Files.createDirectories(file.getParent());
                        try (Writer writer = Files.newBufferedWriter(partial)) {
                            table.writeCsv(writer);
                        }
                        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    } catch (java.io.IOException e) {
                        Files.deleteIfExists(partial);
                        throw new SweepException("The CSV could not be written to " + file + ": " + e + "; the results stay in the database (patchbay-cli results)", e);
                    }
                    out.println("wrote " + file);
                }
            }
            if (plot != null) {
                String[] wh = size.split("x");
                int width = Integer.parseInt(wh[0]);
                int height = Integer.parseInt(wh[1]);
                if (table.parameters().isEmpty() || table.measures().isEmpty()) {
                    throw new SweepException("Sweep " + table.sweep().id() + " has no parameter or no measure to plot");
                }
                String m = measure != null ? measure : table.measures().get(0).name();
                String p = against != null ? against : table.parameters().get(0).name();
                SweepPlot.write(table, m, p, plot, width, height);
                if (!"-".equals(csv)) {
                    out.println("wrote " + plot.toAbsolutePath());
                }
            }
        }

        void check(CommandLine.Model.CommandSpec spec) {
            if (!size.matches("\\d{2,5}x\\d{2,5}")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--size is WIDTHxHEIGHT in pixels, e.g. 900x560, not " + size);
            }
            if (plot != null) {
                try {
                    SweepPlot.Format.of(plot);
                } catch (SweepException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
        }
    }

    static Experiment experiment(Cluster cluster, String name, CommandLine.Model.CommandSpec spec) {
        List<String> names = cluster.getExperiments().stream().map(Experiment::getName).toList();
        if (cluster.getExperiments().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the topology defines no experiment; add one in the console (Experiment > New Experiment)");
        }
        if (name == null) {
            if (names.size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the topology defines several experiments; choose one with --experiment: " + names);
            }
            return cluster.getExperiments().get(0);
        }
        return cluster.getExperiments().stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no experiment " + name + " in the topology; it has " + names));
    }

    static void print(ResultTable table, PrintWriter out) {
        List<String> headings = table.headings().subList(0, table.headings().size() - 2);
        List<List<String>> rows = table.rows().stream().map(r -> table.cells(r).subList(0, headings.size())).toList();
        int[] widths = new int[headings.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headings.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println("sweep " + table.sweep().id() + " of " + table.sweep().experiment() + ": " + table.rows().size() + " of " + table.sweep().planned() + " runs");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            line.append(String.format("%-" + widths[i] + "s  ", headings.get(i)));
        }
        out.println(line.toString().stripTrailing());
        for (List<String> row : rows) {
            line.setLength(0);
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
        table.rows().stream().filter(r -> r.status() != RunRecord.Status.OK).forEach(r -> out.println("run " + r.run() + ": " + r.message()));
    }

    @Command(name = "sweep", description = "Runs an experiment's sweep on the local lab (started for it and stopped after) and records every run in the "
            + "results database beside the topology; a sweep stopped by Ctrl-C resumes where it stopped. Exit 0 when every run ended OK, 3 when some "
            + "failed or timed out (recorded), 1 when the sweep could not run.")
    static final class Sweep implements Callable<Integer> {
        static final int SOME_RUNS_FAILED = 3;

        @Parameters(index = "0", paramLabel = "TOPOLOGY.cluster")
        Path topology;
        @Option(names = "--experiment", paramLabel = "NAME", description = "which experiment (needed when the topology has several)")
        String experimentName;
        @Option(names = "--new", description = "start a new sweep even if the last one of this definition is unfinished")
        boolean fresh;
        @CommandLine.Mixin
        Outputs outputs;
        @CommandLine.Mixin
        PatchbayCli.FileLimit limit;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            outputs.check(spec);
            PrintWriter out = spec.commandLine().getOut();
            Cluster cluster = limit.load(topology);
            Experiment experiment = experiment(cluster, experimentName, spec);
            SweepPlan plan = SweepPlan.of(experiment);
            try (CancelOnSignal cancel = new CancelOnSignal(); ResultStore store = ResultStore.open(outputs.database(topology));
                    LabRun lab = LabRun.start(cluster, cancel, out)) {
                SweepRunner.Summary summary = new SweepRunner(new TestbedSweepTarget(lab.session(), lab.modelThread()), store).run(plan, fresh,
                        progress(out), cancel::cancelled);
                out.println((summary.cancelled() ? "stopped: " : "done: ") + summary.recorded() + " runs recorded now (" + summary.ok() + " ok, "
                        + summary.failed() + " failed, " + summary.timedOut() + " timed out), " + summary.alreadyRecorded() + " before, of "
                        + summary.planned() + (summary.cancelled() ? "; run the same command to resume" : ""));
                outputs.write(store.table(summary.sweepId()), out);
                if (summary.cancelled()) {
                    return 1;
                }
                return summary.failed() + summary.timedOut() > 0 ? SOME_RUNS_FAILED : 0;
            }
        }

        private static SweepListener progress(PrintWriter out) {
            return new SweepListener() {
                @Override
                public void runStarting(PlannedRun run, int done, int total, double estimateSeconds) {
                    out.println("run " + run.index() + " of " + total + " " + run.parameters() + " repetition " + run.repetition()
                            + (estimateSeconds >= 0 ? String.format(" (about %.0f s left)", estimateSeconds) : ""));
                }

                @Override
                public void runRecorded(RunRecord record) {
                    out.println("  " + record.status().name().toLowerCase() + String.format(" in %.1f s", record.seconds()) + " " + record.measures()
                            + (record.message().isEmpty() ? "" : ": " + record.message()));
                }

                @Override
                public void note(String line) {
                    out.println(line);
                }
            };
        }
    }

    @Command(name = "results", description = "Shows an experiment's recorded sweeps: the latest as a table (or --sweep N), as CSV (--csv) or as a plot (--plot).")
    static final class Results implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TOPOLOGY.cluster")
        Path topology;
        @Option(names = "--experiment", paramLabel = "NAME", description = "which experiment (default: every one, or the one with --sweep)")
        String experimentName;
        @Option(names = "--sweep", paramLabel = "ID", description = "which sweep (default: the latest)")
        Long sweepId;
        @Option(names = "--list", description = "list the sweeps with their definitions' fingerprints and how many runs each has")
        boolean list;
        @CommandLine.Mixin
        Outputs outputs;
        @CommandLine.Mixin
        PatchbayCli.FileLimit limit;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            outputs.check(spec);
            PrintWriter out = spec.commandLine().getOut();
            Path database = outputs.database(topology);
            if (!Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                spec.commandLine().getErr().println("patchbay-cli: no results for " + topology + " yet (" + database + ".mv.db); run patchbay-cli sweep first");
                return 1;
            }
            try (ResultStore store = ResultStore.open(database)) {
                List<ResultStore.SweepInfo> sweeps = store.sweeps(experimentName);
                if (list) {
                    for (ResultStore.SweepInfo s : sweeps) {
                        out.println(s.id() + "  " + s.experiment() + "  " + s.recorded() + "/" + s.planned() + " runs  " + s.created() + "  " + s.fingerprint().substring(0, 12));
                    }
                    return 0;
                }
                Optional<ResultStore.SweepInfo> chosen = sweepId != null ? Optional.of(store.sweep(sweepId)) : sweeps.stream().findFirst();
                if (chosen.isEmpty()) {
                    spec.commandLine().getErr().println("patchbay-cli: no sweep recorded" + (experimentName == null ? "" : " for " + experimentName));
                    return 1;
                }
                outputs.write(store.table(chosen.get().id()), out);
                return 0;
            } catch (ClusterFileException e) {
                throw e;
            }
        }
    }
}
