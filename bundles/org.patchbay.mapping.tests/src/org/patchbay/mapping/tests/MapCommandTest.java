package org.patchbay.mapping.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.cli.PatchbayCli;
import org.patchbay.model.Cluster;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFiles;

class MapCommandTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PatchbayCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapPrintsEveryNodesMachineAndEveryLinksVlanAsJson(@TempDir Path directory) throws Exception {
        MappingProblems.Problem problem = MappingProblems.planted(40, 12, 1000, 5);
        Path topology = directory.resolve("exp.cluster");
        Path inventory = directory.resolve("lab.testbed");
        ClusterFiles.save(problem.experiment(), topology);
        ClusterFiles.saveTestbed(problem.testbed(), inventory);

        Result result = run("map", topology.toString(), inventory.toString(), "--json", "--pin", "v0003=pc010");

        assertEquals(0, result.exit(), result.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
        assertEquals("patchbay-mapping/1", json.get("format"));
        assertEquals(0L, ((Number) json.get("trunkViolations")).longValue());
        List<Map<String, Object>> placements = (List<Map<String, Object>>) json.get("placements");
        assertEquals(40, placements.size());
        assertEquals(40, placements.stream().map(p -> p.get("machine")).distinct().count());
        Map<String, Object> pinned = placements.stream().filter(p -> p.get("node").equals("v0003")).findFirst().orElseThrow();
        assertEquals("pc010", pinned.get("machine"));
        assertEquals(Boolean.TRUE, pinned.get("pinned"));
        List<Map<String, Object>> segments = (List<Map<String, Object>>) json.get("segments");
        assertEquals(problem.experiment().getLinks().size() + problem.experiment().getLans().size(), segments.size());
        for (Map<String, Object> segment : segments) {
            assertTrue(((Number) segment.get("vlan")).intValue() >= 2, segment.toString());
            for (Map<String, Object> port : (List<Map<String, Object>>) segment.get("ports")) {
                assertTrue(port.get("switchPort") != null && port.get("interface") != null, port.toString());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void delayNodesAreListedWithTheLinkTheyShape(@TempDir Path directory) throws Exception {
        org.patchbay.model.templates.TestbedBuilder builder = new org.patchbay.model.templates.TestbedBuilder("rack");
        org.patchbay.model.Switch leaf = builder.switchNamed("leaf1", null);
        for (int i = 1; i <= 7; i++) {
            builder.machineOn(leaf, "pc" + i, "pc", 3, 1000);
        }
        builder.testbed().getMachines().get(6).getFeatures().add("delay");
        Cluster experiment = org.patchbay.model.templates.TopologyTemplates.dumbbell();
        Path topology = directory.resolve("dumbbell.cluster");
        Path inventory = directory.resolve("rack.testbed");
        ClusterFiles.save(experiment, topology);
        ClusterFiles.saveTestbed(builder.testbed(), inventory);
        // every dumbbell link runs below its interfaces' 1 Gb/s: five delay nodes, and this rack has one delay machine
        Result tooFew = run("map", topology.toString(), inventory.toString(), "--delay-nodes");
        assertEquals(1, tooFew.exit());
        assertTrue(tooFew.err().contains("with delay") && tooFew.err().contains("1 free"), tooFew.err());

        builder = new org.patchbay.model.templates.TestbedBuilder("rack");
        leaf = builder.switchNamed("leaf1", null);
        for (int i = 1; i <= 11; i++) {
            builder.machineOn(leaf, "pc" + i, "pc", 3, 1000);
            if (i > 6) {
                builder.testbed().getMachines().get(i - 1).getFeatures().add("delay");
            }
        }
        ClusterFiles.saveTestbed(builder.testbed(), inventory);
        Result text = run("map", topology.toString(), inventory.toString(), "--delay-nodes");
        assertEquals(0, text.exit(), text.err() + text.out());
        assertTrue(text.out().matches("(?s).*bottleneck +delay node tbdelay\\d on pc\\d+ \\(eth\\d towards router0, eth\\d towards router1\\).*"), text.out());
        Result json = run("map", topology.toString(), inventory.toString(), "--delay-nodes", "--json");
        List<Map<String, Object>> delays = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(json.out())).get("delayNodes");
        assertEquals(5, delays.size(), "one in each of the dumbbell's five links");
        Map<String, Object> bottleneck = delays.stream().filter(d -> d.get("shapes").equals("bottleneck")).findFirst().orElseThrow();
        assertTrue(((String) bottleneck.get("node")).startsWith("tbdelay"));
        assertTrue(List.of("pc7", "pc8", "pc9", "pc10", "pc11").contains(bottleneck.get("machine")), bottleneck.toString());
    }

    @Test
    void anImpossibleMappingExitsWithTheReasons(@TempDir Path directory) throws Exception {
        Cluster experiment = MappingProblems.treeWithExtras(30, 2, "pc3000");
        Testbed testbed = MappingProblems.leafAndCore(12, 12, 4, 1000, 1000, "pc3000");
        Path topology = directory.resolve("big.cluster");
        Path inventory = directory.resolve("small.testbed");
        ClusterFiles.save(experiment, topology);
        ClusterFiles.saveTestbed(testbed, inventory);

        Result result = run("map", topology.toString(), inventory.toString());

        assertEquals(1, result.exit());
        assertTrue(result.err().contains("cannot be mapped onto leaf-and-core-12"), result.err());
        assertTrue(result.err().matches("(?s).*needs \\d+ nodes of type pc3000.*, 12 free.*"), result.err());
    }

    @Test
    void aTopologyGivenAsTheInventoryIsRefusedByName(@TempDir Path directory) throws Exception {
        Cluster experiment = MappingProblems.treeWithExtras(5, 2, "pc");
        Path topology = directory.resolve("exp.cluster");
        ClusterFiles.save(experiment, topology);

        Result result = run("map", topology.toString(), topology.toString());

        assertEquals(1, result.exit());
        assertTrue(result.err().contains("expected one Patchbay Testbed but found Cluster"), result.err());
    }
}
