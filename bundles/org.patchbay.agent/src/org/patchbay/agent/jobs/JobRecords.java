package org.patchbay.agent.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.wire.JobWire.JobState;

/**
 * Each job's record on disk ({@code <jobs>/<id>/job.json}, written atomically), so an agent that
 * restarts knows its jobs again: one still running (same pid and process start time) is followed
 * again, one that is away keeps its output at home, one that ended meanwhile says so.
 */
final class JobRecords {

    private static final String FILE = "job.json";

    private final Path jobsDir;
    private final Path proc;

    JobRecords(Path jobsDir, Path proc) {
        this.jobsDir = jobsDir;
        this.proc = proc;
    }

    void save(Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id);
        m.put("home", job.home);
        m.put("command", job.command);
        m.put("output", job.output.toString());
        m.put("started", job.startedMillis);
        m.put("state", job.state.wire());
        m.put("pid", job.rootPid);
        m.put("pidStarted", job.rootStart);
        m.put("locked", job.locked);
        m.put("exitCode", job.exitCode);
        m.put("note", job.note);
        try {
            Path dir = Files.createDirectories(jobsDir.resolve(job.id));
            Path tmp = Files.createTempFile(dir, "." + FILE, ".tmp");
            Files.writeString(tmp, Json.write(m), StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the job runs on; only an agent restart would forget it, and the log says why
            System.err.println("patchbay-agent: cannot record job " + job.id + ": " + e.getMessage());
        }
    }

    /** Forgets a job that left this node for good (a visitor that moved on): its folder here held only its record. */
    void forget(Job job, String node) {
        Path dir = jobsDir.resolve(job.id);
        try {
            Files.deleteIfExists(dir.resolve(FILE));
            if (!job.home.equals(node)) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            System.err.println("patchbay-agent: cannot remove the record of job " + job.id + ": " + e.getMessage());
        }
    }

    /** The jobs recorded here, newest first, at most {@code most}; a running one only if the same process still runs. */
    List<Job> load(int most) {
        List<Job> found = new ArrayList<>();
        if (!Files.isDirectory(jobsDir)) {
            return found;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jobsDir)) {
            for (Path dir : dirs) {
                Path file = dir.resolve(FILE);
                if (Files.isRegularFile(file) && Files.size(file) < 1 << 20) {
                    try {
                        found.add(job(JsonFields.of(Json.parse(Files.readString(file, StandardCharsets.UTF_8)), "job")));
                    } catch (JsonException | IllegalArgumentException e) {
                        System.err.println("patchbay-agent: ignoring the damaged job record " + file + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("patchbay-agent: cannot read the job records in " + jobsDir + ": " + e.getMessage());
        }
        found.sort((a, b) -> Long.compare(b.startedMillis, a.startedMillis));
        return found.subList(0, Math.min(most, found.size()));
    }

    private Job job(JsonFields f) throws JsonException {
        List<String> command = new ArrayList<>();
        for (Object part : f.list("command")) {
            command.add(String.valueOf(part));
        }
        JobState state = JobState.valueOf(f.string("state").toUpperCase());
        Job job = new Job(f.string("id"), f.string("home"), command, Path.of(f.string("output")), f.longValue("started", 0), state);
        job.rootPid = f.longValue("pid", 0);
        job.rootStart = f.longValue("pidStarted", 0);
        job.locked = f.bool("locked", false);
        job.exitCode = (int) f.longValue("exitCode", -1);
        job.note = f.string("note", "");
        boolean alive = job.rootPid > 0 && job.rootStart == startTime(proc, job.rootPid);
        if ((state == JobState.RUNNING || state == JobState.HELD || state == JobState.MIGRATING) && !alive) {
            job.state = JobState.EXITED;
            job.rootPid = 0;
            job.note = "ended while the agent was not running (exit status not known)";
        } else if (state == JobState.MIGRATING) {
            // the agent stopped mid-move, the job frozen and never handed over: it stays held for a user to resume
            job.state = JobState.HELD;
            job.note = "held: the agent restarted while moving it; resume it once it surely runs nowhere else";
        }
        return job;
    }

    /** The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), 0 when there is no such process. */
    static long startTime(Path proc, long pid) {
        try {
            String stat = Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[19]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
