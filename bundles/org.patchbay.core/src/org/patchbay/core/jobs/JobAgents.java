package org.patchbay.core.jobs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;

/**
 * The node agents' jobs API as the console uses it, one call per agent; {@link AgentJobAgents} is
 * the real one (the agents' HTTPS API), tests give a fake.
 */
public interface JobAgents {

    /** The nodes whose agents can be asked now. */
    Set<String> nodes();

    CompletableFuture<List<JobInfo>> jobs(String node);

    CompletableFuture<List<MigrationInfo>> migrations(String node);

    CompletableFuture<JobInfo> start(String node, List<String> command);

    /**
     * Asks {@code source} to move {@code job} to {@code target}; completes when the move has started.
     * {@code pageAddress} is the target's address the memory goes to (empty: its agent's); {@code mode}
     * how the memory moves ({@code auto}: post-copy where both nodes can; {@code stop-and-copy}).
     */
    CompletableFuture<MigrationInfo> migrate(String source, String job, String target, String why, String pageAddress, String mode);

    /** kill or resume */
    CompletableFuture<JobInfo> action(String node, String job, String action);

    CompletableFuture<JobInfo> lock(String node, String job, boolean locked);

    /** Up to 64 KB of a job's output from {@code offset}, read at its home node: the text and the offset to read on from. */
    CompletableFuture<java.util.Map.Entry<String, Long>> output(String home, String job, long offset);
}
