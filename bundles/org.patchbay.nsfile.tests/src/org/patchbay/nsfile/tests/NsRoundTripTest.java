package org.patchbay.nsfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patchbay.cli.TopologyJson;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.nsfile.NsExport;
import org.patchbay.nsfile.NsImport;

/** Export then import gives the same topology; exported files use only the documented constructs. */
class NsRoundTripTest {

    static Stream<String> templates() {
        return Stream.concat(TopologyTemplates.all().stream().map(TopologyTemplates.Template::id), Stream.of("cluster:40", "random:30"));
    }

    private static Cluster template(String id) {
        return TopologyTemplates.create(id).orElseThrow(() -> new AssertionError("no template " + id));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateComesBackIdentical(String id) throws Exception {
        Cluster original = template(id);
        NsExport.Result exported = NsExport.write(original);
        assertEquals(List.of(), exported.skipped());
        onlyAllowedConstructs(exported.text());
        Cluster back = new NsImport().read(id.replace(':', '-') + ".ns", exported.text()).cluster();
        assertEquals(TopologyJson.of(original).toString(), TopologyJson.of(back).toString(), "the same topology, field by field");
        assertTrue(EcoreUtil.equals(original, back), "identical models, positions, PDUs and MACs included");
    }

    @ParameterizedTest
    @MethodSource("nsFiles")
    void foreignFilesSurviveAnExportAndImport(String file) throws Exception {
        Cluster first = NsFiles.read(file).cluster();
        NsExport.Result exported = NsExport.write(first);
        onlyAllowedConstructs(exported.text());
        Cluster second = new NsImport().read(file, exported.text()).cluster();
        assertTrue(EcoreUtil.equals(first, second), () -> "differs after a round trip:\n" + TopologyJson.of(first) + "\n" + TopologyJson.of(second));
    }

    static Stream<String> nsFiles() {
        return Stream.of("basic.ns", "loops.ns", "traffic.ns", "lans.ns");
    }

    @Test
    void namesNsCannotCarryAreRefusedNamingTheElement() {
        Cluster cluster = template("ring");
        cluster.getNodes().get(0).setName("node 0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NsExport.write(cluster));
        assertEquals("the node \"node 0\" cannot be an NS name; rename it with letters, digits, _, . or - (not \"ns\")", e.getMessage());
        Cluster clash = template("ring");
        clash.getLinks().get(0).setName("node1");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> NsExport.write(clash));
        assertTrue(twice.getMessage().startsWith("the node and the link are both named \"node1\""), twice.getMessage());
    }

    /** Every line is a comment, blank, or one of the allow-listed constructs from Emulab's documentation. */
    static void onlyAllowedConstructs(String text) {
        List<String> others = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (NsExport.ALLOWED.stream().noneMatch(p -> p.matcher(line).matches())) {
                others.add(line);
            }
        }
        assertEquals(List.of(), others, "constructs outside the documented allow-list");
    }
}
