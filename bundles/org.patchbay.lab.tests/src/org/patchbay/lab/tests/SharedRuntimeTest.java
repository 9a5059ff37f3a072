package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.runtime.NetworkNamespace;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabOptions;

/**
 * One runtime process serves three nodes (and a fourth added later), each in a network namespace this test made: each answers
 * on the same loopback address and port inside its own namespace with its own certificate, lists
 * only its namespace's interfaces and processes, reboots alone and is served again, and a closed
 * node stops answering while the others go on.
 */
class SharedRuntimeTest {

    private static final int PORT = 7443;
    /** A node's events come within this; a bound for a hung runtime, far above a loaded machine's seconds. */
    private static final long EVENT_LIMIT_SECONDS = 180;

    @TempDir
    Path dir;
    private final String tag = "pbrt" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    private final List<String> namespaces = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private Process runtime;
    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    private SSLContext client;

    @BeforeEach
    void namespaces() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        CertificateAuthority ca = CertificateAuthority.create("runtime test CA");
        for (int i = 0; i < 4; i++) {
            if (i < 3) {
                addNamespace(i); // node3's comes after the runtime started, as a node added to a running lab
            }
            Path tls = dir.resolve("node" + i);
            ca.issueNode("node" + i, List.of(), List.of(java.net.InetAddress.getLoopbackAddress())).save(tls, "node");
            Files.writeString(tls.resolve("ca.pem"), TlsIdentity.pem("CERTIFICATE", ca.certificate().getEncoded()));
        }
        TlsIdentity console = ca.issueClient("runtime-test-console");
        client = clientContext(console, ca.certificate());
        List<String> command = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--", "unshare", "--mount", "--propagation", "slave",
                LabOptions.currentJava().toString()));
        command.addAll(LabOptions.AGENT_JVM_OPTIONS);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", LabOptions.findAgentJar().toString(), "serve-nodes", "--criu",
                "/nonexistent/criu"));
        runtime = new ProcessBuilder(command).redirectError(dir.resolve("runtime.log").toFile()).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(runtime.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> event = (Map<String, Object>) Json.parse(line);
                    events.add(event);
                }
            } catch (Exception e) {
                events.add(Map.of("event", "reader failed", "reason", e.toString()));
            }
        }, "runtime-events");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (runtime != null) {
            runtime.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
        for (Process p : started) {
            p.destroyForcibly();
        }
        for (String ns : namespaces) {
            new ProcessBuilder("ip", "netns", "del", ns).redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void nodesShareOneProcessYetEachIsItsOwnNode() throws Exception {
        for (int i = 0; i < 3; i++) {
            open(i);
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Object> event = next("node" + i);
            assertEquals("listening", event.get("event"), "node" + i + ": " + event + "; runtime log: " + Files.readString(dir.resolve("runtime.log")));
        }
        // a process started with a bare 'ip netns exec' belongs to its node, and only to it
        started.add(new ProcessBuilder("ip", "netns", "exec", namespaces.get(1), "sleep", "1000").start());
        long sleeper = started.get(0).pid();
        for (int i = 0; i < 3; i++) {
            Answer status = get(i, "/v1/status");
            assertEquals(200, status.code, status.body);
            assertEquals("node" + i, status.peer, "node" + i + "'s endpoint shows its own certificate");
            String interfaces = get(i, "/v1/interfaces").body;
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j, interfaces.contains("\"a" + j + "\""), "node" + i + " lists a" + j + " only if it is its own: " + interfaces);
            }
        }
        assertTrue(eventually(() -> get(1, "/v1/processes").body.contains("\"pid\":" + sleeper)), "node1 lists the process started in its namespace");
        assertFalse(get(0, "/v1/processes").body.contains("\"pid\":" + sleeper), "node0 does not list node1's process");

        // a reboot ends one node's endpoint; the others answer throughout, and the node is served again when opened
        Answer reboot = request(1, "POST", org.patchbay.agent.protocol.wire.WireFormat.REBOOT_PATH, "");
        assertEquals(202, reboot.code, reboot.body);
        Map<String, Object> exited = next("node1");
        assertEquals("exited", exited.get("event"), exited.toString());
        assertEquals(75L, ((Number) exited.get("code")).longValue());
        assertEquals(200, get(0, "/v1/status").code);
        assertEquals(200, get(2, "/v1/status").code);
        assertRefused(1);
        open(1);
        assertEquals("listening", next("node1").get("event"));
        assertEquals("node1", get(1, "/v1/status").peer);

        // closing one node leaves the others served
        send(Map.of("close", "node0"));
        assertEquals("closed", next("node0").get("event"));
        assertRefused(0);
        assertEquals(200, get(2, "/v1/status").code);
        assertTrue(Files.readString(dir.resolve("node2/agent.log")).contains("listening on"), "each node's log says it listens");

        // a namespace made after the runtime started (a node added to a running lab) is served too
        addNamespace(3);
        open(3);
        Map<String, Object> added = next("node3");
        assertEquals("listening", added.get("event"), added.toString());
        assertTrue(get(3, "/v1/interfaces").body.contains("\"a3\""), "node3 lists its own interfaces");

        // a node whose namespace does not exist fails alone, with why
        Map<String, Object> spec = spec(0);
        spec.put("node", "ghost");
        spec.put("namespace", tag + "-none");
        send(Map.of("open", spec));
        Map<String, Object> ghost = next("ghost");
        assertEquals("failed", ghost.get("event"));
        assertTrue(String.valueOf(ghost.get("reason")).contains(tag + "-none"), ghost.toString());
        assertEquals(200, get(2, "/v1/status").code);
    }

    private void addNamespace(int i) throws IOException, InterruptedException {
        String ns = tag + "-n" + i;
        run("ip", "netns", "add", ns);
        namespaces.add(ns);
        run("ip", "-n", ns, "link", "set", "lo", "up");
        // each node has interfaces only it has: a veth pair named after it
        run("ip", "-n", ns, "link", "add", "a" + i, "type", "veth", "peer", "name", "b" + i);
        run("ip", "-n", ns, "link", "set", "a" + i, "up");
        run("ip", "-n", ns, "link", "set", "b" + i, "up");
    }

    private void open(int i) throws IOException {
        send(Map.of("open", spec(i)));
    }

    private Map<String, Object> spec(int i) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("node", "node" + i);
        spec.put("namespace", namespaces.get(i));
        spec.put("tlsDir", dir.resolve("node" + i).toString());
        spec.put("address", "127.0.0.1");
        spec.put("port", PORT);
        spec.put("stateDir", dir.resolve("node" + i).resolve("state").toString());
        spec.put("log", dir.resolve("node" + i).resolve("agent.log").toString());
        return spec;
    }

    private void send(Map<String, Object> command) throws IOException {
        OutputStream in = runtime.getOutputStream();
        in.write((Json.write(command) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private Map<String, Object> next(String node) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_LIMIT_SECONDS);
        List<Map<String, Object>> others = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                Map<String, Object> event = events.poll(1, TimeUnit.SECONDS);
                if (event == null) {
                    if (!runtime.isAlive()) {
                        fail("the runtime exited (" + runtime.exitValue() + "): " + Files.readString(dir.resolve("runtime.log")));
                    }
                    continue;
                }
                if (node.equals(event.get("node"))) {
                    return event;
                }
                assertNotEquals("refused", event.get("event"), event.toString());
                others.add(event);
            }
        } finally {
            events.addAll(others);
        }
        fail("no event for " + node + " within " + EVENT_LIMIT_SECONDS + " s; runtime log: " + Files.readString(dir.resolve("runtime.log")));
        return null;
    }

    private record Answer(int code, String body, String peer) {
    }

    private Answer get(int node, String path) throws IOException {
        return request(node, "GET", path, null);
    }

    /** One HTTPS request to a node's endpoint, made from inside the node's namespace (127.0.0.1 is the node's own there). */
    private Answer request(int node, String method, String path, String body) throws IOException {
        try (NetworkNamespace ns = NetworkNamespace.open(Path.of("/run/netns", namespaces.get(node)))) {
            SSLSocket socket = ns.call(() -> {
                SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket();
                s.connect(new InetSocketAddress("127.0.0.1", PORT), 10_000);
                return s;
            });
            try (socket) {
                socket.setSoTimeout(60_000);
                socket.startHandshake();
                X509Certificate peer = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                String payload = body == null ? "" : body;
                String head = method + " " + path + " HTTP/1.1\r\nHost: node" + node + "\r\nConnection: close\r\nContent-Length: "
                        + payload.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
                socket.getOutputStream().write((head + payload).getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int code = Integer.parseInt(response.substring(9, 12));
                return new Answer(code, response.substring(response.indexOf("\r\n\r\n") + 4),
                        CertificateAuthority.nodeNameOf(peer).orElse("?"));
            }
        }
    }

    private void assertRefused(int node) throws Exception {
        assertTrue(eventually(() -> {
            try {
                get(node, "/v1/status");
                return false;
            } catch (IOException e) {
                return true;
            }
        }), "node" + node + " stopped answering");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Whether {@code check} holds within 60 tries a second apart (a bound, not a timing). */
    private static boolean eventually(Check check) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static SSLContext clientContext(TlsIdentity identity, X509Certificate ca) throws Exception {
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", identity.key(), new char[0], new X509Certificate[] {identity.certificate(), ca});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(kmf.getKeyManagers(), new TrustManager[] {(X509TrustManager) tmf.getTrustManagers()[0]}, null);
        return context;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
