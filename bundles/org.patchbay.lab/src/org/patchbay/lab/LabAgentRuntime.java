package org.patchbay.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.patchbay.agent.protocol.json.Json;

/**
 * The one process that serves every node of a namespace lab ({@code patchbay-agent serve-nodes}):
 * each node is a connector of its own inside the node's network namespace, with its own certificate,
 * opened and closed one at a time. Each served node is seen by the lab as a {@link ServedNode}, a
 * {@link Process} that lives while the node is served and ends with the code its agent would have
 * exited with (75 for a reboot), so the lab supervises it as it did one agent process per node. If
 * the runtime itself dies, every node it served ends, and the next node opened starts a new one.
 */
final class LabAgentRuntime implements AutoCloseable {

    /** Exit code of a node whose runtime died under it (as SIGKILL would give). */
    static final int RUNTIME_DIED = 137;
    /** Exit code of a node the lab closed (as SIGTERM would give). */
    static final int CLOSED = 143;
    /** Exit code of a node the runtime could not open. */
    static final int FAILED = 1;

    private final List<String> launch;
    private final Path log;
    /** Per node, the opens not yet ended, oldest first: the runtime ends each open exactly once, in the order they were asked. */
    private final Map<String, java.util.Deque<ServedNode>> served = new ConcurrentHashMap<>();
    private Process process;
    private OutputStream commands;
    private boolean closed;

    /** {@code launch}: the command that starts {@code serve-nodes} (setpriv, unshare --mount, java with its flags, the jar). */
    LabAgentRuntime(List<String> launch, Path log) {
        this.launch = List.copyOf(launch);
        this.log = log;
    }

    /** Asks the runtime to serve a node (starting the runtime first if it is not running); the node's log says when it listens. */
    synchronized ServedNode open(String node, Map<String, Object> spec) throws IOException {
        if (closed) {
            throw new IOException("the lab is stopping");
        }
        ensureRunning();
        ServedNode handle = new ServedNode(node, process);
        served.computeIfAbsent(node, n -> new java.util.concurrent.ConcurrentLinkedDeque<>()).addLast(handle);
        Map<String, Object> open = new java.util.LinkedHashMap<>(spec);
        open.put("node", node);
        send(Map.of("open", open));
        return handle;
    }

    /** The runtime's pid, if it runs. */
    synchronized Optional<Long> pid() {
        return process != null && process.isAlive() ? Optional.of(process.pid()) : Optional.empty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (process != null) {
            try {
                commands.close(); // the runtime ends when its standard input does
            } catch (IOException e) {
                // it is gone already
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        served.values().forEach(opens -> opens.forEach(n -> n.end(CLOSED)));
    }

    private void ensureRunning() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Process started = new ProcessBuilder(launch).redirectError(log.toFile()).start();
        process = started;
        commands = started.getOutputStream();
        Thread reader = new Thread(() -> readEvents(started), "lab-runtime-events");
        reader.setDaemon(true);
        reader.start();
    }

    private synchronized void send(Map<String, Object> command) throws IOException {
        commands.write((Json.write(command) + "\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
    }

    private synchronized void requestClose(ServedNode node) {
        if (node.runtime != process || !process.isAlive()) {
            node.end(RUNTIME_DIED);
            return;
        }
        try {
            send(Map.of("close", node.node));
        } catch (IOException e) {
            node.end(RUNTIME_DIED);
        }
    }

    private void readEvents(Process runtime) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(runtime.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                handle(line);
            }
        } catch (IOException e) {
            // the runtime is gone: handled below
        }
        try {
            runtime.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (java.util.Deque<ServedNode> opens : served.values()) {
            for (ServedNode node : List.copyOf(opens)) {
                if (node.runtime == runtime) {
                    opens.remove(node);
                    node.end(RUNTIME_DIED);
                }
            }
        }
    }

    private void handle(String line) {
        Map<String, Object> event;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = (Map<String, Object>) Json.parse(line);
            event = parsed;
        } catch (Exception e) {
            System.err.println("patchbay-lab: the agent runtime said something unexpected: " + line);
            return;
        }
        String what = String.valueOf(event.get("event"));
        if ("refused".equals(what)) {
            System.err.println("patchbay-lab: the agent runtime refused a command: " + event.get("reason"));
            return;
        }
        int code = switch (what) {
            case "failed" -> FAILED;
            case "exited" -> event.get("code") instanceof Number n ? n.intValue() : FAILED;
            case "closed" -> CLOSED;
            default -> -1; // listening
        };
        java.util.Deque<ServedNode> opens = served.get(String.valueOf(event.get("node")));
        if ("listening".equals(what) && opens != null) {
            ServedNode open = opens.peekFirst();
            if (open != null) {
                open.listening = true;
            }
        }
        if (code >= 0 && opens != null) {
            ServedNode ended = opens.pollFirst();
            if (ended != null) {
                ended.end(code);
            }
        }
    }

    /**
     * A node served by the runtime, as a process: alive while served; destroying it closes the node
     * (its endpoint only); its pid is the runtime's, the process that serves it.
     */
    final class ServedNode extends Process {
        private final String node;
        private final Process runtime;
        private final CompletableFuture<Process> exit = new CompletableFuture<>();
        private volatile int code;
        private volatile boolean listening;

        ServedNode(String node, Process runtime) {
            this.node = node;
            this.runtime = runtime;
        }

        /** The runtime said this open of the node listens (what its log says too, without reading a thousand logs). */
        boolean listening() {
            return listening;
        }

        void end(int exitCode) {
            synchronized (this) {
                if (exit.isDone()) {
                    return;
                }
                code = exitCode;
            }
            exit.complete(this);
        }

        /** The node's interfaces, as the sysfs the runtime mounted for it lists them; null when it cannot be read (not served now). */
        Set<String> interfaces(Path stateDir) {
            try (var names = Files.list(Path.of("/proc", Long.toString(runtime.pid()), "root").resolve(stateDir.toString().substring(1))
                    .resolve("sys/class/net"))) {
                Set<String> found = new HashSet<>();
                names.forEach(p -> found.add(p.getFileName().toString()));
                return found;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public int waitFor() throws InterruptedException {
            try {
                exit.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            return code;
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            try {
                exit.get(timeout, unit);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int exitValue() {
            if (!exit.isDone()) {
                throw new IllegalThreadStateException(node + " is still served");
            }
            return code;
        }

        @Override
        public void destroy() {
            if (!exit.isDone()) {
                requestClose(this);
            }
        }

        @Override
        public Process destroyForcibly() {
            destroy();
            return this;
        }

        @Override
        public boolean isAlive() {
            return !exit.isDone();
        }

        @Override
        public CompletableFuture<Process> onExit() {
            return exit;
        }

        @Override
        public long pid() {
            return runtime.pid();
        }

        @Override
        public ProcessHandle toHandle() {
            return runtime.toHandle();
        }

        @Override
        public String toString() {
            return "node " + node + " served by the agent runtime (pid " + runtime.pid() + ")";
        }
    }

    /** The words of the launch command for {@code nodes} nodes: the runtime's heap grows with the nodes it serves. */
    static List<String> heapFor(int nodes) {
        List<String> flags = new ArrayList<>();
        flags.add("-Xmx" + (48 + 2 * Math.max(1, nodes)) + "m");
        return flags;
    }
}
