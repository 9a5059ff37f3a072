package org.patchbay.experiment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of a step on one node: the process, the end of its output (bounded), when it started
 * and ended, and the CPU time its children used as the shell's {@code times} reported after it.
 */
public final class CommandRun {

    /** Output kept per command: the end, where results are printed. */
    public static final int OUTPUT_LIMIT_BYTES = 1 << 20;
    private static final Pattern TIME = Pattern.compile("(\\d+)m([0-9.]+)s");

    private final String step;
    private final String node;
    private final boolean background;
    private final Process process;
    private final long startedNanos;
    private final String trailer;
    private final Thread reader;
    private final byte[] tail = new byte[OUTPUT_LIMIT_BYTES];
    private long written;
    private volatile long endedNanos = -1;
    private volatile boolean ended;

    public CommandRun(String step, String node, boolean background, Process process, long startedNanos, String trailer) {
        this.step = step;
        this.node = node;
        this.background = background;
        this.process = process;
        this.startedNanos = startedNanos;
        this.trailer = trailer;
        // a platform thread: a virtual one blocked on the command's output pipe would hold a carrier thread for the whole run
        this.reader = Thread.ofPlatform().daemon().stackSize(256 << 10).name("sweep-output-" + node).start(this::read);
    }

    /**
     * The argument list that runs {@code command} under sh and prints {@code trailer} and the CPU
     * times of everything it ran (user and system, as the shell's {@code times} gives them) after it.
     */
    public static java.util.List<String> wrapped(String command, String trailer) {
        return java.util.List.of("sh", "-c", "sh -c \"$1\"; rc=$?; printf '\\n%s\\n' \"$2\"; times; exit $rc", "pb-step", command, trailer);
    }

    private void read() {
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (this) {
                    for (int i = 0; i < n; i++) {
                        tail[(int) (written++ % tail.length)] = buffer[i];
                    }
                }
            }
        } catch (IOException e) {
            // the process was ended; what was read stays
        }
    }

    public String step() {
        return step;
    }

    public String node() {
        return node;
    }

    public boolean background() {
        return background;
    }

    /** Waits until the command ends or {@code millis} pass; true when it has ended. */
    public boolean await(long millis) throws InterruptedException {
        if (process.waitFor(Math.max(0, millis), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            markEnded(System.nanoTime());
            return true;
        }
        return false;
    }

    private synchronized void markEnded(long nowNanos) {
        if (endedNanos < 0) {
            endedNanos = nowNanos;
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Ends the command and what it started; {@code nowNanos} is when (for its wall time). */
    public void end(long nowNanos) {
        if (process.isAlive()) {
            ended = true;
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        markEnded(nowNanos);
    }

    /** Whether the sweep ended it (a background step, or a run out of time) rather than it exiting. */
    public boolean endedBySweep() {
        return ended;
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() || ended ? Optional.empty() : Optional.of(process.exitValue());
    }

    public double wallSeconds() {
        return endedNanos < 0 ? Double.NaN : (endedNanos - startedNanos) / 1e9;
    }

    /** Waits (boundedly) for the rest of the output once the process has ended. */
    public void drain() throws InterruptedException {
        reader.join(java.time.Duration.ofSeconds(5));
    }

    /** Like {@link #drain}, for callers that cannot be interrupted meaningfully. */
    public void drainQuietly() {
        try {
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Everything kept of the output, without the CPU trailer. */
    public String output() {
        String all = rawOutput();
        int at = all.lastIndexOf("\n" + trailer + "\n");
        return at < 0 ? all : all.substring(0, at);
    }

    /** User + system CPU seconds of what the command ran, when it ended by itself. */
    public Optional<Double> cpuSeconds() {
        String all = rawOutput();
        int at = all.lastIndexOf("\n" + trailer + "\n");
        if (at < 0) {
            return Optional.empty();
        }
        String[] lines = all.substring(at + trailer.length() + 2).strip().split("\n");
        if (lines.length < 2) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(lines[1]);
        double seconds = 0;
        int found = 0;
        while (m.find()) {
            seconds += Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            found++;
        }
        return found == 2 ? Optional.of(seconds) : Optional.empty();
    }

    private synchronized String rawOutput() {
        int size = (int) Math.min(written, tail.length);
        byte[] ordered = new byte[size];
        long start = written - size;
        for (int i = 0; i < size; i++) {
            ordered[i] = tail[(int) ((start + i) % tail.length)];
        }
        return new String(ordered, StandardCharsets.UTF_8);
    }
}
