package org.patchbay.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code pb-shaper}: the user-space delay node of one wire. Commands go to its standard
 * input and each is answered on its standard output (see native-helpers/lib/shaper_command.h); it
 * exits when its standard input closes, so a console that dies takes its shapers with it.
 */
final class DelayNodeProcess {

    private static final long REPLY_TIMEOUT_MILLIS = 2000;

    private final LabPlan.DelayNode node;
    private final Process process;
    private final OutputStream commands;
    private final BlockingQueue<String> replies = new ArrayBlockingQueue<>(64);

    DelayNodeProcess(LabPlan.DelayNode node, Process process) throws LabException {
        this.node = node;
        this.process = process;
        this.commands = process.getOutputStream();
        // a platform thread with a small stack: a virtual thread blocked on a pipe holds a carrier thread for the shaper's whole
        // life, and a 50-node lab's shapers took every carrier, so the lab's short-lived readers never ran (stop took minutes)
        Thread.ofPlatform().daemon().stackSize(256 << 10).name("shaper-" + node.namespace()).start(this::readReplies);
        String ready = next();
        if (!ready.startsWith("ready")) {
            throw new LabException("The delay node for " + node.what() + " did not start: " + ready);
        }
    }

    LabPlan.DelayNode node() {
        return node;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sends one command and returns its reply lines ({@code lines} of them); an "error" reply is thrown. */
    synchronized List<String> command(String line, int lines) throws LabException {
        if (!process.isAlive()) {
            throw new LabException("The delay node for " + node.what() + " has exited (code " + process.exitValue() + "); restart the lab");
        }
        try {
            commands.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            commands.flush();
        } catch (IOException e) {
            throw new LabException("Cannot reach the delay node for " + node.what() + ": " + e.getMessage(), e);
        }
        List<String> reply = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String answer = next();
            if (answer.startsWith("error")) {
                throw new LabException("The delay node for " + node.what() + " refused '" + line + "': " + answer.substring(5).strip());
            }
            reply.add(answer);
        }
        return reply;
    }

    /** Asks the shaper to end without waiting for it: a lab of hundreds of links asks them all, then waits ({@link #stop}). */
    void stopSoon() {
        try {
            commands.close();
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
    }

    void stop() {
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

    private String next() throws LabException {
        try {
            String line = replies.poll(REPLY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new LabException("The delay node for " + node.what() + " did not answer within " + REPLY_TIMEOUT_MILLIS + " ms"
                        + (process.isAlive() ? "" : " (it exited with code " + process.exitValue() + ")"));
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("Interrupted while waiting for the delay node for " + node.what());
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
