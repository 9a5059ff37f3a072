package org.patchbay.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.live.LiveState;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.core.swapin.AgentDelayNodes;
import org.patchbay.core.swapin.DelayNodes;
import org.patchbay.core.swapin.MachineActivity;
import org.patchbay.core.swapin.ReservationKeeper;
import org.patchbay.core.swapin.ReservationLength;
import org.patchbay.core.swapin.SwapException;
import org.patchbay.core.swapin.SwapIns;
import org.patchbay.model.Machine;
import org.patchbay.model.Testbed;
import org.patchbay.snmp.SnmpClient;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patchbay-cli swap watch}: the testbed's keeper, as Emulab's idle-swap daemon. Each look
 * reads the inventory afresh (consoles swap in and out meanwhile), finishes or rolls back a swap a
 * dead console left half way, swaps out experiments whose reservation has ended and, with
 * {@code --idle}, experiments none of whose machines has worked for that long (their agents
 * followed over mutual TLS; a machine never heard from keeps its experiment in). The inventory is
 * saved only when a look changed a reservation. A look that fails (a switch not answering, another
 * console swapping) is reported and the watch goes on.
 */
@Command(name = "watch", description = "Watches the inventory until stopped (Ctrl-C): swaps out experiments whose reservation has ended and, "
        + "with --idle, experiments none of whose machines has been busy that long (their agents followed over mutual TLS).")
final class SwapWatch implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INVENTORY.testbed")
    Path inventory;
    @CommandLine.Mixin
    SwapCommands.Inventory options;
    @Option(names = "--idle", paramLabel = "DURATION", description = "swap out an experiment once none of its machines has been busy this long (2h, 30m); "
            + "without it only reservation ends swap experiments out")
    String idle;
    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "60s", description = "how often to look (default: 60s)")
    String every;
    @Option(names = "--busy-cores", paramLabel = "CORES", defaultValue = "0.2",
            description = "a machine is busy while its processes want at least this many cores (default: 0.2)")
    double busyCores;
    @Option(names = "--busy-mbps", paramLabel = "MBPS", defaultValue = "1",
            description = "or while its experiment interfaces (not the management one) move at least this many Mb/s (default: 1)")
    double busyMbps;
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "0", description = "stop after N looks (default: until stopped)")
    int rounds;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        Duration period = SwapCommands.duration("--every", every, commandLine);
        Duration idleFor = idle == null ? null : SwapCommands.duration("--idle", idle, commandLine);
        if (!(busyCores >= 0 && busyCores <= 4096)) {
            throw new CommandLine.ParameterException(commandLine, "--busy-cores must be between 0 and 4096, not " + busyCores);
        }
        if (!(busyMbps >= 0 && busyMbps <= 1_000_000)) {
            throw new CommandLine.ParameterException(commandLine, "--busy-mbps must be between 0 and 1000000, not " + busyMbps);
        }
        if (rounds < 0) {
            throw new CommandLine.ParameterException(commandLine, "--rounds must be 0 (until stopped) or more, not " + rounds);
        }
        Path credentials = options.credentials(inventory);
        if (!Files.isReadable(credentials)) {
            err.println("patchbay-cli: no SNMP credentials for " + inventory.getFileName() + "'s switches at " + credentials
                    + "; give them with --credentials FILE");
            return 1;
        }
        Path caDir = options.ca != null ? options.ca : TestbedSession.stateDir().resolve("ca");
        if (idleFor != null && !Files.isDirectory(caDir)) {
            err.println("patchbay-cli: no console CA at " + caDir + " to reach the machines' agents with; give the one they trust with --ca DIR");
            return 1;
        }
        out.printf("watching %s every %s: experiments are swapped out when their reservation ends%s (Ctrl-C stops)%n", inventory.getFileName(),
                ReservationLength.describe(period), idleFor == null ? "" : " or after " + ReservationLength.describe(idleFor) + " without work on any of their machines");
        out.flush();
        try (CancelOnSignal cancel = new CancelOnSignal(); SnmpClient snmp = new SnmpClient();
                Activity activity = idleFor == null ? null : new Activity(caDir, busyCores, busyMbps * 1e6);
                AgentClient delayAgents = Files.isDirectory(caDir) ? AgentClient.forConsole(caDir) : null) {
            // swapping out an experiment with delay nodes asks their agents to stop bridging, with the same certificate
            SwapIns swaps = new SwapIns(SwapCommands.Inventory.journals(inventory), SwapIns.fromCredentials(snmp, credentials),
                    delayAgents != null ? new AgentDelayNodes(delayAgents) : DelayNodes.NONE);
            for (int round = 1; rounds == 0 || round <= rounds; round++) {
                if (round > 1 && !pause(period, cancel)) {
                    break;
                }
                look(swaps, activity, idleFor, out, err);
            }
        }
        return 0;
    }

    private void look(SwapIns swaps, Activity activity, Duration idleFor, PrintWriter out, PrintWriter err) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> done = new ArrayList<>();
        Consumer<String> step = line -> out.println(now + "   " + line);
        try {
            // read, swap and save as one step under the testbed's lock: a console's reservation made meanwhile is never overwritten
            done.addAll(ReservationKeeper.look(swaps, inventory, Instant.now(), step, activity == null ? null : testbed -> {
                activity.follow(testbed, line -> err.println(now + " " + line));
                return swaps.swapOutIdle(testbed, activity.machines::lastBusy, idleFor, Instant.now(), step);
            }));
        } catch (SwapException e) {
            err.println(now + " patchbay-cli: " + e.getMessage() + "; trying again at the next look");
        }
        done.forEach(line -> out.println(now + " " + line));
        out.flush();
        err.flush();
    }

    /** Waits one period; false when the watch was stopped meanwhile (Ctrl-C, or the thread interrupted). */
    private static boolean pause(Duration period, CancelOnSignal cancel) {
        long end = System.nanoTime() + period.toNanos();
        while (!cancel.cancelled()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(200, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The reserved machines' agents, followed so that {@link MachineActivity} knows when each last worked. */
    private static final class Activity implements AutoCloseable {
        private final AgentClient client;
        private final AgentMonitor monitor;
        private final MachineActivity machines;
        private final Set<String> named = new HashSet<>();
        private final Map<String, String> heldBy = new LinkedHashMap<>();

        Activity(Path caDir, double busyCores, double busyBitsPerSecond) throws java.io.IOException {
            client = AgentClient.forConsole(caDir);
            LiveState live = new LiveState();
            monitor = new AgentMonitor(client, live, ConnectionPolicy.standard());
            machines = new MachineActivity(live, Clock.systemUTC(), busyCores, busyBitsPerSecond);
        }

        /** Follows the agents of the machines reserved now (and no others); names once each machine that cannot be followed. */
        void follow(Testbed testbed, Consumer<String> warn) {
            Map<String, URI> endpoints = new LinkedHashMap<>();
            for (Machine machine : testbed.getMachines()) {
                String experiment = machine.getReservedBy();
                if (!java.util.Objects.equals(heldBy.put(machine.getName(), experiment), experiment)) {
                    machines.forget(machine.getName());
                    named.remove(machine.getName());
                }
                if (experiment == null) {
                    continue;
                }
                String endpoint = machine.getAgentEndpoint();
                if (endpoint == null || endpoint.isBlank()) {
                    if (named.add(machine.getName())) {
                        warn.accept(machine.getName() + " has no agent endpoint in the inventory: " + machine.getReservedBy() + " is never counted idle");
                    }
                    continue;
                }
                try {
                    endpoints.put(machine.getName(), AgentMonitor.parseEndpoint(endpoint));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    if (named.add(machine.getName())) {
                        warn.accept(machine.getName() + "'s agent endpoint '" + endpoint + "' is not host:port (" + e.getMessage() + "): "
                                + machine.getReservedBy() + " is never counted idle");
                    }
                }
            }
            monitor.follow(endpoints);
        }

        @Override
        public void close() {
            machines.close();
            monitor.close();
            client.close();
        }
    }
}
