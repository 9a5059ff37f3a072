package org.patchbay.core.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;

/** The cores a job uses now: the CPU of its first process and every descendant, as the node's agent last sampled them. */
public final class JobCpu {

    private JobCpu() {
    }

    public static double cores(LiveState live, ClusterJob job) {
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
        double cores = 0;
        for (int pid : tree) {
            ProcessInfo p = processes.get(pid);
            if (p != null) {
                cores += p.cpuPercent() / 100.0;
            }
        }
        return cores;
    }
}
