package org.patchbay.nsfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.cli.PatchbayCli;
import org.patchbay.model.persistence.ClusterFiles;

/** product/patchbay-cli import-ns, export-ns and show, as a script would use them. */
class PatchbayCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PatchbayCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importExportAndShowJson(@TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("traffic.cluster");
        Run imported = cli("import-ns", NsFiles.file("traffic.ns").toString(), cluster.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("3 nodes, 2 links, 0 LANs, 12 events"), imported.out());
        assertEquals(3, ClusterFiles.load(cluster).getNodes().size());

        Run shown = cli("show", cluster.toString(), "--json");
        assertEquals(0, shown.exit(), shown.err());
        Map<String, Object> json = Json.parseObject(shown.out().strip());
        assertEquals("patchbay-topology/1", json.get("format"));
        assertEquals("static", json.get("routing"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bottleneck = ((List<Map<String, Object>>) json.get("links")).get(1);
        assertEquals("bottleneck", bottleneck.get("name"));
        assertEquals(1_500_000L, ((Number) bottleneck.get("bandwidthBps")).longValue());
        assertEquals(20.0, ((Number) bottleneck.get("delayMs")).doubleValue());
        assertTrue(shown.out().contains("\"ipv4\":\"10.1.2.1\""), shown.out());

        Path ns = dir.resolve("again.ns");
        Run exported = cli("export-ns", cluster.toString(), ns.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.readString(ns).contains("set bottleneck [$ns duplex-link $router $server 1.5Mb 20ms GRED]"), Files.readString(ns));
    }

    @Test
    void aBadFileExitsNonZeroNamingFileLineAndCommand(@TempDir Path dir) {
        Path out = dir.resolve("x.cluster");
        Run failed = cli("import-ns", NsFiles.file("bad-link.ns").toString().replace("bad-link", "bad-variable"), out.toString());
        assertEquals(1, failed.exit());
        assertTrue(failed.err().startsWith("patchbay-cli: bad-variable.ns: line 6: duplex-link: can't read \"nod2\""), failed.err());
        assertFalse(Files.exists(out), "nothing written for a file that failed");
        Run warned = cli("import-ns", NsFiles.file("lans.ns").toString(), out.toString());
        assertEquals(0, warned.exit());
        assertTrue(warned.err().contains("warning: lans.ns: line 18: unknown testbed command tb-make-soup"), warned.err());
    }

    @Test
    void usageErrorsExitTwo() {
        Run none = cli("import-ns");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Missing required parameters"), none.err());
    }
}
