package org.patchbay.shaping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code pb-shaper}, the user-space Dummynet that bridges two interfaces through a pipe each
 * way (a delay node). Commands go to its standard input and each is answered on its standard output
 * (native-helpers/lib/shaper_command.h); it exits when its standard input closes, so whoever started it
 * takes it along when it dies. Used by the lab's delay nodes and by an agent acting as a delay node.
 */
public final class ShaperProcess {

    /** How long a reply may take: the shaper answers from its event loop, between packets. */
    public static final long REPLY_TIMEOUT_MILLIS = 2000;

    private final String what;
    private final Process process;
    private final OutputStream commands;
    private final BlockingQueue<String> replies = new ArrayBlockingQueue<>(64);

    /**
     * Takes over a started shaper and waits for its "ready" line.
     *
     * @param what how messages name it, e.g. "delay node for link0"
     */
    public ShaperProcess(String what, Process process) throws ShapingException {
        this.what = what;
        this.process = process;
        this.commands = process.getOutputStream();
        // a platform thread with a small stack: a virtual thread blocked on a pipe holds a carrier thread for the shaper's whole
        // life, and a 50-node lab's shapers took every carrier, so the lab's short-lived readers never ran (stop took minutes)
        Thread.ofPlatform().daemon().stackSize(256 << 10).name("shaper-" + process.pid()).start(this::readReplies);
        String ready = next();
        if (!ready.startsWith("ready")) {
            throw new ShapingException("The " + what + " did not start: " + ready);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Sends one command and returns its reply lines ({@code lines} of them); an "error" reply is thrown. */
    public synchronized List<String> command(String line, int lines) throws ShapingException {
        if (!process.isAlive()) {
            throw new ShapingException("The " + what + " has exited (code " + process.exitValue() + ")");
        }
        try {
            commands.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            commands.flush();
        } catch (IOException e) {
            throw new ShapingException("Cannot reach the " + what + ": " + e.getMessage());
        }
        List<String> reply = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String answer = next();
            if (answer.startsWith("error")) {
                throw new ShapingException("The " + what + " refused '" + line + "': " + answer.substring(5).strip());
            }
            reply.add(answer);
        }
        return reply;
    }

    /** Sets one direction ("ab" or "ba") to {@code spec}; null opens it (no limits). */
    public void set(String direction, PipeSpec spec, long seed) throws ShapingException {
        command(setCommand(direction, spec, seed), 1);
    }

    /** What each direction runs now, read back: "ab" and "ba". */
    public Map<String, PipeSpec> shown() throws ShapingException {
        Map<String, PipeSpec> byDirection = new LinkedHashMap<>();
        for (String line : command("show", 2)) {
            Map<String, String> f = fields(line);
            byDirection.put(line.split(" ")[1], new PipeSpec(Long.parseLong(f.get("rate")), Long.parseLong(f.get("delay_ns")) / 1e6,
                    Double.parseDouble(f.get("loss")), Integer.parseInt(f.get("queue")),
                    "bytes".equals(f.get("unit")) ? PipeSpec.QueueUnit.BYTES : PipeSpec.QueueUnit.PACKETS, PipeSpec.QueueKind.DROP_TAIL));
        }
        return byDirection;
    }

    /** The command line that sets one direction to {@code spec} (null: open). */
    public static String setCommand(String direction, PipeSpec spec, long seed) {
        if (spec == null) {
            return "set " + direction;
        }
        return "set " + direction + " rate=" + spec.bandwidthBps() + " delay_ns=" + Math.round(spec.delayMs() * 1e6) + " loss=" + spec.lossRate()
                + " queue=" + spec.queueLimit() + " unit=" + (spec.queueUnit() == PipeSpec.QueueUnit.BYTES ? "bytes" : "packets") + " seed=" + seed;
    }

    /** A pipe's random seed from its name (FNV-1a), so the same pipe drops the same packets on every run. */
    public static long seed(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h & Long.MAX_VALUE;
    }

    /** The {@code name=value} words of one line the shaper printed. */
    public static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String word : line.split(" ")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                fields.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return fields;
    }

    /** Asks the shaper to end without waiting for it: whoever stops hundreds asks them all, then waits ({@link #stop}). */
    public void stopSoon() {
        try {
            commands.close();
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
    }

    public void stop() {
        stopSoon();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String next() throws ShapingException {
        try {
            String line = replies.poll(REPLY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new ShapingException("The " + what + " did not answer within " + REPLY_TIMEOUT_MILLIS + " ms"
                        + (process.isAlive() ? "" : " (it exited with code " + process.exitValue() + ")"));
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShapingException("Interrupted while waiting for the " + what);
        }
    }

    private void readReplies() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                replies.offer(line);
            }
        } catch (IOException e) {
            // the shaper has exited; command() reports it
        }
        replies.offer("error the delay node exited");
    }
}
