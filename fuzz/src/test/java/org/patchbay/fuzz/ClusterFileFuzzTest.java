package org.patchbay.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Opening a .cluster file, whatever its bytes: a topology or a {@link ClusterFileException} saying
 * what is wrong, never another exception, and never the content of a file the XML points at
 * (external entities are refused). The corpus starts from topologies Patchbay wrote.
 */
class ClusterFileFuzzTest {

    private static final String PASSWD_LINE = "root:x:0:0";
    private static final FuzzStatistics LOADS = new FuzzStatistics(".cluster loading", false);
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("patchbay-fuzz-cluster");
    }

    @AfterAll
    static void removeDir() throws IOException {
        LOADS.print();
        Files.deleteIfExists(dir.resolve("fuzzed.cluster"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    void load(byte[] bytes) throws IOException {
        long started = LOADS.start();
        try {
            loadOnce(bytes);
        } finally {
            LOADS.end(started);
        }
    }

    private static void loadOnce(byte[] bytes) throws IOException {
        // the fuzzer may write the line itself (it learns the strings compared against); only a line it did not write is a finding
        boolean written = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PASSWD_LINE);
        Path file = dir.resolve("fuzzed.cluster");
        Files.write(file, bytes);
        try {
            Cluster cluster = ClusterFiles.load(file);
            for (var it = cluster.eAllContents(); it.hasNext();) {
                EObject element = it.next();
                assertFalse(!written && String.valueOf(element).contains(PASSWD_LINE), "an external entity was read into the model");
            }
            assertFalse(!written && String.valueOf(cluster.getName()).contains(PASSWD_LINE), "an external entity was read into the model");
        } catch (ClusterFileException refused) {
            // a clear refusal is the right answer to a damaged file
        }
    }
}
