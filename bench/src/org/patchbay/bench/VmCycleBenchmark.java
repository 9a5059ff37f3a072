package org.patchbay.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImageLibrary;
import org.patchbay.core.imaging.ImagingSession;
import org.patchbay.core.imaging.PbImageTool;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.lab.LabTestbed;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * One qemu node's full cycle, as the console runs it: a lab node of hardware type qemu reimaged with
 * IMAGE through ImagingSession (power off through its outlet, PXE into the imaging environment,
 * enrollment over TLS, multicast onto its virtio disk, its script back to disk, the reboot, until its
 * console says it booted the new disk). Best of RUNS, the load average beside each run.
 *   VmCycleBenchmark STATE_DIR IMAGE.pbi RUNS RATE_MBPS
 */
public final class VmCycleBenchmark {

    private VmCycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path imageFile = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        Cluster cluster = TopologyTemplates.star(1);
        cluster.getNodes().get(0).setHardwareType("qemu");
        LabOptions options = new LabOptions(dir.resolve("state"), dir.resolve("ca"), LabOptions.findAgentJar(), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, false);
        ImageLibrary library = new ImageLibrary(dir.resolve("images"), new PbImageTool(LabOptions.findNativeHelper("pb-image")));
        DiskImageFile image = library.add("bench", imageFile, "Patchbay busybox with random data", "", null);
        System.out.printf("qemu node's PXE -> enrollment -> multicast -> disk boot of a %.0f MB image at %d Mb/s, best of %d; goal <= 90 s for 156 MB%n",
                Files.size(imageFile) / 1e6, rate, runs);
        try (TestbedSession session = new TestbedSession(dir.resolve("ca"))) {
            LabTestbed lab = LabTestbed.start(cluster, options, LabListener.NONE, LabProgress.NONE);
            // a benchmark stopped with Ctrl-C or SIGTERM still removes its lab
            Thread cleanUp = new Thread(() -> lab.lab().close());
            Runtime.getRuntime().addShutdownHook(cleanUp);
            try {
                session.attach(lab);
                System.out.println("accelerator: " + lab.lab().vmAccelerator());
                ImagingSession imaging = new ImagingSession(session, library);
                List<Double> seconds = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    long started = System.nanoTime();
                    ReimageBatch batch = imaging.reimage(cluster, image, List.of("node0"), rate, "bench", state -> {
                    });
                    batch.done().get(10, TimeUnit.MINUTES);
                    ReimageBatch.NodeState state = batch.state("node0");
                    double took = (System.nanoTime() - started) / 1e9;
                    if (state.phase() != ReimageBatch.Phase.DONE) {
                        System.out.printf("run %d: not measured (%s: %s), load %s%n", run, state.phase(), state.message(), loadAverage());
                        continue;
                    }
                    seconds.add(took);
                    System.out.printf("run %d: %.1f s, load %s%n", run, took, loadAverage());
                }
                if (seconds.isEmpty()) {
                    System.out.println("not measured: no cycle finished");
                } else {
                    double best = Collections.min(seconds);
                    System.out.printf("best %.1f s (goal <= 90 s): %s%n", best, best <= 90 ? "met" : "missed");
                }
            } finally {
                lab.lab().close();
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
