package org.patchbay.core.imaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The native {@code pb-image} program, run for capture, info and verify. Its progress lines
 * ({@code progress DONE TOTAL}) are handed on; cancelling kills it (a capture then leaves no file).
 */
public final class PbImageTool {

    /** Told how far a long run has got: done of total (bytes for capture). */
    public interface Progress {
        void at(long done, long total);

        boolean cancelled();
    }

    /** What {@code pb-image info} says of an image. */
    public record Info(long diskBytes, long storedBytes, long fileBytes, int chunks, String layout) {
    }

    private final Path program;

    public PbImageTool(Path program) {
        this.program = program;
    }

    public Path program() {
        return program;
    }

    /** Captures {@code disk} into {@code image} (written atomically: a failed or cancelled capture leaves nothing). */
    public void capture(Path disk, Path image, Progress progress) throws IOException, InterruptedException {
        run(List.of("capture", disk.toString(), image.toString(), "--progress"), progress);
    }

    public void verify(Path image, Progress progress) throws IOException, InterruptedException {
        run(List.of("verify", image.toString()), progress);
    }

    public Info info(Path image) throws IOException, InterruptedException {
        List<String> lines = run(List.of("info", image.toString()), null);
        Map<String, String> fields = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        try {
            return new Info(Long.parseLong(fields.get("disk size")), Long.parseLong(fields.get("stored bytes")), Long.parseLong(fields.get("image bytes")),
                    Integer.parseInt(fields.get("chunks")), fields.getOrDefault("layout", ""));
        } catch (RuntimeException e) {
            throw new IOException("pb-image info printed something unexpected for " + image + ": " + lines);
        }
    }

    private List<String> run(List<String> arguments, Progress progress) throws IOException, InterruptedException {
        if (!Files.isExecutable(program)) {
            throw new IOException("pb-image is not at " + program + "; build it with make -C native-helpers");
        }
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(arguments);
        Path errors = Files.createTempFile("pb-image", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            List<String> lines = new ArrayList<>();
            BooleanSupplier cancelled = progress == null ? () -> false : progress::cancelled;
            Thread watchdog = Thread.ofVirtual().start(() -> {
                try {
                    while (process.isAlive()) {
                        if (cancelled.getAsBoolean()) {
                            process.destroy();
                            return;
                        }
                        process.waitFor(100, TimeUnit.MILLISECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroy();
                }
            });
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    if (line.startsWith("progress ") && progress != null) {
                        String[] words = line.split(" ");
                        progress.at(Long.parseLong(words[1]), Long.parseLong(words[2]));
                    } else if (lines.size() < 1000) {
                        lines.add(line);
                    }
                }
            } catch (IOException | RuntimeException e) {
                process.destroy();
                throw e;
            }
            int exit = process.waitFor();
            watchdog.join();
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            if (exit != 0) {
                String why = Files.readString(errors, StandardCharsets.UTF_8).strip().replace("pb-image: ", "");
                throw new IOException(why.isEmpty() ? "pb-image " + arguments.get(0) + " failed (exit " + exit + ")" : why);
            }
            return lines;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
