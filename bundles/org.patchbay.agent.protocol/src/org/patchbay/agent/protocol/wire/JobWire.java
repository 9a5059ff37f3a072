package org.patchbay.agent.protocol.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;

/**
 * Jobs and their migrations as agents and console exchange them (docs/agent-api.md, "Jobs"). A job
 * is a process tree the agent started in a pid namespace of its own, so CRIU can move it whole to
 * another node; it keeps its home node (where its output is written) wherever it runs.
 */
public final class JobWire {

    public static final String JOBS_PATH = "/v1/jobs";
    /** Migrations this node took part in, as source or target. */
    public static final String MIGRATIONS_PATH = "/v1/migrations";
    /** Agent to agent: the target's side of a hand-over; only node certificates are served here. */
    public static final String INCOMING_PATH = "/v1/migrations/incoming";

    /** Where a job is, as its agent sees it. */
    public enum JobState {
        /** running here */
        RUNNING,
        /** frozen here while it is handed to another node */
        MIGRATING,
        /** moved away; this agent is its home and keeps its output */
        AWAY,
        /** held stopped here: a hand-over's outcome is unknown, so it must not run twice */
        HELD,
        /** ended here, with its exit code */
        EXITED;

        public String wire() {
            return name().toLowerCase();
        }

        static JobState of(String wire) throws JsonException {
            for (JobState s : values()) {
                if (s.wire().equals(wire)) {
                    return s;
                }
            }
            throw new JsonException("unknown job state '" + wire + "'");
        }
    }

    /**
     * One job as one agent reports it. {@code node} is the reporting agent's node, {@code home} the
     * node that keeps its output; {@code pid} is the host pid of the job's first process (0 when not
     * here); {@code exitCode} is -1 until it ends.
     */
    public record JobInfo(String id, String node, String home, List<String> command, JobState state, long pid, long rssBytes, boolean locked,
            long startedMillis, int exitCode, long outputBytes, String note) {
    }

    /** How a migration ended, or that it still runs. */
    public enum Outcome {
        RUNNING, MOVED, FAILED, UNKNOWN;

        public String wire() {
            return name().toLowerCase();
        }

        static Outcome of(String wire) throws JsonException {
            for (Outcome o : values()) {
                if (o.wire().equals(wire)) {
                    return o;
                }
            }
            throw new JsonException("unknown migration outcome '" + wire + "'");
        }
    }

    /**
     * One migration: who asked ({@code why}: user, balancer, home), the bytes that crossed (memory
     * pages and the other images), how long the job was frozen and the whole hand-over took, and
     * on failure the reason in words. {@code phase} says what it does now or did last.
     */
    /** How the phase of a move that ended by post-copy begins (the job ran on the target, then its memory followed), before the target's name. */
    public static final String POST_COPY_PHASE = "post-copy: memory followed to ";

    public record MigrationInfo(String id, String job, String from, String to, String why, Outcome outcome, String phase, long bytes,
            long freezeMillis, long totalMillis, long startedMillis, String error) {
    }

    private JobWire() {
    }

    public static Map<String, Object> toJson(JobInfo j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("node", j.node());
        m.put("home", j.home());
        m.put("command", j.command());
        m.put("state", j.state().wire());
        m.put("pid", j.pid());
        m.put("rssBytes", j.rssBytes());
        m.put("locked", j.locked());
        m.put("started", j.startedMillis());
        m.put("exitCode", j.exitCode());
        m.put("outputBytes", j.outputBytes());
        if (j.note() != null && !j.note().isEmpty()) {
            m.put("note", j.note());
        }
        return m;
    }

    public static JobInfo job(Object json) throws JsonException {
        JsonFields f = JsonFields.of(json, "job");
        List<String> command = new ArrayList<>();
        for (Object part : f.list("command")) {
            if (!(part instanceof String s)) {
                throw new JsonException("'command' must be an array of strings");
            }
            command.add(s);
        }
        return new JobInfo(f.string("id"), f.string("node"), f.string("home"), List.copyOf(command), JobState.of(f.string("state")),
                f.longValue("pid", 0), f.longValue("rssBytes", 0), f.bool("locked", false), f.longValue("started", 0), (int) f.longValue("exitCode", -1),
                f.longValue("outputBytes", 0), f.string("note", ""));
    }

    public static List<JobInfo> jobs(String body) throws JsonException {
        List<JobInfo> jobs = new ArrayList<>();
        for (Object o : JsonFields.of(Json.parse(body), "jobs").list("jobs")) {
            jobs.add(job(o));
        }
        return jobs;
    }

    public static Map<String, Object> toJson(MigrationInfo mi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", mi.id());
        m.put("job", mi.job());
        m.put("from", mi.from());
        m.put("to", mi.to());
        m.put("why", mi.why());
        m.put("outcome", mi.outcome().wire());
        m.put("phase", mi.phase());
        m.put("bytes", mi.bytes());
        m.put("freezeMillis", mi.freezeMillis());
        m.put("totalMillis", mi.totalMillis());
        m.put("started", mi.startedMillis());
        if (mi.error() != null && !mi.error().isEmpty()) {
            m.put("error", mi.error());
        }
        return m;
    }

    public static MigrationInfo migration(Object json) throws JsonException {
        JsonFields f = JsonFields.of(json, "migration");
        return new MigrationInfo(f.string("id"), f.string("job"), f.string("from"), f.string("to"), f.string("why", "user"), Outcome.of(f.string("outcome")),
                f.string("phase", ""), f.longValue("bytes", 0), f.longValue("freezeMillis", 0), f.longValue("totalMillis", 0), f.longValue("started", 0),
                f.string("error", ""));
    }

    public static List<MigrationInfo> migrations(String body) throws JsonException {
        List<MigrationInfo> list = new ArrayList<>();
        for (Object o : JsonFields.of(Json.parse(body), "migrations").list("migrations")) {
            list.add(migration(o));
        }
        return list;
    }
}
