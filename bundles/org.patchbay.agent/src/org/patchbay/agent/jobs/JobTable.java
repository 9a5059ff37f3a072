package org.patchbay.agent.jobs;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;

/**
 * The jobs this agent started or received. A job runs as the first process of a pid namespace of its
 * own ({@code unshare --pid --fork}), in a session of its own and with its output appended to a file
 * at its home node, so CRIU can take the whole tree and restore it elsewhere without clashing with
 * the pids there. Bounded: at most {@link #MAX_JOBS} jobs are remembered; ended ones go first.
 */
public final class JobTable {

    public static final int MAX_JOBS = 256;
    static final int MAX_COMMAND_PARTS = 256;
    static final int MAX_COMMAND_CHARS = 16_384;
    static final int MAX_OUTPUT_READ = 64 * 1024;

    private final List<String> inRoot;
    private final String node;
    private final Path jobsDir;
    private final Path proc;
    private final LongSupplier clock;
    private final Launcher launcher;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final JobRecords records;

    /** Starts a job's first process as its builder says; fuzzing gives one that runs nothing of what a request asked. */
    @FunctionalInterface
    public interface Launcher {
        Process start(ProcessBuilder builder) throws IOException;
    }

    /** Knows again the jobs recorded in {@code jobsDir} by an earlier run of the agent (see {@link JobRecords}). */
    public JobTable(String node, Path jobsDir, Path proc, LongSupplier clock) {
        this(node, jobsDir, proc, clock, ProcessBuilder::start);
    }

    public JobTable(String node, Path jobsDir, Path proc, LongSupplier clock, Launcher launcher) {
        this(node, jobsDir, proc, clock, launcher, List.of());
    }

    /**
     * As above, with {@code inRoot} the words that put each job in another root (chroot into a node's
     * disk): they run after the job's pid namespace is made with the host's tools, before the job.
     */
    public JobTable(String node, Path jobsDir, Path proc, LongSupplier clock, Launcher launcher, List<String> inRoot) {
        this.inRoot = List.copyOf(inRoot);
        this.node = node;
        this.jobsDir = jobsDir;
        this.proc = proc;
        this.clock = clock;
        this.launcher = launcher;
        this.records = new JobRecords(jobsDir, proc);
        for (Job job : records.load(MAX_JOBS)) {
            jobs.put(job.id, job);
            if (job.state == JobState.RUNNING || job.state == JobState.HELD) {
                followAgain(job);
            }
            records.save(job);
        }
    }

    /** A job that ran before the agent restarted: its keeper is not this agent's child any more, so its first process is watched. */
    private void followAgain(Job job) {
        ProcessHandle.of(job.rootPid).ifPresent(root -> root.onExit().thenRun(() -> {
            synchronized (this) {
                if (job.keeper == null && (job.state == JobState.RUNNING || job.state == JobState.HELD)) {
                    job.state = JobState.EXITED;
                    job.note = "ended (exit status not known: the agent restarted while it ran)";
                    records.save(job);
                }
            }
        }));
    }

    public String node() {
        return node;
    }

    /** Starts {@code command} as a job with this node as its home. */
    public JobInfo start(List<String> command) throws IOException {
        if (command.isEmpty() || command.size() > MAX_COMMAND_PARTS || command.stream().mapToInt(String::length).sum() > MAX_COMMAND_CHARS
                || command.stream().anyMatch(p -> p.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("a job's command is 1 to " + MAX_COMMAND_PARTS + " strings without NUL, at most " + MAX_COMMAND_CHARS
                    + " characters in all");
        }
        String id = newId();
        Path dir = jobsDir.resolve(id);
        Files.createDirectories(dir);
        Path output = dir.resolve("output");
        Files.createFile(output);
        // the job's first process is its pid namespace's init and its session's leader, so CRIU can take the tree alone;
        // its working directory and output (standard error too) are at home, where the output stays when the job moves;
        // unshare's own complaints go to a file beside it, not into the job's output
        List<String> full = new ArrayList<>();
        if (!inRoot.isEmpty()) {
            // the launcher may start the job in another mount namespace (the one holding the node's disk): its standard files
            // are opened again there, or CRIU, which runs there, finds them on mounts it cannot see and will not move the job
            full.addAll(List.of("sh", "-c", "exec </dev/null >>\"$0\" 2>>\"$1\" && shift && exec \"$@\"", output.toString(),
                    dir.resolve("keeper.log").toString()));
        }
        int ownNice = niceness(proc);
        if (ownNice != 0) {
            // an agent raised above its node's jobs (a lab node under a CPU quota) starts them at the ordinary priority
            full.addAll(List.of("nice", "-n", Integer.toString(-ownNice)));
        }
        full.addAll(List.of("unshare", "--pid", "--fork", "--kill-child", "--"));
        full.addAll(inRoot);
        full.addAll(List.of("setsid", "--", "sh", "-c", "exec \"$0\" \"$@\" 2>&1"));
        full.addAll(command);
        Process keeper = launcher.start(new ProcessBuilder(full).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("keeper.log").toFile())));
        Job job = new Job(id, node, command, output, clock.getAsLong(), JobState.RUNNING);
        job.keeper = keeper;
        job.rootPid = firstChild(keeper);
        job.rootStart = JobRecords.startTime(proc, job.rootPid);
        if (job.rootPid == 0) {
            job.state = JobState.EXITED;
            job.exitCode = keeper.exitValue();
            job.keeper = null;
        }
        synchronized (this) {
            makeRoom();
            jobs.put(id, job);
            records.save(job);
        }
        watch(job, keeper);
        return info(job);
    }

    /** A job that arrived from another node, restored by {@code keeper} ({@code criu restore}) with its first process at {@code rootPid}. */
    synchronized JobInfo arrived(String id, String home, List<String> command, Path output, long startedMillis, boolean locked, Process keeper, long rootPid) {
        Job job = jobs.get(id);
        if (job == null) {
            makeRoom();
            job = new Job(id, home, command, output, startedMillis, JobState.RUNNING);
            jobs.put(id, job);
        }
        job.state = JobState.RUNNING;
        job.keeper = keeper;
        job.rootPid = rootPid;
        job.rootStart = JobRecords.startTime(proc, rootPid);
        job.locked = locked;
        job.exitCode = -1;
        job.note = "";
        records.save(job);
        watch(job, keeper);
        return info(job);
    }

    public synchronized List<JobInfo> all() {
        return jobs.values().stream().map(this::info).toList();
    }

    public synchronized Optional<JobInfo> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(this::info);
    }

    synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Up to {@link #MAX_OUTPUT_READ} bytes of a job's output from {@code offset}; only the home node has it. */
    public byte[] output(String id, long offset) throws IOException {
        Job job;
        synchronized (this) {
            job = jobs.get(id);
        }
        if (job == null || !job.home.equals(node)) {
            throw new IllegalStateException("job " + id + " does not have " + node + " as its home; ask its home node for its output");
        }
        try (RandomAccessFile file = new RandomAccessFile(job.output.toFile(), "r")) {
            long length = file.length();
            if (offset >= length) {
                return new byte[0];
            }
            file.seek(Math.max(0, offset));
            byte[] bytes = new byte[(int) Math.min(MAX_OUTPUT_READ, length - offset)];
            file.readFully(bytes);
            return bytes;
        }
    }

    public synchronized JobInfo lock(String id, boolean locked) {
        Job job = require(id);
        job.locked = locked;
        records.save(job);
        return info(job);
    }

    /** Ends a job running here (SIGKILL to its pid namespace's init, which takes the whole tree). */
    public JobInfo kill(String id) throws IOException {
        Job job;
        synchronized (this) {
            job = require(id);
            if (job.state != JobState.RUNNING && job.state != JobState.HELD) {
                throw new IllegalStateException("job " + id + " is " + job.state.wire() + " on " + node + ", not running here");
            }
        }
        signal(job.rootPid, "KILL");
        return info(job);
    }

    /**
     * Resumes a job held stopped after a hand-over whose outcome was unknown. Only for a user who has
     * made sure the other copy does not run (its node is off or the job is not there).
     */
    public JobInfo resume(String id) throws IOException {
        Job job;
        synchronized (this) {
            job = require(id);
            if (job.state != JobState.HELD) {
                throw new IllegalStateException("job " + id + " is " + job.state.wire() + ", not held");
            }
        }
        continueTree(job.rootPid);
        synchronized (this) {
            job.state = JobState.RUNNING;
            job.note = "resumed by the user after an unknown hand-over";
            records.save(job);
            return info(job);
        }
    }

    private Job require(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new java.util.NoSuchElementException("no job " + id + " on " + node);
        }
        return job;
    }

    /** Marks a running job as being handed over; refuses one that is locked, not here, or already moving. */
    synchronized Job beginMigration(String id, String target) {
        Job job = require(id);
        if (job.state != JobState.RUNNING) {
            throw new IllegalStateException("job " + id + " is " + job.state.wire() + " on " + node + "; only a running job can move");
        }
        if (job.locked) {
            throw new IllegalStateException("job " + id + " is locked to " + node + "; unlock it first");
        }
        if (target.equals(node)) {
            throw new IllegalArgumentException("job " + id + " already runs on " + node);
        }
        job.state = JobState.MIGRATING;
        records.save(job);
        return job;
    }

    /** The hand-over succeeded: the copy here is ended and the job is away (or forgotten, when this is not its home). */
    synchronized void migrated(Job job, String to) {
        if (job.home.equals(node)) {
            job.state = JobState.AWAY;
            job.note = "runs on " + to;
            job.keeper = null;
            job.rootPid = 0;
            records.save(job);
        } else {
            jobs.remove(job.id);
            records.forget(job, node);
        }
    }

    synchronized void resumed(Job job, String why) {
        job.state = JobState.RUNNING;
        job.note = why;
        endedMeanwhile(job);
        records.save(job);
    }

    /**
     * A job whose process ended while it was being moved (its end was not taken then, as a keeper
     * also ends when its job moves away) is marked ended now, with its exit code.
     */
    private void endedMeanwhile(Job job) {
        boolean gone = job.keeper != null ? !job.keeper.isAlive()
                : job.rootPid <= 0 || JobRecords.startTime(proc, job.rootPid) != job.rootStart;
        if (gone) {
            job.state = JobState.EXITED;
            job.exitCode = job.keeper != null ? job.keeper.exitValue() : -1;
            job.keeper = null;
        }
    }

    synchronized boolean isHeld(Job job) {
        return job.state == JobState.HELD;
    }

    synchronized void held(Job job, String why) {
        job.state = JobState.HELD;
        job.note = why;
        endedMeanwhile(job);
        records.save(job);
    }

    private void watch(Job job, Process keeper) {
        keeper.onExit().thenAccept(p -> {
            synchronized (this) {
                // a keeper that ends because its job moved away is not the job ending
                if (job.keeper == keeper && (job.state == JobState.RUNNING || job.state == JobState.HELD)) {
                    job.state = JobState.EXITED;
                    job.exitCode = p.exitValue();
                    job.keeper = null;
                    records.save(job);
                }
            }
        });
    }

    private void makeRoom() {
        if (jobs.size() < MAX_JOBS) {
            return;
        }
        String oldestEnded = jobs.values().stream().filter(j -> j.state == JobState.EXITED).map(j -> j.id).findFirst()
                .orElseThrow(() -> new IllegalStateException(node + " already holds " + MAX_JOBS + " jobs; end some first"));
        records.forget(jobs.remove(oldestEnded), node);
    }

    private String newId() {
        byte[] bytes = new byte[5];
        random.nextBytes(bytes);
        return "j" + HexFormat.of().formatHex(bytes);
    }

    private JobInfo info(Job j) {
        long outputBytes = 0;
        if (j.home.equals(node)) {
            try {
                outputBytes = Files.size(j.output);
            } catch (IOException e) {
                outputBytes = 0;
            }
        }
        long rss = j.rootPid > 0 ? treeRss(j.rootPid) : 0;
        return new JobInfo(j.id, node, j.home, j.command, j.state, j.rootPid, rss, j.locked, j.startedMillis, j.exitCode, outputBytes, j.note);
    }

    /** The pids of every process in the pid namespace whose init is {@code rootPid}: the job's whole tree. */
    List<Long> tree(long rootPid) {
        List<Long> pids = new ArrayList<>();
        String ns;
        try {
            ns = Files.readSymbolicLink(proc.resolve(Long.toString(rootPid)).resolve("ns/pid")).toString();
        } catch (IOException e) {
            return pids;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path entry : entries) {
                try {
                    if (Files.readSymbolicLink(entry.resolve("ns/pid")).toString().equals(ns)) {
                        pids.add(Long.parseLong(entry.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    /** The programs, libraries and open files of the job's tree (see {@link JobFiles}), read under {@code filesRoot}. */
    List<JobFiles.Fact> files(long rootPid, Path filesRoot) {
        return JobFiles.of(proc, tree(rootPid), filesRoot);
    }

    long treeRss(long rootPid) {
        long total = 0;
        for (long pid : tree(rootPid)) {
            try {
                for (String line : Files.readAllLines(proc.resolve(Long.toString(pid)).resolve("status"), StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // ended meanwhile
            }
        }
        return total;
    }

    /**
     * The TCP connections the job holds, as "local -> remote" of established sockets, read from its
     * network namespace's table and matched by the socket inodes of its open descriptors. CRIU refuses
     * these, so a migration names them before freezing anything.
     */
    List<String> tcpConnections(long rootPid) {
        Set<String> inodes = new java.util.HashSet<>();
        for (long pid : tree(rootPid)) {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("fd"))) {
                for (Path fd : fds) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            } catch (IOException e) {
                // ended meanwhile
            }
        }
        List<String> connections = new ArrayList<>();
        if (inodes.isEmpty()) {
            return connections;
        }
        for (String table : List.of("tcp", "tcp6")) {
            try {
                List<String> lines = Files.readAllLines(proc.resolve(Long.toString(rootPid)).resolve("net").resolve(table), StandardCharsets.US_ASCII);
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    // st 01 is ESTABLISHED; 08 CLOSE_WAIT and the other connected states count too (CRIU refuses them all)
                    if (f.length > 9 && inodes.contains(f[9]) && !f[3].equals("0A") && !f[3].equals("07")) {
                        connections.add(TcpAddresses.decode(f[1]) + " -> " + TcpAddresses.decode(f[2]));
                    }
                }
            } catch (IOException e) {
                // no such table in this namespace
            }
        }
        return connections;
    }

    void signal(long pid, String signal) throws IOException {
        run(List.of("kill", "-s", signal, Long.toString(pid)));
    }

    private static void run(List<String> kill) throws IOException {
        Process process = new ProcessBuilder(kill).redirectErrorStream(true).start();
        try {
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", kill) + ": " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** SIGCONT to every process of the tree: CRIU left them stopped, and a stopped tree must be woken whole. */
    void continueTree(long rootPid) throws IOException {
        // one kill for the whole tree: a process started per pid takes seconds on a loaded machine, and the job is frozen meanwhile
        List<String> command = new ArrayList<>(List.of("kill", "-s", "CONT"));
        tree(rootPid).forEach(pid -> command.add(Long.toString(pid)));
        if (command.size() > 3) {
            run(command);
        }
    }

    /** This agent's own nice value (field 19 of /proc/self/stat), 0 when it cannot be read. */
    private static int niceness(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("self/stat"), StandardCharsets.US_ASCII);
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The keeper's child, the job's first process; 0 when the job ended before it could be seen. */
    private static long firstChild(Process keeper) throws IOException {
        // unshare forks at once; on a loaded machine that can take a while, so wait as long as the keeper lives
        for (int attempt = 0; keeper.isAlive(); attempt++) {
            Optional<ProcessHandle> child = keeper.toHandle().children().findFirst();
            if (child.isPresent()) {
                return child.get().pid();
            }
            try {
                Thread.sleep(Math.min(50, 1 + attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                keeper.destroyForcibly();
                throw new IOException("interrupted while the job started");
            }
        }
        return 0;
    }
}
