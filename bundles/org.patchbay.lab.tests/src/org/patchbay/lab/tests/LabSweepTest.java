package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchbay.cli.PatchbayCli;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.ResultTable;
import org.patchbay.experiment.RunRecord;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.WorkloadStep;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.ClusterBuilder;
import org.patchbay.model.templates.ExperimentBuilder;

/**
 * A sweep on a real lab through the command line: 2 bandwidths x 2 delays x 2 repetitions of a TCP
 * transfer over a shaped link give 8 rows whose throughput follows the bandwidth set live for each
 * run; the recorded table comes back the same from {@code results}, and a plot is drawn.
 */
class LabSweepTest {

    /** TCP payload in a full Ethernet frame as the shaper counts it: 1448 of 1518 bytes (MSS with timestamps; frame with FCS). */
    private static final double TCP_PAYLOAD_SHARE = 1448.0 / 1518.0;

    @Test
    void aSweepShapesEachRunLiveAndRecordsEveryRun() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        ClusterBuilder b = new ClusterBuilder("sweep-lab");
        Node client = b.node("client", 0, 0, NodeRole.COMPUTE);
        Node server = b.node("server", 200, 0, NodeRole.COMPUTE);
        Link wire = b.link(client, server, new int[] {10, 77, 1});
        Cluster cluster = b.cluster();
        ExperimentBuilder e = new ExperimentBuilder(cluster, "throughput").repetitions(2).timeLimit(60);
        e.parameter("bandwidth", ParameterKind.BANDWIDTH, "2Mb, 8Mb", wire);
        e.parameter("delay", ParameterKind.DELAY, "0ms, 10ms", wire);
        e.step("sink", "iperf3 -s -p 5201", 0, true, List.of(server));
        WorkloadStep transfer = e.step("transfer", "for i in $(seq 50); do iperf3 -c ${address:server} -p 5201 -t 4 -f m && exit 0; sleep 0.2; done; exit 1",
                1, false, List.of(client));
        e.measure("throughput", MeasureKind.OUTPUT_PATTERN, transfer, "([0-9.]+) Mbits/sec\\s+receiver", null, "Mb/s");
        e.measure("bytes", MeasureKind.LINK_BYTES, null, null, wire, "");
        e.measure("client_cpu", MeasureKind.AGENT_SAMPLE, transfer, null, null, "").setSample(org.patchbay.model.AgentSample.CPU);
        Path dir = Files.createTempDirectory("patchbay-sweep-lab");
        Path topology = dir.resolve("sweep.cluster");
        ClusterFiles.save(cluster, topology);
        Path csv = dir.resolve("out/results.csv");
        Path plot = dir.resolve("out/throughput.svg");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PatchbayCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sweep", topology.toString(), "--csv", csv.toString(),
                "--plot", plot.toString(), "--measure", "throughput", "--against", "bandwidth");
        System.out.println(out);
        assertEquals(0, exit, "every run ended OK: " + out + err);

        try (ResultStore store = ResultStore.open(ResultStore.beside(topology))) {
            ResultTable table = store.table(store.sweeps("throughput").get(0).id());
            assertEquals(8, table.rows().size());
            for (ResultTable.Row row : table.rows()) {
                assertEquals(RunRecord.Status.OK, row.status(), row.message());
                double shaped = row.parameters().get("bandwidth").equals("2Mb") ? 2 : 8;
                double expected = shaped * TCP_PAYLOAD_SHARE;
                double got = row.measures().get("throughput");
                System.out.printf("run %d %s: %.3f Mb/s (expected %.3f), %.0f bytes on the wire, load %.1f%n", row.run(), row.parameters(), got, expected,
                        row.measures().get("bytes"), row.loadAverage());
                assertTrue(Math.abs(got - expected) <= 0.05 * expected, "run " + row.run() + " " + row.parameters() + ": " + got + " Mb/s, expected "
                        + expected + " +- 5 % (the link was shaped live for this run)");
                assertTrue(row.measures().get("bytes") >= got * 1e6 / 8 * 3.5, "the link carried the transfer: " + row.measures());
                double cpu = row.measures().getOrDefault("client_cpu", Double.NaN);
                assertTrue(cpu >= 0 && cpu <= 100 * Runtime.getRuntime().availableProcessors(), "the client's agent sampled its CPU during the run: "
                        + row.measures());
            }
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals(9, lines.size(), "a header and 8 rows");
        assertTrue(Files.readString(plot).contains("<svg"));

        StringWriter again = new StringWriter();
        assertEquals(0, PatchbayCli.run(new PrintWriter(again, true), new PrintWriter(err, true), "results", topology.toString(), "--csv", "-"));
        assertEquals(Files.readString(csv).strip(), again.toString().strip(), "results gives the table the sweep wrote");
    }
}
