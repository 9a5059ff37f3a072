package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.core.imaging.EnrollmentServer;
import org.patchbay.core.imaging.EnrollmentServer.Event;
import org.patchbay.core.imaging.EnrollmentServer.Secret;

/**
 * The enrollment hand-over end to end on loopback: the console's EnrollmentServer and the imaging
 * environment's real client (pb-enroll, OpenSSL), over TLS 1.3.
 */
class EnrollmentServerTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private CertificateAuthority ca;
    private EnrollmentServer server;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        ca = CertificateAuthority.create("test console CA");
        // the server's own connection limit (15 s): a loaded machine's handshakes fit in it
        server = EnrollmentServer.start(LOOPBACK, 0, ca.issueNode("enrollment", List.of(), List.of(LOOPBACK)), clock, events::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<Secret> secrets() {
        return List.of(new Secret("digests", 0644, "session 1\nchunk 0 abc\n".getBytes(StandardCharsets.US_ASCII)),
                new Secret("node-key.pem", 0600, "-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\n".getBytes(StandardCharsets.US_ASCII)));
    }

    private Run enroll(String token, String pin, Path out) throws Exception {
        Files.createDirectories(out);
        return pbEnroll(server.endpoint(), "--pin", pin, "--token", token, "--out", out.toString(), "--timeout", "20");
    }

    private Run upload(String token, Path file) throws Exception {
        return pbEnroll(server.endpoint(), "--pin", server.pin(), "--token", token, "--upload", file.toString(), "--timeout", "20");
    }

    /** The imaging environment's client, for real. */
    private static Run pbEnroll(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("patchbay.native.helpers"), "pb-enroll").toString()));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pb-enroll did not end");
        return new Run(p.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void aNodeWithItsTokenGetsItsFilesOverTlsOnceAndTheKeyStaysPrivate() throws Exception {
        String token = server.grant("node7", LOOPBACK, secrets(), Duration.ofMinutes(30));
        Path out = dir.resolve("enroll");
        Run first = enroll(token, server.pin(), out);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("enrolled: 2 files"), first.out());
        assertArrayEquals(secrets().get(0).bytes(), Files.readAllBytes(out.resolve("digests")));
        assertArrayEquals(secrets().get(1).bytes(), Files.readAllBytes(out.resolve("node-key.pem")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("node-key.pem"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("digests"))));
        // the server notes the hand-over once the bytes are out, which may be just after the client has them
        for (int i = 0; i < 200 && events.stream().noneMatch(Event::handedOver); i++) {
            Thread.sleep(50);
        }
        assertTrue(events.stream().anyMatch(e -> e.handedOver() && "node7".equals(e.node())), events.toString());
        assertFalse(server.granted("node7"), "the token is used up");

        Run again = enroll(token, server.pin(), dir.resolve("again"));
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("the console refused: unknown token"), again.err());
        assertFalse(Files.exists(dir.resolve("again/node-key.pem")), "nothing handed over the second time");
    }

    @Test
    void aServerWhoseCertificateIsNotThePinnedOneNeverSeesTheToken() throws Exception {
        String token = server.grant("node7", LOOPBACK, secrets(), Duration.ofMinutes(30));
        String otherPin = "0".repeat(64);
        Run run = enroll(token, otherPin, dir.resolve("enroll"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is not the console's enrollment server") && run.err().contains("the token was not sent"), run.err());
        assertTrue(server.granted("node7"), "the token was never presented, so it still works");
        assertTrue(events.isEmpty(), events.toString());
        assertEquals(0, enroll(token, server.pin(), dir.resolve("then")).exit());
    }

    @Test
    void aTokenPresentedFromAnotherAddressIsRefusedAndStillWorksForItsNode() throws Exception {
        InetAddress nodeAddress = InetAddress.getByName("127.0.0.2");
        String token = server.grant("node7", nodeAddress, secrets(), Duration.ofMinutes(30));
        Run run = enroll(token, server.pin(), dir.resolve("enroll"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("this token is not for 127.0.0.1"), run.err());
        assertTrue(server.granted("node7"));
        assertTrue(events.stream().anyMatch(e -> !e.handedOver() && e.message().contains("node7's token was presented from 127.0.0.1, not from 127.0.0.2")),
                events.toString());
    }

    @Test
    void anExpiredOrReplacedTokenIsRefused() throws Exception {
        String old = server.grant("node7", LOOPBACK, secrets(), Duration.ofMinutes(30));
        String current = server.grant("node7", LOOPBACK, secrets(), Duration.ofMinutes(30));
        Run replaced = enroll(old, server.pin(), dir.resolve("old"));
        assertEquals(1, replaced.exit());
        assertTrue(replaced.err().contains("unknown token"), replaced.err());
        clock.advance(Duration.ofMinutes(31));
        Run expired = enroll(current, server.pin(), dir.resolve("expired"));
        assertEquals(1, expired.exit());
        assertTrue(expired.err().contains("the token expired"), expired.err());
        assertFalse(Files.exists(dir.resolve("expired/node-key.pem")));
    }

    @Test
    void connectionsThatNeverSpeakAreClosedAtTheLimitAndFillNoMoreThanTheSlots() throws Exception {
        // a server of its own whose connections end 5 s after they were accepted, so the test need not wait 15 s
        server.close();
        server = EnrollmentServer.start(LOOPBACK, 0, ca.issueNode("enrollment", List.of(), List.of(LOOPBACK)), clock, events::add, Duration.ofSeconds(5));
        String token = server.grant("node7", LOOPBACK, secrets(), Duration.ofMinutes(30));
        String[] hostPort = server.endpoint().split(":");
        List<Socket> idle = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < EnrollmentServer.MAX_CONNECTIONS + 4; i++) {
                idle.add(new Socket(hostPort[0], Integer.parseInt(hostPort[1])));
            }
            // every idle connection is closed by the server: the first ones at the 5 s limit, the extra ones at once
            for (Socket s : idle) {
                s.setSoTimeout(30_000);
                try (InputStream in = s.getInputStream()) {
                    // TLS alerts at most, then the end: a peer that never spoke gets nothing else
                    byte[] said = in.readNBytes(256);
                    for (int at = 0; at < said.length; at += 5 + ((said[at + 3] & 0xff) << 8 | (said[at + 4] & 0xff))) {
                        assertEquals(21, said[at], "the server sent a TLS record other than an alert to a peer that never spoke TLS");
                    }
                } catch (java.net.SocketTimeoutException e) {
                    throw new AssertionError("the server kept an idle connection open past its limit", e);
                } catch (java.net.SocketException e) {
                    // reset: closed as well
                }
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
        Run run = enroll(token, server.pin(), dir.resolve("enroll"));
        assertEquals(0, run.exit(), "the slots are free again: " + run.err());
    }

    @Test
    void aCapturedDiskIsUploadedOnceWholeAndItsSha256AgreedOn() throws Exception {
        byte[] image = new byte[3 << 20];
        new java.util.Random(7).nextBytes(image);
        Path file = dir.resolve("disk.pbi");
        Files.write(file, image);
        Path into = dir.resolve("library/vm1.upload");
        Files.createDirectories(into.getParent());
        List<EnrollmentServer.Upload> arrived = new CopyOnWriteArrayList<>();
        String token = server.grantUpload("vm1", LOOPBACK, into, 4 << 20, Duration.ofMinutes(30), arrived::add);
        Run run = upload(token, file);
        assertEquals(0, run.exit(), run.err());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(image));
        assertTrue(run.out().contains("uploaded: " + image.length + " bytes, SHA-256 " + sha), run.out());
        assertArrayEquals(image, Files.readAllBytes(into));
        assertEquals(List.of(new EnrollmentServer.Upload("vm1", into, image.length, sha)), arrived);
        assertFalse(Files.exists(into.resolveSibling("vm1.upload.partial")));
        Run again = upload(token, file);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("unknown token"), again.err());
    }

    @Test
    void anUploadOverItsLimitIsRefusedBeforeItsBytesAreSentAndTokensAreNotInterchangeable() throws Exception {
        Path file = dir.resolve("disk.pbi");
        Files.write(file, new byte[2 << 20]);
        Path into = dir.resolve("vm1.upload");
        String token = server.grantUpload("vm1", LOOPBACK, into, 1 << 20, Duration.ofMinutes(30), u -> {
        });
        Run run = upload(token, file);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is larger than the console takes (1048576 bytes)"), run.err());
        assertFalse(Files.exists(into));

        String handover = server.grant("node7", LOOPBACK, secrets(), Duration.ofMinutes(30));
        Run wrongWay = upload(handover, file);
        assertEquals(1, wrongWay.exit());
        assertTrue(wrongWay.err().contains("this token is not for an upload"), wrongWay.err());
        String uploadToken = server.grantUpload("vm2", LOOPBACK, dir.resolve("vm2.upload"), 1 << 20, Duration.ofMinutes(30), u -> {
        });
        Run asHandover = enroll(uploadToken, server.pin(), dir.resolve("enroll"));
        assertEquals(1, asHandover.exit());
        assertTrue(asHandover.err().contains("not 'ok N'"), asHandover.err());
    }

    @Test
    void namesAndModesThatCannotBeHandedOverAreRefusedWhenGranted() {
        IllegalArgumentException name = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Secret("../etc/shadow", 0600, new byte[0]));
        assertTrue(name.getMessage().contains("cannot be handed over"), name.getMessage());
        IllegalArgumentException mode = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Secret("node.pem", 0777, new byte[0]));
        assertTrue(mode.getMessage().contains("neither 600 nor 644"), mode.getMessage());
    }

    @Test
    void theClientRefusesBadArgumentsBeforeConnecting() throws Exception {
        Run run = enroll("not a token!", server.pin(), dir.resolve("enroll"));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--token takes"), run.err());
        assertTrue(events.isEmpty());
    }
}
