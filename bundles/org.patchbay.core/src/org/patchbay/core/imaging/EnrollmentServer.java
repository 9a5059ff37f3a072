package org.patchbay.core.imaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.patchbay.agent.protocol.tls.TlsIdentity;

/**
 * The console's side of the enrollment hand-over (docs/imaging.md): a machine that boots from the network
 * learns everything else over DHCP and TFTP, which anyone on that network can read, so its secrets (its
 * agent key) and what must not be forged (the image's chunk digests) are handed over here instead, over
 * TLS 1.3, in exchange for a token that works once, only from the node's own address, until it expires.
 * The imaging environment ({@code pb-enroll}) checks this server's certificate against the SHA-256 it was
 * given ({@link #pin()}) before it sends the token.
 *
 * <p>Bounded before anything is authenticated: at most {@value #MAX_CONNECTIONS} connections at once (more
 * are closed unread), each closed {@link #CONNECTION_LIMIT} (or the limit it was started with) after it
 * was accepted whatever it did, a request of at most {@value #MAX_REQUEST} bytes.
 *
 * <p>A token may instead let the node upload one file (a captured disk image): the connection's
 * limit then ends with the token's check, and every read waits at most that long.
 *
 * <p>Protocol, after the handshake: the client sends {@code patchbay-enroll 1 TOKEN\n}; the server answers
 * {@code refused REASON\n}, or {@code ok N\n} then N times {@code file NAME MODE LENGTH\n} and LENGTH bytes,
 * then {@code end\n}; for an upload token it answers {@code send MAXBYTES\n}, the client sends
 * {@code file image 644 LENGTH\n} and the bytes, and the server answers {@code stored SHA256\n} once they
 * are on its disk.
 */
public final class EnrollmentServer implements AutoCloseable {

    /** A file handed over: its name in the node's enrollment folder, its mode (0600 or 0644), its bytes. */
    public record Secret(String name, int mode, byte[] bytes) {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}");

        public Secret {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' cannot be handed over: use letters, digits, '.', '_' or '-' (64 at most)");
            }
            if (mode != 0600 && mode != 0644) {
                throw new IllegalArgumentException(name + ": mode " + Integer.toOctalString(mode) + " is neither 600 nor 644");
            }
            bytes = bytes.clone();
        }
    }

    /** A file a node uploaded, now at {@code file}: its size and SHA-256 (hex). */
    public record Upload(String node, Path file, long bytes, String sha256) {
    }

    /** What happened to a request: {@code node} is null when the token was not known. */
    public record Event(String node, String from, boolean handedOver, String message) {
    }

    public static final int MAX_CONNECTIONS = 16;
    public static final int MAX_REQUEST = 256;
    public static final Duration CONNECTION_LIMIT = Duration.ofSeconds(15);

    private static final Pattern REQUEST = Pattern.compile("patchbay-enroll 1 ([A-Za-z0-9_-]{1,128})");
    private static final int TOKEN_BYTES = 32;

    private record Grant(String node, InetAddress address, List<Secret> secrets, Instant expires, UploadSlot upload) {
    }

    /** Where an upload goes, how large it may be, and who hears that it arrived. */
    private record UploadSlot(Path into, long maxBytes, java.util.function.Consumer<Upload> done) {
    }

    private final SSLServerSocket socket;
    private final String pin;
    private final Clock clock;
    private final java.util.function.Consumer<Event> events;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final ScheduledExecutorService deadlines;
    private final SecureRandom random = new SecureRandom();
    /** by the SHA-256 of the token, so the token itself is kept nowhere */
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Thread acceptor;
    private final Duration connectionLimit;

    private EnrollmentServer(SSLServerSocket socket, String pin, Clock clock, java.util.function.Consumer<Event> events, Duration connectionLimit) {
        this.connectionLimit = connectionLimit;
        this.socket = socket;
        this.pin = pin;
        this.clock = clock;
        this.events = events;
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("enrollment-deadlines").unstarted(r));
        this.acceptor = Thread.ofPlatform().daemon().name("enrollment-server").unstarted(this::acceptAll);
    }

    /**
     * Listens on {@code address} (port {@code port}, 0 for any free one) with {@code identity} as its TLS
     * certificate; {@code events} hears every hand-over and refusal.
     */
    public static EnrollmentServer start(InetAddress address, int port, TlsIdentity identity, Clock clock, java.util.function.Consumer<Event> events)
            throws IOException {
        return start(address, port, identity, clock, events, CONNECTION_LIMIT);
    }

    /** As {@link #start(InetAddress, int, TlsIdentity, Clock, java.util.function.Consumer)}, each connection ended {@code connectionLimit} after it was accepted. */
    public static EnrollmentServer start(InetAddress address, int port, TlsIdentity identity, Clock clock, java.util.function.Consumer<Event> events,
            Duration connectionLimit) throws IOException {
        SSLContext context;
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("enrollment", identity.key(), password, new java.security.cert.Certificate[] {identity.certificate()});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), null, null);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up the enrollment server's TLS: " + e.getMessage(), e);
        }
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(address, port), MAX_CONNECTIONS);
            server.setEnabledProtocols(new String[] {"TLSv1.3"});
            server.setNeedClientAuth(false);
        } catch (IOException e) {
            server.close();
            throw new IOException("The enrollment server cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
        EnrollmentServer enrollment = new EnrollmentServer(server, pinOf(identity.certificate()), clock, events, connectionLimit);
        enrollment.acceptor.start();
        return enrollment;
    }

    /** The SHA-256 of a certificate's DER encoding, lower-case hex: what {@code pb-enroll --pin} checks. */
    public static String pinOf(X509Certificate certificate) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IOException("Cannot take the certificate's SHA-256: " + e.getMessage(), e);
        }
    }

    /** This server's certificate's SHA-256, for {@code pb.pin=} on the kernel command line. */
    public String pin() {
        return pin;
    }

    /** {@code ADDRESS:PORT}, for {@code pb.enroll=}. */
    public String endpoint() {
        return socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /**
     * A token that hands {@code secrets} to {@code node}, once, when presented from {@code address} before
     * {@code validFor} has passed. A node's earlier token stops working.
     */
    public String grant(String node, InetAddress address, List<Secret> secrets, Duration validFor) {
        revoke(node);
        String token = newToken();
        grants.put(hash(token), new Grant(node, address, List.copyOf(secrets), clock.instant().plus(validFor), null));
        return token;
    }

    /**
     * A token that lets {@code node}, once, from {@code address}, before {@code validFor} has passed, upload
     * one file of at most {@code maxBytes} to {@code into} (written beside it first, moved there whole);
     * {@code done} hears of it once it is there. A node's earlier token stops working.
     */
    public String grantUpload(String node, InetAddress address, Path into, long maxBytes, Duration validFor, java.util.function.Consumer<Upload> done) {
        revoke(node);
        String token = newToken();
        grants.put(hash(token), new Grant(node, address, List.of(), clock.instant().plus(validFor), new UploadSlot(into, maxBytes, done)));
        return token;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code node}'s token, if it has one, stops working. */
    public void revoke(String node) {
        grants.values().removeIf(g -> g.node().equals(node));
    }

    /** Whether {@code node} holds a token not used yet (expired or not). */
    public boolean granted(String node) {
        return grants.values().stream().anyMatch(g -> g.node().equals(node));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                continue; // closed, or one failed accept: the loop condition tells which
            }
            if (!slots.tryAcquire()) {
                closeQuietly(connection);
                continue;
            }
            // whatever the peer does (a slow handshake, a byte a minute), the connection ends at the limit
            var deadline = deadlines.schedule(() -> closeQuietly(connection), connectionLimit.toMillis(), TimeUnit.MILLISECONDS);
            Thread.ofVirtual().name("enrollment").start(() -> {
                try {
                    serve((SSLSocket) connection, deadline);
                } finally {
                    deadline.cancel(false);
                    closeQuietly(connection);
                    slots.release();
                }
            });
        }
    }

    private void serve(SSLSocket connection, java.util.concurrent.Future<?> deadline) {
        String from = connection.getInetAddress().getHostAddress();
        try {
            connection.setSoTimeout((int) connectionLimit.toMillis());
            connection.startHandshake();
            String request = readRequest(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            Matcher m = request == null ? null : REQUEST.matcher(request);
            if (m == null || !m.matches()) {
                answer(out, "refused this is a Patchbay enrollment server; send 'patchbay-enroll 1 TOKEN'");
                return;
            }
            String key = hash(m.group(1));
            Grant grant = grants.get(key);
            if (grant == null) {
                events.accept(new Event(null, from, false, "an unknown token was presented from " + from));
                answer(out, "refused unknown token (used already, replaced, or never issued); reimage the node again for a new one");
                return;
            }
            if (!grant.address().equals(connection.getInetAddress())) {
                // not used up: the node itself may still come for it
                events.accept(new Event(grant.node(), from, false, grant.node() + "'s token was presented from " + from + ", not from "
                        + grant.address().getHostAddress() + ": refused"));
                answer(out, "refused this token is not for " + from);
                return;
            }
            if (!grants.remove(key, grant)) {
                answer(out, "refused unknown token (used already, replaced, or never issued); reimage the node again for a new one");
                return;
            }
            if (clock.instant().isAfter(grant.expires())) {
                events.accept(new Event(grant.node(), from, false, grant.node() + "'s token had expired"));
                answer(out, "refused the token expired at " + grant.expires() + "; reimage the node again for a new one");
                return;
            }
            if (grant.upload() != null) {
                // authenticated: from here a large upload may take its time, each read bounded by the limit
                deadline.cancel(false);
                receive(connection, grant);
                return;
            }
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            reply.writeBytes(("ok " + grant.secrets().size() + "\n").getBytes(StandardCharsets.US_ASCII));
            for (Secret s : grant.secrets()) {
                reply.writeBytes(("file " + s.name() + " " + Integer.toOctalString(s.mode()) + " " + s.bytes().length + "\n").getBytes(StandardCharsets.US_ASCII));
                reply.writeBytes(s.bytes());
            }
            reply.writeBytes("end\n".getBytes(StandardCharsets.US_ASCII));
            out.write(reply.toByteArray());
            out.flush();
            events.accept(new Event(grant.node(), from, true, grant.node() + " collected its " + grant.secrets().size() + " files over TLS"));
        } catch (IOException e) {
            // the peer went away, was too slow, or did not speak TLS: nothing was handed over
        }
    }

    private static final Pattern UPLOAD_HEADER = Pattern.compile("file image 644 (\\d{1,18})");

    /** An upload token's file: the header, then exactly the bytes it announced, hashed on the way, moved into place whole. */
    private void receive(SSLSocket connection, Grant grant) throws IOException {
        UploadSlot slot = grant.upload();
        OutputStream out = connection.getOutputStream();
        answer(out, "send " + slot.maxBytes());
        InputStream in = connection.getInputStream();
        String header = readRequest(in);
        Matcher m = header == null ? null : UPLOAD_HEADER.matcher(header);
        long length = m != null && m.matches() ? Long.parseLong(m.group(1)) : -1;
        if (length < 0 || length > slot.maxBytes()) {
            events.accept(new Event(grant.node(), connection.getInetAddress().getHostAddress(), false, grant.node() + "'s upload was refused: "
                    + (length < 0 ? "no 'file image 644 LENGTH' header" : length + " bytes is over the " + slot.maxBytes() + " allowed")));
            answer(out, "refused " + (length < 0 ? "send 'file image 644 LENGTH' first" : "at most " + slot.maxBytes() + " bytes are taken"));
            return;
        }
        Path partial = slot.into().resolveSibling(slot.into().getFileName() + ".partial");
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        boolean complete = false;
        try (OutputStream file = java.nio.file.Files.newOutputStream(partial)) {
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                sha256.update(buffer, 0, n);
                file.write(buffer, 0, n);
                left -= n;
            }
            complete = left == 0;
        } finally {
            if (!complete) {
                java.nio.file.Files.deleteIfExists(partial);
            }
        }
        if (!complete) {
            events.accept(new Event(grant.node(), connection.getInetAddress().getHostAddress(), false, grant.node() + "'s upload ended early"));
            return;
        }
        java.nio.file.Files.move(partial, slot.into(), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        String digest = HexFormat.of().formatHex(sha256.digest());
        events.accept(new Event(grant.node(), connection.getInetAddress().getHostAddress(), true, grant.node() + " uploaded " + length + " bytes over TLS"));
        slot.done().accept(new Upload(grant.node(), slot.into(), length, digest));
        answer(out, "stored " + digest);
    }

    /** The request line, or null when the peer sent more than {@link #MAX_REQUEST} bytes without one. */
    private static String readRequest(InputStream in) throws IOException {
        byte[] line = new byte[MAX_REQUEST];
        int n = 0;
        for (int c; (c = in.read()) != -1;) {
            if (c == '\n') {
                return new String(line, 0, n, StandardCharsets.US_ASCII);
            }
            if (n == line.length) {
                return null;
            }
            line[n++] = (byte) c;
        }
        return null;
    }

    private static void answer(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void closeQuietly(java.io.Closeable s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
        deadlines.shutdownNow();
        grants.clear();
    }

}
