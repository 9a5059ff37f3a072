package org.patchbay.core.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;

/**
 * What a job takes from its node now, from its first process and every descendant as the node's
 * agent last sampled them: the cores they used ({@link #cores}), or the CPU they want, a runnable
 * process counting a whole core ({@link #demand}, the balancer's measure).
 */
public final class JobCpu {

    private JobCpu() {
    }

    public static double cores(LiveState live, ClusterJob job) {
        return sum(live, job, p -> p.cpuPercent() / 100.0);
    }

    public static double demand(LiveState live, ClusterJob job) {
        return sum(live, job, NodeLoad::demand);
    }

    private static double sum(LiveState live, ClusterJob job, java.util.function.ToDoubleFunction<ProcessInfo> measure) {
        LiveNode node = live.node(job.node());
        if (node == null || job.pid() <= 0) {
            return 0;
        }
        Map<Integer, ProcessInfo> processes = node.processes();
        Set<Integer> tree = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add((int) job.pid());
        while (!todo.isEmpty()) {
            int pid = todo.poll();
            if (tree.add(pid)) {
                for (ProcessInfo p : processes.values()) {
                    if (p.ppid() == pid) {
                        todo.add(p.pid());
                    }
                }
            }
        }
        double total = 0;
        for (int pid : tree) {
            ProcessInfo p = processes.get(pid);
            if (p != null) {
                total += measure.applyAsDouble(p);
            }
        }
        return total;
    }
}
