package org.patchbay.lab;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the lab keeps its state, which CA signs its agents' certificates, and how agents are
 * started. {@code forceLoopback} runs the degraded mode even as root (for comparison and tests).
 * {@code nodeCpuCores}, when above 0, gives each node a CPU quota of that many cores (a cgroup per
 * node), so that N nodes behave like N slow machines on a host of few cores.
 */
public record LabOptions(Path stateBase, Path caDir, Path agentJar, Path java, List<String> agentJvmOptions, boolean forceLoopback,
        Map<String, List<String>> nodeJvmOptions, double nodeCpuCores) {

    public LabOptions(Path stateBase, Path caDir, Path agentJar, Path java, List<String> agentJvmOptions, boolean forceLoopback) {
        this(stateBase, caDir, agentJar, java, agentJvmOptions, forceLoopback, Map.of(), 0);
    }

    /** The same options with JVM flags for one node's agent after the common ones (a bigger heap for a busy node, say). */
    public LabOptions withNodeJvmOptions(String node, List<String> options) {
        Map<String, List<String>> all = new java.util.HashMap<>(nodeJvmOptions);
        all.put(node, List.copyOf(options));
        return new LabOptions(stateBase, caDir, agentJar, java, agentJvmOptions, forceLoopback, Map.copyOf(all), nodeCpuCores);
    }

    /** The same options with every node limited to {@code cores} of CPU. */
    public LabOptions withNodeCpuCores(double cores) {
        return new LabOptions(stateBase, caDir, agentJar, java, agentJvmOptions, forceLoopback, nodeJvmOptions, cores);
    }

    /** JVM flags that keep an agent near 75 MB resident (63 MB before the agent ran Jetty) (measured by bench/agent-footprint). */
    public static final List<String> AGENT_JVM_OPTIONS = List.of(
            // the console may run on JDK 21, which lacks compact object headers: a flag it does not know must not stop the agent
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-Xmx16m", "-Xms4m", "-XX:MaxHeapFreeRatio=20", "-XX:MinHeapFreeRatio=5", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=8m", "-Xss256k", "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xshare:off",
            // glibc keeps what class loading and TLS handshakes freed; handing it back every 2 s is ~4 MB of a node's memory
            "-XX:TrimNativeHeapInterval=2000",
            // out of memory, an agent exits rather than linger half-dead; the lab (or systemd) starts it again
            "-XX:+ExitOnOutOfMemoryError");

    /** /run/patchbay as root, else $XDG_RUNTIME_DIR/patchbay (or /tmp/patchbay-USER). */
    public static Path defaultStateBase() {
        if (Lab.isRoot()) {
            return Path.of("/run/patchbay");
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return runtime != null && Files.isDirectory(Path.of(runtime)) ? Path.of(runtime, "patchbay")
                : Path.of(System.getProperty("java.io.tmpdir"), "patchbay-" + System.getProperty("user.name"));
    }

    /** The JVM running this code: the console requires JDK 21+, and so does the agent. */
    public static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of).orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /**
     * A native helper (pb-shaper, pb-plain-frames): in {@code -Dpatchbay.native.helpers}, else in
     * {@code bin/} beside the installed console.
     */
    public static Path findNativeHelper(String name) throws LabException {
        String property = System.getProperty("patchbay.native.helpers");
        if (property != null && Files.isExecutable(Path.of(property, name))) {
            return Path.of(property, name);
        }
        for (String key : List.of("eclipse.home.location", "osgi.install.area")) {
            String location = System.getProperty(key);
            if (location != null) {
                Path candidate = Path.of(URI.create(location.replace(" ", "%20"))).resolve("bin").resolve(name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new LabException("Cannot find the native helper " + name + "; build it with make -C native-helpers (it lands in native-helpers/build/) and pass "
                + "-Dpatchbay.native.helpers=<that directory>");
    }

    /**
     * A CRIU that works on this kernel, from {@code criu-from-debian} (the host's when it is recent
     * enough, else one built once from Debian's source and cached); empty, with the reason printed,
     * when there is none: the lab then runs and its jobs cannot move (each refusal names the reason).
     */
    public static Optional<Path> findCriu() {
        Path script;
        try {
            script = findNativeHelper("criu-from-debian");
        } catch (LabException e) {
            try {
                script = findNativeHelper("pb-image").getParent().resolve("../criu/criu-from-debian").normalize();
            } catch (LabException again) {
                System.err.println("patchbay-lab: no criu-from-debian script: jobs will not move between nodes");
                return Optional.empty();
            }
        }
        try {
            Process p = new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() == 0 && !out.isEmpty() && Files.isExecutable(Path.of(out))) {
                return Optional.of(Path.of(out));
            }
            System.err.println("patchbay-lab: no working CRIU (see above): jobs will not move between nodes");
        } catch (IOException e) {
            System.err.println("patchbay-lab: " + script + " failed: " + e.getMessage() + "; jobs will not move between nodes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /**
     * The agent jar: {@code -Dpatchbay.agent.jar}, else {@code agent/patchbay-agent.jar} beside the
     * installed console.
     */
    public static Path findAgentJar() throws LabException {
        String property = System.getProperty("patchbay.agent.jar");
        if (property != null && Files.isRegularFile(Path.of(property))) {
            return Path.of(property);
        }
        for (String key : List.of("eclipse.home.location", "osgi.install.area")) {
            String location = System.getProperty(key);
            if (location != null) {
                Path candidate = Path.of(URI.create(location.replace(" ", "%20"))).resolve("agent/patchbay-agent.jar");
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        throw new LabException("Cannot find patchbay-agent.jar; build it with ./mvnw package (it lands in agent-dist/target/) and pass -Dpatchbay.agent.jar=<path>");
    }
}
