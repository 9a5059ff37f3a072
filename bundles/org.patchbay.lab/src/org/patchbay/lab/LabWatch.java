package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Looks every {@link #PERIOD_MILLIS} for what broke behind the lab's back: namespaces that are gone,
 * delay nodes that exited or lost a side, node interfaces that are gone. It reads /run/netns and the
 * network devices seen from inside each namespace; no command runs.
 */
final class LabWatch implements AutoCloseable {

    /** What the watch looks at. */
    interface Watched {
        /** False while there is nothing real to watch (the loopback lab, a lab stopping). */
        boolean watchable();

        LabPlan plan();

        List<DelayNodeProcess> delayNodes();

        /** Whether the node's agent listens (before that its interfaces are not settled). */
        boolean listening(String node);

        /** The interfaces the node's namespace has, or empty when they cannot be read now. */
        Optional<Set<String>> interfacesOf(String node);
    }

    static final long PERIOD_MILLIS = 2000;

    private final Watched lab;
    private final Consumer<Map<String, String>> changed;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lab-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, String> broken = Map.of();

    /** {@code changed} hears what is broken, by element, each time that changes. */
    LabWatch(Watched lab, Consumer<Map<String, String>> changed) {
        this.lab = lab;
        this.changed = changed;
    }

    void start() {
        clock.scheduleWithFixedDelay(() -> {
            try {
                Map<String, String> now = findBroken();
                if (!now.equals(broken)) {
                    broken = now;
                    changed.accept(now);
                }
            } catch (RuntimeException e) {
                System.err.println("patchbay lab: the watch failed once and goes on: " + e);
            }
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** What broke outside the lab's control, by element, as last seen. */
    Map<String, String> broken() {
        return broken;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }

    private Map<String, String> findBroken() {
        Map<String, String> found = new LinkedHashMap<>();
        if (!lab.watchable()) {
            return found;
        }
        LabPlan current = lab.plan();
        // one listing of /run/netns, not a look-up per namespace (2 000 of them at 1 000 nodes)
        Set<String> namespaces = new HashSet<>();
        try (Stream<Path> entries = Files.list(Path.of("/run/netns"))) {
            entries.forEach(p -> namespaces.add(p.getFileName().toString()));
        } catch (IOException e) {
            return found; // cannot look now: nothing to conclude
        }
        for (LabPlan.Box box : current.boxes()) {
            if (!namespaces.contains(box.namespace())) {
                found.put(box.element(), "its namespace " + box.namespace() + " is gone (deleted by hand?); restart the lab");
            }
        }
        for (DelayNodeProcess shaper : lab.delayNodes()) {
            String owner = Lab.owner(shaper.node().what());
            if (!shaper.alive()) {
                found.putIfAbsent(owner, "its delay node (" + shaper.node().namespace() + ") exited; restart the lab");
                continue;
            }
            Set<String> present = interfacesSeenBy(shaper.pid());
            for (String side : List.of(LabPlan.DelayNode.SIDE_A, LabPlan.DelayNode.SIDE_B)) {
                if (present != null && !present.contains(side)) {
                    found.putIfAbsent(owner, "the wire through " + shaper.node().namespace() + " is cut (" + side + " is gone); restart the lab");
                }
            }
        }
        // each node's interfaces are read once per look, however many wires it has
        Map<String, String> nodeOf = new HashMap<>();
        current.nodes().forEach(b -> nodeOf.put(b.namespace(), b.element()));
        Map<String, Optional<Set<String>>> seen = new HashMap<>();
        for (LabPlan.Wire wire : current.wires()) {
            for (String[] end : List.of(new String[] {wire.namespaceA(), wire.interfaceA()}, new String[] {wire.namespaceB(), wire.interfaceB()})) {
                String node = nodeOf.get(end[0]);
                if (node == null || !lab.listening(node)) {
                    continue;
                }
                Set<String> present = seen.computeIfAbsent(node, lab::interfacesOf).orElse(null);
                if (present != null && !present.contains(end[1])) {
                    found.putIfAbsent(Lab.owner(wire.what()), "interface " + end[1] + " of " + node + " is gone (deleted by hand?); restart the lab");
                }
            }
        }
        return found;
    }

    /** The interfaces of the network namespace process {@code pid} runs in, or null when it cannot be read. */
    static Set<String> interfacesSeenBy(long pid) {
        try {
            Set<String> names = new HashSet<>();
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", "dev"))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    names.add(line.substring(0, colon).trim());
                }
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return null; // the process is gone or restarting: nothing to conclude
        }
    }
}
