package org.patchbay.agent.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.agent.collect.CollectorException;
import org.patchbay.agent.collect.HostCollector;
import org.patchbay.agent.collect.HostSample;
import org.patchbay.agent.collect.InterfaceCollector;
import org.patchbay.agent.collect.InterfaceSample;
import org.patchbay.agent.collect.ProcessCollector;
import org.patchbay.agent.collect.ProcessSample;
import org.patchbay.agent.collect.SystemRoots;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;

/**
 * Turns raw collector samples into snapshots with rates: CPU percent of the machine and of each
 * process, and bits per second per interface, all measured since the previous call. Not thread safe;
 * the agent calls it from one place under a lock.
 */
public final class Sampler {

    private final String node;
    private final String mode;
    private final String version;
    private final HostCollector host;
    private final ProcessCollector processes;
    private final InterfaceCollector interfaces;
    private final long ticksPerSecond;
    private final boolean isolated;
    private final org.patchbay.agent.collect.CpuQuota quota;
    /** Prefixed to the agent's own command line in the process list. */
    public static final String AGENT_LABEL = "[patchbay agent] ";
    private static final long SELF = ProcessHandle.current().pid();

    private HostSample lastHost;
    private long lastNanos;
    private Map<Integer, ProcessSample> lastProcesses = Map.of();
    private Map<String, InterfaceSample> lastInterfaces = Map.of();

    public Sampler(String node, String mode, String version, SystemRoots roots, long ticksPerSecond) {
        this(node, mode, version, roots, ticksPerSecond, java.util.OptionalDouble.empty());
    }

    /** With {@code cpuCapacity}, the cores this node may use when the one who started it set a quota it cannot read itself. */
    public Sampler(String node, String mode, String version, SystemRoots roots, long ticksPerSecond, java.util.OptionalDouble cpuCapacity) {
        this(node, mode, version, roots, ticksPerSecond, cpuCapacity, new HostCollector(roots),
                new ProcessCollector(roots, "namespace".equals(mode) ? networkNamespaceOrNull(roots) : null), new InterfaceCollector(roots));
    }

    /**
     * A lab node served by a runtime shared with other nodes: its processes and interfaces are those
     * of its network namespace, which the runtime is not in, so the collectors are given.
     */
    public Sampler(String node, String mode, String version, SystemRoots roots, long ticksPerSecond, java.util.OptionalDouble cpuCapacity,
            HostCollector host, ProcessCollector processes, InterfaceCollector interfaces) {
        this.quota = new org.patchbay.agent.collect.CpuQuota(roots, cpuCapacity);
        this.node = node;
        this.mode = mode;
        this.version = version;
        this.host = host;
        this.isolated = "namespace".equals(mode);
        this.processes = processes;
        this.interfaces = interfaces;
        this.ticksPerSecond = ticksPerSecond;
    }

    private static String networkNamespaceOrNull(SystemRoots roots) {
        try {
            return ProcessCollector.ownNetworkNamespace(roots);
        } catch (CollectorException e) {
            return null;
        }
    }

    /** Whether {@code pid} is a process of this node (in a lab: of its network namespace). */
    public boolean isNodeProcess(long pid) {
        return processes.lists(pid);
    }

    /**
     * In a lab namespace /proc/stat and /proc/meminfo describe the whole host, so a node's CPU and
     * memory are the sums over its own processes (its pid namespace) instead.
     */
    private NodeStatus nodeStatusFromOwnProcesses(HostSample h, List<ProcessInfo> own) {
        double cpu = 0;
        long rss = 0;
        for (ProcessInfo p : own) {
            cpu += p.cpuPercent();
            rss += p.rssBytes();
        }
        double capacity = quota.cores().orElse(h.cpus());
        return new NodeStatus(node, mode, version, h.uptimeSeconds(), h.cpus(), Math.min(100, cpu / Math.max(0.01, capacity)), h.load1(), h.load5(),
                h.load15(), h.memoryTotalBytes(), rss, capacity);
    }

    private NodeStatus machineStatus(HostSample h) {
        double cpu = lastHost == null ? 0 : h.cpuPercentSince(lastHost);
        return new NodeStatus(node, mode, version, h.uptimeSeconds(), h.cpus(), cpu, h.load1(), h.load5(), h.load15(), h.memoryTotalBytes(),
                h.memoryUsedBytes(), quota.cores().orElse(h.cpus()));
    }

    public Snapshot sample() throws CollectorException {
        long now = System.nanoTime();
        double seconds = lastNanos == 0 ? 0 : (now - lastNanos) / 1e9;
        HostSample h = host.sample();
        List<ProcessSample> procs = processes.sample();
        List<InterfaceSample> ifaces = interfaces.sample();

        long elapsedTicks = Math.round(seconds * ticksPerSecond);
        List<ProcessInfo> processInfos = new ArrayList<>(procs.size());
        Map<Integer, ProcessSample> byPid = new HashMap<>(procs.size() * 2);
        for (ProcessSample p : procs) {
            ProcessSample before = lastProcesses.get(p.pid());
            double pcpu = before == null ? 0 : Math.max(0, p.cpuPercentSince(before, elapsedTicks));
            // the agent says which process it is, so a node's own load is not mistaken for the work on it
            String command = p.pid() == SELF ? AGENT_LABEL + p.command() : p.command();
            processInfos.add(new ProcessInfo(p.pid(), p.ppid(), p.user(), String.valueOf(p.state()), command, pcpu, p.rssBytes()));
            byPid.put(p.pid(), p);
        }
        List<InterfaceInfo> interfaceInfos = new ArrayList<>(ifaces.size());
        Map<String, InterfaceSample> byName = new HashMap<>();
        for (InterfaceSample i : ifaces) {
            InterfaceSample before = lastInterfaces.get(i.name());
            double rx = before == null ? 0 : i.rxBitsPerSecondSince(before, seconds);
            double tx = before == null ? 0 : i.txBitsPerSecondSince(before, seconds);
            interfaceInfos.add(new InterfaceInfo(i.name(), i.rxBytes(), i.rxPackets(), i.rxErrors(), i.rxDrops(), i.txBytes(), i.txPackets(),
                    i.txErrors(), i.txDrops(), i.operState(), i.speedMbps(), rx, tx));
            byName.put(i.name(), i);
        }
        NodeStatus status = isolated ? nodeStatusFromOwnProcesses(h, processInfos) : machineStatus(h);
        lastHost = h;
        lastNanos = now;
        lastProcesses = byPid;
        lastInterfaces = byName;
        return new Snapshot(System.currentTimeMillis(), status, interfaceInfos, processInfos);
    }
}
