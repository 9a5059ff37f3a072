package org.patchbay.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the host's network tools ({@code ip}, {@code kill}) with a time limit, turning failures into messages that quote the command. */
final class HostCommands {

    private static final long TIMEOUT_SECONDS = 20;

    private HostCommands() {
    }

    static String run(List<String> command) throws LabException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LabException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8).trim();
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
