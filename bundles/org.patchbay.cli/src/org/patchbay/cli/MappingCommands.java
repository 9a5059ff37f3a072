package org.patchbay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.mapping.Mapper;
import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.Mapping.Placement;
import org.patchbay.mapping.MappingException;
import org.patchbay.mapping.MappingRequest;
import org.patchbay.model.Cluster;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patchbay-cli map}: an experiment onto a testbed inventory, printed. */
@Command(name = "map", description = "Maps a topology onto the machines of a testbed inventory and prints where each node, link and LAN goes: "
        + "exit 0 mapped cleanly, 3 mapped with violations (listed), 1 cannot be mapped (with why).")
final class MappingCommands implements Callable<Integer> {

    static final int MAPPED_WITH_VIOLATIONS = 3;

    @Parameters(index = "0", paramLabel = "TOPOLOGY.cluster")
    Path topology;
    @Parameters(index = "1", paramLabel = "INVENTORY.testbed")
    Path inventory;
    @Option(names = "--json", description = "print the mapping as JSON (format patchbay-mapping/1)")
    boolean json;
    @Option(names = "--pin", paramLabel = "NODE=MACHINE", description = "put NODE on MACHINE (repeatable; wins over the node's Fixed To)")
    Map<String, String> pins = new LinkedHashMap<>();
    @Option(names = "--seed", description = "search seed; one seed always gives the same mapping (default ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;
    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "stop the search with its best mapping after this long (default ${DEFAULT-VALUE})",
            defaultValue = "60")
    long timeLimitSeconds;
    @Option(names = "--delay-nodes", description = "run every shaped link through a delay node: a machine with the feature 'delay' bridging "
            + "a VLAN on each side (as Netbed did), for nodes that cannot shape at their ends")
    boolean delayNodes;
    @Option(names = "--experiment", paramLabel = "NAME", description = "machines reserved under NAME count as free (default: the topology's name)")
    String experimentName;
    @CommandLine.Mixin
    PatchbayCli.FileLimit limit;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ClusterFileException {
        if (timeLimitSeconds < 1 || timeLimitSeconds > 3600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be 1 to 3600 seconds, not " + timeLimitSeconds);
        }
        Cluster experiment = limit.load(topology);
        Testbed testbed = ClusterFiles.loadTestbed(inventory);
        MappingRequest request = MappingRequest.of(experiment, testbed).withPins(pins).withSeed(seed)
                .withTimeLimit(Duration.ofSeconds(timeLimitSeconds)).withDelayNodes(delayNodes);
        if (experimentName != null) {
            request = request.withExperimentName(experimentName);
        }
        PrintWriter out = spec.commandLine().getOut();
        Mapping mapping;
        try {
            mapping = new Mapper().map(request);
        } catch (MappingException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("patchbay-cli: " + experiment.getName() + " cannot be mapped onto " + testbed.getName() + ":");
            e.reasons().forEach(reason -> err.println("  - " + reason));
            return 1;
        }
        if (json) {
            out.println(Json.write(MappingJson.of(experiment.getName(), testbed.getName(), mapping)));
        } else {
            printSummary(out, experiment, testbed, mapping);
        }
        return mapping.violations().isEmpty() ? 0 : MAPPED_WITH_VIOLATIONS;
    }

    private static void printSummary(PrintWriter out, Cluster experiment, Testbed testbed, Mapping mapping) {
        out.printf("%s onto %s: %d nodes, %d links and LANs, %d crossing switches, %d trunks overloaded, score %.0f (from %.0f, %d moves, %.2f s)%n",
                experiment.getName(), testbed.getName(), mapping.placements().size(), mapping.segments().size(), mapping.interSwitchLinks(),
                mapping.trunkViolations(), mapping.score(), mapping.search().initialScore(), mapping.search().moves(),
                mapping.search().elapsed().toNanos() / 1e9);
        for (Placement placement : mapping.placements()) {
            out.printf("  %-16s -> %-16s on %s%s%n", placement.node().getName(), placement.machine().getName(),
                    placement.switchName() == null ? "no switch" : placement.switchName(), placement.pinned() ? " (pinned)" : "");
        }
        for (Mapping.SegmentPlan segment : mapping.segments()) {
            out.printf("  %-16s VLAN %-5s on %s%s%n", segment.name(), segment.vlan() == 0 ? "none" : String.valueOf(segment.vlan()),
                    String.join(", ", segment.switches()), segment.trunks().isEmpty() ? "" : " over " + String.join(", ", segment.trunks()));
        }
        for (Mapping.DelayNode delay : mapping.delayNodes()) {
            out.printf("  %-16s delay node %s on %s (%s towards %s, %s towards %s)%n", delay.name(), delay.node().getName(),
                    delay.machine().getName(), delay.towardsA() == null ? "?" : delay.towardsA().getName(), delay.sideA(),
                    delay.towardsB() == null ? "?" : delay.towardsB().getName(), delay.sideB());
        }
        for (String violation : mapping.violations()) {
            out.println("  violation: " + violation);
        }
    }
}
