package org.patchbay.core.session;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.jobs.AgentJobAgents;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.power.ModelPowerOutlets;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.shaping.AgentShapingTarget;
import org.patchbay.core.shaping.ShapingTarget;
import org.patchbay.model.Cluster;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.Switch;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * Real machines as a testbed: the agents the topology names (each node's Agent Endpoint), the PDU
 * outlets and switches it gives SNMP targets for (credentials from the user's credential file, never
 * from the model), the schedule's commands as jobs of the agents, and, once the user asks for it, the
 * links shaped by the nodes' own agents. Nothing is built or torn down: the machines run whether or
 * not the console follows them; stopping the testbed stops following them and ends what the schedule
 * started on them.
 */
public final class AgentTestbed implements Testbed {

    /** How long Retry Node waits for a node's agent to answer before saying it did not. */
    private static final Duration RETRY_LIMIT = Duration.ofSeconds(30);
    /** How long stopping waits for the agents to end the schedule's activities. */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    /** What the topology says about the machines, read from one copy of it. */
    private record Drawing(Map<String, URI> endpoints, Map<String, String> unreadable, ModelPowerOutlets outlets, Map<String, SnmpDevice> switches) {
    }

    private final String id;
    private final AgentClient client;
    private final Function<String, Optional<SnmpCredentials>> credentials;
    private final Function<String, Optional<PduProfile>> pduProfiles;
    private final ScheduledExecutorService timer;
    private final AgentCommands commands;
    private final AgentShapingTarget shapingTarget;
    private final Map<String, String> unanswered = new ConcurrentHashMap<>();
    private volatile Drawing drawing;
    private volatile boolean shapesLinks;

    /**
     * Follows the machines of {@code cluster} (a copy the caller made on the model's thread) through
     * {@code client}; {@code credentials} and {@code pduProfiles} come from the user's files by id.
     */
    public AgentTestbed(Cluster cluster, AgentClient client, Function<String, Optional<SnmpCredentials>> credentials,
            Function<String, Optional<PduProfile>> pduProfiles) {
        this.id = "real nodes of " + (cluster.getName() == null ? "the topology" : cluster.getName());
        this.client = client;
        this.credentials = credentials;
        this.pduProfiles = pduProfiles;
        this.drawing = read(cluster);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agent-testbed-commands");
            t.setDaemon(true);
            return t;
        });
        this.commands = new AgentCommands(new AgentJobAgents(client, this::endpoints), timer, AgentCommands.RUN_LIMIT, Duration.ofMillis(500));
        this.shapingTarget = new AgentShapingTarget(client, this::endpoints);
    }

    private Drawing read(Cluster cluster) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Map<String, URI> endpoints = AgentMonitor.endpointsFromModel(cluster, unreadable);
        // in the drawing's order, as a user reads them (Map.copyOf would scramble it)
        return new Drawing(java.util.Collections.unmodifiableMap(endpoints), java.util.Collections.unmodifiableMap(unreadable),
                new ModelPowerOutlets(cluster, credentials, pduProfiles), switchDevices(cluster, credentials));
    }

    /** The switches {@code cluster} gives an SNMP address and a credential id that the credential file knows. */
    static Map<String, SnmpDevice> switchDevices(Cluster cluster, Function<String, Optional<SnmpCredentials>> credentials) {
        Map<String, SnmpDevice> found = new LinkedHashMap<>();
        for (Switch sw : cluster.getSwitches()) {
            SnmpTarget target = sw.getSnmp();
            if (sw.getName() != null && target != null && target.getHost() != null && !target.getHost().isBlank() && target.getCredentialId() != null) {
                credentials.apply(target.getCredentialId()).ifPresent(c -> found.put(sw.getName(),
                        SnmpDevice.of(sw.getName(), target.getHost(), target.getPort() > 0 ? target.getPort() : 161, c).withTimeout(2000, 1)));
            }
        }
        return found;
    }

    /** From now on the nodes' agents shape their links as the topology draws them (tc with netem, or Dummynet). */
    public void shapeLinks() {
        shapesLinks = true;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "real nodes through their agents" + (shapesLinks ? "; links shaped by " + shapingTarget.backend() : "");
    }

    @Override
    public Map<String, URI> endpoints() {
        return drawing.endpoints();
    }

    @Override
    public Map<String, String> failedNodes() {
        Map<String, String> failed = new LinkedHashMap<>(drawing.unreadable());
        unanswered.forEach((node, why) -> {
            if (drawing.endpoints().containsKey(node)) {
                failed.putIfAbsent(node, why);
            }
        });
        return failed;
    }

    /** A real node cannot be started from here: Retry asks its agent at once whether it answers now. */
    @Override
    public boolean retry(String node) throws TestbedException {
        URI endpoint = drawing.endpoints().get(node);
        if (endpoint == null) {
            throw new TestbedException(node + " names no agent endpoint that can be read" + Optional.ofNullable(drawing.unreadable().get(node))
                    .map(why -> " (" + why + ")").orElse("") + "; set 'Agent Endpoint' (host:port) in Properties", null);
        }
        try {
            client.status(node, endpoint).get(RETRY_LIMIT.toSeconds(), TimeUnit.SECONDS);
            unanswered.remove(node);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            unanswered.put(node, "its agent at " + endpoint.getHost() + ":" + endpoint.getPort() + " did not answer: " + e.getCause().getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            unanswered.put(node, "its agent at " + endpoint.getHost() + ":" + endpoint.getPort() + " did not answer within " + RETRY_LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestbedException("interrupted while asking " + node + "'s agent", e);
        }
        return false;
    }

    @Override
    public Optional<ShapingTarget> shaping() {
        return shapesLinks ? Optional.of(shapingTarget) : Optional.empty();
    }

    @Override
    public Optional<PowerOutlet> outlet(String node) {
        return drawing.outlets().apply(node);
    }

    @Override
    public Map<String, SnmpDevice> switchDevices() {
        return drawing.switches();
    }

    /** Real switches' ports are the model's by ifIndex, as the switch reports them. */
    @Override
    public Map<Integer, String> switchPortNames(String switchName) {
        return Map.of();
    }

    @Override
    public LiveEventActions.CommandRunner commands() {
        return commands;
    }

    @Override
    public boolean bootsQuickly() {
        return false;
    }

    /**
     * Real machines are cabled by hand, so an edit changes only what the console follows: agent
     * endpoints, outlets and switches as now drawn; an endpoint that cannot be read is named.
     */
    @Override
    public Map<String, String> update(Cluster cluster) {
        drawing = read(cluster);
        return drawing.unreadable();
    }

    @Override
    public void stop(Progress progress) {
        progress.step("Ending what the schedule started on the real nodes", 0, 1);
        try {
            // bounded: an agent that does not answer must not hold up the console; its jobs end at their own time limit
            commands.stopEverything().get(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // what could not be stopped ends by its own time limit (FlowCommands.ACTIVITY_SECONDS)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdown();
        }
    }
}
