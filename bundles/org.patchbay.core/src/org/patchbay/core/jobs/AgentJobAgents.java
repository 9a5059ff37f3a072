package org.patchbay.core.jobs;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.AgentException;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;

/** {@link JobAgents} over the agents' HTTPS API, at the endpoints the session follows. */
public final class AgentJobAgents implements JobAgents {

    private final AgentClient client;
    private final Supplier<Map<String, URI>> endpoints;

    public AgentJobAgents(AgentClient client, Supplier<Map<String, URI>> endpoints) {
        this.client = client;
        this.endpoints = endpoints;
    }

    @Override
    public Set<String> nodes() {
        return endpoints.get().keySet();
    }

    @Override
    public CompletableFuture<List<JobInfo>> jobs(String node) {
        return at(node, uri -> client.jobs(node, uri));
    }

    @Override
    public CompletableFuture<List<MigrationInfo>> migrations(String node) {
        return at(node, uri -> client.migrations(node, uri));
    }

    @Override
    public CompletableFuture<JobInfo> start(String node, List<String> command) {
        return at(node, uri -> client.startJob(node, uri, command));
    }

    @Override
    public CompletableFuture<MigrationInfo> migrate(String source, String job, String target, String why, String pageAddress, String mode) {
        URI to = endpoints.get().get(target);
        if (to == null) {
            return CompletableFuture.failedFuture(new AgentException(target + " has no agent to receive the job", null));
        }
        return at(source, uri -> client.migrate(source, uri, job, target, to, why, pageAddress, mode));
    }

    @Override
    public CompletableFuture<JobInfo> action(String node, String job, String action) {
        return at(node, uri -> client.jobAction(node, uri, job, action));
    }

    @Override
    public CompletableFuture<JobInfo> lock(String node, String job, boolean locked) {
        return at(node, uri -> client.lockJob(node, uri, job, locked));
    }

    @Override
    public CompletableFuture<Map.Entry<String, Long>> output(String home, String job, long offset) {
        return at(home, uri -> client.jobOutput(home, uri, job, offset));
    }

    private <T> CompletableFuture<T> at(String node, java.util.function.Function<URI, CompletableFuture<T>> call) {
        URI uri = endpoints.get().get(node);
        if (uri == null) {
            return CompletableFuture.failedFuture(new AgentException(node + " has no agent endpoint", null));
        }
        return call.apply(uri);
    }
}
