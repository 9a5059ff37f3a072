package org.patchbay.agent.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.JobWire;
import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.agent.protocol.wire.JobWire.Outcome;

/**
 * Moves jobs between nodes with CRIU, both ends. The source drives: it checks what CRIU would refuse,
 * asks the target to prepare (a page server on the target, reachable only with a one-time client
 * certificate the target hands over this mutually authenticated channel), dumps the job straight into
 * that page server (the job is frozen from here and left stopped), sends the other images over the
 * same channel, and asks the target to restore. The target restores the job stopped; only the
 * source's commit lets it run, and only then is the source's copy killed. Until the commit, any
 * failure (the target dead, a refusal, silence) resumes the source's copy, which is safe because the
 * target's never runs uncommitted (it is ended after {@link #COMMIT_WAIT}); after a commit whose
 * answer is lost, the source holds its copy stopped until the target says what it did. So there is
 * never more than one running copy.
 * <p>
 * Every hand-over is bounded: incoming ones in number, files, bytes and age; CRIU's runs by a stall
 * limit (no progress in its log for {@link #STALL}) rather than a wall-clock limit a slow machine
 * would miss.
 */
public final class JobMigrations {

    static final Duration STALL = Duration.ofSeconds(60);
    static final int MAX_INCOMING = 4;
    static final int MAX_IMAGE_FILES = 4096;
    static final long MAX_IMAGE_FILE_BYTES = 64L * 1024 * 1024;
    static final long MAX_IMAGE_BYTES = 512L * 1024 * 1024;
    static final Duration INCOMING_AGE = Duration.ofMinutes(10);
    /** How long a restored, stopped copy waits for the source's commit before it is ended. */
    static final Duration COMMIT_WAIT = Duration.ofMinutes(5);
    /** How long a repeated commit waits for the first to finish waking the job; under the source's 30 s per request. */
    static final Duration SECOND_COMMIT_WAIT = Duration.ofSeconds(20);
    static final int HISTORY = 200;
    /** A job held after a lost answer: the target is asked this often, this many times (past INCOMING_AGE, when it forgets), what became of it. */
    static final Duration SETTLE_PAUSE = Duration.ofSeconds(15);
    static final int SETTLE_ATTEMPTS = (int) (INCOMING_AGE.toSeconds() / SETTLE_PAUSE.toSeconds()) + 4;
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\\.img");
    private static final Pattern MIGRATION_ID = Pattern.compile("m[0-9a-f]{10}");

    /** The files of this node's identity, as CRIU reads them (PEM). */
    public record NodeFiles(Path certificate, Path key, Path ca) {
    }

    /** Where a job goes: the target node, its agent, and the address its page server listens on (the agent's host unless given). */
    public record Target(String node, String agentHost, int agentPort, String pageAddress) {
    }

    private final JobRoot root;
    private final String node;
    private final JobTable jobs;
    private final Criu criu;
    private final Path work;
    private final NodeFiles files;
    private final TlsIdentity identity;
    private final X509Certificate ca;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final Deque<MigrationInfo> history = new ArrayDeque<>();
    private final Map<String, MigrationInfo> running = new LinkedHashMap<>();
    private final Map<String, Incoming> incoming = new LinkedHashMap<>();

    public JobMigrations(String node, JobTable jobs, Criu criu, Path work, NodeFiles files, LongSupplier clock) throws IOException {
        this(node, jobs, criu, work, files, clock, JobRoot.HOST);
    }

    /**
     * Where a node's jobs run. {@code jobs}: the root they are put in, as a path of the mount namespace
     * they and CRIU share ("/" when they run on the machine's root; a reimaged lab node's disk is
     * mounted at one path in every node's own mount namespace, so CRIU restores a job into the
     * target's disk at the path it had on the source). {@code files}: the folder this agent sees that
     * mount namespace under ("/" when it shares it), where a job's programs and open files are read on
     * the source and looked for on the target.
     */
    public record JobRoot(Path jobs, Path files) {
        public static final JobRoot HOST = new JobRoot(Path.of("/"), Path.of("/"));

        boolean onHost() {
            return jobs.equals(HOST.jobs());
        }
    }

    /** As above, with the root this node's jobs run in (see {@link JobRoot}). */
    public JobMigrations(String node, JobTable jobs, Criu criu, Path work, NodeFiles files, LongSupplier clock, JobRoot root) throws IOException {
        this.root = root;
        this.node = node;
        this.jobs = jobs;
        this.criu = criu;
        this.work = work.toAbsolutePath();
        this.files = files;
        this.identity = TlsIdentity.load(files.certificate(), files.key());
        this.ca = TlsIdentity.readCertificates(files.ca()).get(0);
        this.clock = clock;
    }

    /**
     * The network a node's sockets live in. A node's own agent is in it; a runtime serving many lab
     * nodes is not, and steps into the node's namespace for these.
     */
    public interface NodeNetwork {
        /** Whether {@code address} is one of this node's. */
        boolean owns(InetAddress address) throws IOException;

        /** A port free on {@code address} right now, for CRIU's page server to listen on. */
        int freePort(InetAddress address) throws IOException;

        /** This node's address that packets to {@code remote} leave from (its route's source). */
        InetAddress addressTowards(InetAddress remote) throws IOException;
    }

    /** The source address the kernel picks for {@code remote} (a connected datagram socket sends nothing). */
    public static InetAddress routeSource(InetAddress remote) throws IOException {
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket()) {
            probe.connect(remote, 9);
            InetAddress local = probe.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                throw new IOException("no route from here to " + remote.getHostAddress());
            }
            return local;
        }
    }

    private static final NodeNetwork OWN_NETWORK = new NodeNetwork() {
        @Override
        public boolean owns(InetAddress address) throws IOException {
            return NetworkInterface.getByInetAddress(address) != null;
        }

        @Override
        public int freePort(InetAddress address) throws IOException {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(address, 0));
                return probe.getLocalPort();
            }
        }

        @Override
        public InetAddress addressTowards(InetAddress remote) throws IOException {
            return routeSource(remote);
        }
    };

    private volatile NodeNetwork network = OWN_NETWORK;
    /** Checks addresses and finds ports in {@code network} (call before serving). */
    public void useNetwork(NodeNetwork network) {
        this.network = network;
    }

    public Criu criu() {
        return criu;
    }

    /** Recent migrations this node took part in, running ones first, then the newest. */
    public synchronized List<MigrationInfo> history() {
        List<MigrationInfo> all = new ArrayList<>(running.values());
        all.addAll(history);
        return all;
    }

    // ---- source side ----

    /**
     * How a job's memory moves. Stop-and-copy: all of it while the job is frozen (the freeze grows with
     * its memory and the link). Post-copy: the job runs on the target as soon as its state is there and
     * its pages follow, fetched as it touches them and in the background (CRIU's lazy pages), so the
     * freeze stays short; until the last page has arrived the job needs its source node, so a source
     * that dies then takes the job with it. Auto: post-copy when both nodes can.
     */
    public enum Mode {
        AUTO("auto"), STOP_AND_COPY("stop-and-copy"), POST_COPY("post-copy");

        private final String wire;

        Mode(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Mode parse(String text) {
            for (Mode mode : values()) {
                if (mode.wire.equals(text)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("a move's mode is auto, stop-and-copy or post-copy, not '" + text + "'");
        }
    }

    /** Starts moving {@code jobId} to {@code target} in the background; the returned record's id follows it in {@link #history()}. */
    public MigrationInfo start(String jobId, Target target, String why) {
        return start(jobId, target, why, Mode.AUTO);
    }

    /** As {@link #start(String, Target, String)}, moving the job's memory as {@code mode} says. */
    public MigrationInfo start(String jobId, Target target, String why, Mode mode) {
        if (!criu.usable()) {
            throw new IllegalStateException("jobs cannot move from " + node + ": " + criu.status());
        }
        if (mode == Mode.POST_COPY && !criu.postCopy()) {
            throw new IllegalStateException("jobs cannot move from " + node + " by post-copy: " + criu.noPostCopy());
        }
        Job job = jobs.beginMigration(jobId, target.node());
        String id = newId();
        long started = clock.getAsLong();
        MigrationInfo first = new MigrationInfo(id, jobId, node, target.node(), why, Outcome.RUNNING, "checking", 0, 0, 0, started, "");
        synchronized (this) {
            running.put(id, first);
        }
        Thread.ofVirtual().name("migration-" + id).start(() -> {
            MigrationInfo end;
            try {
                end = handOver(first, job, target, mode);
            } catch (RuntimeException e) {
                // a bug must not leave the job frozen
                resume(job, "resumed after an internal error: " + e);
                end = finish(first, Outcome.FAILED, "internal error: " + e, 0, 0);
            }
            synchronized (this) {
                running.remove(id);
                history.addFirst(end);
                while (history.size() > HISTORY) {
                    history.removeLast();
                }
            }
        });
        return first;
    }

    /** What the source offers a target that can take the job by post-copy: where its lazy-pages server listens, and a key only for this hand-over. */
    private record PostCopyOffer(InetAddress address, int port, String certificate, String key) {
        Map<String, Object> toJson() {
            return Map.of("address", address.getHostAddress(), "port", port, "certificate", certificate, "key", key);
        }
    }

    /**
     * Prepares this node's side of a post-copy: the address of this node towards the target (so the
     * pages take the path the target's address is on), a free port there, and a CA for this hand-over
     * only, whose one client key goes to the target over the authenticated channel.
     */
    private PostCopyOffer offerPostCopy(String id, String targetNode, Path tls, String pageAddress) throws IOException {
        InetAddress towards = InetAddress.getByName(literal(pageAddress));
        InetAddress address = network.addressTowards(towards);
        int port = network.freePort(address);
        Files.createDirectories(tls);
        Files.setPosixFilePermissions(tls, PosixFilePermissions.fromString("rwx------"));
        CertificateAuthority once = CertificateAuthority.create("Patchbay migration " + id + " pages");
        TlsIdentity client = once.issueClient("migration " + id + " to " + targetNode);
        writePrivate(tls.resolve("lazy-ca.pem"), TlsIdentity.pem("CERTIFICATE", encoded(once.certificate())));
        writePrivate(tls.resolve("node-key.pem"), identity.keyPemWithPublicKey());
        return new PostCopyOffer(address, port, TlsIdentity.pem("CERTIFICATE", encoded(client.certificate())), client.keyPemWithPublicKey());
    }

    private MigrationInfo handOver(MigrationInfo m, Job job, Target target, Mode mode) {
        List<String> connections = jobs.tcpConnections(job.rootPid);
        if (!connections.isEmpty()) {
            jobs.resumed(job, "");
            return finish(m, Outcome.FAILED, "job " + job.id + " has a TCP connection (" + String.join(", ", connections)
                    + "); CRIU moves only jobs without open TCP connections", 0, 0);
        }
        Path dir = work.resolve("out").resolve(m.id());
        String pageAddress = target.pageAddress() == null || target.pageAddress().isBlank() ? target.agentHost() : target.pageAddress();
        PostCopyOffer offer = null;
        if (mode != Mode.STOP_AND_COPY && criu.postCopy()) {
            try {
                offer = offerPostCopy(m.id(), target.node(), dir.resolve("tls"), pageAddress);
            } catch (IOException | RuntimeException e) {
                if (mode == Mode.POST_COPY) {
                    deleteTree(dir);
                    jobs.resumed(job, "");
                    return finish(m, Outcome.FAILED, "cannot serve the job's memory for post-copy: " + e.getMessage(), 0, 0);
                }
            }
        }
        Process lazyDump = null;
        try (PeerAgent peer = new PeerAgent(target.node(), target.agentHost(), target.agentPort(), identity, ca)) {
            Map<String, Object> prepared;
            try {
                phase(m, "preparing " + target.node());
                Map<String, Object> ask = new LinkedHashMap<>();
                ask.put("migration", m.id());
                ask.put("address", pageAddress);
                ask.put("job", JobWire.toJson(jobs.find(job.id).orElseThrow()));
                ask.put("output", job.output.toString());
                ask.put("files", JobFiles.toJson(jobs.files(job.rootPid, root.files())));
                ask.put("root", root.jobs().toString());
                if (offer != null) {
                    ask.put("postCopy", offer.toJson());
                }
                prepared = peer.post(JobWire.INCOMING_PATH, ask, Duration.ofSeconds(60));
            } catch (IOException | PeerAgent.PeerRefusal e) {
                jobs.resumed(job, "");
                return finish(m, Outcome.FAILED, "the target did not prepare: " + e.getMessage(), 0, 0);
            }
            long freezeStart;
            Path images = dir.resolve("images");
            boolean postCopy = offer != null && Boolean.TRUE.equals(prepared.get("postCopy"));
            if (mode == Mode.POST_COPY && !postCopy) {
                abortQuietly(peer, m.id());
                jobs.resumed(job, "");
                return finish(m, Outcome.FAILED, target.node() + " cannot take the job by post-copy: " + prepared.getOrDefault("noPostCopy", "its agent does not offer it"),
                        0, 0);
            }
            try {
                Path tls = dir.resolve("tls");
                Files.createDirectories(images);
                Files.createDirectories(tls);
                Files.setPosixFilePermissions(tls, PosixFilePermissions.fromString("rwx------"));
                phase(m, postCopy ? "freezing (the memory follows once it runs there)" : "freezing and copying memory");
                freezeStart = clock.getAsLong();
                List<String> dump = criu.command("dump");
                dump.addAll(List.of("-t", Long.toString(job.rootPid), "-D", images.toString(), "--leave-stopped", "--manage-cgroups=ignore"));
                if (postCopy) {
                    // the dump keeps the job's pages and serves them to the target's lazy-pages daemon, which alone holds the key
                    dump.addAll(List.of("--lazy-pages", "--address", offer.address().getHostAddress(), "--port", Integer.toString(offer.port()), "--tls",
                            "--tls-cacert", tls.resolve("lazy-ca.pem").toString(), "--tls-cert", files.certificate().toString(), "--tls-key",
                            tls.resolve("node-key.pem").toString(), "--tls-no-cn-verify", "--status-fd", "1", "-o", "dump.log", "-v4"));
                    // --tls-no-cn-verify: the client's certificate is this hand-over's own (it names no address); the target still checks this node's
                    lazyDump = new ProcessBuilder(dump).directory(images.toFile()).redirectError(dir.resolve("dump.out").toFile()).start();
                    String failed = awaitReady(lazyDump, images.resolve("dump.log"));
                    if (failed != null) {
                        abortQuietly(peer, m.id());
                        resume(job, "", lazyDump);
                        return finish(m, Outcome.FAILED, failed, 0, 0);
                    }
                } else {
                    JsonFields p = JsonFields.of(prepared, "prepared");
                    int port = (int) p.wholeNumber("port", 1, 65535);
                    writePrivate(tls.resolve("once.pem"), p.string("certificate"));
                    writePrivate(tls.resolve("once-key.pem"), p.string("key"));
                    dump.addAll(List.of("--page-server", "--address", pageAddress, "--port", Integer.toString(port), "--tls", "--tls-cacert",
                            files.ca().toString(), "--tls-cert", tls.resolve("once.pem").toString(), "--tls-key", tls.resolve("once-key.pem").toString(),
                            "-o", "dump.log", "-v4"));
                    String failed = runCriu(dump, images.resolve("dump.log"), dir.resolve("dump.out"));
                    if (failed != null) {
                        abortQuietly(peer, m.id());
                        resume(job, "");
                        return finish(m, Outcome.FAILED, failed, 0, 0);
                    }
                }
            } catch (IOException | JsonException e) {
                abortQuietly(peer, m.id());
                resume(job, "", lazyDump);
                return finish(m, Outcome.FAILED, "could not dump the job: " + e.getMessage(), 0, 0);
            }
            long sent = 0;
            try {
                phase(m, "sending images");
                for (Path image : imageFiles(images)) {
                    peer.putFile(PeerAgent.incoming(m.id(), "images", image.getFileName().toString()), image, Duration.ofMinutes(5));
                    sent += Files.size(image);
                }
            } catch (IOException | PeerAgent.PeerRefusal e) {
                abortQuietly(peer, m.id());
                resume(job, "", lazyDump);
                return finish(m, Outcome.FAILED, "sending the job's images failed: " + e.getMessage(), sent, clock.getAsLong() - freezeStart);
            }
            phase(m, "restoring on " + target.node());
            Map<String, Object> restored;
            try {
                peer.post(PeerAgent.incoming(m.id(), "restore"), Map.of(), Duration.ofSeconds(60));
                restored = awaitRestore(peer, m.id());
            } catch (PeerAgent.PeerRefusal e) {
                restored = Map.of("state", "failed", "error", e.getMessage());
            }
            if (restored == null || !"restored".equals(restored.get("state"))) {
                // before the commit the target's copy is stopped and never runs on its own: resuming here is safe
                abortQuietly(peer, m.id());
                resume(job, "", lazyDump);
                String error = restored == null ? target.node() + " stopped answering while it restored the job"
                        : String.valueOf(restored.getOrDefault("error", ""));
                return finish(m, Outcome.FAILED, error.isEmpty() ? target.node() + " did not restore the job" : error, sent,
                        clock.getAsLong() - freezeStart);
            }
            // stop-and-copy: the pages went to the target's page server; post-copy: the pages sent so far were in the images
            long bytes = postCopy ? sent : sent + numberOr(restored.get("pageBytes"), 0);
            phase(m, "handing over to " + target.node());
            Map<String, Object> committed = commit(peer, m.id());
            String state = committed == null ? "" : String.valueOf(committed.get("state"));
            if (state.equals("running")) {
                long freeze = clock.getAsLong() - freezeStart;
                try {
                    jobs.signal(job.rootPid, "KILL");
                } catch (IOException e) {
                    // the stopped copy is already gone: nothing runs twice either way
                }
                jobs.migrated(job, target.node());
                if (lazyDump != null) {
                    return memoryFollows(m, peer, lazyDump, images.resolve("dump.log"), bytes, freeze);
                }
                return finish(m, Outcome.MOVED, "", bytes, freeze);
            }
            if (committed != null) {
                // the target called it off (its stopped copy is gone): this copy is the only one
                resume(job, "", lazyDump);
                return finish(m, Outcome.FAILED, target.node() + " did not take the job over: " + committed.getOrDefault("error", state), bytes,
                        clock.getAsLong() - freezeStart);
            }
            jobs.held(job, "held stopped: " + target.node() + " did not say whether it took the job over; asking it again every "
                    + SETTLE_PAUSE.toSeconds() + " s (or resume it here once the job surely does not run on " + target.node() + ")");
            settleLater(job, target, m, lazyDump);
            return finish(m, Outcome.UNKNOWN, "the target's answer to the hand-over was lost; the job is held stopped on " + node, bytes,
                    clock.getAsLong() - freezeStart);
        } catch (IOException e) {
            if (lazyDump != null) {
                resume(job, "", lazyDump);
            } else {
                jobs.resumed(job, "");
            }
            return finish(m, Outcome.FAILED, "cannot talk to " + target.node() + ": " + e.getMessage(), 0, 0);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * After a post-copy hand-over: the job runs on the target while its pages still come from the
     * dump here; waits until the dump has served the last one (or stops making progress), then
     * records the move with the pages the target says it fetched.
     */
    private MigrationInfo memoryFollows(MigrationInfo m, PeerAgent peer, Process lazyDump, Path log, long sentBefore, long freeze) {
        phase(m, "runs on " + m.to() + "; its memory follows");
        String broke = awaitExit(lazyDump, log);
        long fetched = 0;
        try {
            // the target counts the pages once its lazy-pages daemon has ended, a moment after this dump served the last
            long deadline = System.nanoTime() + SECOND_COMMIT_WAIT.toNanos();
            Map<String, Object> state = peer.get(PeerAgent.incoming(m.id()), Duration.ofSeconds(30));
            while (Boolean.TRUE.equals(state.get("pagesFollowing")) && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(50));
                state = peer.get(PeerAgent.incoming(m.id()), Duration.ofSeconds(30));
            }
            fetched = numberOr(state.get("pageBytes"), 0);
        } catch (IOException | PeerAgent.PeerRefusal e) {
            // the target is busy or gone: the record keeps what was sent before the hand-over
        }
        MigrationInfo moved = finish(m, Outcome.MOVED, broke == null ? "" : "the job runs on " + m.to() + ", but its memory stopped following: " + broke,
                sentBefore + fetched, freeze);
        return new MigrationInfo(moved.id(), moved.job(), moved.from(), moved.to(), moved.why(), moved.outcome(), JobWire.POST_COPY_PHASE + m.to(),
                moved.bytes(), moved.freezeMillis(), moved.totalMillis(), moved.startedMillis(), moved.error());
    }

    /** Waits for a lazy dump to say it serves the pages (one byte on its status descriptor); null then, else why not. */
    private static String awaitReady(Process criu, Path log) throws IOException {
        InputStream status = criu.getInputStream();
        LogProgress progress = new LogProgress(log);
        while (status.available() == 0) {
            if (!criu.isAlive()) {
                return status.available() > 0 ? null : Criu.explain(log);
            }
            if (progress.stalled()) {
                criu.destroyForcibly();
                return "CRIU made no progress for " + STALL.toSeconds() + " s and was stopped";
            }
            sleep(Duration.ofMillis(10));
        }
        status.read();
        return null;
    }

    /**
     * Waits for a CRIU process already running to end; null when it ended well, else why not. Stopped
     * when neither its log nor its reads and writes (a lazy dump serving pages logs little) moved for
     * {@link #STALL}.
     */
    private static String awaitExit(Process criu, Path log) {
        LogProgress progress = new LogProgress(log, criu);
        while (!waitQuietly(criu, Duration.ofMillis(50))) {
            if (progress.stalled()) {
                criu.destroyForcibly();
                waitQuietly(criu, STALL);
                return "CRIU made no progress for " + STALL.toSeconds() + " s and was stopped";
            }
        }
        return criu.exitValue() == 0 ? null : Criu.explain(log);
    }

    /** Asks the target how its restore goes until it ends; null when the target stops answering. */
    private Map<String, Object> awaitRestore(PeerAgent peer, String id) throws PeerAgent.PeerRefusal {
        while (true) {
            Map<String, Object> state;
            try {
                state = peer.get(PeerAgent.incoming(id), Duration.ofSeconds(30));
            } catch (IOException e) {
                return null;
            }
            if (!"restoring".equals(state.get("state"))) {
                return state;
            }
            sleep(Duration.ofMillis(25));
        }
    }

    /**
     * Tells the target to let its copy run, and learns whether it does: its answer, or what it says
     * when asked again after a lost answer (a few times, with growing pauses); null when it cannot
     * be reached, so the caller holds its copy (the target's may run).
     */
    private Map<String, Object> commit(PeerAgent peer, String id) {
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                return peer.post(PeerAgent.incoming(id, "commit"), Map.of(), Duration.ofSeconds(30));
            } catch (PeerAgent.PeerRefusal e) {
                // it refused: its own record says why (aborted after waiting too long). One that forgot the hand-over (an agent
                // restarted meanwhile) cannot say whether its copy runs: hold
                try {
                    Map<String, Object> state = peer.get(PeerAgent.incoming(id), Duration.ofSeconds(30));
                    return "running".equals(state.get("state")) || "aborted".equals(state.get("state")) ? state : null;
                } catch (PeerAgent.PeerRefusal | IOException gone) {
                    return null;
                }
            } catch (IOException e) {
                sleep(Duration.ofSeconds(1L << Math.min(attempt, 4)));
            }
        }
        return null;
    }

    /**
     * Asks the target of a hand-over whose answer was lost what became of it, until it can say: the
     * stopped copy here ends when the job runs there, and runs again when the target's copy was called
     * off; the migration's record in the history says which. While the target cannot say, the job stays held.
     */
    private void settleLater(Job job, Target target, MigrationInfo m, Process lazyDump) {
        HeldJobSettler.HandOver handOver = new HeldJobSettler.HandOver() {
            @Override
            public Optional<String> state() {
                try (PeerAgent peer = new PeerAgent(target.node(), target.agentHost(), target.agentPort(), identity, ca)) {
                    return Optional.ofNullable(peer.get(PeerAgent.incoming(m.id()), Duration.ofSeconds(30)).get("state")).map(String::valueOf);
                } catch (IOException | PeerAgent.PeerRefusal | RuntimeException e) {
                    return Optional.empty();
                }
            }

            @Override
            public boolean callOff() {
                try (PeerAgent peer = new PeerAgent(target.node(), target.agentHost(), target.agentPort(), identity, ca)) {
                    peer.delete(PeerAgent.incoming(m.id()), Duration.ofSeconds(30));
                    return true;
                } catch (IOException | PeerAgent.PeerRefusal | RuntimeException e) {
                    return false;
                }
            }
        };
        Thread.ofVirtual().name("settle-" + m.id()).start(() -> {
            HeldJobSettler.Verdict verdict;
            try {
                verdict = HeldJobSettler.settle(handOver, () -> jobs.isHeld(job), SETTLE_ATTEMPTS, SETTLE_PAUSE, pause -> Thread.sleep(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (jobs) {
                if (!jobs.isHeld(job)) {
                    return;
                }
                switch (verdict) {
                    case RUNS_THERE -> {
                        try {
                            jobs.signal(job.rootPid, "KILL");
                        } catch (IOException e) {
                            // the stopped copy is already gone
                        }
                        jobs.migrated(job, target.node());
                        settled(m, Outcome.MOVED, target.node() + " answered later: the job runs there");
                    }
                    case RUNS_HERE -> {
                        resume(job, "resumed: " + target.node() + " answered later that its copy does not run", lazyDump);
                        settled(m, Outcome.FAILED, target.node() + " answered later that its copy does not run; resumed here");
                    }
                    case UNSETTLED -> {
                        // still held: the job's note says what to do
                    }
                }
            }
        });
    }

    /** Replaces the history's record of a hand-over once its outcome is known. */
    private synchronized void settled(MigrationInfo m, Outcome outcome, String why) {
        for (MigrationInfo known : List.copyOf(history)) {
            if (known.id().equals(m.id())) {
                List<MigrationInfo> all = new ArrayList<>(history);
                all.set(all.indexOf(known), finish(known, outcome, why, known.bytes(), known.freezeMillis()));
                history.clear();
                history.addAll(all);
                return;
            }
        }
    }

    /**
     * As {@link #resume(Job, String)} after a post-copy dump: the dump still holds the job (traced) and
     * its pages, so it is ended first; {@code lazyDump} null is a stop-and-copy.
     */
    private void resume(Job job, String why, Process lazyDump) {
        if (lazyDump != null) {
            lazyDump.destroyForcibly();
            waitQuietly(lazyDump, STALL);
        }
        resume(job, why);
    }

    private void resume(Job job, String why) {
        try {
            jobs.continueTree(job.rootPid);
        } catch (IOException e) {
            // a process that ended meanwhile needs no waking
        }
        jobs.resumed(job, why);
    }

    private static void abortQuietly(PeerAgent peer, String id) {
        try {
            peer.delete(PeerAgent.incoming(id), Duration.ofSeconds(30));
        } catch (IOException | PeerAgent.PeerRefusal e) {
            // the target forgets an unfinished hand-over by itself after INCOMING_AGE
        }
    }

    private synchronized void phase(MigrationInfo m, String phase) {
        MigrationInfo now = running.get(m.id());
        if (now != null) {
            running.put(m.id(), new MigrationInfo(now.id(), now.job(), now.from(), now.to(), now.why(), Outcome.RUNNING, phase, now.bytes(), 0,
                    clock.getAsLong() - now.startedMillis(), now.startedMillis(), ""));
        }
    }

    private MigrationInfo finish(MigrationInfo m, Outcome outcome, String error, long bytes, long freeze) {
        String phase = switch (outcome) {
            case MOVED -> "runs on " + m.to();
            case FAILED -> "resumed on " + m.from();
            case UNKNOWN -> "held on " + m.from();
            case RUNNING -> "running";
        };
        return new MigrationInfo(m.id(), m.job(), m.from(), m.to(), m.why(), outcome, phase, bytes, freeze, clock.getAsLong() - m.startedMillis(),
                m.startedMillis(), error);
    }

    // ---- target side ----

    /** The target's state of one hand-over. */
    private static final class Incoming {
        final String id;
        final String from;
        final Path dir;
        final long created;
        final JobWire.JobInfo job;
        final Path output;
        Process pageServer;
        /** The source's offer when the job comes by post-copy, else null. */
        PostCopyOffer postCopy;
        /** The lazy-pages daemon fetching the job's pages from the source, while it runs. */
        Process lazyPages;
        String state = "prepared";
        String error = "";
        int files;
        long bytes;
        long pid;
        long pageBytes;
        Process keeper;

        Incoming(String id, String from, Path dir, long created, JobWire.JobInfo job, Path output) {
            this.id = id;
            this.from = from;
            this.dir = dir;
            this.created = created;
            this.job = job;
            this.output = output;
        }
    }

    /** {@code POST incoming} from {@code from}'s agent: opens a page server for this one hand-over. */
    public Map<String, Object> prepare(String from, Map<String, Object> request) throws IOException {
        if (!criu.usable()) {
            throw new IllegalStateException("jobs cannot move to " + node + ": " + criu.status());
        }
        JsonFields f;
        String id;
        InetAddress address;
        JobWire.JobInfo job;
        Path output;
        PostCopyOffer postCopy = null;
        try {
            f = JsonFields.of(request, "request");
            id = f.string("migration");
            job = JobWire.job(f.object("job").map());
            output = Path.of(f.string("output"));
            address = InetAddress.getByName(literal(f.string("address")));
            Optional<String> otherRoot = otherRoot(from, Path.of(f.string("root", "/")));
            if (otherRoot.isPresent()) {
                throw new IllegalStateException(otherRoot.get());
            }
            Optional<String> missing = JobFiles.missingOn(root.files(), JobFiles.fromJson(f.listOrEmpty("files")), node);
            if (missing.isPresent()) {
                throw new IllegalStateException(missing.get());
            }
            if (f.has("postCopy") && criu.postCopy()) {
                JsonFields o = f.object("postCopy");
                postCopy = new PostCopyOffer(InetAddress.getByName(literal(o.string("address"))), (int) o.wholeNumber("port", 1, 65535),
                        o.string("certificate"), o.string("key"));
            }
        } catch (JsonException e) {
            throw new IllegalArgumentException("the request must name the migration, the job, its output and the page server's address: " + e.getMessage());
        }
        if (!MIGRATION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a migration id is 'm' and 10 hex digits, not '" + id + "'");
        }
        if (!address.isLoopbackAddress() && !ownsQuietly(address)) {
            throw new IllegalArgumentException(address.getHostAddress() + " is not an address of " + node);
        }
        Incoming in;
        synchronized (this) {
            expireOld();
            if (incoming.containsKey(id)) {
                throw new IllegalStateException("migration " + id + " is already being received");
            }
            if (incoming.values().stream().filter(i -> List.of("prepared", "restoring", "restored").contains(i.state)).count() >= MAX_INCOMING) {
                throw new IllegalStateException(node + " is already receiving " + MAX_INCOMING + " jobs; try again when one has arrived");
            }
            in = new Incoming(id, from, work.resolve("in").resolve(id), clock.getAsLong(), job, output);
            in.postCopy = postCopy;
            incoming.put(id, in);
        }
        try {
            Path images = in.dir.resolve("images");
            Path tls = in.dir.resolve("tls");
            Files.createDirectories(images);
            Files.createDirectories(tls);
            Files.setPosixFilePermissions(tls, PosixFilePermissions.fromString("rwx------"));
            if (postCopy != null) {
                // the job's memory comes later, from the source's lazy-pages server, with the key it handed over for that alone
                writePrivate(tls.resolve("lazy.pem"), postCopy.certificate());
                writePrivate(tls.resolve("lazy-key.pem"), postCopy.key());
                return Map.of("migration", id, "postCopy", true);
            }
            // a CA for this hand-over only: the page server admits exactly the holder of the key handed to the source
            CertificateAuthority once = CertificateAuthority.create("Patchbay migration " + id);
            TlsIdentity client = once.issueClient("migration " + id + " from " + from);
            writePrivate(tls.resolve("once-ca.pem"), TlsIdentity.pem("CERTIFICATE", encoded(once.certificate())));
            writePrivate(tls.resolve("node-key.pem"), identity.keyPemWithPublicKey());
            int port = network.freePort(address);
            List<String> command = criu.command("page-server");
            command.addAll(List.of("-D", images.toString(), "--address", address.getHostAddress(), "--port", Integer.toString(port), "--tls",
                    "--tls-cacert", tls.resolve("once-ca.pem").toString(), "--tls-cert", files.certificate().toString(), "--tls-key",
                    tls.resolve("node-key.pem").toString(), "--tls-no-cn-verify", "--status-fd", "1", "-o", "page-server.log", "-v4"));
            Process server = new ProcessBuilder(command).directory(images.toFile()).redirectError(in.dir.resolve("page-server.err").toFile()).start();
            // CRIU writes one byte to its status descriptor once it listens, and closes it
            int ready = server.getInputStream().read();
            if (ready != 0) {
                server.destroyForcibly();
                throw new IOException("the page server did not start: " + Criu.explain(images.resolve("page-server.log")));
            }
            synchronized (this) {
                in.pageServer = server;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("migration", id);
            answer.put("port", port);
            answer.put("certificate", TlsIdentity.pem("CERTIFICATE", encoded(client.certificate())));
            answer.put("key", client.keyPemWithPublicKey());
            if (f.has("postCopy")) {
                answer.put("postCopy", false);
                answer.put("noPostCopy", node + ": " + criu.noPostCopy());
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            drop(in);
            throw e;
        }
    }

    /**
     * Why a job rooted at {@code jobRoot} on {@code from} cannot run here, or empty when it can: CRIU
     * restores it at the same root path, which here must be where this node's jobs run, or it would
     * run outside this node's disk (or in a folder with nothing in it).
     */
    private Optional<String> otherRoot(String from, Path jobRoot) {
        if (jobRoot.equals(root.jobs())) {
            return Optional.empty();
        }
        String there = jobRoot.equals(JobRoot.HOST.jobs()) ? "on the machine's root file system" : "inside its own disk (it was reimaged)";
        String here = root.onHost() ? "runs jobs on the machine's root file system" : "runs its jobs inside its own disk (it was reimaged)";
        String rule = root.onHost() || jobRoot.equals(JobRoot.HOST.jobs())
                ? "jobs move only between nodes that both run from their own disks or both from the machine's root; reimage " + node
                        + " or pick another node"
                : "the two disks are mounted at different places (" + jobRoot + " there, " + root.jobs() + " here)";
        return Optional.of("the job runs " + there + " on " + from + ", and " + node + " " + here + ": " + rule);
    }

    /** {@code PUT incoming/ID/images/NAME}: one of the job's image files, bounded in size, count and total. */
    public void receiveImage(String from, String id, String name, InputStream body, long declaredLength) throws IOException {
        if (!IMAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an image file name (letters, digits, '_', '.', '-', ending in .img)");
        }
        Incoming in = mine(from, id);
        if (declaredLength > MAX_IMAGE_FILE_BYTES) {
            throw new IllegalArgumentException(name + " is " + declaredLength + " bytes; at most " + MAX_IMAGE_FILE_BYTES + " are accepted per file");
        }
        synchronized (this) {
            if (!in.state.equals("prepared")) {
                throw new IllegalStateException("migration " + id + " is " + in.state + "; it takes no more images");
            }
            if (++in.files > MAX_IMAGE_FILES) {
                throw new IllegalArgumentException("migration " + id + " sent more than " + MAX_IMAGE_FILES + " image files");
            }
        }
        Path target = in.dir.resolve("images").resolve(name);
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                written += n;
                if (written > MAX_IMAGE_FILE_BYTES) {
                    throw new IllegalArgumentException(name + " is over " + MAX_IMAGE_FILE_BYTES + " bytes, the most accepted per file");
                }
                out.write(buffer, 0, n);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalStateException(name + " was already sent for migration " + id);
        }
        synchronized (this) {
            in.bytes += written;
            if (in.bytes > MAX_IMAGE_BYTES) {
                throw new IllegalArgumentException("migration " + id + " sent over " + MAX_IMAGE_BYTES + " bytes of images");
            }
        }
    }

    /**
     * {@code POST incoming/ID/restore}: starts restoring the job here and answers at once; the source
     * then asks {@link #status} until it says {@code restored} or {@code failed} (a restore can take
     * longer than a connection may stay idle).
     */
    public Map<String, Object> restore(String from, String id) {
        Incoming in = mine(from, id);
        synchronized (this) {
            if (!in.state.equals("prepared")) {
                throw new IllegalStateException("migration " + id + " is " + in.state);
            }
            in.state = "restoring";
        }
        Thread.ofVirtual().name("restore-" + id).start(() -> {
            try {
                restoreNow(in);
            } catch (IOException | RuntimeException e) {
                failed(in, "restoring on " + node + " failed: " + e.getMessage());
            }
        });
        return Map.of("migration", id, "state", "restoring");
    }

    private void restoreNow(Incoming in) throws IOException {
        Path images = in.dir.resolve("images");
        // the page server ends when the source's dump ends; one still waiting means the dump never came
        Process server = in.pageServer;
        if (server != null && !waitQuietly(server, STALL)) {
            server.destroyForcibly();
            failed(in, "the job's memory never arrived (the page server was still waiting)");
            return;
        }
        long pageBytes = pageBytes(images);
        Path pidFile = in.dir.resolve("restore.pid");
        List<String> command = criu.command("restore");
        command.addAll(List.of("-D", images.toString(), "--pidfile", pidFile.toString(), "--leave-stopped", "--manage-cgroups=ignore", "-o", "restore.log", "-v4"));
        Process lazyPages = null;
        if (in.postCopy != null) {
            // the lazy-pages daemon connects to the source's dump (authenticated both ways) and hands the restored job its pages
            // as it touches them and in the background; restore finds it by its socket in the images folder
            Path tls = in.dir.resolve("tls");
            List<String> lazy = criu.command("lazy-pages");
            lazy.addAll(List.of("--page-server", "--address", in.postCopy.address().getHostAddress(), "--port", Integer.toString(in.postCopy.port()), "--tls",
                    "--tls-cacert", files.ca().toString(), "--tls-cert", tls.resolve("lazy.pem").toString(), "--tls-key", tls.resolve("lazy-key.pem").toString(),
                    "-D", images.toString(), "--status-fd", "1", "-o", "lazy-pages.log", "-v4"));
            lazyPages = new ProcessBuilder(lazy).directory(images.toFile()).redirectError(in.dir.resolve("lazy-pages.out").toFile()).start();
            synchronized (this) {
                in.lazyPages = lazyPages;
            }
            String notReady = awaitReady(lazyPages, images.resolve("lazy-pages.log"));
            if (notReady != null) {
                lazyPages.destroyForcibly();
                failed(in, "the job's memory cannot be fetched from " + in.from + ": " + notReady);
                return;
            }
            command.add("--lazy-pages");
        }
        // --manage-cgroups=ignore: the job joins this node's cgroup (its CPU quota in a lab), not the source node's
        // criu restore stays as the restored job's parent (no --restore-detached): its exit is the job's, and nothing is orphaned;
        // the job stays stopped until the source commits the hand-over, so it never runs while the source's copy might
        Process keeper = new ProcessBuilder(command).directory(images.toFile()).redirectOutput(in.dir.resolve("restore.out").toFile())
                .redirectErrorStream(true).start();
        Path log = images.resolve("restore.log");
        RestoreLog progress = new RestoreLog(log);
        LogProgress stall = new LogProgress(log);
        while (true) {
            // criu writes the pidfile before it lets go of the tasks (it still traces them and stops them last):
            // a SIGCONT from a commit in that window makes criu fail and kill the job, so wait for its own "finished"
            if (Files.exists(pidFile) && keeper.isAlive() && progress.finished()) {
                String text = Files.readString(pidFile).strip();
                if (!text.isEmpty()) {
                    long pid = Long.parseLong(text);
                    synchronized (this) {
                        in.state = "restored";
                        in.pid = pid;
                        in.pageBytes = pageBytes;
                        in.keeper = keeper;
                    }
                    if (lazyPages == null) {
                        deleteTree(images);
                    } else {
                        followLazyPages(in, lazyPages, images);
                    }
                    Thread.ofVirtual().name("commit-wait-" + in.id).start(() -> {
                        sleep(COMMIT_WAIT);
                        abandonStopped(in, "no commit from " + in.from + " within " + COMMIT_WAIT.toMinutes() + " minutes");
                    });
                    return;
                }
            }
            if (!keeper.isAlive()) {
                stopQuietly(lazyPages);
                failed(in, "restoring on " + node + " failed: " + Criu.explain(log));
                return;
            }
            if (lazyPages != null && !lazyPages.isAlive() && lazyPages.exitValue() != 0) {
                // the pages cannot come: criu restore would wait for its daemon in vain
                keeper.destroyForcibly();
                failed(in, "the job's memory could not be fetched from " + in.from + ": " + Criu.explain(images.resolve("lazy-pages.log")));
                return;
            }
            if (stall.stalled()) {
                keeper.destroyForcibly();
                stopQuietly(lazyPages);
                failed(in, "restoring on " + node + " made no progress for " + STALL.toSeconds() + " s");
                return;
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private static final Pattern LAZY_TRANSFERRED = Pattern.compile("UFFD transferred pages: \\((\\d+)/(\\d+)\\)");

    /**
     * Lets the lazy-pages daemon fetch the rest of a restored job's memory; once it ends (every page
     * here, or the source gone), records how many pages it fetched and removes the images. A daemon
     * whose log shows no progress for {@link #STALL} while the job runs is waited for still: the job
     * may simply not touch memory, and the daemon fetches the rest in the background by itself.
     */
    private void followLazyPages(Incoming in, Process lazyPages, Path images) {
        Thread.ofVirtual().name("lazy-pages-" + in.id).start(() -> {
            waitQuietly(lazyPages, INCOMING_AGE);
            stopQuietly(lazyPages);
            long fetched = 0;
            try {
                var matcher = LAZY_TRANSFERRED.matcher(Files.readString(images.resolve("lazy-pages.log"), StandardCharsets.ISO_8859_1));
                while (matcher.find()) {
                    fetched += Long.parseLong(matcher.group(1)) * 4096;
                }
            } catch (IOException | RuntimeException e) {
                // no log: the count stays at what came with the images
            }
            synchronized (this) {
                in.pageBytes = fetched;
                in.lazyPages = null;
            }
            deleteTree(images);
        });
    }

    private static void stopQuietly(Process process) {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitQuietly(process, STALL);
        }
    }

    /**
     * {@code POST incoming/ID/commit}: the source lets go; the restored (stopped) copy runs here from
     * now on. Idempotent, so a source whose answer was lost may ask again.
     */
    public Map<String, Object> commit(String from, String id) throws IOException {
        Incoming in = mine(from, id);
        synchronized (this) {
            // a source whose first commit timed out asks again while the first still wakes the job: it is answered
            // "running" only once this node's job table says so, or a job could be reported moved before it runs here
            long deadline = System.nanoTime() + SECOND_COMMIT_WAIT.toNanos();
            while (in.state.equals("committing") && System.nanoTime() < deadline) {
                try {
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while migration " + id + " was being committed");
                }
            }
            if (in.state.equals("running")) {
                return Map.of("migration", id, "state", "running", "pid", in.pid);
            }
            if (!in.state.equals("restored")) {
                throw new IllegalStateException("migration " + id + " is " + in.state + (in.error.isEmpty() ? "" : " (" + in.error + ")") + "; nothing to commit");
            }
            in.state = "committing";
        }
        try {
            jobs.continueTree(in.pid);
        } finally {
            // woken or not (a failed SIGCONT is reported), the job is this node's from now on: the source lets go of its copy
            jobs.arrived(in.job.id(), in.job.home(), in.job.command(), in.output, in.job.startedMillis(), in.job.locked(), in.keeper, in.pid);
            synchronized (this) {
                in.state = "running";
                notifyAll();
            }
        }
        return Map.of("migration", id, "state", "running", "pid", in.pid);
    }

    /** Ends a restored copy that was never committed: it never ran, and now it never will. */
    private void abandonStopped(Incoming in, String why) {
        synchronized (this) {
            if (!in.state.equals("restored")) {
                return;
            }
            in.state = "aborted";
            in.error = why;
        }
        try {
            jobs.signal(in.pid, "KILL");
        } catch (IOException e) {
            // already gone
        }
    }

    /** {@code GET incoming/ID}: what became of a hand-over (the source asks after a lost answer). */
    public synchronized Map<String, Object> status(String from, String id) {
        Incoming in = mine(from, id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", in.state);
        m.put("error", in.error);
        m.put("pid", in.pid);
        m.put("pageBytes", in.pageBytes);
        m.put("pagesFollowing", in.lazyPages != null);
        return m;
    }

    /** {@code DELETE incoming/ID}: the source gives up; a restored copy that never ran is ended; refused once the job runs here. */
    public Map<String, Object> abort(String from, String id) {
        Incoming in = mine(from, id);
        synchronized (this) {
            if (in.state.equals("running") || in.state.equals("committing") || in.state.equals("restoring")) {
                throw new IllegalStateException("migration " + id + " is " + in.state + " here; it cannot be called off");
            }
        }
        abandonStopped(in, "called off by " + from);
        drop(in);
        return Map.of("migration", id, "state", "aborted");
    }

    private void failed(Incoming in, String why) {
        synchronized (this) {
            in.state = "failed";
            in.error = why;
        }
        deleteTree(in.dir.resolve("images"));
    }

    private synchronized Incoming mine(String from, String id) {
        Incoming in = incoming.get(id);
        if (in == null || !in.from.equals(from)) {
            throw new java.util.NoSuchElementException("no migration " + id + " from " + from + " on " + node);
        }
        return in;
    }

    private void drop(Incoming in) {
        Process lazyPages;
        synchronized (this) {
            incoming.remove(in.id);
            lazyPages = in.lazyPages;
        }
        if (in.pageServer != null) {
            in.pageServer.destroyForcibly();
        }
        stopQuietly(lazyPages);
        deleteTree(in.dir);
    }

    private void expireOld() {
        long now = clock.getAsLong();
        for (Incoming in : List.copyOf(incoming.values())) {
            boolean finished = in.state.equals("running") || in.state.equals("failed") || in.state.equals("aborted");
            if (now - in.created > INCOMING_AGE.toMillis() && (finished || in.state.equals("prepared"))) {
                incoming.remove(in.id);
                if (!finished) {
                    if (in.pageServer != null) {
                        in.pageServer.destroyForcibly();
                    }
                }
                deleteTree(in.dir);
            }
        }
    }

    // ---- shared ----

    /** Runs one CRIU action to its end; null when it succeeded, else the reason. Stops it when its log shows no progress for {@link #STALL}. */
    private static String runCriu(List<String> command, Path log, Path output) throws IOException {
        return awaitExit(new ProcessBuilder(command).directory(log.getParent().toFile()).redirectOutput(output.toFile()).redirectErrorStream(true).start(),
                log);
    }

    private static boolean waitQuietly(Process p, Duration limit) {
        try {
            return p.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static List<Path> imageFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".img")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static long pageBytes(Path images) throws IOException {
        long total = 0;
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(images, "pages-*.img")) {
            for (Path p : pages) {
                total += Files.size(p);
            }
        }
        return total;
    }

    private boolean ownsQuietly(InetAddress address) {
        try {
            return network.owns(address);
        } catch (IOException e) {
            return false;
        }
    }

    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static byte[] encoded(X509Certificate certificate) throws IOException {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    /** Only literal addresses: a name would make the agent resolve whatever a peer sends. */
    private static String literal(String address) {
        if (!address.matches("[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}")) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address");
        }
        return address;
    }

    private static long numberOr(Object value, long fallback) {
        return value instanceof Number n ? n.longValue() : fallback;
    }

    private String newId() {
        byte[] bytes = new byte[5];
        random.nextBytes(bytes);
        return "m" + HexFormat.of().formatHex(bytes);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // what remains is in this agent's own work folder and goes with the next hand-over's clean-up
        }
    }

    /**
     * Whether a CRIU run moved within {@link #STALL}: its log grew, or (when the process is given) the
     * bytes it read and wrote, sockets included. CRIU's runs are bounded by their progress, not by a
     * wall-clock limit a slow machine or link would miss.
     */
    private static final class LogProgress {
        private final Path log;
        private final Path io;
        private long lastSize = -1;
        private long lastProgress = System.nanoTime();

        LogProgress(Path log) {
            this.log = log;
            this.io = null;
        }

        LogProgress(Path log, Process criu) {
            this.log = log;
            this.io = Path.of("/proc", Long.toString(criu.pid()), "io");
        }

        boolean stalled() {
            long size;
            try {
                size = (Files.exists(log) ? Files.size(log) : 0) + (io == null ? 0 : bytesMoved(io));
            } catch (IOException | RuntimeException e) {
                size = lastSize;
            }
            if (size != lastSize) {
                lastSize = size;
                lastProgress = System.nanoTime();
                return false;
            }
            return System.nanoTime() - lastProgress > STALL.toNanos();
        }

        /** rchar + wchar of /proc/PID/io: every byte the process read or wrote, sockets and pipes included. */
        private static long bytesMoved(Path io) throws IOException {
            long total = 0;
            for (String line : Files.readAllLines(io, StandardCharsets.US_ASCII)) {
                if (line.startsWith("rchar:") || line.startsWith("wchar:")) {
                    total += Long.parseLong(line.substring(6).strip());
                }
            }
            return total;
        }
    }

    /** Reads criu's restore log as it grows, for the line criu writes once it has let go of the restored tasks. */
    private static final class RestoreLog {
        private static final byte[] FINISHED = "Restore finished successfully".getBytes(StandardCharsets.US_ASCII);
        private final Path log;
        private long read;
        private byte[] carry = new byte[0];
        private boolean finished;

        RestoreLog(Path log) {
            this.log = log;
        }

        boolean finished() throws IOException {
            if (finished || !Files.exists(log)) {
                return finished;
            }
            try (var channel = FileChannel.open(log)) {
                long size = channel.size();
                while (read < size && !finished) {
                    ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(64 * 1024, size - read));
                    int n = channel.read(chunk, read);
                    if (n <= 0) {
                        break;
                    }
                    read += n;
                    byte[] text = new byte[carry.length + n];
                    System.arraycopy(carry, 0, text, 0, carry.length);
                    System.arraycopy(chunk.array(), 0, text, carry.length, n);
                    finished = contains(text, FINISHED);
                    // keep the tail so the line is found even when it straddles two reads
                    carry = Arrays.copyOfRange(text, Math.max(0, text.length - FINISHED.length + 1), text.length);
                }
            }
            return finished;
        }

        private static boolean contains(byte[] text, byte[] word) {
            outer:
            for (int i = 0; i + word.length <= text.length; i++) {
                for (int j = 0; j < word.length; j++) {
                    if (text[i + j] != word[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}
