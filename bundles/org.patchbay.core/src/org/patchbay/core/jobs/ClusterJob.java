package org.patchbay.core.jobs;

import java.util.List;

import org.patchbay.agent.protocol.wire.JobWire.JobState;

/**
 * One job as the whole cluster shows it: its home, the node it runs on now (empty when no agent
 * reports it running), its state there, its memory, and whether its output still reaches home
 * ({@code outputDelivered} is false while its home node is down: the job runs on, its output is
 * not delivered).
 */
public record ClusterJob(String id, String home, String node, JobState state, long pid, long rssBytes, boolean locked, List<String> command, String note,
        boolean outputDelivered) {

    public String commandLine() {
        return String.join(" ", command);
    }

    public boolean running() {
        return state == JobState.RUNNING && !node.isEmpty();
    }
}
