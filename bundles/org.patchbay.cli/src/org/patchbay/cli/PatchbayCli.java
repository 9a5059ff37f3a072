package org.patchbay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.nsfile.NsExport;
import org.patchbay.nsfile.NsFileException;
import org.patchbay.nsfile.NsImport;
import org.patchbay.nsfile.NsWarning;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code product/patchbay-cli}: Patchbay without a screen. Exit 0 on success, 1 when the work failed (with why), 2 for bad usage. */
@Command(name = "patchbay-cli", mixinStandardHelpOptions = true, version = "Patchbay 0.1",
        description = "Patchbay's command line: topologies, Emulab NS files, disk images, jobs, mapping onto testbeds and experiment sweeps without the console.",
        subcommands = {PatchbayCli.New.class, PatchbayCli.ImportNs.class, PatchbayCli.ExportNs.class, PatchbayCli.Show.class, ImageCommands.class, JobCommands.Run.class,
            JobCommands.Jobs.class, JobCommands.Migrate.class, JobCommands.Output.class, MappingCommands.class, InventoryCommands.class,
            SweepCommands.Sweep.class, SweepCommands.Results.class, LinkTestCommand.class, SwapCommands.class})
public final class PatchbayCli implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line; what it prints goes to {@code out} and {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new PatchbayCli());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("patchbay-cli: " + e.getMessage());
            return 1;
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: new, import-ns, export-ns, show, image, run, jobs, migrate, output, map, inventory, sweep, results or linktest");
    }

    /** --max-file-size, shared by the commands that open a .cluster file. */
    static final class FileLimit {
        @Option(names = "--max-file-size", paramLabel = "MB", description = "open topologies up to this size (default ${DEFAULT-VALUE} MB)",
                defaultValue = "64")
        long maxFileSizeMb;

        Cluster load(Path file) throws ClusterFileException {
            return ClusterFiles.load(file, maxFileSizeMb << 20);
        }
    }

    @Command(name = "import-ns", description = "Reads an Emulab NS file (in a safe Tcl interpreter) and writes it as a Patchbay topology.")
    static final class ImportNs implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN.ns")
        Path in;
        @Parameters(index = "1", paramLabel = "OUT.cluster")
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws ClusterFileException {
            NsImport.Result result;
            try {
                result = new NsImport().read(in);
            } catch (NsFileException e) {
                spec.commandLine().getErr().println("patchbay-cli: " + e.getMessage());
                return 1;
            }
            for (NsWarning warning : result.warnings()) {
                spec.commandLine().getErr().println("warning: " + in.getFileName() + ": " + warning);
            }
            ClusterFiles.save(result.cluster(), out);
            spec.commandLine().getOut().println("wrote " + out + ": " + result.cluster().getNodes().size() + " nodes, " + result.cluster().getLinks().size()
                    + " links, " + result.cluster().getLans().size() + " LANs, " + result.cluster().getEvents().size() + " events");
            return 0;
        }
    }

    @Command(name = "export-ns", description = "Writes a Patchbay topology as an Emulab NS file.")
    static final class ExportNs implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN.cluster")
        Path in;
        @Parameters(index = "1", paramLabel = "OUT.ns")
        Path out;
        @CommandLine.Mixin
        FileLimit limit;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws ClusterFileException {
            NsExport.Result result;
            try {
                result = NsExport.write(limit.load(in), out);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("patchbay-cli: " + in + ": " + e.getMessage());
                return 1;
            }
            for (String skipped : result.skipped()) {
                spec.commandLine().getErr().println("warning: not written: " + skipped);
            }
            spec.commandLine().getOut().println("wrote " + out);
            return 0;
        }
    }

    @Command(name = "show", description = "Describes a topology: a summary, or with --json the documented JSON (docs/ns-files.md).")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN.cluster")
        Path in;
        @Option(names = "--json", description = "print the topology as JSON (format patchbay-topology/1)")
        boolean json;
        @CommandLine.Mixin
        FileLimit limit;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws ClusterFileException {
            Cluster cluster = limit.load(in);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(TopologyJson.of(cluster)));
            } else {
                out.println(cluster.getName() + ": " + cluster.getNodes().size() + " nodes, " + cluster.getSwitches().size() + " switches, "
                        + cluster.getLinks().size() + " links, " + cluster.getLans().size() + " LANs, " + cluster.getActivities().size() + " programs and flows, "
                        + cluster.getEvents().size() + " events, " + cluster.getExperiments().size() + " experiments");
            }
            return 0;
        }
    }

    @Command(name = "new", description = "Writes a template (star, ring, dumbbell, openmosix, podos, cluster:N, random:N) or an example with an experiment "
            + "(netbed-grid, openmosix-scaling) as a topology file.")
    static final class New implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TEMPLATE")
        String template;
        @Parameters(index = "1", paramLabel = "OUT.cluster")
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws ClusterFileException {
            Cluster cluster = org.patchbay.model.templates.TopologyTemplates.create(template).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "no template " + template + "; choose one of " + java.util.stream.Stream.concat(org.patchbay.model.templates.TopologyTemplates.all().stream(),
                            org.patchbay.model.templates.TopologyTemplates.examples().stream()).map(org.patchbay.model.templates.TopologyTemplates.Template::id).toList()
                            + ", cluster:N or random:N"));
            ClusterFiles.save(cluster, out);
            spec.commandLine().getOut().println("wrote " + out.toAbsolutePath() + " (" + cluster.getNodes().size() + " nodes"
                    + (cluster.getExperiments().isEmpty() ? "" : ", experiment " + cluster.getExperiments().get(0).getName()) + ")");
            return 0;
        }
    }
}
