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

    private ImageServerProcess(Process process, String group, int rateMbps) {
        this.process = process;
        this.group = group;
        this.rateMbps = rateMbps;
    }

    /**
     * Runs {@code prefix} + pb-image serve of {@code image} on {@code group} from {@code address}; its messages
     * go to {@code log}, each report line ({@code progress ...}, {@code finished ...}) to {@code reports}.
     */
    public static ImageServerProcess start(List<String> prefix, Path pbImage, Path image, String group, String address, int rateMbps, Path log,
            Consumer<String> reports) throws IOException {
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
        return new ImageServerProcess(process, group, rateMbps);
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
