package org.patchbay.agent.jobs;

import java.nio.file.Path;
import java.util.List;

import org.patchbay.agent.protocol.wire.JobWire.JobState;

/**
 * One job as this agent holds it. {@code keeper} is the process whose child is the job's first
 * process (here: {@code unshare}, or {@code criu restore} for a job that arrived), so its exit is
 * the job's; it is null for a job that is away. Guarded by the {@link JobTable}.
 */
final class Job {
    final String id;
    final String home;
    final List<String> command;
    final Path output;
    final long startedMillis;
    JobState state;
    long rootPid;
    /** When the first process started (clock ticks since boot): tells it from a later process given the same pid. */
    long rootStart;
    Process keeper;
    boolean locked;
    int exitCode = -1;
    String note = "";

    Job(String id, String home, List<String> command, Path output, long startedMillis, JobState state) {
        this.id = id;
        this.home = home;
        this.command = List.copyOf(command);
        this.output = output;
        this.startedMillis = startedMillis;
        this.state = state;
    }
}
