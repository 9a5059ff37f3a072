package org.patchbay.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes of one run, found by a variable in their environment that every child inherits: a
 * run's server that daemonised, a job a command left behind, all end with the run. Only processes
 * carrying this run's marker are touched, never another run's, lab's or user's.
 */
public final class MarkedProcesses {

    public static final String VARIABLE = "PATCHBAY_RUN";
    /** The longest {@link #end} waits for the processes it killed to be gone. */
    public static final java.time.Duration EXIT_WAIT = java.time.Duration.ofSeconds(5);

    private MarkedProcesses() {
    }

    /** {@code command} run with the marker in its environment. */
    public static List<String> command(String marker, List<String> command) {
        List<String> marked = new ArrayList<>(List.of("env", VARIABLE + "=" + marker));
        marked.addAll(command);
        return marked;
    }

    /**
     * Ends (SIGKILL) every process on this host whose environment carries {@code marker} and waits
     * (at most {@link #EXIT_WAIT}) until they have exited; how many it ended.
     */
    public static int end(String marker) {
        byte[] wanted = (VARIABLE + "=" + marker).getBytes(StandardCharsets.UTF_8);
        List<ProcessHandle> killed = new ArrayList<>();
        // a process may fork while we look: a few passes, bounded
        for (int pass = 0; pass < 5; pass++) {
            int found = 0;
            for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
                if (process.pid() == ProcessHandle.current().pid() || !carries(process.pid(), wanted)) {
                    continue;
                }
                found++;
                if (process.destroyForcibly()) {
                    killed.add(process);
                }
            }
            if (found == 0) {
                break;
            }
        }
        long until = System.nanoTime() + EXIT_WAIT.toNanos();
        for (ProcessHandle process : killed) {
            // a child of another process stays a zombie until that one reaps it; its environment is gone then
            while (process.isAlive() && hasEnvironment(process.pid()) && System.nanoTime() < until) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return killed.size();
                }
            }
        }
        return killed.size();
    }

    private static boolean hasEnvironment(long pid) {
        try {
            return Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")).length > 0;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean carries(long pid, byte[] wanted) {
        byte[] environment;
        try {
            environment = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
        } catch (IOException | SecurityException e) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= environment.length; i++) {
            if (i == environment.length || environment[i] == 0) {
                if (i - start == wanted.length && java.util.Arrays.equals(environment, start, i, wanted, 0, wanted.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
