package org.patchbay.lab;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.patchbay.core.events.LiveEventActions;

/**
 * Scheduled commands on lab nodes: {@code sh -c COMMAND} inside the node (its network, pid and mount
 * namespaces), bounded to {@link #TIMEOUT_SECONDS}; the outcome is the exit code and the last line of
 * output.
 */
public final class LabCommandRunner implements LiveEventActions.CommandRunner {

    public static final long TIMEOUT_SECONDS = 300;

    private final Supplier<Lab> lab;
    /** One virtual thread per command and per output: a long command never holds up anything else. */
    private final java.util.concurrent.Executor threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("lab-command-", 0).factory());

    public LabCommandRunner(Supplier<Lab> lab) {
        this.lab = lab;
    }

    @Override
    public CompletionStage<String> run(String node, String command) {
        Lab running = lab.get();
        if (running == null) {
            return CompletableFuture.failedFuture(new LabException("no lab is running: start it before the schedule runs commands on " + node));
        }
        Process process;
        try {
            process = running.exec(node, List.of("sh", "-c", command));
        } catch (LabException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                return new byte[0];
            }
        }, threads);
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("still running after " + TIMEOUT_SECONDS + " s; stopped");
                }
                String text = new String(output.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
                String last = text.isEmpty() ? "" : ": " + text.substring(text.lastIndexOf('\n') + 1);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("exit " + process.exitValue() + last);
                }
                return "exit 0" + last;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("its output could not be read: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted", e);
            }
        }, threads);
    }
}
