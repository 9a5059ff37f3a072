package org.patchbay.agent.shape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.patchbay.agent.protocol.wire.ShapingWire;
import org.patchbay.shaping.IpfwCommands;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingException;
import org.patchbay.shaping.ShapingPlan;
import org.patchbay.shaping.TcCommands;

/**
 * The pipes this node runs, through the backend its kernel has: Linux {@code tc} with netem, or
 * FreeBSD Dummynet ({@code ipfw}). A plan is applied as the diff from what runs, pipe by pipe; a
 * command that fails stops the apply and is reported with its output, and the pipes already
 * changed are kept in the report, so it always says what really runs.
 */
public final class NodeShaping {

    public enum Backend {
        TC, DUMMYNET, NONE
    }

    /** Runs one command line (no shell); returns its exit code and output. */
    public interface Commands {
        Result run(List<String> command) throws IOException;

        record Result(int exitCode, String output) {
        }
    }

    /** The command that failed, with what it printed. */
    public static final class ApplyException extends Exception {
        private static final long serialVersionUID = 1L;

        ApplyException(String message) {
            super(message);
        }
    }

    private final String node;
    private final Backend backend;
    private final String reason;
    private final Commands commands;
    private final IpfwCommands ipfw = new IpfwCommands();
    private ShapingPlan running = new ShapingPlan(new TreeMap<>(), List.of());

    public NodeShaping(String node, Backend backend, String reason, Commands commands) {
        this.node = node;
        this.backend = backend;
        this.reason = reason;
        this.commands = commands;
    }

    /** What this machine can shape with: tc with netem on Linux, ipfw on FreeBSD, else none and why. */
    public static NodeShaping probe(String node, Commands commands) {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("freebsd")) {
            return onPath("ipfw") ? new NodeShaping(node, Backend.DUMMYNET, null, commands)
                    : new NodeShaping(node, Backend.NONE, "ipfw is not installed; load dummynet and ipfw (kldload dummynet)", commands);
        }
        if (!onPath("tc")) {
            return new NodeShaping(node, Backend.NONE, "tc is not installed; install iproute2", commands);
        }
        if (!netemAvailable()) {
            return new NodeShaping(node, Backend.NONE,
                    "this kernel has no netem (sch_netem); load it (modprobe sch_netem) or shape this node's links through a delay node, as the lab does with pb-shaper",
                    commands);
        }
        return new NodeShaping(node, Backend.TC, null, commands);
    }

    public static Commands processes() {
        return command -> {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Commands.Result(-1, "no answer within 30 s");
                }
                return new Commands.Result(p.exitValue(), out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                return new Commands.Result(-1, "interrupted");
            }
        };
    }

    public synchronized ShapingWire.Report report() {
        return new ShapingWire.Report(backend.name().toLowerCase(), reason, running.pipes());
    }

    /**
     * Makes this node run {@code wanted} (all its pipes; an empty map removes them).
     *
     * @throws ShapingException nothing changed: no backend here, or a pipe it cannot express
     * @throws ApplyException a command failed; the pipes changed before it stay in the report
     */
    public synchronized ShapingWire.Report apply(Map<PipeKey, PipeSpec> wanted) throws ShapingException, ApplyException, IOException {
        if (backend == Backend.NONE) {
            throw new ShapingException("Cannot shape on " + node + ": " + reason);
        }
        ShapingPlan next = new ShapingPlan(new TreeMap<>(wanted), List.of());
        List<ShapingPlan.Change> changes = running.diff(next);
        List<List<String>> perChange = new ArrayList<>();
        for (ShapingPlan.Change change : changes) {
            // every change is checked (and turned into commands) before any runs
            Map<String, List<String>> lines = backend == Backend.TC ? TcCommands.of(List.of(change)) : ipfw.of(List.of(change));
            perChange.add(lines.getOrDefault(node, List.of()));
        }
        TreeMap<PipeKey, PipeSpec> now = new TreeMap<>(running.pipes());
        try {
            for (int i = 0; i < changes.size(); i++) {
                for (String line : perChange.get(i)) {
                    Commands.Result result = commands.run(List.of(line.split(" ")));
                    if (result.exitCode() != 0) {
                        throw new ApplyException("'" + line + "' failed (exit " + result.exitCode() + "): " + result.output());
                    }
                }
                ShapingPlan.Change change = changes.get(i);
                if (change.removed()) {
                    now.remove(change.key());
                } else {
                    now.put(change.key(), change.after());
                }
            }
        } finally {
            running = new ShapingPlan(now, List.of());
        }
        return report();
    }

    private static boolean onPath(String program) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/sbin:/usr/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Loaded, built in, or available as a module for this kernel. */
    private static boolean netemAvailable() {
        if (Files.isDirectory(Path.of("/sys/module/sch_netem"))) {
            return true;
        }
        String release = System.getProperty("os.version", "");
        Path modules = Path.of("/lib/modules", release);
        for (String name : List.of("modules.builtin", "modules.dep")) {
            try {
                if (Files.exists(modules.resolve(name)) && Files.readString(modules.resolve(name)).contains("sch_netem.ko")) {
                    return true;
                }
            } catch (IOException e) {
                // unreadable: treat as absent
            }
        }
        return false;
    }
}
