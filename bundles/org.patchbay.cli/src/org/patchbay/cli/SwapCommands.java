package org.patchbay.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.core.swapin.AgentDelayNodes;
import org.patchbay.core.swapin.DelayNodes;
import org.patchbay.core.swapin.ReservationKeeper;
import org.patchbay.core.swapin.ReservationLength;
import org.patchbay.core.swapin.SwapException;
import org.patchbay.core.swapin.SwapIns;
import org.patchbay.core.swapin.VlanPlan;
import org.patchbay.mapping.Mapper;
import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.MappingException;
import org.patchbay.mapping.MappingRequest;
import org.patchbay.model.Cluster;
import org.patchbay.model.Machine;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.snmp.SnmpClient;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patchbay-cli swap}: experiments in and out of a testbed inventory from a shell, the same
 * swap-in the Mapping view does (VLANs over SNMP, machines reserved, a journal beside the inventory
 * that a later command finishes or rolls back), with a reservation end, and {@code expire} for cron.
 */
@Command(name = "swap", description = "Swaps experiments in and out of a testbed inventory (VLANs over SNMP, machines reserved).",
        subcommands = {SwapCommands.In.class, SwapCommands.Out.class, SwapCommands.Expire.class, SwapCommands.ListSwapped.class,
                SwapWatch.class})
final class SwapCommands {

    /** What every swap command is given: the inventory and where its switches' credentials are. */
    static final class Inventory {
        @Option(names = "--credentials", paramLabel = "FILE",
                description = "SNMP credentials of the inventory's switches (0600; default: INVENTORY.credentials beside the inventory)")
        Path credentials;
        @Option(names = "--ca", paramLabel = "DIR", description = "the console's CA and certificate, which the machines' agents trust: delay "
                + "machines are asked to bridge (and to stop) with it (default: the console's, ~/.local/state/patchbay/ca)")
        Path ca;

        /** Delay machines reached through their agents with the console's certificate, when there is one; else none can be. */
        DelayNodes delayNodes(List<AutoCloseable> opened) throws java.io.IOException {
            Path dir = ca != null ? ca : TestbedSession.stateDir().resolve("ca");
            if (!Files.isDirectory(dir)) {
                return DelayNodes.NONE;
            }
            AgentClient client = AgentClient.forConsole(dir);
            opened.add(client);
            return new AgentDelayNodes(client);
        }

        Path credentials(Path inventory) {
            if (credentials != null) {
                return credentials;
            }
            return inventory.resolveSibling(inventory.getFileName().toString().replaceFirst("\\.testbed$", "") + ".credentials");
        }

        /** The journals of swapped-in experiments, as the Mapping view keeps them: {@code INVENTORY.testbed.swaps/}. */
        static Path journals(Path inventory) {
            return inventory.resolveSibling(inventory.getFileName() + ".swaps");
        }
    }

    private SwapCommands() {
    }

    /** "90m", "8h", "2d", "45s" as a duration for {@code option}; refused, naming the option and the forms, otherwise. */
    static Duration duration(String option, String text, CommandLine commandLine) {
        try {
            return ReservationLength.parse(option, text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** Runs {@code action} with the inventory's swaps, after finishing or rolling back any swap a dead command left half done. */
    private static int withSwaps(Path inventory, Inventory options, PrintWriter out, PrintWriter err, SwapAction action) throws ClusterFileException {
        Path credentials = options.credentials(inventory);
        if (!Files.isReadable(credentials)) {
            err.println("patchbay-cli: no SNMP credentials for " + inventory.getFileName() + "'s switches at " + credentials
                    + "; give them with --credentials FILE");
            return 1;
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try (SnmpClient snmp = new SnmpClient()) {
            SwapIns swaps = new SwapIns(Inventory.journals(inventory), SwapIns.fromCredentials(snmp, credentials), options.delayNodes(opened));
            // read, swap and save as one step under the testbed's lock: nobody's reservation made meanwhile is overwritten
            return swaps.locked(inventory.getFileName().toString(), () -> {
                Testbed testbed = load(inventory);
                swaps.recover(testbed, step -> out.println("  " + step)).forEach(line -> out.println("recovered: " + line));
                int exit;
                try {
                    exit = action.run(swaps, testbed);
                } catch (ClusterFileException e) {
                    throw new SwapException(e.getMessage(), e);
                }
                save(testbed, inventory);
                return exit;
            });
        } catch (SwapException | java.io.IOException e) {
            err.println("patchbay-cli: " + e.getMessage());
            return 1;
        } finally {
            for (AutoCloseable closing : opened) {
                try {
                    closing.close();
                } catch (Exception e) {
                    // the agents' client: nothing left to say to them
                }
            }
        }
    }

    /** The inventory as saved now; unreadable, a refusal of the swap. */
    static Testbed load(Path inventory) throws SwapException {
        return ReservationKeeper.load(inventory);
    }

    static void save(Testbed testbed, Path inventory) throws SwapException {
        ReservationKeeper.save(testbed, inventory);
    }

    private interface SwapAction {
        int run(SwapIns swaps, Testbed testbed) throws SwapException, ClusterFileException;
    }

    /** A swap command on one inventory: its credentials, the recovery first, the inventory saved after. */
    abstract static class OnInventory implements Callable<Integer> {
        @CommandLine.Mixin
        Inventory options;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Path inventory();

        abstract int act(SwapIns swaps, Testbed testbed, PrintWriter out, PrintWriter err) throws SwapException, ClusterFileException;

        @Override
        public Integer call() throws ClusterFileException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return withSwaps(inventory(), options, out, err, (swaps, testbed) -> act(swaps, testbed, out, err));
        }
    }

    @Command(name = "in", description = "Maps a topology onto the inventory and swaps it in: its VLANs on the switches, its machines reserved "
            + "(until swapped out, or for --for).")
    static final class In extends OnInventory {
        @Parameters(index = "0", paramLabel = "TOPOLOGY.cluster")
        Path topology;
        @Parameters(index = "1", paramLabel = "INVENTORY.testbed")
        Path inventory;
        @Option(names = "--for", paramLabel = "DURATION", description = "reserve the machines this long (8h, 90m, 2d); then 'swap expire' swaps it out")
        String reservation;
        @Option(names = "--name", paramLabel = "NAME", description = "the experiment's name on the testbed (default: the topology's name)")
        String name;
        @Option(names = "--delay-nodes", description = "run every shaped link through a delay node (a machine with the feature 'delay'), "
                + "asked over its agent to bridge and shape")
        boolean delayNodes;
        @CommandLine.Mixin
        PatchbayCli.FileLimit limit;
        private Instant until;
        private Cluster experiment;

        @Override
        Path inventory() {
            return inventory;
        }

        @Override
        public Integer call() throws ClusterFileException {
            until = reservation == null ? null : Instant.now().plus(duration("--for", reservation, spec.commandLine()));
            experiment = limit.load(topology);
            return super.call();
        }

        @Override
        int act(SwapIns swaps, Testbed testbed, PrintWriter out, PrintWriter err) throws SwapException {
            String experimentName = name != null ? name : experiment.getName();
            Mapping mapping;
            try {
                mapping = new Mapper().map(MappingRequest.of(experiment, testbed).withExperimentName(experimentName).withDelayNodes(delayNodes));
            } catch (MappingException e) {
                err.println("patchbay-cli: " + experimentName + " cannot be mapped onto " + testbed.getName() + ":");
                e.reasons().forEach(reason -> err.println("  - " + reason));
                return 1;
            }
            VlanPlan plan = swaps.swapIn(experimentName, mapping, testbed, until, step -> out.println("  " + step), () -> false);
            out.printf("%s is swapped in on %s: %d machines, %d VLANs on %d switches, reserved %s%n", experimentName, testbed.getName(),
                    mapping.placements().size(), plan.vlans().size(), plan.switchNames().size(), until == null ? "until swapped out" : "until " + until);
            mapping.placements().forEach(p -> out.printf("  %-16s -> %s%n", p.node().getName(), p.machine().getName()));
            mapping.delayNodes().forEach(d -> out.printf("  %-16s shaped by %s on %s%n", d.name(), d.node().getName(), d.machine().getName()));
            return 0;
        }
    }

    @Command(name = "out", description = "Swaps an experiment out: its VLANs removed, its ports as they were, its machines free.")
    static final class Out extends OnInventory {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "INVENTORY.testbed")
        Path inventory;

        @Override
        Path inventory() {
            return inventory;
        }

        @Override
        int act(SwapIns swaps, Testbed testbed, PrintWriter out, PrintWriter err) throws SwapException {
            out.println(name + " is swapped out: " + String.join("; ", swaps.swapOut(name, testbed, step -> out.println("  " + step))));
            return 0;
        }
    }

    @Command(name = "expire", description = "Swaps out every experiment whose reservation has ended (run it from cron or a timer).")
    static final class Expire extends OnInventory {
        @Parameters(index = "0", paramLabel = "INVENTORY.testbed")
        Path inventory;

        @Override
        Path inventory() {
            return inventory;
        }

        @Override
        int act(SwapIns swaps, Testbed testbed, PrintWriter out, PrintWriter err) throws SwapException {
            List<String> done = swaps.swapOutExpired(testbed, Instant.now(), step -> out.println("  " + step));
            if (done.isEmpty()) {
                out.println("no reservation on " + testbed.getName() + " has ended");
            }
            done.forEach(out::println);
            return 0;
        }
    }

    @Command(name = "list", description = "The experiments swapped in on the inventory, with their machines and reservation ends.")
    static final class ListSwapped implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INVENTORY.testbed")
        Path inventory;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws ClusterFileException {
            PrintWriter out = spec.commandLine().getOut();
            Testbed testbed = ClusterFiles.loadTestbed(inventory);
            java.util.Map<String, java.util.List<Machine>> byExperiment = new java.util.TreeMap<>();
            for (Machine machine : testbed.getMachines()) {
                if (machine.getReservedBy() != null) {
                    byExperiment.computeIfAbsent(machine.getReservedBy(), e -> new java.util.ArrayList<>()).add(machine);
                }
            }
            if (byExperiment.isEmpty()) {
                out.println("nothing is swapped in on " + testbed.getName());
            }
            byExperiment.forEach((experiment, machines) -> {
                String until = machines.get(0).getReservedUntil();
                out.printf("%-20s %-28s %s%n", experiment, until == null ? "until swapped out" : "until " + until,
                        String.join(", ", machines.stream().map(Machine::getName).toList()));
            });
            return 0;
        }
    }
}
