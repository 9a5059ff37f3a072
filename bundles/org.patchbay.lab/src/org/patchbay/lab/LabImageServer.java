package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.patchbay.core.imaging.ImagingTestbed;

/** {@code pb-image serve} on the host's end of the lab's management network, until closed. */
public final class LabImageServer implements ImagingTestbed.ImageServer {

    private static final long START_LIMIT_MILLIS = 30_000;

    private final Process process;
    private final String group;
    private final int rateMbps;

    private LabImageServer(Process process, String group, int rateMbps) {
        this.process = process;
        this.group = group;
        this.rateMbps = rateMbps;
    }

    static LabImageServer start(Path pbImage, Path image, String group, String address, int rateMbps, Path log) throws LabException {
        List<String> command = List.of("setpriv", "--pdeathsig", "KILL", "--", pbImage.toString(), "serve", image.toString(), "--group", group,
                "--interface", address, "--rate-mbps", Integer.toString(rateMbps));
        try {
            Files.deleteIfExists(log);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.currentTimeMillis() + START_LIMIT_MILLIS;
            // it says "serving" once it has joined the group; anything else it says before exiting is why it could not
            while (!Files.readString(log).contains("serving")) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    process.destroyForcibly();
                    throw new LabException("The image server did not start: " + Files.readString(log).strip().replace("pb-image: ", ""));
                }
                Thread.sleep(20);
            }
            return new LabImageServer(process, group, rateMbps);
        } catch (IOException e) {
            throw new LabException("The image server did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("Interrupted starting the image server", e);
        }
    }

    String group() {
        return group;
    }

    @Override
    public String describe() {
        return "multicast " + group + " at up to " + rateMbps + " Mb/s";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
