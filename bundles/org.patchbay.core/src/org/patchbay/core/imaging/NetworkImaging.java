package org.patchbay.core.imaging;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.core.session.Testbed.TestbedException;

/**
 * Reimaging machines that boot from the network (real nodes, VMs): the boot server hands each node its
 * script, the image server is pb-image serve on the boot network, and the server's own reports
 * ({@code progress ADDRESS ...}, {@code finished ADDRESS ...}) tell which node got how far; a node that
 * finished is switched back to its disk before its imaging environment reboots it (it waits for that).
 * What must not travel over DHCP and TFTP (the image's chunk digests, the node's agent certificate and
 * key) is handed to each node's imaging environment by the {@link EnrollmentServer}, for a one-time
 * token its boot script carries.
 */
public final class NetworkImaging implements ImagingTestbed, AutoCloseable {

    private final BootServer boot;
    private final List<String> prefix;
    private final Path pbImage;
    private final String group;
    private final BootServer.Mode diskMode;
    private final Map<String, Listener> listening = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CompletableFuture<EnrollmentServer.Upload>> capturing = new ConcurrentHashMap<>();
    private final EnrollmentServer enrollment;
    private final Handover handover;
    /** What each node's disk boot puts on its kernel command line (a lab VM's addresses), kept across its reimages. */
    private final Map<String, String> diskArguments = new ConcurrentHashMap<>();

    /**
     * How nodes get their secrets: the enrollment server listens on {@code address} (the console's address
     * on the boot network, reachable from the nodes' imaging environment), each node's agent certificate is
     * issued by {@code ca}, and a node's token works for {@code validFor} after it was set to imaging.
     */
    public record Handover(InetAddress address, CertificateAuthority ca, Duration validFor, Clock clock) {
    }

    private NetworkImaging(BootServer boot, List<String> prefix, Path pbImage, String group, BootServer.Mode diskMode, Handover handover)
            throws IOException {
        this.handover = handover;
        Path log = boot.settings().folder().resolve("enrollment.log");
        TlsIdentity identity = handover.ca().issueNode("enrollment", List.of(), List.of(handover.address()));
        this.enrollment = EnrollmentServer.start(handover.address(), 0, identity, handover.clock(), event -> {
            record(log, event);
            refused(event);
        });
        this.boot = boot;
        boot.entries().forEach((node, entry) -> diskArguments.put(node, entry.arguments()));
        this.prefix = prefix;
        this.pbImage = pbImage;
        this.group = group;
        this.diskMode = diskMode;
    }

    /**
     * Starts the boot server for {@code nodes} (each booting {@code diskMode} until reimaged) with the
     * imaging environment from {@code environment} (vmlinuz, initrd.img); {@code prefix} runs dnsmasq and
     * the image server where the boot network is (e.g. {@code ip netns exec NS}); {@code group} is the
     * multicast group and port images are served on.
     */
    public static NetworkImaging start(List<String> prefix, BootServer.Settings settings, List<BootServer.Entry> nodes, Path environment, Path pbImage,
            String group, BootServer.Mode diskMode, Handover handover) throws IOException {
        Path imaging = Files.createDirectories(settings.folder().resolve("tftp/imaging"));
        for (String file : List.of("vmlinuz", "initrd.img")) {
            if (!Files.isReadable(environment.resolve(file))) {
                throw new IOException("No imaging environment in " + environment + " (" + file + " is missing); build it with "
                        + "native-helpers/images/imaging-environment " + environment);
            }
            Files.copy(environment.resolve(file), imaging.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        List<BootServer.Entry> atDisk = nodes.stream().map(e -> new BootServer.Entry(e.node(), e.mac(), e.address(), diskMode, e.arguments())).toList();
        BootServer boot = BootServer.start(prefix, settings, atDisk);
        try {
            return new NetworkImaging(boot, prefix, pbImage, group, diskMode, handover);
        } catch (IOException | RuntimeException e) {
            boot.close();
            throw e;
        }
    }

    /**
     * A node whose imaging environment was refused its files cannot go on (it powers itself off): its
     * reimage fails now, saying why, rather than when it stops making progress. Only a refusal presented
     * from the node's own address counts (a token of this node presented from elsewhere is someone else).
     */
    private void refused(EnrollmentServer.Event event) {
        if (event.handedOver()) {
            return;
        }
        Optional<BootServer.Entry> at = boot.entries().values().stream().filter(e -> e.address().equals(event.from())).findFirst();
        if (at.isEmpty() || (event.node() != null && !event.node().equals(at.get().node()))) {
            return;
        }
        String node = at.get().node();
        java.util.concurrent.CompletableFuture<EnrollmentServer.Upload> upload = capturing.remove(node);
        if (upload != null) {
            upload.completeExceptionally(new IOException("its imaging environment was refused: " + event.message()));
        }
        Listener listener = listening.remove(node);
        if (listener != null) {
            bootFromDisk(node);
            listener.ended(node, false, "its imaging environment was refused its image digests and certificate: " + event.message()
                    + "; reimage it again (a token used already means something else on the boot network presented it first: see "
                    + boot.settings().folder().resolve("enrollment.log") + ")");
        }
    }

    /** Each hand-over and refusal, one line each, for whoever runs the boot network (the tokens themselves are never written). */
    private static void record(Path log, EnrollmentServer.Event event) {
        try {
            Files.writeString(log, java.time.Instant.now() + " " + event.message() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the hand-over itself happened or not regardless of its log line
        }
    }

    @Override
    public ImageServer serve(Path image, int rateMbps) throws TestbedException {
        try {
            return ImageServerProcess.start(prefix, pbImage, image, group, boot.settings().serverAddress(), rateMbps,
                    boot.settings().folder().resolve("image-server.log"), this::report);
        } catch (IOException e) {
            throw new TestbedException(e.getMessage(), e);
        }
    }

    /** One report of the image server, by address: progress to the node's listener; finished switches the node to its disk, then says so. */
    private void report(String line) {
        String[] words = line.split(" ");
        if (words.length < 4) {
            return;
        }
        Optional<BootServer.Entry> node = boot.entries().values().stream().filter(e -> e.address().equals(words[1])).findFirst();
        Listener listener = node.map(e -> listening.get(e.node())).orElse(null);
        if (listener == null) {
            return;
        }
        String name = node.get().node();
        try {
            if (words[0].equals("progress")) {
                listener.progress(name, Long.parseLong(words[2]), Long.parseLong(words[3]));
            } else if (words[0].equals("finished")) {
                bootFromDisk(name);
                listening.remove(name);
                listener.ended(name, true, "image written in " + words[3] + " s");
            }
        } catch (NumberFormatException e) {
            // not a report of this protocol
        }
    }

    @Override
    public void bootIntoImaging(String node, ImageServer server, Listener listener) throws TestbedException {
        BootServer.Entry entry = boot.entries().get(node);
        if (entry == null) {
            throw new TestbedException(node + " is not on the boot server (it needs the MAC and address of its boot interface)", null);
        }
        try {
            listening.put(node, listener);
            String token = enrollment.grant(node, InetAddress.getByName(entry.address()), secrets(entry, server), handover.validFor());
            boot.set(new BootServer.Entry(node, entry.mac(), entry.address(), BootServer.Mode.IMAGING, "pb.group=" + group + " pb.enroll="
                    + enrollment.endpoint() + " pb.pin=" + enrollment.pin() + " pb.token=" + token));
        } catch (IOException e) {
            listening.remove(node);
            enrollment.revoke(node);
            throw new TestbedException("Cannot set " + node + " to boot into imaging: " + e.getMessage(), e);
        }
    }

    /**
     * Captures {@code node}'s disk into {@code into}: the node is set to boot the imaging environment in
     * capture mode (with an upload token), powered off and on; the environment captures its disk while
     * the node's own system is not running (file-system aware, as {@code pb-image capture}) and uploads
     * the image over TLS; the node is then switched back to its disk, which its environment waits for
     * before it reboots. At most {@code maxBytes} are taken, and the upload must arrive within {@code limit}.
     */
    public EnrollmentServer.Upload capture(String node, Path into, ReimageBatch.Power power, Duration limit, long maxBytes)
            throws IOException, InterruptedException {
        BootServer.Entry entry = boot.entries().get(node);
        if (entry == null) {
            throw new IOException(node + " is not on the boot server (it needs the MAC and address of its boot interface)");
        }
        java.util.concurrent.CompletableFuture<EnrollmentServer.Upload> uploaded = new java.util.concurrent.CompletableFuture<>();
        capturing.put(node, uploaded);
        String token = enrollment.grantUpload(node, InetAddress.getByName(entry.address()), into, maxBytes, handover.validFor(), uploaded::complete);
        try {
            boot.set(new BootServer.Entry(node, entry.mac(), entry.address(), BootServer.Mode.CAPTURE, "pb.enroll=" + enrollment.endpoint() + " pb.pin="
                    + enrollment.pin() + " pb.token=" + token));
            try {
                power.off(node);
                power.on(node);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("Cannot power-cycle " + node + " into capturing its disk: " + e.getMessage(), e);
            }
            try {
                return uploaded.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IOException(node + " did not upload its disk within " + limit.toSeconds() + " s; its console says why (and "
                        + boot.settings().folder().resolve("enrollment.log") + " what reached the console)");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(node + "'s upload failed: " + e.getCause().getMessage(), e.getCause());
            }
        } finally {
            capturing.remove(node, uploaded);
            // whatever happened, the node boots its disk again (its environment waits for this before rebooting)
            bootFromDisk(node);
        }
    }

    /**
     * What {@code node} collects over TLS: the chunk digests of the image being served (so it writes only
     * the image's own chunks), and its agent's certificate and key with the CA's certificate (the files
     * {@code patchbay-agent serve --tls DIR} reads), issued now for its name and address.
     */
    private List<EnrollmentServer.Secret> secrets(BootServer.Entry entry, ImageServer server) throws IOException {
        if (!(server instanceof ImageServerProcess served)) {
            throw new IOException("this image server was not started by the boot network's imaging");
        }
        TlsIdentity identity = handover.ca().issueNode(entry.node(), List.of(), List.of(InetAddress.getByName(entry.address())));
        List<EnrollmentServer.Secret> secrets = new ArrayList<>();
        secrets.add(new EnrollmentServer.Secret("digests", 0644, Files.readAllBytes(served.digests())));
        try {
            secrets.add(new EnrollmentServer.Secret("node.pem", 0644, TlsIdentity.pem("CERTIFICATE", identity.certificate().getEncoded())
                    .getBytes(StandardCharsets.US_ASCII)));
            secrets.add(new EnrollmentServer.Secret("ca.pem", 0644, TlsIdentity.pem("CERTIFICATE", handover.ca().certificate().getEncoded())
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateEncodingException e) {
            throw new IOException("Cannot encode " + entry.node() + "'s certificate: " + e.getMessage(), e);
        }
        secrets.add(new EnrollmentServer.Secret("node-key.pem", 0600, identity.keyPemWithPublicKey().getBytes(StandardCharsets.US_ASCII)));
        return secrets;
    }

    @Override
    public void bootFromDisk(String node) {
        enrollment.revoke(node);
        BootServer.Entry entry = boot.entries().get(node);
        if (entry != null) {
            try {
                boot.set(new BootServer.Entry(node, entry.mac(), entry.address(), diskMode, diskArguments.getOrDefault(node, "")));
            } catch (IOException e) {
                // the script stays as it was: the node images again at its next boot, which is safe
            }
        }
    }

    /** A node the boot server did not know: from its next power-on it boots its disk, as every node starts. */
    public void addNode(BootServer.Entry node) throws IOException {
        diskArguments.put(node.node(), node.arguments());
        boot.set(new BootServer.Entry(node.node(), node.mac(), node.address(), diskMode, node.arguments()));
    }

    /**
     * What {@code node}'s disk boot puts on its kernel command line from now on (its addresses or routes
     * changed): at once when it boots its disk, else when its reimage or capture sends it back to its disk.
     */
    public void setDiskArguments(String node, String arguments) throws IOException {
        diskArguments.put(node, arguments);
        BootServer.Entry entry = boot.entries().get(node);
        if (entry != null && entry.mode() == diskMode) {
            boot.set(new BootServer.Entry(node, entry.mac(), entry.address(), diskMode, arguments));
        }
    }

    @Override
    public OptionalLong diskBytes(String node) {
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong spaceForDisks() {
        return OptionalLong.empty();
    }

    @Override
    public String diskLocation() {
        return "the nodes' own disks";
    }

    @Override
    public void close() {
        enrollment.close();
        boot.close();
    }
}
