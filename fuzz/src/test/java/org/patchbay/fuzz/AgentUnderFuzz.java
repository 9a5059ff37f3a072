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
 * runs a command.
 */
final class AgentUnderFuzz {

    private final AgentServer server;
    private final LocalConnector local;

    private AgentUnderFuzz(AgentServer server, LocalConnector local) {
        this.server = server;
        this.local = local;
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
            AgentServer server = new AgentServer(config, new Sampler("fuzzed", "loopback", "fuzz", SystemRoots.under(root), 100),
                    TlsContexts.agent(ca.issueNode("fuzzed", List.of(), List.of(InetAddress.getLoopbackAddress())), ca.certificate()), code -> {
                    }, none);
            LocalConnector local = server.addInProcessConnector();
            server.start();
            return new AgentUnderFuzz(server, local);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LocalConnector local() {
        return local;
    }

    AgentServer server() {
        return server;
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
