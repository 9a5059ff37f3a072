package org.patchbay.core.session;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.client.ConnectionPolicy;
import org.patchbay.core.events.EventSchedule;
import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.live.LiveState;
import org.patchbay.core.live.SwitchMonitor;
import org.patchbay.core.power.ModelPowerOutlets;
import org.patchbay.core.power.PduMonitor;
import org.patchbay.core.shaping.AgentShapingTarget;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.shaping.ShapingPlan;
import org.patchbay.core.power.PowerOperations;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.power.PowerTimings;
import org.patchbay.model.Cluster;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentialFile;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * One topology's live side: the status store, the agent connections feeding it, the switches and PDUs
 * polled, power operations, link shaping, the event schedule, and the testbed when one runs for the
 * topology. Everything here is outside the EMF model and its command stack. The console keeps one per
 * editor; {@code patchbay-lab} uses the same.
 */
public final class TestbedSession implements AutoCloseable {

    private final LiveState live = new LiveState();
    private final Path caDir;
    private AgentClient client;
    private AgentMonitor monitor;
    private Testbed testbed;
    private TopologyFollower topology;
    private SwitchMonitor switchMonitor;
    private SnmpClient snmp;
    private PowerOperations power;
    private PduMonitor pdus;
    private ShapingFollower shaping;
    private EventSchedule schedule;
    private final Map<String, SnmpDevice> labSwitches = new LinkedHashMap<>();
    private final Map<String, SnmpDevice> modelSwitches = new LinkedHashMap<>();

    public TestbedSession(Path caDir) {
        this.caDir = caDir;
    }

    /** $PATCHBAY_STATE_DIR, else $XDG_STATE_HOME/patchbay, else ~/.local/state/patchbay: where the console keeps its CA. */
    public static Path stateDir() {
        String explicit = System.getProperty("patchbay.state.dir");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "patchbay") : Path.of(System.getProperty("user.home"), ".local", "state", "patchbay");
    }

    public LiveState live() {
        return live;
    }

    /** The operation running on a node, if any (for the canvas), without creating the power service. */
    public synchronized Optional<org.patchbay.core.power.Operation> operationOn(String node) {
        return power == null ? Optional.empty() : power.runningOn(node);
    }

    private org.patchbay.core.imaging.ImagingSession imaging;

    /** Reimaging and the image library for this topology, made on first use with the given pb-image. */
    public synchronized org.patchbay.core.imaging.ImagingSession imaging(org.patchbay.core.imaging.PbImageTool tool) {
        if (imaging == null) {
            imaging = new org.patchbay.core.imaging.ImagingSession(this,
                    new org.patchbay.core.imaging.ImageLibrary(org.patchbay.core.imaging.ImagingSession.defaultLibraryFolder(), tool));
        }
        return imaging;
    }

    /** The imaging session if one was made. */
    public synchronized Optional<org.patchbay.core.imaging.ImagingSession> imaging() {
        return Optional.ofNullable(imaging);
    }

    private org.patchbay.core.jobs.ClusterJobs jobs;
    private org.patchbay.core.jobs.AutoBalance balance;
    private java.util.concurrent.ScheduledExecutorService jobTimer;

    /**
     * Moves go over the management network, where the agents listen (a lab's is an unshaped bridge);
     * the balancer weighs a move's cost at this rate.
     */
    private static final double MANAGEMENT_BYTES_PER_SECOND = 125e6;

    /** Every job of the running testbed and every migration, refreshed each second from the agents (made on first use). */
    public synchronized org.patchbay.core.jobs.ClusterJobs jobs() throws IOException {
        if (jobs == null) {
            AgentMonitor m = monitor();
            jobs = new org.patchbay.core.jobs.ClusterJobs(new org.patchbay.core.jobs.AgentJobAgents(client, m::endpoints), live);
            jobs.poll(jobTimer(), 1000);
        }
        return jobs;
    }

    /** The cluster's jobs if something follows them already (Run Job, the Migrations view), without starting to poll the agents. */
    public synchronized java.util.Optional<org.patchbay.core.jobs.ClusterJobs> followedJobs() {
        return java.util.Optional.ofNullable(jobs);
    }

    /** The cluster's automatic load balancing (off until switched on), made on first use. */
    public synchronized org.patchbay.core.jobs.AutoBalance balancing() throws IOException {
        if (balance == null) {
            balance = new org.patchbay.core.jobs.AutoBalance(jobs(), live, new org.patchbay.core.jobs.Balancer(org.patchbay.core.jobs.Balancer.Settings.standard()),
                    (from, to) -> MANAGEMENT_BYTES_PER_SECOND, System::currentTimeMillis);
            balance.start(jobTimer(), 2000);
        }
        return balance;
    }

    private java.util.concurrent.ScheduledExecutorService jobTimer() {
        if (jobTimer == null) {
            jobTimer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cluster-jobs");
                t.setDaemon(true);
                return t;
            });
        }
        return jobTimer;
    }

    public synchronized Testbed testbed() {
        return testbed;
    }

    public synchronized boolean watching() {
        return monitor != null && !monitor.endpoints().isEmpty();
    }

    public synchronized AgentMonitor monitor() throws IOException {
        if (monitor == null) {
            client = AgentClient.forConsole(caDir);
            monitor = new AgentMonitor(client, live, ConnectionPolicy.standard());
        }
        return monitor;
    }

    /** Follows a testbed that has just started: its agents, its switches. Runs in a Job, never on the UI thread. */
    public void attach(Testbed started) throws IOException {
        synchronized (this) {
            if (testbed != null) {
                throw new IllegalStateException("A testbed for this topology is already running (" + testbed.id() + "); stop it first");
            }
            testbed = started;
        }
        monitor().follow(started.endpoints());
        followLabSwitches(started);
    }

    /** Polls the testbed's own switches (those it runs now: after a live change, added ones too). */
    private void followLabSwitches(Testbed running) throws IOException {
        Map<String, SnmpDevice> switches = running.switchDevices();
        switches.keySet().forEach(name -> live.setSwitchPortNames(name, running.switchPortNames(name)));
        synchronized (this) {
            labSwitches.clear();
            labSwitches.putAll(switches);
        }
        followSwitches();
    }

    /**
     * Keeps the running testbed wired as {@code cluster} is drawn from now on: nodes, links and LANs
     * added, removed or re-addressed while it runs are applied as a minimal change (undo included);
     * what could not be applied is marked on the element ({@link LiveState#notApplied}) and said on
     * {@code messages}. Call on {@code modelThread}, which owns the model.
     */
    public void followTopology(Cluster cluster, java.util.concurrent.Executor modelThread, java.util.function.Consumer<String> messages) {
        TopologyFollower follower = new TopologyFollower(cluster, modelThread, copy -> applyTopology(copy, messages));
        synchronized (this) {
            if (topology != null) {
                topology.close();
            }
            topology = follower;
        }
    }

    private void applyTopology(Cluster copy, java.util.function.Consumer<String> messages) {
        Testbed running = testbed();
        if (running == null) {
            return;
        }
        try {
            Map<String, String> problems = running.update(copy);
            live.setNotApplied(problems);
            monitor().follow(running.endpoints());
            followLabSwitches(running);
            shaping().ifPresent(ShapingFollower::replan);
            String what = running instanceof AgentTestbed ? "The console" : "The running lab";
            messages.accept(problems.isEmpty() ? what + " follows the topology (" + running.endpoints().size() + " nodes)"
                    : "Not applied to " + running.description() + ": " + String.join("; ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        } catch (Testbed.TestbedException | IOException | RuntimeException e) {
            messages.accept(running.description() + " did not follow the edit: " + e.getMessage());
        }
    }

    /**
     * Keeps the running lab's links shaped as {@code cluster} says, from now on; {@code appliedAtStart}
     * is the plan of the copy the lab was built from. Call on the UI thread, which owns the model.
     */
    public void followShaping(Cluster cluster, ShapingPlan appliedAtStart) {
        Testbed running = testbed();
        if (running == null || running.shaping().isEmpty()) {
            return;
        }
        ShapingFollower follower = new ShapingFollower(cluster, running.shaping().get(), live, appliedAtStart);
        synchronized (this) {
            if (shaping != null) {
                shaping.close();
            }
            shaping = follower;
        }
    }

    /**
     * The topology's event schedule, created on first use; its events fire through {@code modelThread}
     * (the UI thread), change the running links through the shaping follower and run commands on lab nodes.
     */
    public synchronized EventSchedule schedule(Cluster cluster, java.util.concurrent.Executor modelThread) {
        if (schedule == null) {
            schedule = new EventSchedule(cluster, new LiveEventActions(() -> shaping().orElse(null), new TestbedCommands(this::testbed)), modelThread);
        }
        return schedule;
    }

    /**
     * Follows the real machines {@code cluster} names (a copy made on the model's thread) as this
     * topology's testbed: their agents, outlets and switches; when it is followed already, reads the
     * drawing again. Returns the nodes that cannot be followed, with why. Refused while a lab runs.
     */
    public Map<String, String> connectAgents(Cluster cluster) throws IOException {
        Testbed running = testbed();
        if (running instanceof AgentTestbed agents) {
            Map<String, String> problems = agents.update(cluster);
            live.setNotApplied(problems);
            monitor().follow(agents.endpoints());
            followLabSwitches(agents);
            return agents.failedNodes();
        }
        if (running != null) {
            throw new IllegalStateException(running.description() + " runs this topology and its agents are followed already; stop it to follow real nodes");
        }
        monitor();
        AgentTestbed agents;
        synchronized (this) {
            agents = new AgentTestbed(cluster, client, TestbedSession::credentials, TestbedSession::genericProfile);
        }
        attach(agents);
        return agents.failedNodes();
    }

    /**
     * Shapes the topology's real nodes through their agents (tc with netem, or Dummynet), from now on
     * following the model; returns the nodes that cannot be followed. Call on the UI thread.
     */
    public Map<String, String> shapeModelAgents(Cluster cluster) throws IOException {
        if (testbed() != null && !(testbed() instanceof AgentTestbed)) {
            throw new IllegalStateException("The lab shapes its own links; stop it to shape real nodes through their agents.");
        }
        Map<String, String> problems = connectAgents(org.eclipse.emf.ecore.util.EcoreUtil.copy(cluster));
        AgentTestbed agents = (AgentTestbed) testbed();
        if (agents.endpoints().isEmpty()) {
            throw new IllegalStateException("No node names an agent endpoint. Set 'Agent Endpoint' (host:port) in Properties first.");
        }
        agents.shapeLinks();
        followShaping(cluster, new ShapingPlan(new java.util.TreeMap<>(), java.util.List.of()));
        return problems;
    }

    /** What keeps the lab's links shaped, if a lab with real links runs. */
    public synchronized Optional<ShapingFollower> shaping() {
        return Optional.ofNullable(shaping);
    }

    /** Polls the switches the model gives an SNMP address and credentials (real switches; their ports match by ifIndex). */
    public void watchSwitches(Cluster cluster) throws IOException {
        Map<String, SnmpDevice> found = AgentTestbed.switchDevices(cluster, TestbedSession::credentials);
        synchronized (this) {
            if (found.equals(modelSwitches)) {
                return;
            }
            modelSwitches.clear();
            modelSwitches.putAll(found);
        }
        followSwitches();
    }

    private void followSwitches() throws IOException {
        Map<String, SnmpDevice> all;
        synchronized (this) {
            all = new LinkedHashMap<>(modelSwitches);
            all.putAll(labSwitches);
            if (all.isEmpty() && switchMonitor == null) {
                return;
            }
            if (switchMonitor == null) {
                switchMonitor = new SwitchMonitor(snmp(), live, SWITCH_POLL_INTERVAL);
            }
        }
        switchMonitor.follow(all);
    }

    public synchronized SnmpClient snmp() throws IOException {
        if (snmp == null) {
            snmp = new SnmpClient();
        }
        return snmp;
    }

    /**
     * Power operations for this topology's nodes: through the lab's PDU for lab nodes, else through
     * the PDU outlet the model names, with credentials from the user's SNMP credential file.
     */
    public synchronized PowerOperations power(Cluster cluster) throws IOException {
        if (power == null) {
            ModelPowerOutlets fromModel = new ModelPowerOutlets(cluster, TestbedSession::credentials, TestbedSession::genericProfile);
            power = new PowerOperations(monitor(), live, snmp(), node -> {
                Testbed running = testbed();
                // the testbed's own outlet first: a lab node's, also one with no agent endpoint (a lab VM)
                if (running != null) {
                    Optional<PowerOutlet> outlet = running.outlet(node);
                    if (outlet.isPresent()) {
                        return outlet;
                    }
                }
                return fromModel.apply(node);
            }, PowerTimings.standard());
            power.addListener(op -> live.touch(op.node()));
        }
        power.setTimings(testbed() != null && testbed().bootsQuickly() ? PowerTimings.lab() : PowerTimings.standard());
        return power;
    }

    /** Starts reading the outlet states of the topology's PDUs (every 5 s); call on the UI thread, which owns the model. */
    public synchronized void watchPdus(Cluster cluster) throws IOException {
        if (pdus == null) {
            pdus = new PduMonitor(snmp(), TestbedSession::credentials, TestbedSession::genericProfile, Duration.ofSeconds(5), live::touch);
        }
        pdus.follow(cluster);
    }

    /** "1● 2○ …" for a PDU whose outlets were read, its problem otherwise, null when it is not watched. */
    public synchronized String pduLine(String pdu) {
        if (pdus == null) {
            return null;
        }
        return pdus.status(pdu).map(s -> {
            if (s.problem() != null) {
                return "⚠ " + s.problem();
            }
            StringBuilder line = new StringBuilder();
            s.outlets().forEach((outlet, state) -> line.append(outlet).append(switch (state) {
                case ON -> "● ";
                case OFF -> "○ ";
                case PENDING -> "◐ ";
                case UNKNOWN -> "? ";
            }));
            return (s.warning() != null ? "⚠ clear-text SNMP · " : "") + line.toString().trim();
        }).orElse(null);
    }

    /** What a switch's figure says about its SNMP polling, or null when it is not polled. */
    public synchronized String switchLine(String name) {
        SnmpDevice device = labSwitches.containsKey(name) ? labSwitches.get(name) : modelSwitches.get(name);
        if (device == null) {
            return null;
        }
        LiveState.SwitchPorts ports = live.switchPorts(name);
        if (ports != null && ports.problem() != null) {
            return "⚠ " + ports.problem();
        }
        String warning = device.credentials().warning();
        return warning != null ? "⚠ clear-text SNMP (" + device.credentials().version().name().toLowerCase() + ")" : "polled over SNMPv3";
    }

    /** The file real PDUs' credentials come from: -Dpatchbay.snmp.credentials, else snmp.credentials in the state directory. */
    public static Path credentialFile() {
        String explicit = System.getProperty("patchbay.snmp.credentials");
        return explicit != null ? Path.of(explicit) : stateDir().resolve("snmp.credentials");
    }

    /** Where "generic" PDUs are described: -Dpatchbay.pdu.profiles, else pdu-profiles.properties in the state directory. */
    public static Path genericProfileFile() {
        String explicit = System.getProperty("patchbay.pdu.profiles");
        return explicit != null ? Path.of(explicit) : stateDir().resolve("pdu-profiles.properties");
    }

    /** The PDU profile the user described for PDUs of unknown make, if any. */
    public static Optional<org.patchbay.snmp.PduProfile> genericProfile(String pduName) {
        try {
            return java.nio.file.Files.exists(genericProfileFile())
                    ? Optional.ofNullable(org.patchbay.snmp.GenericPduProfiles.load(genericProfileFile()).get(pduName))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** SNMP credentials by id from the user's credential file (never from the model). */
    public static Optional<SnmpCredentials> credentials(String id) {
        try {
            return SnmpCredentialFile.open(credentialFile()).lookup(id);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How often lab switches are polled over SNMP: counters are exact, so every 2 s is enough for a live rate. */
    private static final Duration SWITCH_POLL_INTERVAL = Duration.ofSeconds(2);

    public void stopTestbed(Testbed.Progress progress) {
        Testbed running;
        synchronized (this) {
            running = testbed;
            testbed = null;
            if (topology != null) {
                topology.close();
                topology = null;
            }
            if (schedule != null) {
                schedule.pause();
            }
            if (shaping != null) {
                shaping.close();
                shaping = null;
            }
        }
        live.clearLinkShaping();
        live.clearStarts();
        if (monitor != null) {
            monitor.follow(Map.of());
        }
        synchronized (this) {
            labSwitches.clear();
        }
        try {
            followSwitches();
        } catch (IOException e) {
            // no SNMP socket: nothing was being polled either
        }
        if (running != null) {
            running.stop(progress);
        }
    }

    /** Stops following the real nodes (and what the schedule started on them); a running lab is stopped with {@link #stopTestbed} instead. */
    public void disconnect() {
        Testbed running = testbed();
        if (running != null && !(running instanceof AgentTestbed)) {
            throw new IllegalStateException(running.description() + " runs this topology: stop it (Lab > Stop Lab) to stop following its agents");
        }
        stopTestbed(NO_PROGRESS);
    }

    private static final Testbed.Progress NO_PROGRESS = new Testbed.Progress() {
        @Override
        public void step(String what, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    @Override
    public void close() {
        synchronized (this) {
            if (balance != null) {
                balance.close();
                balance = null;
            }
            if (jobs != null) {
                jobs.close();
                jobs = null;
            }
            if (jobTimer != null) {
                jobTimer.shutdownNow();
                jobTimer = null;
            }
        }
        stopTestbed(NO_PROGRESS);
        synchronized (this) {
            if (imaging != null) {
                imaging.close();
            }
            if (schedule != null) {
                schedule.close();
                schedule = null;
            }
            if (monitor != null) {
                monitor.close();
                client.close();
                monitor = null;
                client = null;
            }
            if (switchMonitor != null) {
                switchMonitor.close();
                switchMonitor = null;
            }
            if (pdus != null) {
                pdus.close();
                pdus = null;
            }
            if (snmp != null) {
                try {
                    snmp.close();
                } catch (IOException e) {
                    // the socket is going away either way
                }
                snmp = null;
            }
        }
    }
}
