package org.patchbay.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jetty.server.LocalConnector;
import org.patchbay.agent.collect.SystemRoots;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.server.AgentConfig;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.server.Sampler;
import org.patchbay.agent.shape.NodeShaping;

/**
 * One real agent server for the whole fuzzing run, reached in-process through Jetty's local
 * connector. Its /proc is a hand-made tree with no process directories, so no fuzzed signal
 * request can name a process of this machine, and its shaping backend is "none", so no fuzzed plan
 * runs a command. It serves jobs and incoming migrations, but every job it starts runs {@code true}
 * whatever the request asked, and its "CRIU" is a stand-in that passes {@code criu check} and whose
 * page server says it is ready and ends: requests reach every parser and every refusal, and nothing
 * runs that a fuzzed input chose. Incoming hand-overs need a node's certificate, which the in-process
 * connector cannot present, so there they meet the identity check (403); AgentMigrationTest covers
 * them past it.
 */
final class AgentUnderFuzz {

    /** What runs in place of any job command or CRIU call: a program that does nothing and succeeds. */
    private static final String HARMLESS = Files.isExecutable(Path.of("/usr/bin/true")) ? "/usr/bin/true" : "/bin/true";

    private final AgentServer server;
    private final LocalConnector local;
    private final Path root;

    private AgentUnderFuzz(AgentServer server, LocalConnector local, Path root) {
        this.server = server;
        this.local = local;
        this.root = root;
    }

    /** Stops the agent, says how far the fuzzed requests got into jobs, and removes its folder (its /proc, CA, jobs' output, hand-overs). */
    void close() {
        server.close();
        System.out.println("fuzz agent requests reached: " + count(root.resolve("jobs")) + " jobs started, " + count(root.resolve("migrations/in"))
                + " hand-overs prepared");
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system clears it in time
        }
    }

    static AgentUnderFuzz start() {
        try {
            Path root = Files.createTempDirectory("patchbay-fuzz-agent");
            write(root, "proc/stat", "cpu  1000 50 250 8000 200 10 40 0 0 0\ncpu0 500 25 125 4000 100 5 20 0 0 0\n");
            write(root, "proc/loadavg", "0.52 0.41 0.30 2/311 4242\n");
            write(root, "proc/meminfo", "MemTotal:        2048000 kB\nMemFree:          512000 kB\nMemAvailable:    1024000 kB\n");
            write(root, "proc/uptime", "12345.67 23456.78\n");
            write(root, "proc/net/dev", "Inter-|   Receive |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes\n"
                    + "    lo:  123456     789    0    0    0     0          0         0   123456     789    0    0    0     0       0          0\n");
            write(root, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\n");
            CertificateAuthority ca = CertificateAuthority.openOrCreate(root.resolve("ca"), "Fuzz CA");
            AgentConfig config = new AgentConfig("fuzzed", "loopback", new InetSocketAddress("127.0.0.1", 0), null, null, null, 1000, List.of(),
                    root.resolve("proc"));
            NodeShaping none = new NodeShaping("fuzzed", NodeShaping.Backend.NONE, "fuzzing: no shaping backend", command -> {
                throw new IOException("fuzzing runs no commands: " + command);
            });
            org.patchbay.agent.protocol.tls.TlsIdentity identity = ca.issueNode("fuzzed", List.of(), List.of(InetAddress.getLoopbackAddress()));
            Path tls = root.resolve("tls");
            identity.save(tls, "node");
            Files.copy(root.resolve("ca").resolve("ca.pem"), tls.resolve("ca.pem"));
            AgentServer server = new AgentServer(config, new Sampler("fuzzed", "loopback", "fuzz", SystemRoots.under(root), 100),
                    TlsContexts.agent(identity, ca.certificate()), code -> {
                    }, none);
            org.patchbay.agent.jobs.JobTable jobs = new org.patchbay.agent.jobs.JobTable("fuzzed", root.resolve("jobs"), root.resolve("proc"),
                    System::currentTimeMillis, builder -> builder.command(HARMLESS).start());
            org.patchbay.agent.jobs.Criu criu = org.patchbay.agent.jobs.Criu.probe(standInCriu(root), 10);
            server.serveJobs(jobs, new org.patchbay.agent.jobs.JobMigrations("fuzzed", jobs, criu, root.resolve("migrations"),
                    new org.patchbay.agent.jobs.JobMigrations.NodeFiles(tls.resolve("node.pem"), tls.resolve("node-key.pem"), tls.resolve("ca.pem")),
                    System::currentTimeMillis, new org.patchbay.agent.jobs.JobMigrations.JobRoot(java.nio.file.Path.of("/"), root.resolve("files"))));
            LocalConnector local = server.addInProcessConnector();
            server.start();
            return new AgentUnderFuzz(server, local, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes {@code criu check}; as the page server, writes the one status byte CRIU writes once it listens, then ends. */
    private static Path standInCriu(Path root) throws IOException {
        Path script = root.resolve("criu");
        Files.writeString(script, "#!/bin/sh\n# stands in for CRIU while fuzzing: nothing is dumped or restored\n"
                + "if [ \"$1\" = page-server ]; then printf '\\000'; fi\nexit 0\n");
        script.toFile().setExecutable(true);
        return script;
    }

    LocalConnector local() {
        return local;
    }

    private static long count(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
