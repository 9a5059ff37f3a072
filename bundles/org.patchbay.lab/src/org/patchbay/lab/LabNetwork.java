package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The lab's experiment network, as the plan draws it: a namespace per node, switch and LAN (switches
 * and LANs with their bridge), a veth pair per wire or two with a delay namespace between them, its
 * pb-shaper started there, the addresses and the routes; and the same pieces made or removed one by
 * one while the lab runs. The management network is {@link LabManagementNetwork}'s.
 */
final class LabNetwork {

    /** A few dozen shapers start side by side: each start is mostly waiting (exec, entering the namespace, opening its sockets). */
    private static final int DELAY_NODES_STARTING_AT_ONCE = 32;

    private final Path dir;
    private final LabListener listener;
    /** Shapers are started from the lab's launcher thread, so their death signal follows the lab's owner. */
    private final ExecutorService launcher;
    private final List<DelayNodeProcess> delayNodes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile LabShaping shaping;

    LabNetwork(Path dir, LabListener listener, ExecutorService launcher) {
        this.dir = dir;
        this.listener = listener;
        this.launcher = launcher;
    }

    /** Namespaces, wires, addresses and routes of {@code plan}, given to {@code batch} and run; the caller adds management links after. */
    void build(LabPlan plan, IpBatch batch, LabProgress progress) throws LabException, IOException {
        int total = plan.namespaces().size() + plan.wires().size() + plan.addresses().size() + plan.nodes().size();
        int done = 0;
        for (LabPlan.Box box : plan.boxes()) {
            progress.checkCancelled();
            progress.step("Creating namespace for " + box.element(), done++, total);
            if (!box.bridged()) {
                listener.nodePhase(box.element(), LabListener.Phase.NAMESPACE);
            }
            createBox(box, batch.sink());
        }
        batch.run();
        Path plainFrames = plan.delayNodes().isEmpty() ? null : LabOptions.findNativeHelper("pb-plain-frames");
        for (LabPlan.Box node : plan.nodes()) {
            listener.nodePhase(node.element(), LabListener.Phase.LINKS);
        }
        Set<String> bridged = bridgedNamespaces(plan);
        for (LabPlan.Wire wire : plan.wires()) {
            progress.checkCancelled();
            progress.step("Wiring " + wire.what(), done++, total);
            createWire(wire, bridged, plainFrames, batch.sink(), batch.last());
        }
        batch.run();
        progress.step("Addressing " + plan.addresses().size() + " interfaces", done, total);
        for (LabPlan.Address address : plan.addresses()) {
            batch.sink().ip("-n", address.namespace(), "addr", "add", address.cidr(), "dev", address.iface());
        }
        batch.run();
        done += plan.addresses().size();
        progress.step("Routing", done, total);
        for (LabPlan.Route route : plan.routes()) {
            batch.sink().ip("-n", route.namespace(), "route", "add", route.destination(), "via", route.via());
        }
        try {
            batch.run();
        } catch (LabException e) {
            throw new LabException("Cannot route: " + e.getMessage() + "; check that the interfaces of each link share a subnet", e);
        }
    }

    private static Set<String> bridgedNamespaces(LabPlan plan) {
        Set<String> bridged = new HashSet<>();
        plan.boxes().stream().filter(LabPlan.Box::bridged).forEach(b -> bridged.add(b.namespace()));
        return bridged;
    }

    /** A namespace for a node, switch or LAN; switches and LANs get their bridge, nodes may forward (every node may be a router, as on Netbed). */
    void createBox(LabPlan.Box box, IpBatch.Sink ip) throws LabException {
        ip.ip("netns", "add", box.namespace());
        ip.ip("-n", box.namespace(), "link", "set", "dev", "lo", "up");
        if (box.bridged()) {
            ip.ip("-n", box.namespace(), "link", "add", LabPlan.BRIDGE, "type", "bridge", "forward_delay", "0");
            ip.ip("-n", box.namespace(), "link", "set", "dev", LabPlan.BRIDGE, "up");
        } else {
            ip.ip("netns", "exec", box.namespace(), "sysctl", "-qw", "net.ipv4.ip_forward=1");
        }
    }

    /** One wire of {@code plan} made now (a live change), its frame helpers too. */
    void createWire(LabPlan plan, LabPlan.Wire wire, Path plainFrames) throws LabException {
        createWire(wire, bridgedNamespaces(plan), plainFrames, IpBatch.immediate(), IpBatch.immediate());
    }

    /** One veth pair, or two with a delay namespace between them; bridged ends join their bridge; the frame helpers go to {@code last}, once the ends are up. */
    private void createWire(LabPlan.Wire wire, Set<String> bridged, Path plainFrames, IpBatch.Sink ip, IpBatch.Sink last) throws LabException {
        String delay = wire.delayNamespace();
        if (delay == null) {
            ip.ip("link", "add", wire.interfaceA(), "netns", wire.namespaceA(), "type", "veth", "peer", "name", wire.interfaceB(), "netns", wire.namespaceB());
        } else {
            ip.ip("netns", "add", delay);
            ip.ip("-n", delay, "link", "set", "dev", "lo", "up");
            ip.ip("link", "add", wire.interfaceA(), "netns", wire.namespaceA(), "type", "veth", "peer", "name", LabPlan.DelayNode.SIDE_A, "netns", delay);
            ip.ip("link", "add", LabPlan.DelayNode.SIDE_B, "netns", delay, "type", "veth", "peer", "name", wire.interfaceB(), "netns", wire.namespaceB());
            ip.ip("-n", delay, "link", "set", "dev", LabPlan.DelayNode.SIDE_A, "up");
            ip.ip("-n", delay, "link", "set", "dev", LabPlan.DelayNode.SIDE_B, "up");
        }
        for (String[] end : List.of(new String[] {wire.namespaceA(), wire.interfaceA()}, new String[] {wire.namespaceB(), wire.interfaceB()})) {
            if (bridged.contains(end[0])) {
                ip.ip("-n", end[0], "link", "set", "dev", end[1], "master", LabPlan.BRIDGE);
            }
            ip.ip("-n", end[0], "link", "set", "dev", end[1], "up");
            if (delay != null) {
                // the delay node forwards frames as they are on a cable: whole and checksummed
                last.ip("netns", "exec", end[0], plainFrames.toString(), end[1]);
            }
        }
    }

    /** Removes a wire: its delay node (shaper and namespace, both veth pairs with it) or its veth pair. */
    void removeWire(LabPlan.Wire wire) {
        if (wire.delayNamespace() != null) {
            for (DelayNodeProcess shaper : List.copyOf(delayNodes)) {
                if (shaper.node().namespace().equals(wire.delayNamespace())) {
                    shaping.remove(shaper);
                    delayNodes.remove(shaper);
                    shaper.stop();
                }
            }
            LabLeftovers.removeNamespace(wire.delayNamespace());
        } else {
            HostCommands.runQuietly(List.of("ip", "-n", wire.namespaceA(), "link", "del", wire.interfaceA()));
        }
    }

    /** A pb-shaper in every delay namespace, bridging its two sides, all pipes open until the plan is applied. */
    void startDelayNodes(LabPlan plan, LabProgress progress) throws LabException, IOException {
        if (plan.delayNodes().isEmpty()) {
            shaping = new LabShaping(List.of());
            return;
        }
        Path shaper = LabOptions.findNativeHelper("pb-shaper");
        Path logs = Files.createDirectories(dir.resolve("delay-nodes"));
        int done = 0;
        // one at a time took a minute at 1 000 delay nodes
        java.util.ArrayDeque<Map.Entry<LabPlan.DelayNode, Future<Process>>> starting = new java.util.ArrayDeque<>();
        List<DelayNodeProcess> ready = new ArrayList<>();
        try {
            for (LabPlan.DelayNode node : plan.delayNodes()) {
                progress.checkCancelled();
                starting.add(Map.entry(node, launchDelayNode(node, shaper, logs)));
                if (starting.size() >= DELAY_NODES_STARTING_AT_ONCE) {
                    var next = starting.poll();
                    progress.step("Starting the delay node of " + next.getKey().what(), done++, plan.delayNodes().size());
                    delayNodes.add(delayNodeReady(next.getKey(), next.getValue(), logs));
                }
            }
            while (!starting.isEmpty()) {
                progress.checkCancelled();
                var next = starting.poll();
                progress.step("Starting the delay node of " + next.getKey().what(), done++, plan.delayNodes().size());
                delayNodes.add(delayNodeReady(next.getKey(), next.getValue(), logs));
            }
        } finally {
            // a start that failed or was cancelled leaves no shaper it started running
            for (var left : starting) {
                try {
                    left.getValue().get(30, TimeUnit.SECONDS).destroyForcibly();
                } catch (Exception e) {
                    // it never started
                }
            }
        }
        shaping = new LabShaping(delayNodes);
    }

    /** Starts the shaper of a delay node added while the lab runs and shapes through it from now on. */
    void addDelayNode(LabPlan.DelayNode node, Path shaper) throws LabException, IOException {
        Path logs = Files.createDirectories(dir.resolve("delay-nodes"));
        DelayNodeProcess process = delayNodeReady(node, launchDelayNode(node, shaper, logs), logs);
        delayNodes.add(process);
        shaping.add(process);
    }

    private Future<Process> launchDelayNode(LabPlan.DelayNode node, Path shaper, Path logs) {
        Path log = logs.resolve(node.namespace() + ".log");
        return launcher.submit(() -> new ProcessBuilder("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", node.namespace(),
                shaper.toString(), LabPlan.DelayNode.SIDE_A, LabPlan.DelayNode.SIDE_B).redirectError(log.toFile()).start());
    }

    /** Waits for a launched shaper to say it is ready. */
    private DelayNodeProcess delayNodeReady(LabPlan.DelayNode node, Future<Process> started, Path logs) throws LabException, IOException {
        Path log = logs.resolve(node.namespace() + ".log");
        Process process;
        try {
            process = started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new LabException("Cannot start the delay node of " + node.what() + ": " + e.getMessage(), e);
        }
        try {
            return new DelayNodeProcess(node, process);
        } catch (LabException e) {
            process.destroyForcibly();
            throw new LabException(e.getMessage() + " (" + Files.readString(log).strip() + ")", e);
        }
    }

    /** The lab's link shaping, once the delay nodes have started; null before. */
    LabShaping shaping() {
        return shaping;
    }

    List<DelayNodeProcess> delayNodes() {
        return List.copyOf(delayNodes);
    }

    /** Ends every shaper (all asked first, then each waited for). */
    void stopDelayNodes() {
        delayNodes.forEach(DelayNodeProcess::stopSoon);
        delayNodes.forEach(DelayNodeProcess::stop);
    }
}
