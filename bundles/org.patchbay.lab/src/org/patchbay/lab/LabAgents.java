package org.patchbay.lab;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.protocol.wire.WireFormat;

/**
 * The lab's node agents: starts each node's endpoint (served by the lab's one agent runtime, or an
 * agent process of its own), waits for them as long as they make progress, restarts one after a
 * reboot or a crash, fails a node whose agent cannot start (alone, with the end of its log), and
 * stops them. Each node's agent stays its own: killing or rebooting one touches no other node.
 */
final class LabAgents {

    /** What the agents need of the lab they serve. */
    interface Host {
        LabPlan plan();

        boolean stopped();

        /** Whether the node's outlet is off (its agent is then not restarted). */
        boolean poweredOff(String node);

        /** A power-up the strip asked for has happened (or failed). */
        void settled(String node);

        /** The agents changed: the lab's state on disk must say so. */
        void changed() throws IOException;
    }

    private static final long RESTART_PAUSE_MILLIS = 1000;
    /**
     * How long an agent that is still running may take to start listening before its node is failed
     * (an agent that exits fails at once). Far above a JVM's start on a loaded machine (a few seconds,
     * 30 s seen at load 20), so only a hung agent reaches it.
     */
    static final long AGENT_START_LIMIT_MILLIS = 300_000;
    /** Lines of an agent's log shown when its node fails to start. */
    private static final int LOG_LINES_SHOWN = 6;
    private static final int MAX_CRASHES = 5;
    private static final long CRASH_WINDOW_MILLIS = 60_000;
    static final String AGENTS_PROPERTY = "patchbay.lab.agents";

    private final String labId;
    private final Lab.Mode mode;
    private final Path dir;
    private final LabOptions options;
    private final LabListener listener;
    private final LabDisks disks;
    /** Every agent is started from this one thread: PR_SET_PDEATHSIG fires when the starting thread ends, not the process. */
    private final ExecutorService launcher;
    /** The lab's endpoints by node (the lab's map, read here). */
    private final Map<String, URI> endpoints;
    private final Host host;

    /** The CRIU agents move jobs with, found (or built) once when the agents first start; empty when there is none (jobs then cannot move). */
    private volatile Optional<Path> criu = Optional.empty();
    /** The pb-shaper a node bridges with when a swap-in makes it a delay node; empty: such requests are refused, saying why. */
    private volatile Optional<Path> shaper = Optional.empty();
    /** Each node's CPU quota when the options ask for one (N nodes as N slow machines); null otherwise. */
    private volatile LabCpuQuota cpuQuota;
    /** The one process serving the nodes of a namespace lab; made on the launcher thread when the first node starts. */
    private volatile LabAgentRuntime runtime;
    /** Nodes whose agent could not start, with the reason; the rest of the lab runs. */
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final Map<String, Process> agents = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stopping = new ConcurrentHashMap<>();
    private final Set<String> wedged = ConcurrentHashMap.newKeySet();
    /** Agents that have listened at least once: only those are restarted when they die. */
    private final Set<String> listening = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.Deque<Long>> crashes = new ConcurrentHashMap<>();

    LabAgents(String labId, Lab.Mode mode, Path dir, LabOptions options, LabListener listener, LabDisks disks, ExecutorService launcher,
            Map<String, URI> endpoints, Host host) {
        this.labId = labId;
        this.mode = mode;
        this.dir = dir;
        this.options = options;
        this.listener = listener;
        this.disks = disks;
        this.launcher = launcher;
        this.endpoints = endpoints;
        this.host = host;
    }

    /** Starts every node's agent that has not failed already (e.g. its disk could not be loaded). */
    void launchAll(LabProgress progress) throws LabException {
        progress.step("Finding CRIU (jobs move between nodes with it)", 0, endpoints.size());
        criu = LabOptions.findCriu();
        try {
            shaper = Optional.of(LabOptions.findNativeHelper("pb-shaper"));
        } catch (LabException e) {
            shaper = Optional.empty();
        }
        if (options.nodeCpuCores() > 0 && cpuQuota == null && mode == Lab.Mode.NAMESPACES) {
            cpuQuota = LabCpuQuota.create(labId, options.nodeCpuCores(), endpoints.keySet());
        }
        int done = 0;
        for (String node : List.copyOf(endpoints.keySet())) {
            progress.checkCancelled();
            progress.step("Starting the agent on " + node, done++, endpoints.size());
            if (failed.containsKey(node)) {
                continue;
            }
            listener.nodePhase(node, LabListener.Phase.AGENT_STARTING);
            launch(node);
        }
    }

    /** Waits for every node not failed to listen (see {@link #awaitListening}). */
    void awaitAll(LabProgress progress) throws LabException {
        awaitListening(endpoints.keySet().stream().filter(n -> !failed.containsKey(n)).toList(), progress);
    }

    /** Nodes whose agent could not start, with why. */
    Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    /** A node that cannot start (its disk, its agent), with why; the others go on. */
    void fail(String node, String reason) {
        failed.put(node, reason);
        listener.nodeFailed(node, reason);
    }

    /** The node's agent, its record and its failure are gone (the node was removed). */
    void remove(String node) {
        stopping.put(node, Boolean.TRUE);
        kill(node);
        agents.remove(node);
        failed.remove(node);
    }

    /** The host pid of a node's agent, if it runs (a served node's is the runtime's). */
    Optional<Long> pid(String node) {
        Process process = agents.get(node);
        if (process == null || !process.isAlive()) {
            return Optional.empty();
        }
        // setpriv and ip netns exec exec in place: the process started is the agent
        return Optional.of(process.pid());
    }

    /** The agent processes (the runtime once, however many nodes it serves), for the state a console's leftovers are found by. */
    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (Process p : agents.values()) {
            if (!pids.contains(p.pid())) {
                pids.add(p.pid());
            }
        }
        return pids;
    }

    Map<String, Object> pidsByNode() {
        Map<String, Object> byNode = new LinkedHashMap<>();
        for (String node : agents.keySet()) {
            pid(node).ifPresent(pid -> byNode.put(node, pid));
        }
        return byNode;
    }

    boolean listened(String node) {
        return listening.contains(node);
    }

    /** The interfaces the node's agent sees in its namespace, for the watch. */
    Optional<Set<String>> interfacesOf(String node) {
        return agents.get(node) instanceof LabAgentRuntime.ServedNode served ? Optional.ofNullable(served.interfaces(nodeDir(node).resolve("state").toAbsolutePath()))
                : pid(node).map(LabWatch::interfacesSeenBy);
    }

    /** Whether the node's agent runs and has printed that it listens (since its last start). */
    boolean listening(String node) {
        Process process = agents.get(node);
        return process != null && process.isAlive() && readQuietly(nodeDir(node).resolve("agent.log")).contains("listening on");
    }

    /** A wedged node's agent accepts reboot requests and does nothing, as a hung machine; a power cycle cures it. */
    void wedge(String node) throws LabException {
        wedged.add(node);
        restart(node);
    }

    /** The node lost power: it is no longer wedged, its agent and everything in it end. */
    void cut(String node) {
        wedged.remove(node);
        kill(node);
    }

    void restart(String node) throws LabException {
        kill(node);
        launch(node);
        awaitListening(List.of(node), LabProgress.NONE);
    }

    /** Starts a node's agent again (failed or running); true when it now listens. */
    boolean retry(String node) throws LabException {
        stopping.put(node, Boolean.TRUE);
        kill(node);
        failed.remove(node);
        listener.nodePhase(node, LabListener.Phase.AGENT_STARTING);
        launch(node);
        awaitListening(List.of(node), LabProgress.NONE);
        return !failed.containsKey(node);
    }

    /** Starts and waits for the agents of nodes added while the lab runs; a start that fails is said for each. */
    void startAdded(Collection<String> nodes) throws LabException {
        for (String node : nodes) {
            listener.nodePhase(node, LabListener.Phase.AGENT_STARTING);
            launch(node);
        }
        awaitListening(List.copyOf(nodes), LabProgress.NONE);
    }

    /** Starts a node's agent again after a pause (a reboot, or power back after a cycle), unless the lab stops first. */
    void powerUp(String node, long afterMillis) {
        Thread.ofPlatform().daemon().name("lab-start-" + node).start(() -> {
            try {
                Thread.sleep(afterMillis);
                if (!host.stopped()) {
                    launch(node);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (LabException e) {
                listener.agentExited(node, -1, false);
            } finally {
                host.settled(node);
            }
        });
    }

    /** Kills a node's agent and everything in its network namespace, as a crash or power loss would. */
    void kill(String node) {
        Process process = agents.get(node);
        if (process != null) {
            stopping.put(node, true);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        killNodeProcesses(node);
    }

    /** Ends every process in a node's network namespace: what a crash, a reboot or a power cut does to a machine. */
    private void killNodeProcesses(String node) {
        if (mode != Lab.Mode.NAMESPACES) {
            return;
        }
        disks.nodeStopped(node);
        host.plan().nodes().stream().filter(b -> b.element().equals(node)).findFirst().ifPresent(box -> {
            try {
                for (String pid : HostCommands.run(List.of("ip", "netns", "pids", box.namespace())).split("\\s+")) {
                    if (!pid.isBlank()) {
                        ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
            } catch (LabException | NumberFormatException e) {
                // the namespace is gone: nothing runs in it
            }
        });
    }

    /** Ends every agent (the runtime first, which ends every node it serves), side by side; then the CPU quotas. */
    void stopAll(LabProgress progress, int done, int total) {
        if (runtime != null) {
            progress.step("Stopping the agent runtime", done, total);
            runtime.close();
        }
        // agent processes of their own (the loopback lab, a node given JVM options) end side by side, not one wait after another
        for (String node : List.copyOf(agents.keySet())) {
            stopping.put(node, true);
            agents.get(node).destroyForcibly();
        }
        for (String node : List.copyOf(agents.keySet())) {
            progress.step("Stopping the agent on " + node, done++, total);
            try {
                agents.get(node).waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (mode == Lab.Mode.NAMESPACES) {
                disks.nodeStopped(node);
            }
        }
    }

    /** How many agents there are to stop. */
    int count() {
        return agents.size();
    }

    void closeQuotas() {
        if (cpuQuota != null) {
            cpuQuota.close();
        }
    }

    /** Starts a node: the imaging environment when it boots into it, else (its disk's init and) its agent. */
    void launch(String node) throws LabException {
        if (mode == Lab.Mode.NAMESPACES && disks.boot(node) == LabDisks.Boot.IMAGING) {
            launchImaging(node);
            return;
        }
        Future<Process> started = launcher.submit(() -> {
            if (mode == Lab.Mode.NAMESPACES && disks.boot(node) == LabDisks.Boot.DISK && disks.initPid(node).isEmpty()) {
                disks.startInit(node, nodePrefix(node), endpoints.get(node).getHost(), nodeDir(node));
            }
            if (servedByRuntime(node)) {
                return serve(node);
            }
            List<String> command = new ArrayList<>();
            String listen;
            if (mode == Lab.Mode.NAMESPACES) {
                // the node is its network namespace: the agent shares the host's pid namespace and lists every process in the
                // node's network namespace, so a command started with a bare 'ip netns exec' is the node's as well
                command.addAll(nodePrefix(node));
                listen = "0.0.0.0:" + WireFormat.DEFAULT_PORT;
            } else {
                listen = "127.0.0.1:" + endpoints.get(node).getPort();
            }
            if (cpuQuota != null) {
                // the agent is its node's system daemon: when the node's jobs fill its quota it must still answer and move them
                // (its jobs start at the ordinary priority again, CRIU runs above both)
                command.addAll(List.of("nice", "-n", "-10"));
            }
            command.add(options.java().toString());
            command.addAll(options.agentJvmOptions());
            command.addAll(options.nodeJvmOptions().getOrDefault(node, List.of()));
            command.addAll(List.of("-jar", options.agentJar().toString(), "serve", "--node", node, "--tls-dir", nodeDir(node).toString(), "--listen",
                    listen, "--mode", mode == Lab.Mode.NAMESPACES ? "namespace" : "loopback"));
            // a wedged node's agent accepts reboot and does nothing ("true" succeeds and changes nothing)
            command.addAll(wedged.contains(node) ? List.of("--reboot-command", "true") : List.of("--reboot-exits"));
            // jobs keep their output in the node's folder (the home's, wherever they run); without a working CRIU they run but cannot move
            command.addAll(List.of("--state-dir", nodeDir(node).resolve("state").toString()));
            criu.ifPresent(path -> command.addAll(List.of("--criu", path.toString())));
            shaper.ifPresent(path -> command.addAll(List.of("--shaper", path.toString())));
            if (cpuQuota != null) {
                // ip netns exec hides /sys/fs/cgroup from the agent: it is told the cores it may use
                command.addAll(List.of("--cpu-capacity", Double.toString(cpuQuota.cores())));
            }
            Path log = keepPreviousLog(node);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (cpuQuota != null) {
                // setpriv and ip netns exec exec in place: this pid is the agent's, and what it starts follows it into the group
                cpuQuota.join(node, process.pid());
            }
            return started(node, process);
        });
        try {
            // starting a process takes milliseconds; the bound only catches a launcher thread that died
            started.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LabException("Cannot start the agent on " + node + ": " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new LabException("Cannot start the agent on " + node + ": " + e, e);
        }
        listener.agentStarted(node);
    }

    /** The node's agent log, the previous run's moved aside so it stays readable beside the new one. */
    private Path keepPreviousLog(String node) throws IOException {
        Path log = nodeDir(node).resolve("agent.log");
        if (Files.exists(log)) {
            Files.move(log, nodeDir(node).resolve("agent.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        return log;
    }

    private Process started(String node, Process process) throws IOException {
        stopping.remove(node);
        agents.put(node, process);
        process.onExit().thenAccept(p -> exited(node, p));
        host.changed();
        return process;
    }

    /**
     * Whether the node is served by the lab's one agent runtime rather than an agent process of its
     * own: every node of a namespace lab is, except one given JVM options of its own (a test's broken
     * agent) or when {@code -Dpatchbay.lab.agents=per-node} asks for the old way (the benchmarks' reference).
     */
    private boolean servedByRuntime(String node) {
        return mode == Lab.Mode.NAMESPACES && !options.nodeJvmOptions().containsKey(node) && !"per-node".equals(System.getProperty(AGENTS_PROPERTY));
    }

    /** Asks the runtime to serve the node (starting the runtime if it is not running); runs on the launcher thread, like every agent start. */
    private Process serve(String node) throws IOException {
        Path log = keepPreviousLog(node);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("namespace", namespaceOf(node));
        spec.put("tlsDir", nodeDir(node).toAbsolutePath().toString());
        spec.put("address", "0.0.0.0");
        spec.put("port", WireFormat.DEFAULT_PORT);
        spec.put("stateDir", nodeDir(node).resolve("state").toAbsolutePath().toString());
        spec.put("log", log.toAbsolutePath().toString());
        // a wedged node accepts reboot and does nothing ("true" succeeds and changes nothing); any other reboot ends the node's endpoint
        spec.put("rebootCommand", wedged.contains(node) ? List.of("true") : List.of());
        if (cpuQuota != null) {
            spec.put("cpuCapacity", cpuQuota.cores());
            cpuQuota.group(node).ifPresent(group -> spec.put("cgroup", group.toString()));
        }
        if (disks.boot(node) == LabDisks.Boot.DISK) {
            // the node's jobs run inside its disk, as what 'patchbay-lab exec' runs does
            disks.runningRoot(node).ifPresent(root -> {
                spec.put("diskInitPid", root.getKey());
                spec.put("diskRoot", root.getValue().toAbsolutePath().toString());
            });
        }
        if (runtime == null) {
            runtime = new LabAgentRuntime(runtimeCommand(), dir.resolve("agent-runtime.log"));
        }
        return started(node, runtime.open(node, spec));
    }

    /**
     * setpriv (ends with the lab), a mount namespace of its own (each node's /sys is mounted there),
     * the agent's flags with a heap for the lab's nodes. The mount namespace is the host's slave: a
     * node added later is a new bind mount under /run/netns, which must reach the runtime, while the
     * runtime's mounts never reach the host.
     */
    private List<String> runtimeCommand() {
        List<String> command = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--", "unshare", "--mount", "--propagation", "slave"));
        if (cpuQuota != null) {
            // the runtime is every node's system daemon: when the nodes' jobs fill their quotas it must still answer and move them
            command.addAll(List.of("nice", "-n", "-10"));
        }
        command.add(options.java().toString());
        command.addAll(options.agentJvmOptions());
        command.addAll(LabAgentRuntime.heapFor(endpoints.size()));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", options.agentJar().toString(), "serve-nodes"));
        criu.ifPresent(path -> command.addAll(List.of("--criu", path.toString())));
        shaper.ifPresent(path -> command.addAll(List.of("--shaper", path.toString())));
        return command;
    }

    private String namespaceOf(String node) {
        return host.plan().nodes().stream().filter(b -> b.element().equals(node)).findFirst().orElseThrow().namespace();
    }

    /** The words that start a process in a node's network namespace, ended with the lab (PR_SET_PDEATHSIG from the launcher thread). */
    private List<String> nodePrefix(String node) {
        return List.of("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", namespaceOf(node));
    }

    /** The node boots into the imaging environment: it receives its image, then boots from its disk. */
    private void launchImaging(String node) throws LabException {
        Future<Process> started = launcher.submit(() -> disks.startImaging(node, nodePrefix(node), endpoints.get(node).getHost(),
                nodeDir(node).resolve("imaging.log"), () -> powerUp(node, 0)));
        try {
            started.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LabException("Cannot start the imaging environment on " + node + ": " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new LabException("Cannot start the imaging environment on " + node + ": " + e, e);
        }
    }

    private void exited(String node, Process process) {
        if (agents.get(node) != process || host.stopped() || stopping.containsKey(node) || host.poweredOff(node)) {
            return;
        }
        boolean reboot = process.exitValue() == WireFormat.REBOOT_EXIT_CODE;
        listener.agentExited(node, process.exitValue(), reboot);
        if (reboot) {
            // a reboot ends the node's processes, as on a machine
            killNodeProcesses(node);
            powerUp(node, RESTART_PAUSE_MILLIS);
            return;
        }
        if (!listening.contains(node)) {
            return; // it never started: the start reports it as failed
        }
        // the lab supervises its agents: one that dies (out of memory, a crash) is started again, and the node's work goes on;
        // an agent that keeps dying is failed with why instead of restarted forever
        java.util.Deque<Long> exits = crashes.computeIfAbsent(node, n -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        long now = System.currentTimeMillis();
        exits.addLast(now);
        while (!exits.isEmpty() && now - exits.peekFirst() > CRASH_WINDOW_MILLIS) {
            exits.pollFirst();
        }
        if (exits.size() > MAX_CRASHES) {
            fail(node, "its agent exited " + exits.size() + " times within " + CRASH_WINDOW_MILLIS / 1000 + " s (last exit " + process.exitValue() + "): "
                    + lastLines(readQuietly(nodeDir(node).resolve("agent.log"))) + " (log: " + nodeDir(node).resolve("agent.log") + ")");
            return;
        }
        powerUp(node, RESTART_PAUSE_MILLIS);
    }

    /**
     * Waits for agents to listen, as long as they make progress: an agent that exits fails its node at
     * once (with the end of its log, which is kept), one still starting is waited for up to
     * {@link #AGENT_START_LIMIT_MILLIS}. A failed node fails alone.
     */
    void awaitListening(List<String> nodes, LabProgress progress) throws LabException {
        long started = System.currentTimeMillis();
        List<String> waiting = new ArrayList<>(nodes);
        int total = nodes.size();
        while (!waiting.isEmpty()) {
            progress.checkCancelled();
            for (String node : List.copyOf(waiting)) {
                Path log = nodeDir(node).resolve("agent.log");
                Process process = agents.get(node);
                String reason = null;
                boolean listens = process instanceof LabAgentRuntime.ServedNode served ? served.listening() : readQuietly(log).contains("listening on");
                if (listens) {
                    waiting.remove(node);
                    listening.add(node);
                    listener.nodePhase(node, LabListener.Phase.AGENT_LISTENING);
                    int up = total - waiting.size();
                    long elapsed = System.currentTimeMillis() - started;
                    long left = waiting.isEmpty() ? 0 : elapsed * waiting.size() / up / 1000;
                    progress.step(up + " of " + total + " agents listening" + (left > 0 ? ", about " + left + " s left" : ""), up, total);
                    continue;
                }
                if (process == null || !process.isAlive()) {
                    reason = "its agent exited" + (process == null ? "" : " (exit " + process.exitValue() + ")") + " before it listened";
                } else if (System.currentTimeMillis() - started > AGENT_START_LIMIT_MILLIS) {
                    reason = "its agent was still not listening after " + AGENT_START_LIMIT_MILLIS / 1000 + " s";
                    stopping.put(node, Boolean.TRUE);
                    kill(node);
                }
                if (reason != null) {
                    waiting.remove(node);
                    fail(node, reason + ": " + lastLines(readQuietly(log)) + " (log: " + log + ")");
                }
            }
            if (!waiting.isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LabException("interrupted while waiting for the agents of " + waiting);
                }
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLines(String text) {
        List<String> lines = text.strip().lines().toList();
        if (lines.isEmpty()) {
            return "it wrote nothing";
        }
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    }

    /** Where a node's certificates, log and jobs' state are kept. */
    Path nodeDir(String node) {
        return dir.resolve("nodes").resolve(node.replaceAll("[^A-Za-z0-9_.-]", "_"));
    }
}
