package org.patchbay.agent.shape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.patchbay.agent.protocol.wire.DelayWire;
import org.patchbay.agent.protocol.wire.DelayWire.Delay;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShaperProcess;
import org.patchbay.shaping.ShapingException;

/**
 * This node as a delay node: pairs of its interfaces bridged by {@code pb-shaper} (the user-space
 * Dummynet the lab's delay nodes run), a pipe each way, as a swap-in asks when a link's shaping cannot
 * be done at its ends. A changed pipe is set on the running shaper; other interfaces mean a new one.
 * Every shaper dies with this agent (its standard input closes).
 */
public final class DelayBridges implements AutoCloseable {

    /** Starts {@code pb-shaper A B} where the node's interfaces are (its network namespace). */
    public interface Launcher {
        Process start(List<String> command) throws IOException;
    }

    private record Running(Delay delay, ShaperProcess shaper) {
    }

    private final String node;
    private final Path shaper;
    private final String reason;
    private final Launcher launcher;
    private final Map<String, Running> running = new TreeMap<>();

    private DelayBridges(String node, Path shaper, String reason, Launcher launcher) {
        this.node = node;
        this.shaper = shaper;
        this.reason = reason;
        this.launcher = launcher;
    }

    /** Bridges with the shaper at {@code shaper}; a missing shaper makes every request refused with the reason. */
    public static DelayBridges using(String node, Path shaper, Launcher launcher) {
        if (shaper == null || !Files.isExecutable(shaper)) {
            return new DelayBridges(node, null, "no pb-shaper " + (shaper == null ? "on this node" : "at " + shaper)
                    + "; start the agent with --shaper PATH (the console's bin/pb-shaper) to let it be a delay node", launcher);
        }
        return new DelayBridges(node, shaper, null, launcher);
    }

    /** A launcher that starts the command as it is, its errors into {@code log} (appended). */
    public static Launcher processes(Path log) {
        return command -> new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    public synchronized DelayWire.Report report() {
        return new DelayWire.Report(reason, running.values().stream().map(Running::delay).toList());
    }

    /** Runs {@code delay}: a new shaper, or new pipes on the one already bridging the same interfaces. */
    public synchronized DelayWire.Report put(Delay delay) throws ShapingException, IOException {
        if (reason != null) {
            throw new ShapingException("Cannot be a delay node on " + node + ": " + reason);
        }
        for (PipeSpec spec : List.of(delay.ab(), delay.ba())) {
            if (spec.queueKind() == PipeSpec.QueueKind.RED) {
                throw new ShapingException("delay " + delay.name() + ": a delay node queues DropTail only; set the queue kind to DropTail");
            }
        }
        Running current = running.get(delay.name());
        for (Running other : running.values()) {
            if (other != current && (uses(other.delay(), delay.a()) || uses(other.delay(), delay.b()))) {
                throw new ShapingException("delay " + delay.name() + ": " + (uses(other.delay(), delay.a()) ? delay.a() : delay.b())
                        + " is already bridged by delay " + other.delay().name() + " on " + node);
            }
        }
        if (current != null && (!current.delay().a().equals(delay.a()) || !current.delay().b().equals(delay.b()) || !current.shaper().alive())) {
            current.shaper().stop();
            running.remove(delay.name());
            current = null;
        }
        if (current == null) {
            if (running.size() >= DelayWire.MAX_DELAYS) {
                throw new ShapingException(node + " already runs " + DelayWire.MAX_DELAYS + " delays, the most one node runs; remove one first");
            }
            List<String> command = new ArrayList<>(List.of(shaper.toString(), delay.a(), delay.b()));
            ShaperProcess started = new ShaperProcess("delay " + delay.name() + " on " + node, launcher.start(command));
            current = new Running(delay, started);
            running.put(delay.name(), current);
        }
        try {
            current.shaper().set("ab", delay.ab(), ShaperProcess.seed(delay.name() + "/ab"));
            current.shaper().set("ba", delay.ba(), ShaperProcess.seed(delay.name() + "/ba"));
        } catch (ShapingException e) {
            current.shaper().stop();
            running.remove(delay.name());
            throw e;
        }
        running.put(delay.name(), new Running(delay, current.shaper()));
        return report();
    }

    /** Ends a bridge; answers whether there was one. */
    public synchronized boolean remove(String name) {
        Running gone = running.remove(name);
        if (gone != null) {
            gone.shaper().stop();
        }
        return gone != null;
    }

    @Override
    public synchronized void close() {
        running.values().forEach(r -> r.shaper().stopSoon());
        running.values().forEach(r -> r.shaper().stop());
        running.clear();
    }

    private static boolean uses(Delay delay, String iface) {
        return delay.a().equals(iface) || delay.b().equals(iface);
    }
}
