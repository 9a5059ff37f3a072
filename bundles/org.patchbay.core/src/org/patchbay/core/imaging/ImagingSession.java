package org.patchbay.core.imaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.core.live.LiveNode;
import org.patchbay.core.power.ModelPowerOutlets;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.session.Testbed;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.model.Cluster;

/**
 * A topology's reimaging: its image library, the batches started from the console with each node's
 * latest state (kept after a batch ends, so a failure stays visible until the node is reimaged again),
 * and capturing a node's disk. Nodes are powered through the same outlets power operations use.
 */
public final class ImagingSession {

    private final TestbedSession session;
    private final ImageLibrary library;
    private final Map<String, ReimageBatch.NodeState> latest = new ConcurrentHashMap<>();

    public ImagingSession(TestbedSession session, ImageLibrary library) {
        this.session = session;
        this.library = library;
    }

    /** The console's own library: the images folder beside its state. */
    public static Path defaultLibraryFolder() {
        return TestbedSession.stateDir().resolve("images");
    }

    public ImageLibrary library() {
        return library;
    }

    /** The node's reimage state in the latest batch that touched it. */
    public Optional<ReimageBatch.NodeState> stateOn(String node) {
        return Optional.ofNullable(latest.get(node));
    }

    /** Whether some node's latest reimage used this image (it may not be deleted or renamed then). */
    public boolean inUse(String image) {
        return imagesInUse.containsValue(image);
    }

    private final Map<String, String> imagesInUse = new ConcurrentHashMap<>();

    /** The disk budget of reimaging {@code nodes} with {@code image} on the running testbed, or why it cannot reimage. */
    public String budget(DiskImageFile image, List<String> nodes) {
        Testbed testbed = session.testbed();
        ImagingTestbed imaging = testbed == null ? null : testbed.imaging().orElse(null);
        return imaging == null ? "No testbed that can reimage runs (start the lab as root)" : ReimageBatch.budget(image, nodes, imaging);
    }

    /** A batch as the operations history shows it: when, who, and the batch (its nodes' states). */
    public record BatchRecord(java.time.Instant started, String user, ReimageBatch batch) {
    }

    private final List<BatchRecord> history = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Every reimage batch of this session, oldest first. */
    public List<BatchRecord> history() {
        return List.copyOf(history);
    }

    /** Starts reimaging {@code nodes} for {@code user}; {@code listener} hears every node's state from the first (besides the canvas). */
    public ReimageBatch reimage(Cluster cluster, DiskImageFile image, List<String> nodes, int rateMbps, String user,
            java.util.function.Consumer<ReimageBatch.NodeState> listener) throws ReimageRefused, IOException {
        ImagingTestbed imaging = imagingFor(cluster, nodes);
        ReimageBatch batch = ReimageBatch.start(image, nodes, imaging, power(cluster), this::up, ReimageBatch.Settings.defaults(rateMbps), state -> {
            latest.put(state.node(), state);
            if (state.phase() == ReimageBatch.Phase.DONE) {
                imagesInUse.put(state.node(), image.name());
            }
            session.live().touch(state.node());
            listener.accept(state);
        });
        running.add(batch);
        history.add(new BatchRecord(java.time.Instant.now(), user, batch));
        return batch;
    }

    private NetworkImaging machines;
    private final java.util.Set<ReimageBatch> running = ConcurrentHashMap.newKeySet();

    /**
     * The running lab's imaging when it has one; otherwise real machines on the boot network described in
     * the console's {@link BootNetwork#FILE}, each known by the model's MAC on that network.
     */
    private synchronized ImagingTestbed imagingFor(Cluster cluster, List<String> nodes) throws ReimageRefused, IOException {
        Testbed testbed = session.testbed();
        if (testbed != null && testbed.imaging().isPresent()) {
            return testbed.imaging().get();
        }
        Path file = TestbedSession.stateDir().resolve(BootNetwork.FILE);
        BootNetwork network = BootNetwork.load(file).orElseThrow(() -> new ReimageRefused((testbed == null ? "No lab runs: start it (Lab > Start Lab) "
                + "to reimage lab nodes, or" : testbed.description() + " cannot reimage its nodes; to reimage real machines,")
                + " describe their boot network in " + file + " (interface, address, prefixLength, group, folder, environment; see docs/imaging.md)"));
        Map<String, String> missing = new java.util.LinkedHashMap<>();
        network.entries(cluster, nodes, missing);
        if (!missing.isEmpty()) {
            throw new ReimageRefused("Cannot network-boot " + String.join("; ", missing.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList())
                    + ". Nothing was changed.");
        }
        boolean known = machines != null && nodes.stream().allMatch(n -> machinesKnow(n));
        if (!known) {
            running.removeIf(b -> b.done().isDone());
            if (machines != null && !running.isEmpty()) {
                throw new ReimageRefused("A reimage is running; wait for it to end before reimaging nodes the boot server does not know yet");
            }
            if (machines != null) {
                machines.close();
            }
            List<String> all = cluster.getNodes().stream().map(org.patchbay.model.Node::getName).toList();
            // the console's CA (the one its agent connections trust) issues the reimaged machines' agent certificates
            NetworkImaging.Handover handover = new NetworkImaging.Handover(java.net.InetAddress.getByName(network.settings().serverAddress()),
                    org.patchbay.agent.protocol.tls.CertificateAuthority.openOrCreate(TestbedSession.stateDir().resolve("ca"), "Patchbay console CA"),
                    TOKEN_VALIDITY, java.time.Clock.systemUTC());
            machines = NetworkImaging.start(List.of(), network.settings(), network.entries(cluster, all, new java.util.HashMap<>()), network.environment(),
                    library.tool().program(), network.group(), BootServer.Mode.DISK, handover);
            machineNodes = all;
        }
        return machines;
    }

    private List<String> machineNodes = List.of();

    /** How long a reimaged machine's enrollment token works: its power cycle and boot into the imaging environment fit well inside. */
    private static final java.time.Duration TOKEN_VALIDITY = java.time.Duration.ofMinutes(30);

    private boolean machinesKnow(String node) {
        return machineNodes.contains(node);
    }

    /** Stops the boot server of real machines, if one was started. */
    public synchronized void close() {
        if (machines != null) {
            machines.close();
            machines = null;
        }
    }

    /** Powers the node off, captures its disk into the library as {@code name}, and powers it on again (also when the capture fails). */
    public DiskImageFile capture(Cluster cluster, String node, String name, String os, PbImageTool.Progress progress)
            throws IOException, InterruptedException {
        ImageLibrary.checkName(name);
        Testbed testbed = session.testbed();
        ImagingTestbed imaging = testbed == null ? null : testbed.imaging().orElse(null);
        if (imaging == null) {
            return captureOverTheNetwork(cluster, node, name, os, progress);
        }
        Path disk = imaging.readableDisk(node).orElseThrow(() -> new IOException(node
                + " runs the host's root file system, not a disk of its own; reimage it first, then capture it"));
        ReimageBatch.Power power = power(cluster);
        try {
            power.off(node);
        } catch (Exception e) {
            throw new IOException("Cannot power " + node + " off to capture its disk: " + e.getMessage(), e);
        }
        try {
            imaging.ownDisk(node);
            return library.capture(name, disk, os, node, progress);
        } catch (org.patchbay.core.session.Testbed.TestbedException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            try {
                power.on(node);
            } catch (Exception e) {
                session.live().touch(node);
            }
        }
    }

    /** How long a machine may take from its power cycle to its disk's image reaching the console. */
    private static final java.time.Duration CAPTURE_LIMIT = java.time.Duration.ofMinutes(30);
    /** The most a machine may upload: Patchbay images of disks up to 2 TB with most blocks in use stay under it. */
    private static final long CAPTURE_MAX_BYTES = 1L << 40;

    /**
     * A machine that boots from the network (no lab): captured by the imaging environment, uploaded over TLS
     * into the library's folder, then checked chunk by chunk and added to the library.
     */
    private DiskImageFile captureOverTheNetwork(Cluster cluster, String node, String name, String os, PbImageTool.Progress progress)
            throws IOException, InterruptedException {
        if (library.find(name).isPresent()) {
            throw new IOException("An image named " + name + " exists already; pick another name");
        }
        ImagingTestbed imaging;
        try {
            imaging = imagingFor(cluster, List.of(node));
        } catch (ReimageRefused e) {
            throw new IOException(e.getMessage().replace("to reimage", "to capture"), e);
        }
        if (!(imaging instanceof NetworkImaging machines)) {
            throw new IOException("Start the lab first (Lab > Start Lab): capturing reads a node's disk on its testbed");
        }
        Files.createDirectories(library.folder());
        Path upload = library.folder().resolve("." + name + ".upload");
        try {
            machines.capture(node, upload, power(cluster), CAPTURE_LIMIT, CAPTURE_MAX_BYTES);
            return library.add(name, upload, os, node, progress);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** The node runs: the testbed saw it boot (a VM with no agent), or its agent is up. */
    private boolean up(String node) {
        Testbed testbed = session.testbed();
        Optional<Boolean> booted = testbed == null ? Optional.empty() : testbed.imaging().flatMap(imaging -> imaging.booted(node));
        if (booted.isPresent()) {
            return booted.get();
        }
        LiveNode state = session.live().node(node);
        return state != null && state.up();
    }

    private ReimageBatch.Power power(Cluster cluster) throws IOException {
        ModelPowerOutlets fromModel = new ModelPowerOutlets(cluster, TestbedSession::credentials, TestbedSession::genericProfile);
        return new OutletPower(session.snmp(), node -> {
            Testbed testbed = session.testbed();
            // the testbed's own outlet (a lab node's, also one without an agent: a VM), else the model's
            Optional<PowerOutlet> outlet = testbed != null ? testbed.outlet(node) : Optional.empty();
            return outlet.isPresent() ? outlet : fromModel.apply(node);
        });
    }
}
