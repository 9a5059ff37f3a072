package org.patchbay.core.imaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.patchbay.core.session.Testbed.TestbedException;

/**
 * Reimages nodes, Frisbee's way: the image is served once by multicast; each node is powered off, set
 * to boot into the imaging environment, powered on, receives and writes the image, and reboots from
 * its disk. Nodes go through it side by side and fail alone, each with its reason; a batch can be
 * cancelled (nodes still receiving are powered off: their disks are incomplete until reimaged again).
 */
public final class ReimageBatch {

    /** Where a node stands. The last three are final. */
    public enum Phase {
        WAITING("waiting"), POWERING_OFF("powering off"), BOOTING_IMAGER("booting the imaging environment"), RECEIVING("receiving the image"),
        BOOTING_DISK("booting from disk"), DONE("done"), FAILED("failed"), CANCELLED("cancelled");

        public final String words;

        Phase(String words) {
            this.words = words;
        }

        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /** One node's state: its phase, chunks written of the image's, and a sentence for people. */
    public record NodeState(String node, Phase phase, long chunks, long totalChunks, String message) {
        /** 0..1 of the image written (1 once done). */
        public double fraction() {
            return phase == Phase.DONE ? 1 : totalChunks <= 0 ? 0 : Math.min(1, (double) chunks / totalChunks);
        }
    }

    /** Powers nodes through their PDU outlets; each call returns when the outlet reads the new state, or throws why not. */
    public interface Power {
        void off(String node) throws Exception;

        void on(String node) throws Exception;
    }

    /** Whether a node's agent answers (it has booted its OS). */
    public interface Watch {
        boolean up(String node);
    }

    /**
     * How fast and how patiently: the multicast rate cap, how long a node may go without writing a chunk
     * before it fails (its imaging environment lost the server), and how long it may take to come up
     * after writing the image.
     */
    public record Settings(int rateMbps, Duration stallLimit, Duration bootLimit) {
        public Settings {
            if (rateMbps < 1 || rateMbps > 100_000) {
                throw new IllegalArgumentException("the multicast rate must be 1 to 100000 Mb/s, got " + rateMbps);
            }
        }

        public static Settings defaults(int rateMbps) {
            return new Settings(rateMbps, Duration.ofSeconds(120), Duration.ofSeconds(300));
        }
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final DiskImageFile image;
    private final ImagingTestbed testbed;
    private final Power power;
    private final Watch watch;
    private final Settings settings;
    private final Map<String, NodeState> states = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<Runnable>> inboxes = new ConcurrentHashMap<>();
    private final List<Consumer<NodeState>> listeners = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CompletableFuture<ReimageBatch> done = new CompletableFuture<>();
    private volatile boolean cancelled;

    private ReimageBatch(DiskImageFile image, List<String> nodes, ImagingTestbed testbed, Power power, Watch watch, Settings settings) {
        this.image = image;
        this.testbed = testbed;
        this.power = power;
        this.watch = watch;
        this.settings = settings;
        for (String node : nodes) {
            states.put(node, new NodeState(node, Phase.WAITING, 0, 0, "waiting"));
            inboxes.put(node, new LinkedBlockingQueue<>());
        }
    }

    /**
     * Checks everything that can be checked before a node is touched (each disk big enough, the space
     * for the disks), then starts. Refused: nothing was done, the message says why and what to do.
     */
    public static ReimageBatch start(DiskImageFile image, List<String> nodes, ImagingTestbed testbed, Power power, Watch watch, Settings settings,
            Consumer<NodeState> listener) throws ReimageRefused {
        refuseImpossible(image, nodes, testbed);
        ReimageBatch batch = new ReimageBatch(image, nodes, testbed, power, watch, settings);
        batch.listeners.add(listener);
        ImagingTestbed.ImageServer server;
        try {
            server = testbed.serve(image.file(), settings.rateMbps());
        } catch (TestbedException e) {
            throw new ReimageRefused("Cannot serve image " + image.name() + ": " + e.getMessage());
        }
        for (String node : nodes) {
            batch.threads.add(Thread.ofVirtual().name("reimage-" + node).unstarted(() -> batch.run(node, server)));
        }
        batch.threads.forEach(Thread::start);
        Thread.ofVirtual().name("reimage-batch").start(() -> {
            try {
                for (Thread t : batch.threads) {
                    t.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                server.close();
                batch.done.complete(batch);
            }
        });
        return batch;
    }

    static void refuseImpossible(DiskImageFile image, List<String> nodes, ImagingTestbed testbed) throws ReimageRefused {
        if (nodes.isEmpty()) {
            throw new ReimageRefused("Select the nodes to reimage");
        }
        for (String node : nodes) {
            OptionalLong disk = testbed.diskBytes(node);
            if (disk.isPresent() && disk.getAsLong() < image.diskBytes()) {
                throw new ReimageRefused("The disk of " + node + " (" + gib(disk.getAsLong()) + ") is smaller than image " + image.name() + " needs ("
                        + gib(image.diskBytes()) + "); give it a larger disk or capture the image from a smaller one. Nothing was changed.");
            }
        }
        OptionalLong space = testbed.spaceForDisks();
        long needed = image.storedBytes() * nodes.size();
        if (space.isPresent() && space.getAsLong() < needed) {
            throw new ReimageRefused("Reimaging " + nodes.size() + " node(s) with " + image.name() + " writes about " + gib(needed) + " to their disks but only "
                    + gib(space.getAsLong()) + " is free in " + testbed.diskLocation() + "; free space there or reimage fewer nodes. Nothing was changed.");
        }
    }

    /** What reimaging {@code nodes} with {@code image} writes, against the space the testbed has for disks: for the user before starting. */
    public static String budget(DiskImageFile image, List<String> nodes, ImagingTestbed testbed) {
        long needed = image.storedBytes() * nodes.size();
        OptionalLong space = testbed.spaceForDisks();
        return "Writes about " + gib(needed) + " to " + nodes.size() + " disk(s)" + (space.isPresent() ? " (" + gib(space.getAsLong()) + " free in "
                + testbed.diskLocation() + ")" : "");
    }

    private static String gib(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / (double) (1L << 30)) : String.format("%.0f MB", bytes / (double) (1L << 20));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    public DiskImageFile image() {
        return image;
    }

    /** Every node's state now, in the order given. */
    public List<NodeState> states() {
        Map<String, NodeState> ordered = new LinkedHashMap<>();
        inboxes.keySet().forEach(n -> ordered.put(n, states.get(n)));
        return List.copyOf(ordered.values());
    }

    public NodeState state(String node) {
        return states.get(node);
    }

    public void addListener(Consumer<NodeState> listener) {
        listeners.add(listener);
    }

    public CompletableFuture<ReimageBatch> done() {
        return done;
    }

    public void cancel() {
        cancelled = true;
        threads.forEach(Thread::interrupt);
    }

    private void set(String node, Phase phase, long chunks, long total, String message) {
        NodeState state = new NodeState(node, phase, chunks, total, message);
        states.put(node, state);
        listeners.forEach(l -> l.accept(state));
    }

    private void run(String node, ImagingTestbed.ImageServer server) {
        NodeState last = states.get(node);
        try {
            set(node, Phase.POWERING_OFF, 0, 0, "powering " + node + " off");
            power.off(node);
            long[] progress = {0, 0};
            boolean[] ended = {false, false};
            String[] endMessage = {""};
            BlockingQueue<Runnable> inbox = inboxes.get(node);
            testbed.bootIntoImaging(node, server, new ImagingTestbed.Listener() {
                @Override
                public void progress(String n, long chunks, long total) {
                    inbox.add(() -> {
                        progress[0] = chunks;
                        progress[1] = total;
                    });
                }

                @Override
                public void ended(String n, boolean written, String message) {
                    inbox.add(() -> {
                        ended[0] = true;
                        ended[1] = written;
                        endMessage[0] = message;
                    });
                }
            });
            set(node, Phase.BOOTING_IMAGER, 0, 0, "powering on into the imaging environment (" + server.describe() + ")");
            power.on(node);
            long lastChange = System.nanoTime();
            long shown = -1;
            while (!ended[0]) {
                Runnable event = inbox.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (event != null) {
                    event.run();
                    lastChange = System.nanoTime();
                }
                if (progress[0] != shown && !ended[0]) {
                    shown = progress[0];
                    set(node, Phase.RECEIVING, progress[0], progress[1],
                            progress[1] == 0 ? "waiting for the image server" : "received " + progress[0] + " of " + progress[1] + " chunks");
                }
                if (!ended[0] && System.nanoTime() - lastChange > settings.stallLimit().toNanos()) {
                    power.off(node);
                    set(node, Phase.FAILED, progress[0], progress[1], "no chunk written for " + seconds(settings.stallLimit())
                            + "; powered off. Its imaging environment may not reach the image server (" + server.describe() + ")");
                    return;
                }
            }
            if (!ended[1]) {
                set(node, Phase.FAILED, progress[0], progress[1], endMessage[0]);
                return;
            }
            set(node, Phase.BOOTING_DISK, progress[1], progress[1], "image written; booting " + node + " from its disk");
            long deadline = System.nanoTime() + settings.bootLimit().toNanos();
            while (!watch.up(node)) {
                if (System.nanoTime() > deadline) {
                    set(node, Phase.FAILED, progress[1], progress[1], "the image is on the disk but " + node + " did not come up within "
                            + seconds(settings.bootLimit()));
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
            set(node, Phase.DONE, progress[1], progress[1], node + " runs " + image.name());
        } catch (InterruptedException e) {
            NodeState now = states.get(node);
            try {
                if (now.phase() == Phase.RECEIVING || now.phase() == Phase.BOOTING_IMAGER) {
                    power.off(node);
                }
            } catch (Exception ignored) {
                // the node stays as it is; the message says so
            }
            set(node, Phase.CANCELLED, now.chunks(), now.totalChunks(), now.phase() == Phase.RECEIVING || now.phase() == Phase.BOOTING_IMAGER
                    ? "cancelled while " + now.phase().words + "; powered off, its disk is incomplete until it is reimaged"
                    : "cancelled while " + now.phase().words);
        } catch (Exception e) {
            NodeState now = states.get(node);
            set(node, Phase.FAILED, now.chunks(), now.totalChunks(), "while " + now.phase().words + ": " + (e.getMessage() == null ? e : e.getMessage()));
        } finally {
            if (cancelled && !states.get(node).phase().finished()) {
                set(node, Phase.CANCELLED, last.chunks(), last.totalChunks(), "cancelled");
            }
        }
    }
}
