package org.patchbay.agent.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The CRIU this agent checkpoints and restores jobs with, and what it said when it refused. Checked
 * once at start ({@code criu check}); when it is missing or fails, jobs still run here but cannot
 * move, and every migration names the reason.
 */
public final class Criu {

    private final Path executable;
    private final String status;
    private final boolean usable;
    /** Why this CRIU cannot move a job's memory after the job runs on the target (lazy pages), or empty when it can. */
    private final String noPostCopy;
    /** Words that put CRIU where the node is (a lab node served by a shared runtime: its namespace and cgroup); empty on a node's own agent. */
    private final List<String> prefix;

    private Criu(Path executable, String status, boolean usable) {
        this(executable, status, usable, usable ? "" : status, List.of());
    }

    private Criu(Path executable, String status, boolean usable, String noPostCopy, List<String> prefix) {
        this.executable = executable;
        this.status = status;
        this.usable = usable;
        this.noPostCopy = noPostCopy;
        this.prefix = List.copyOf(prefix);
    }

    /** The same CRIU, each action started through {@code prefix} (such as {@code ip netns exec NODE}). */
    public Criu startedThrough(List<String> prefix) {
        return new Criu(executable, status, usable, noPostCopy, prefix);
    }

    /** Runs {@code criu --version} and {@code criu check}, each bounded by {@code limitSeconds}. */
    public static Criu probe(Path executable, long limitSeconds) {
        try {
            String version = run(List.of(executable.toString(), "--version"), limitSeconds).lines().filter(l -> l.startsWith("Version:"))
                    .map(l -> l.substring("Version:".length()).trim()).findFirst().orElse("?");
            Process check = new ProcessBuilder(executable.toString(), "check").redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!check.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return new Criu(executable, "CRIU " + version + ": 'criu check' did not finish in " + limitSeconds + " s", false);
            }
            if (check.exitValue() != 0) {
                return new Criu(executable, "CRIU " + version + " at " + executable + " fails 'criu check': " + firstError(said)
                        + "; CRIU 4.1 or later is needed on kernels from 6.13 (native-helpers/criu/criu-from-debian builds one)", false);
            }
            String noPostCopy = postCopyRefusal(executable, limitSeconds);
            // iterative pre-copy (pre-dump --track-mem) sends only what changed, which needs the kernel's soft-dirty bits
            boolean dirtyTracking = succeeds(List.of(executable.toString(), "check", "--feature", "mem_dirty_track"), limitSeconds);
            return new Criu(executable, "CRIU " + version + " (" + executable + "): criu check passed; "
                    + (noPostCopy.isEmpty() ? "post-copy (lazy pages) available" : "no post-copy: " + noPostCopy)
                    + (dirtyTracking ? "" : "; no iterative pre-copy: the kernel tracks no dirty memory (built without CONFIG_MEM_SOFT_DIRTY)"), true,
                    noPostCopy, List.of());
        } catch (IOException e) {
            return new Criu(executable, "no CRIU at " + executable + " (" + e.getMessage()
                    + "); install CRIU 4.1 or later, or start the agent with --criu PATH (native-helpers/criu/criu-from-debian builds one)", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Criu(executable, "interrupted while checking CRIU", false);
        }
    }

    public boolean usable() {
        return usable;
    }

    /** Whether a job can run on the target before all its memory is there (CRIU's lazy pages over userfaultfd). */
    public boolean postCopy() {
        return noPostCopy.isEmpty();
    }

    /** Why {@link #postCopy()} is false; empty when it is true. */
    public String noPostCopy() {
        return noPostCopy;
    }

    /** The largest pipe CRIU's lazy-pages server asks for (its PIPE_MAX_SIZE on x86-64: 819 pages). */
    static final long LAZY_PIPE_BYTES = 819L * 4096;

    /**
     * Why lazy pages cannot work here, or empty: the kernel's userfaultfd for other processes, and
     * pipes as large as CRIU's lazy-pages server tees them into, which without CAP_SYS_RESOURCE stop
     * at fs.pipe-max-size (a CRIU that criu-from-debian built grows them only that far, as its
     * {@code patches} file beside it says).
     */
    private static String postCopyRefusal(Path executable, long limitSeconds) throws InterruptedException {
        try {
            return postCopyRefusalOrFail(executable, limitSeconds);
        } catch (IOException | NumberFormatException e) {
            return "cannot tell whether lazy pages work here: " + e.getMessage();
        }
    }

    private static String postCopyRefusalOrFail(Path executable, long limitSeconds) throws IOException, InterruptedException {
        Process uffd = new ProcessBuilder(executable.toString(), "check", "--feature", "uffd-noncoop").redirectErrorStream(true).start();
        String said = new String(uffd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!uffd.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            uffd.destroyForcibly();
            return "'criu check --feature uffd-noncoop' did not finish in " + limitSeconds + " s";
        }
        if (uffd.exitValue() != 0) {
            return "the kernel's userfaultfd does not serve other processes (" + firstError(said) + ")";
        }
        Path patches = executable.resolveSibling("patches");
        if (Files.isReadable(patches) && Files.readString(patches).contains("pipe-max-size")) {
            return "";
        }
        if (hasCapability(Path.of("/proc/self/status"), CAP_SYS_RESOURCE)) {
            return "";
        }
        long pipeMax = Long.parseLong(Files.readString(Path.of("/proc/sys/fs/pipe-max-size")).strip());
        return pipeMax >= LAZY_PIPE_BYTES ? ""
                : "without CAP_SYS_RESOURCE pipes stop at fs.pipe-max-size (" + pipeMax + " bytes), below the " + LAZY_PIPE_BYTES
                        + " CRIU's lazy-pages server needs; use the CRIU native-helpers/criu/criu-from-debian builds, or raise fs.pipe-max-size";
    }

    private static final int CAP_SYS_RESOURCE = 24;

    static boolean hasCapability(Path status, int capability) throws IOException {
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            if (line.startsWith("CapEff:")) {
                return new java.math.BigInteger(line.substring("CapEff:".length()).strip(), 16).testBit(capability);
            }
        }
        return false;
    }

    /** One line for the node's status: version and whether {@code criu check} passed, or why not. */
    public String status() {
        return status;
    }

    /**
     * The command line of one CRIU action; the caller adds the options. CRIU runs at a high priority
     * (nice -15), as a kernel's migration would: on a node whose jobs keep its CPU busy (a lab node
     * under its quota, say) it would otherwise get a sliver of the CPU and a short freeze would take
     * seconds. A restored job gets its own priority back from its image.
     */
    List<String> command(String action) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("nice", "-n", "-15"));
        command.add(executable.toString());
        command.add(action);
        return command;
    }

    /**
     * What CRIU's log says went wrong, in a sentence a user can act on where the cause is known,
     * otherwise CRIU's own error lines (at most a few).
     */
    static String explain(Path log) {
        List<String> errors = new ArrayList<>();
        try {
            if (Files.isReadable(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    int at = line.indexOf("Error (");
                    if (at >= 0 && !line.contains("RLIMIT_NOFILE")) {
                        int close = line.indexOf("): ", at);
                        errors.add(close > 0 ? line.substring(close + 3).strip() : line.substring(at).strip());
                    }
                }
            }
        } catch (IOException e) {
            return "CRIU failed and its log " + log + " cannot be read: " + e.getMessage();
        }
        for (String e : errors) {
            Optional<String> known = known(e);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (errors.isEmpty()) {
            return "CRIU failed without an error line (log: " + log + ")";
        }
        return "CRIU: " + String.join("; ", errors.subList(0, Math.min(3, errors.size())));
    }

    private static Optional<String> known(String error) {
        if (error.contains("No such process") && (error.contains("detach") || error.contains("seize") || error.contains("Seize"))) {
            return Optional.of("the job ended while it was being frozen");
        }
        if (error.startsWith("Connected TCP socket")) {
            return Optional.of("it has an open TCP connection; CRIU moves only processes without one (close it, or run the job without it)");
        }
        if (error.contains("half of stream unix connection") || error.contains("External socket")) {
            return Optional.of("it is connected by a unix socket to a process outside the job");
        }
        if (error.contains("In-flight connection")) {
            return Optional.of("it listens on a TCP port with connections waiting to be accepted");
        }
        if (error.contains("page server doesn't answer") || error.contains("Can't connect to server")) {
            return Optional.of("the target node's page server could not be reached (" + error + ")");
        }
        if (error.contains("Can't open file") || error.contains("Can't open ") && error.contains("on restore")) {
            return Optional.of("a file the job has open does not exist on the target node: " + error);
        }
        if (error.contains("tls") || error.contains("TLS") || error.contains("certificate")) {
            return Optional.of("the nodes could not authenticate each other for the memory transfer: " + error);
        }
        return Optional.empty();
    }

    private static String firstError(String said) {
        return said.lines().filter(l -> l.contains("Error")).findFirst().orElse(said.lines().findFirst().orElse("no output"));
    }

    /** Whether the command exits 0 within the limit (what it says is not kept). */
    private static boolean succeeds(List<String> command, long limitSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    private static String run(List<String> command, long limitSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + limitSeconds + " s");
        }
        return out;
    }
}
