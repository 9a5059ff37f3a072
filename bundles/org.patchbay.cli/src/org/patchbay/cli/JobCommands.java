package org.patchbay.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.core.jobs.JobCommandLine;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.model.Cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patchbay-cli run | jobs | migrate | output --topology T.cluster}: jobs on the nodes whose
 * agents the topology names (each node's Agent Endpoint), with the console's certificate. For the
 * local lab, {@code patchbay-lab} has the same commands and finds the lab's agents itself.
 */
final class JobCommands {

    private JobCommands() {
    }

    /** --topology and --ca, shared by the job commands. */
    static final class Agents {
        @Option(names = "--topology", required = true, paramLabel = "T.cluster", description = "the topology whose nodes' agent endpoints to use")
        Path topology;
        @Option(names = "--ca", paramLabel = "DIR", description = "the console's CA and certificate (default: the console's, ~/.local/state/patchbay/ca)")
        Path ca;
        @Mixin
        PatchbayCli.FileLimit limit = new PatchbayCli.FileLimit();

        int with(CommandLine.Model.CommandSpec spec, JobAction action) throws Exception {
            Cluster cluster = limit.load(topology);
            Map<String, String> problems = new LinkedHashMap<>();
            Map<String, URI> endpoints = AgentMonitor.endpointsFromModel(cluster, problems);
            problems.forEach((node, problem) -> spec.commandLine().getErr().println("patchbay-cli: " + node + ": " + problem));
            if (endpoints.isEmpty()) {
                spec.commandLine().getErr().println("patchbay-cli: no node of " + topology + " names an agent endpoint (Properties > Agent Endpoint)");
                return 1;
            }
            try (AgentClient client = AgentClient.forConsole(ca != null ? ca : TestbedSession.stateDir().resolve("ca"))) {
                return action.run(new JobCommandLine(endpoints, client, System.out, System.err));
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("patchbay-cli: " + e.getMessage());
                return 1;
            }
        }
    }

    interface JobAction {
        int run(JobCommandLine jobs) throws Exception;
    }

    @Command(name = "run", description = "Starts COMMAND on NODE as a job under the agents' control (its output stays at NODE, its home); it can then move.")
    static final class Run implements Callable<Integer> {
        @Mixin
        Agents agents;
        @Parameters(index = "0", paramLabel = "NODE")
        String node;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND")
        List<String> command;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return agents.with(spec, jobs -> jobs.run(node, command));
        }
    }

    @Command(name = "jobs", description = "Lists every job: where it runs, its home, its state and memory.")
    static final class Jobs implements Callable<Integer> {
        @Mixin
        Agents agents;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return agents.with(spec, JobCommandLine::jobs);
        }
    }

    @Command(name = "migrate", description = "Moves JOB to NODE while it runs (CRIU, agent to agent) and prints the freeze and total time.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        Agents agents;
        @Parameters(index = "0", paramLabel = "JOB")
        String job;
        @Parameters(index = "1", paramLabel = "NODE")
        String node;
        @CommandLine.Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
                description = "auto (post-copy where both nodes can: the job runs on NODE after a short freeze and its memory follows), "
                        + "stop-and-copy (all memory while the job is frozen) or post-copy")
        String mode;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!java.util.List.of("auto", "stop-and-copy", "post-copy").contains(mode)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mode is auto, stop-and-copy or post-copy, not '" + mode + "'");
            }
            return agents.with(spec, jobs -> jobs.migrate(job, node, mode));
        }
    }

    @Command(name = "output", description = "Prints JOB's output, read at its home node wherever the job ran.")
    static final class Output implements Callable<Integer> {
        @Mixin
        Agents agents;
        @Parameters(index = "0", paramLabel = "JOB")
        String job;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return agents.with(spec, jobs -> jobs.output(job));
        }
    }
}
