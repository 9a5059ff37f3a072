package org.patchbay.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the host's network tools ({@code ip}, {@code kill}) with a time limit, turning failures into messages that quote the command. */
final class HostCommands {

    /**
     * How long one host command may take: far above what `ip` needs even with hundreds of namespaces
     * on a loaded host (seconds), so only a command that hangs for good is given up on.
     */
    private static final long TIMEOUT_SECONDS = 180;

    private HostCommands() {
    }

    static String run(List<String> command) throws LabException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // read beside the wait: a command that hangs with its output open must not hang the lab with it
            java.util.concurrent.CompletableFuture<byte[]> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            }, reader -> Thread.ofPlatform().daemon().stackSize(256 << 10).name("host-command-output").start(reader));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new LabException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String text;
            try {
                // once it has exited, what is left to read is already in the pipe (unless a child of its holds it open)
                text = new String(output.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8).trim();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                text = "(its output could not be read: " + e + ")";
            }
            if (process.exitValue() != 0) {
                throw new LabException("'" + String.join(" ", command) + "' failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new LabException("Cannot run '" + command.get(0) + "': " + e.getMessage() + "; install iproute2 and util-linux", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running '" + String.join(" ", command) + "'", e);
        }
    }

    /** Like {@link #run} but for clean-up, where a thing already gone is fine. */
    static void runQuietly(List<String> command) {
        try {
            run(command);
        } catch (LabException e) {
            // already removed, or never created: either way it is gone
        }
    }
}
