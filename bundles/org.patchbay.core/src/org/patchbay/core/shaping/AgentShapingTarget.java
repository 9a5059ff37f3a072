package org.patchbay.core.shaping;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.protocol.wire.ShapingWire;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * Real nodes shaped by their agents (tc with netem on Linux, Dummynet on FreeBSD): each node is sent
 * its whole plan ({@code PUT /v1/shaping}), all nodes at once, and read back with {@code GET}. A node
 * that cannot shape (no netem, no agent) is reported by name and does not hold up the others.
 */
public final class AgentShapingTarget implements ShapingTarget {

    private static final long TIMEOUT_SECONDS = 15;

    private final AgentClient client;
    private final java.util.function.Supplier<Map<String, URI>> endpoints;
    private final Map<String, Map<PipeKey, PipeSpec>> requested = new LinkedHashMap<>();

    public AgentShapingTarget(AgentClient client, Map<String, URI> endpoints) {
        this(client, fixed(Map.copyOf(endpoints)));
    }

    private static java.util.function.Supplier<Map<String, URI>> fixed(Map<String, URI> endpoints) {
        return () -> endpoints;
    }

    /** Shapes through the agents at {@code endpoints} as they are at each change (a testbed whose nodes follow the drawing). */
    public AgentShapingTarget(AgentClient client, java.util.function.Supplier<Map<String, URI>> endpoints) {
        this.client = client;
        this.endpoints = endpoints;
    }

    @Override
    public String backend() {
        return "node agents (tc with netem, or Dummynet)";
    }

    @Override
    public synchronized void apply(List<ShapingPlan.Change> changes) throws Exception {
        Map<String, Map<PipeKey, PipeSpec>> touched = new LinkedHashMap<>();
        for (ShapingPlan.Change change : changes) {
            String node = change.key().node();
            Map<PipeKey, PipeSpec> plan = touched.computeIfAbsent(node, n -> new TreeMap<>(requested.getOrDefault(n, Map.of())));
            if (change.removed()) {
                plan.remove(change.key());
            } else {
                plan.put(change.key(), change.after());
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, CompletableFuture<ShapingWire.Report>> sent = new LinkedHashMap<>();
        Map<String, URI> now = endpoints.get();
        touched.forEach((node, plan) -> {
            URI endpoint = now.get(node);
            if (endpoint == null) {
                problems.add(node + " has no agent endpoint; set it in Properties to shape its links");
            } else {
                sent.put(node, client.applyShaping(node, endpoint, plan));
            }
        });
        for (Map.Entry<String, CompletableFuture<ShapingWire.Report>> e : sent.entrySet()) {
            try {
                e.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                requested.put(e.getKey(), touched.get(e.getKey()));
            } catch (java.util.concurrent.ExecutionException failure) {
                problems.add(failure.getCause().getMessage());
            } catch (java.util.concurrent.TimeoutException late) {
                problems.add(e.getKey() + ": its agent did not answer within " + TIMEOUT_SECONDS + " s");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    @Override
    public Map<PipeKey, PipeSpec> applied() throws Exception {
        Map<String, CompletableFuture<ShapingWire.Report>> asked = new LinkedHashMap<>();
        endpoints.get().forEach((node, endpoint) -> asked.put(node, client.shaping(node, endpoint)));
        Map<PipeKey, PipeSpec> applied = new TreeMap<>();
        for (Map.Entry<String, CompletableFuture<ShapingWire.Report>> e : asked.entrySet()) {
            try {
                applied.putAll(e.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).pipes());
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException unreachable) {
                // an unreachable node shows as not applied (a mismatch) rather than hiding the others
            }
        }
        return applied;
    }
}
