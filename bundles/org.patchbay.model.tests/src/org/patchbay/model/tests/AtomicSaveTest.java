package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * A save killed at a random moment (SIGKILL of a child JVM saving a multi-megabyte topology in a
 * loop) must leave a file that loads: the previous version or a complete new one, never a torn mix.
 */
class AtomicSaveTest {

    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void killedSavesNeverLeaveATornFile() throws Exception {
        Path target = dir.resolve("big.cluster");
        ClusterFiles.save(TopologyTemplates.ring(5), target);
        Random random = new Random(7);
        int sawNewGeneration = 0;
        long largest = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = startSaveLoop(target);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("saving"), () -> "child did not start saving: " + childErrors());
            // "saving 2" means the first save is complete whatever the machine's load; the kill then lands at a random moment of a later one
            while (line != null && !line.equals("saving 2")) {
                line = out.readLine();
            }
            assertTrue(line != null, () -> "child stopped saving: " + childErrors());
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child did not die");

            Cluster survivor = ClusterFiles.load(target);
            String name = survivor.getName();
            assertTrue(name.equals("ring5") || name.startsWith("generation-"), "unexpected content " + name);
            if (name.startsWith("generation-")) {
                sawNewGeneration++;
                assertEquals(3000, survivor.getNodes().size(), "a new generation must be complete");
            }
            largest = Math.max(largest, Files.size(target));
        }
        assertTrue(sawNewGeneration > 0, "no save completed before a kill; the test proved nothing");
        assertTrue(largest > 1_000_000, "topology too small to make a torn write likely: " + largest);

        // The next ordinary save sweeps up temporaries left by killed saves.
        ClusterFiles.save(TopologyTemplates.ring(4), target);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.filter(f -> !f.getFileName().toString().equals("child-errors.txt")).toList());
        }
    }

    private Process startSaveLoop(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", classpath(), SaveLoop.class.getName(), target.toString(), "3000");
        return new ProcessBuilder(command).redirectError(dir.resolve("child-errors.txt").toFile()).start();
    }

    private String childErrors() {
        try {
            return Files.readString(dir.resolve("child-errors.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The class path of the plain-Java pieces the child needs, read from the running OSGi bundles. */
    private static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(SaveLoop.class, Cluster.class, org.eclipse.emf.ecore.EObject.class,
                org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.xmi.XMIResource.class)) {
            entries.add(classpathRoot(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String classpathRoot(Class<?> type) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(type);
        File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
        if (location.isFile()) {
            return location.getPath();
        }
        String path = type.getName().replace('.', '/') + ".class";
        URL resource = FileLocator.toFileURL(bundle.getResource(path));
        String file = new File(resource.getPath()).getPath();
        return file.substring(0, file.length() - path.length());
    }
}
