package org.patchbay.core.imaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code pb-image serve} as a running image server: started once it says it serves, stopped on close; its reports go to a consumer. */
public final class ImageServerProcess implements ImagingTestbed.ImageServer {

    private static final long START_LIMIT_MILLIS = 30_000;

    private final Process process;
    private final String group;
    private final int rateMbps;

    private final Path digests;

    private ImageServerProcess(Process process, String group, int rateMbps, Path digests) {
        this.process = process;
        this.group = group;
        this.rateMbps = rateMbps;
        this.digests = digests;
    }

    /**
     * Runs {@code prefix} + pb-image serve of {@code image} on {@code group} from {@code address}; its messages
     * go to {@code log}, each report line ({@code progress ...}, {@code finished ...}) to {@code reports}.
     */
    public static ImageServerProcess start(List<String> prefix, Path pbImage, Path image, String group, String address, int rateMbps, Path log,
            Consumer<String> reports) throws IOException {
        Path digests = writeDigests(pbImage, image, log.resolveSibling(log.getFileName() + ".digests"));
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(pbImage.toString(), "serve", image.toString(), "--group", group, "--interface", address, "--rate-mbps",
                Integer.toString(rateMbps)));
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        // a platform thread: a virtual one blocked on a pipe for the server's life would hold a carrier thread all that time
        Thread.ofPlatform().daemon().stackSize(256 << 10).name("image-server-reports").start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null;) {
                    reports.accept(line);
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        try {
            long deadline = System.currentTimeMillis() + START_LIMIT_MILLIS;
            // it says "serving" once it has joined the group; anything else it says before exiting is why it could not
            while (!Files.readString(log).contains("serving")) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    process.destroyForcibly();
                    throw new IOException("The image server did not start: " + Files.readString(log).strip().replace("pb-image: ", ""));
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted starting the image server", e);
        }
        return new ImageServerProcess(process, group, rateMbps, digests);
    }

    /**
     * Each chunk's SHA-256, read from the image here, where it is trusted: anyone on the imaging network
     * can send well-formed chunks, so receivers given this file write only the image's own.
     */
    private static Path writeDigests(Path pbImage, Path image, Path digests) throws IOException {
        Process digest = new ProcessBuilder(pbImage.toString(), "digests", image.toString(), digests.toString()).redirectErrorStream(true).start();
        try {
            String said = new String(digest.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (digest.waitFor() != 0) {
                throw new IOException("Cannot read the image's chunk digests: " + said.replace("pb-image: ", ""));
            }
            return digests;
        } catch (InterruptedException e) {
            digest.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted reading the image's chunk digests", e);
        }
    }

    /** The image's chunk digests (pb-image digests), for receivers that can be handed a file over a trusted path. */
    public Path digests() {
        return digests;
    }

    /** The multicast group and port, as receivers are told it. */
    public String group() {
        return group;
    }

    @Override
    public String describe() {
        return "multicast " + group + " at up to " + rateMbps + " Mb/s";
    }

    @Override
    public void close() {
        ChildProcess.stop(process);
    }
}
