package org.patchbay.core.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.patchbay.agent.client.AgentListener;
import org.patchbay.agent.client.ConnectionState;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.ProcessInfo;

/**
 * The runtime status store: per node, the latest {@link LiveNode} and its {@link LiveHistory}. It is
 * kept apart from the EMF model, so live data never marks a topology dirty or enters undo. Listeners
 * hear the name of each changed node on the network threads and must hand work to their own thread.
 */
public final class LiveState implements AgentListener {

    /** Told that a node's live data changed. */
    public interface Listener {
        void changed(String node);
    }

    private final Map<String, LiveNode> nodes = new ConcurrentHashMap<>();
    private final Map<String, LiveHistory> histories = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, SwitchPorts> switches = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, String>> switchPortNames = new ConcurrentHashMap<>();

    /** One switch's ports as its last SNMP poll saw them (by ifIndex), or why it could not be polled. */
    public record SwitchPorts(Map<Integer, SwitchPortLoad> ports, String problem, long polledMillis) {
    }

    /** A switch port's counters-derived rates in bits per second (null until the second poll). */
    public record SwitchPortLoad(int ifIndex, String name, double inBitsPerSecond, double outBitsPerSecond, long speedBitsPerSecond, boolean up) {
    }

    /**
     * A link's or LAN's shaping as read back from where it is applied: a summary of the applied pipes,
     * whether any differs from what the console asked, whether the console has taken it down or runs
     * it with scheduled values instead of the model's, and the last problem applying or reading it
     * (null when none).
     */
    public record LinkShaping(String applied, boolean mismatch, boolean down, boolean overridden, String problem) {
    }

    private final Map<String, LinkShaping> linkShaping = new ConcurrentHashMap<>();

    /** How far a node's start has got before its agent answers ("starting its agent"), or why it failed. */
    /** {@code running}: the node runs, and this is all that will be heard of it (a lab VM whose image has no agent). */
    public record NodeStart(String phase, String failure, boolean running) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final Map<String, NodeStart> starts = new ConcurrentHashMap<>();

    /** The node's start phase or failure; null once it has nothing to say (never started, or cleared). */
    public NodeStart start(String name) {
        return starts.get(name);
    }

    public void startPhase(String name, String phase) {
        starts.put(name, new NodeStart(phase, null, false));
        notifyChanged(name);
    }

    /** The node runs, as {@code what} says, without an agent to hear from (a lab VM). */
    public void startRunning(String name, String what) {
        starts.put(name, new NodeStart(what, null, true));
        notifyChanged(name);
    }

    public void startFailed(String name, String reason) {
        starts.put(name, new NodeStart(null, reason, false));
        notifyChanged(name);
    }

    private final Map<String, String> notApplied = new ConcurrentHashMap<>();

    /** Why an element of the topology is not in the running testbed as drawn, or null when it is. */
    public String notApplied(String name) {
        return notApplied.get(name);
    }

    /** The elements the running testbed could not follow after an edit, with why; replaces the previous set. */
    public void setNotApplied(Map<String, String> problems) {
        java.util.Set<String> touched = new java.util.HashSet<>(notApplied.keySet());
        touched.addAll(problems.keySet());
        notApplied.clear();
        notApplied.putAll(problems);
        touched.forEach(this::notifyChanged);
    }

    private final Map<String, String> broken = new ConcurrentHashMap<>();

    /** Why an element of the running testbed is broken outside the console's control, or null. */
    public String broken(String name) {
        return broken.get(name);
    }

    /** The whole set of broken elements, as the testbed last reported it. */
    public void setBroken(Map<String, String> elements) {
        java.util.Set<String> touched = new java.util.HashSet<>(broken.keySet());
        touched.addAll(elements.keySet());
        broken.clear();
        broken.putAll(elements);
        touched.forEach(this::notifyChanged);
    }

    /** Forgets every node's start (the lab stopped). */
    public void clearStarts() {
        setNotApplied(Map.of());
        setBroken(Map.of());
        for (String name : List.copyOf(starts.keySet())) {
            starts.remove(name);
            notifyChanged(name);
        }
    }

    /** By the link's or LAN's name; null when nothing applies shaping (no lab, no agent shaping). */
    public LinkShaping linkShaping(String name) {
        return linkShaping.get(name);
    }

    /** Forgets every link's shaping (the lab stopped): links are drawn from the model alone again. */
    public void clearLinkShaping() {
        for (String name : List.copyOf(linkShaping.keySet())) {
            setLinkShaping(name, null);
        }
    }

    public void setLinkShaping(String name, LinkShaping shaping) {
        LinkShaping before = shaping == null ? linkShaping.remove(name) : linkShaping.put(name, shaping);
        if (!java.util.Objects.equals(before, shaping)) {
            notifyChanged(name);
        }
    }

    public SwitchPorts switchPorts(String switchName) {
        return switches.get(switchName);
    }

    /**
     * The load on the switch port a model port stands for: by the kernel name the lab gave it, when
     * the lab said so, else by the model's ifIndex (a real switch).
     */
    public SwitchPortLoad switchPort(String switchName, int modelIfIndex) {
        SwitchPorts ports = switches.get(switchName);
        if (ports == null || ports.ports() == null) {
            return null;
        }
        String name = switchPortNames.getOrDefault(switchName, Map.of()).get(modelIfIndex);
        if (name == null) {
            return ports.ports().get(modelIfIndex);
        }
        for (SwitchPortLoad load : ports.ports().values()) {
            if (name.equals(load.name())) {
                return load;
            }
        }
        return null;
    }

    public void setSwitchPortNames(String switchName, Map<Integer, String> namesByModelIfIndex) {
        switchPortNames.put(switchName, Map.copyOf(namesByModelIfIndex));
    }

    public void switchPolled(String switchName, Map<Integer, SwitchPortLoad> ports) {
        switches.put(switchName, new SwitchPorts(Map.copyOf(ports), null, System.currentTimeMillis()));
        notifyChanged(switchName);
    }

    public void switchFailed(String switchName, String problem) {
        SwitchPorts before = switches.get(switchName);
        switches.put(switchName, new SwitchPorts(before == null ? null : before.ports(), problem, System.currentTimeMillis()));
        notifyChanged(switchName);
    }

    public void forgetSwitch(String switchName) {
        switches.remove(switchName);
        switchPortNames.remove(switchName);
        notifyChanged(switchName);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public LiveNode node(String name) {
        return nodes.get(name);
    }

    public Map<String, LiveNode> nodes() {
        return Map.copyOf(nodes);
    }

    public LiveHistory history(String name) {
        return histories.computeIfAbsent(name, n -> new LiveHistory());
    }

    public void track(String name) {
        nodes.putIfAbsent(name, LiveNode.connecting(name));
        notifyChanged(name);
    }

    /** Tells listeners that something shown with a node changed outside this store (an operation's progress). */
    public void touch(String name) {
        notifyChanged(name);
    }

    public void forget(String name) {
        nodes.remove(name);
        histories.remove(name);
        notifyChanged(name);
    }

    @Override
    public void event(String name, AgentEvent event) {
        long received = System.nanoTime();
        nodes.compute(name, (n, before) -> {
            Map<Integer, ProcessInfo> processes;
            if (event.processSnapshot() || before == null) {
                processes = new HashMap<>();
            } else {
                processes = new HashMap<>(before.processes());
                event.exitedPids().forEach(processes::remove);
            }
            for (ProcessInfo p : event.processes()) {
                processes.put(p.pid(), p);
            }
            Map<String, InterfaceInfo> interfaces = new HashMap<>();
            for (InterfaceInfo i : event.interfaces()) {
                interfaces.put(i.name(), i);
            }
            return new LiveNode(n, ConnectionState.UP, "", event.status(), Map.copyOf(interfaces), Map.copyOf(processes), event.timeMillis(), received);
        });
        LiveHistory history = history(name);
        history.cpu().add(event.timeMillis(), event.status().cpuPercent());
        history.memory().add(event.timeMillis(), event.status().memoryPercent());
        for (InterfaceInfo i : event.interfaces()) {
            LiveHistory.Series[] series = history.ifaceOrNew(i.name());
            series[0].add(event.timeMillis(), i.rxBitsPerSecond());
            series[1].add(event.timeMillis(), i.txBitsPerSecond());
        }
        notifyChanged(name);
    }

    @Override
    public void state(String name, ConnectionState state, String reason) {
        nodes.compute(name, (n, before) -> (before == null ? LiveNode.connecting(n) : before).withState(state, reason));
        notifyChanged(name);
    }

    private void notifyChanged(String name) {
        for (Listener listener : listeners) {
            listener.changed(name);
        }
    }
}
