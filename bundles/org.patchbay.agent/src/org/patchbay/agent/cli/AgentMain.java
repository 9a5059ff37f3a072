package org.patchbay.agent.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.patchbay.agent.collect.SystemRoots;
import org.patchbay.agent.jobs.Criu;
import org.patchbay.agent.jobs.JobMigrations;
import org.patchbay.agent.jobs.JobTable;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsContexts;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.WireFormat;
import org.patchbay.agent.server.AgentConfig;
import org.patchbay.agent.server.AgentServer;
import org.patchbay.agent.server.Sampler;
import org.patchbay.agent.shape.DelayBridges;

/**
 * {@code java -jar patchbay-agent.jar <command>}: {@code serve} runs the agent; {@code ca} creates a
 * certificate authority; {@code issue-node} and {@code issue-client} issue certificates from it.
 */
public final class AgentMain {

    public static final String VERSION = "0.1.0";
    private static final long USER_HZ = 100;

    private AgentMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (UsageException e) {
            System.err.println("patchbay-agent: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("patchbay-agent: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) throws IOException, UsageException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.println(usage());
            return 0;
        }
        Options options = new Options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "serve" -> serve(options);
            case "serve-nodes" -> serveNodes(options);
            case "ca" -> {
                Path dir = options.path("--dir");
                String name = options.value("--name", "Patchbay CA");
                options.done();
                CertificateAuthority.openOrCreate(dir, name);
                System.out.println("CA in " + dir.resolve("ca.pem") + " (key: " + dir.resolve("ca-key.pem") + ", keep it private)");
            }
            case "issue-node" -> {
                Path caDir = options.path("--ca-dir");
                CertificateAuthority ca = CertificateAuthority.openOrCreate(caDir, "Patchbay CA");
                String node = options.required("--node");
                List<InetAddress> addresses = new ArrayList<>();
                for (String ip : options.all("--ip")) {
                    if (!ip.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                        throw new UsageException("--ip takes an address such as 10.0.0.2, got '" + ip + "'");
                    }
                    addresses.add(InetAddress.getByName(ip));
                }
                Path out = options.path("--out");
                List<String> dns = options.all("--dns");
                options.done();
                ca.issueNode(node, dns, addresses).save(out, "node");
                // the agent trusts clients of this CA: ca.pem goes beside the node's own files
                java.nio.file.Files.copy(caDir.resolve("ca.pem"), out.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println("node certificate for '" + node + "' in " + out + " (node.pem, node-key.pem, ca.pem); copy them to the node");
            }
            case "issue-client" -> {
                CertificateAuthority ca = CertificateAuthority.openOrCreate(options.path("--ca-dir"), "Patchbay CA");
                String name = options.value("--name", "patchbay-console");
                Path out = options.path("--out");
                options.done();
                ca.issueClient(name).save(out, "client");
                System.out.println("client certificate '" + name + "' in " + out.resolve("client.pem") + " and " + out.resolve("client-key.pem"));
            }
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        }
        return 0;
    }

    private static void serve(Options options) throws IOException, UsageException {
        String node = options.required("--node");
        String listen = options.value("--listen", "0.0.0.0:" + WireFormat.DEFAULT_PORT);
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new UsageException("--listen takes host:port, got '" + listen + "'");
        }
        InetSocketAddress address = new InetSocketAddress(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)));
        Path dir = options.path("--tls-dir");
        String mode = options.value("--mode", "host");
        long interval = Long.parseLong(options.value("--interval-ms", "1000"));
        if (interval < 100) {
            throw new UsageException("--interval-ms must be at least 100");
        }
        List<String> reboot = options.has("--reboot-exits") ? List.of() : List.of(options.value("--reboot-command", "/sbin/reboot").split(" "));
        Path proc = Path.of(options.value("--proc", "/proc"));
        Path criuPath = Path.of(options.value("--criu", "criu"));
        Path shaper = shaperPath(options.value("--shaper", "pb-shaper"));
        Path state = Path.of(options.value("--state-dir", dir.resolve("state").toString())).toAbsolutePath();
        String capacity = options.value("--cpu-capacity", null);
        java.util.OptionalDouble cpuCapacity;
        try {
            cpuCapacity = capacity == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(Double.parseDouble(capacity));
        } catch (NumberFormatException e) {
            throw new UsageException("--cpu-capacity takes cores, e.g. 0.25, not '" + capacity + "'");
        }
        options.done();
        quietLibraryLogging();
        skipJettyPlatformMBeans();
        AgentConfig config = new AgentConfig(node, mode, address, dir.resolve("node.pem"), dir.resolve("node-key.pem"), dir.resolve("ca.pem"),
                interval, reboot, proc);
        TlsIdentity identity = TlsIdentity.load(config.certificate(), config.key());
        var ca = TlsIdentity.readCertificates(config.ca()).get(0);
        SystemRoots roots = proc.equals(Path.of("/proc")) ? SystemRoots.live() : new SystemRoots(proc, Path.of("/sys"), Path.of("/etc/passwd"));
        AgentServer server = new AgentServer(config, new Sampler(node, mode, VERSION, roots, USER_HZ, cpuCapacity), TlsContexts.agent(identity, ca),
                System::exit);
        JobTable jobs = new JobTable(node, state.resolve("jobs"), proc, System::currentTimeMillis);
        Criu criu = Criu.probe(criuPath.isAbsolute() || criuPath.getNameCount() > 1 ? criuPath : onPath(criuPath.toString()), 30);
        server.serveJobs(jobs, new JobMigrations(node, jobs, criu, state.resolve("migrations"),
                new JobMigrations.NodeFiles(config.certificate().toAbsolutePath(), config.key().toAbsolutePath(), config.ca().toAbsolutePath()), System::currentTimeMillis));
        java.nio.file.Files.createDirectories(state);
        server.serveDelays(DelayBridges.using(node, shaper, DelayBridges.processes(state.resolve("delays.log"))));
        server.start();
        System.out.println("patchbay-agent " + VERSION + ": node '" + node + "' listening on https://" + listen.substring(0, colon) + ":" + server.port() + " (mutual TLS, mode " + mode + ")");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Serves many lab nodes from this one process, as its owner (the lab) asks on standard input, one
     * JSON object a line: {@code {"open": {node, namespace, tlsDir, port, stateDir, log, ...}}} or
     * {@code {"close": "NODE"}}; each node's {@code listening}, {@code failed}, {@code exited} and
     * {@code closed} is one JSON line on standard output. Ends when standard input does.
     */
    private static void serveNodes(Options options) throws IOException, UsageException {
        long interval = Long.parseLong(options.value("--interval-ms", "1000"));
        if (interval < 100) {
            throw new UsageException("--interval-ms must be at least 100");
        }
        Path criuPath = Path.of(options.value("--criu", "criu"));
        Path shaper = shaperPath(options.value("--shaper", "pb-shaper"));
        options.done();
        quietLibraryLogging();
        skipJettyPlatformMBeans();
        // each node's /sys is a sysfs mounted from inside its namespace: those mounts must die with this process, never reach the host
        String ownMounts = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/ns/mnt")).toString();
        if (ownMounts.equals(parentMounts())) {
            throw new UsageException("serve-nodes mounts each node's /sys and must run in a mount namespace of its own: "
                    + "start it with 'unshare --mount --propagation slave java -jar patchbay-agent.jar serve-nodes'");
        }
        Criu criu = Criu.probe(criuPath.isAbsolute() || criuPath.getNameCount() > 1 ? criuPath : onPath(criuPath.toString()), 30);
        java.io.PrintStream out = System.out;
        org.patchbay.agent.runtime.NodeRuntime runtime = new org.patchbay.agent.runtime.NodeRuntime(VERSION, USER_HZ, interval, criu, event -> {
            synchronized (out) {
                out.println(org.patchbay.agent.protocol.json.Json.write(event));
                out.flush();
            }
        });
        runtime.useShaper(shaper);
        try {
            runtime.start();
        } catch (Exception e) {
            throw new IOException("the runtime's server did not start: " + e.getMessage(), e);
        }
        System.err.println("patchbay-agent " + VERSION + ": serving lab nodes as standard input asks");
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = readBounded(in); line != null; line = readBounded(in)) {
                if (!line.isBlank()) {
                    control(runtime, line, out);
                }
            }
        } finally {
            runtime.close();
        }
    }

    /** The mount namespace of whoever started this process (unshare execs in place, so it is the lab's); null when it cannot be read. */
    private static String parentMounts() {
        return ProcessHandle.current().parent().map(parent -> {
            try {
                return java.nio.file.Files.readSymbolicLink(Path.of("/proc", Long.toString(parent.pid()), "ns/mnt")).toString();
            } catch (IOException e) {
                return null;
            }
        }).orElse(null);
    }

    /** A command line is at most 64 KB: a longer one is read to its end and refused. */
    private static String readBounded(java.io.BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return line.length() > 65_536 ? "{\"tooLong\": true}" : line.toString();
            }
            if (line.length() <= 65_536) {
                line.append((char) c);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static void control(org.patchbay.agent.runtime.NodeRuntime runtime, String line, java.io.PrintStream out) {
        try {
            var command = org.patchbay.agent.protocol.json.JsonFields.of(org.patchbay.agent.protocol.json.Json.parse(line), "command");
            if (command.has("open")) {
                runtime.open(org.patchbay.agent.runtime.NodeSpec.fromJson(command.object("open")));
            } else if (command.has("close")) {
                runtime.close(command.string("close"));
            } else {
                throw new org.patchbay.agent.protocol.json.JsonException("a command is {\"open\": {...}} or {\"close\": \"NODE\"}");
            }
        } catch (org.patchbay.agent.protocol.json.JsonException e) {
            synchronized (out) {
                out.println(org.patchbay.agent.protocol.json.Json.write(java.util.Map.of("event", "refused", "reason", e.getMessage())));
                out.flush();
            }
        }
    }

    /** The first {@code name} on PATH, or the bare name (which then fails the CRIU probe with a clear message). */
    /** The pb-shaper named (a path, or a name looked up on PATH); null when there is none, so delay requests are refused saying so. */
    private static Path shaperPath(String value) {
        Path given = Path.of(value);
        Path found = given.isAbsolute() || given.getNameCount() > 1 ? given : onPath(value);
        return java.nio.file.Files.isExecutable(found) ? found.toAbsolutePath() : null;
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (java.nio.file.Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Path.of(name);
    }

    /** Jetty logs through java.util.logging here: its warnings reach the agent's log, its start-up chatter does not. */
    private static void quietLibraryLogging() throws IOException {
        String levels = "handlers=java.util.logging.ConsoleHandler\n.level=INFO\norg.eclipse.jetty.level=WARNING\n";
        java.util.logging.LogManager.getLogManager().readConfiguration(new java.io.ByteArrayInputStream(levels.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Without this property Jetty asks the platform MBean server whether oops are compressed, which loads
     * JMX, the diagnostic commands and part of JFR: about 7 MB of the agent's resident memory for one
     * number. 16 references per 64-byte cache line is the answer on every heap the agent runs with.
     */
    private static void skipJettyPlatformMBeans() {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
    }

    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static String usage() {
        return """
                usage: java -jar patchbay-agent.jar <command> [options]
                  serve --node NAME --tls-dir DIR [--listen HOST:PORT] [--interval-ms 1000] [--mode host|namespace|loopback]
                        [--reboot-command "systemctl reboot" | --reboot-exits] [--criu PATH] [--shaper PATH] [--state-dir DIR]
                        [--cpu-capacity CORES]
                        DIR holds node.pem, node-key.pem (this node's certificate) and ca.pem (the console's CA).
                        Jobs keep their output under --state-dir (default DIR/state); --criu is the CRIU (>= 4.1) that moves them.
                        --cpu-capacity: the cores a CPU quota leaves this node, when the agent cannot read its cgroup.
                        --shaper: the pb-shaper that bridges two interfaces when a swap-in makes this node a delay node.
                  serve-nodes [--interval-ms 1000] [--criu PATH] [--shaper PATH]
                        serves many lab nodes from one process, each in its own network namespace with its own certificate;
                        the lab drives it on standard input (see docs/ARCHITECTURE.md); run it under unshare --mount
                  ca --dir DIR [--name "Patchbay CA"]            create a certificate authority (ca.pem, ca-key.pem)
                  issue-node --ca-dir DIR --node NAME --out DIR [--dns NAME]... [--ip ADDRESS]...
                  issue-client --ca-dir DIR --out DIR [--name patchbay-console]""";
    }

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --name value} pairs and bare flags, each read once; anything left unread is an error. */
    private static final class Options {
        private final List<String> args;

        Options(String[] args) {
            this.args = new ArrayList<>(List.of(args));
        }

        boolean has(String flag) {
            return args.remove(flag);
        }

        String value(String name, String fallback) throws UsageException {
            int i = args.indexOf(name);
            if (i < 0) {
                return fallback;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(name + " needs a value");
            }
            args.remove(i);
            return args.remove(i);
        }

        List<String> all(String name) throws UsageException {
            List<String> values = new ArrayList<>();
            for (String v = value(name, null); v != null; v = value(name, null)) {
                values.add(v);
            }
            return values;
        }

        String required(String name) throws UsageException {
            String v = value(name, null);
            if (v == null) {
                throw new UsageException(name + " is required");
            }
            return v;
        }

        Path path(String name) throws UsageException {
            return Path.of(required(name));
        }

        void done() throws UsageException {
            if (!args.isEmpty()) {
                throw new UsageException("unexpected " + String.join(" ", args));
            }
        }
    }
}
