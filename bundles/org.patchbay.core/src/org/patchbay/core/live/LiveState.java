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
