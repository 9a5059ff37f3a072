package org.patchbay.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * pb-probe run inside lab nodes, for measuring their links: round trips, paced sends and sinks
 * (see native-helpers/src/pb-probe.c). Every probe is bounded by its own arguments and by
 * {@link #TIMEOUT_SECONDS} here.
 */
public final class LabProbes {

    public static final long TIMEOUT_SECONDS = 180;

    private final Lab lab;
    private final String probe;

    public LabProbes(Lab lab) throws LabException {
        this.lab = lab;
        this.probe = LabOptions.findNativeHelper("pb-probe").toString();
    }

    /** Starts {@code pb-probe ARGS} on {@code node}; read its figures with {@link #result}. */
    public Process start(String node, String... args) throws LabException {
        List<String> command = new ArrayList<>(List.of(probe));
        command.addAll(List.of(args));
        return lab.exec(node, command);
    }

    /** Runs {@code pb-probe ARGS} on {@code node} to the end and returns its figures. */
    public Map<String, String> run(String node, String... args) throws LabException {
        return result(start(node, args));
    }

    /** The figures of a probe's last line, once it has finished. */
    public static Map<String, String> result(Process process) throws LabException {
        return HelperOutput.fields(lastLine(output(process)));
    }

    /** Everything a probe printed, once it has finished (a sink's ticks, for example). */
    public static String output(Process process) throws LabException {
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LabException("a probe did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new LabException("cannot read a probe's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new LabException("interrupted while a probe ran");
        }
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }
}
