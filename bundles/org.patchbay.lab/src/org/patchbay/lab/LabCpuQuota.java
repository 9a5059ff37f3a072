package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CPU quota per lab node, so that N nodes behave like N slow machines on a host of few cores: a
 * cgroup per node under {@code patchbay-<lab>} with the cpu controller (v2 {@code cpu.max}, or v1
 * {@code cpu.cfs_quota_us}), which each node's agent joins, and with it every job it starts or
 * receives. Only the lab's own groups are made and removed.
 */
final class LabCpuQuota implements AutoCloseable {

    private static final long PERIOD_US = 100_000;

    private final Path labGroup;
    private final Map<String, Path> nodeGroups = new LinkedHashMap<>();
    private final double cores;

    private LabCpuQuota(Path labGroup, double cores) {
        this.labGroup = labGroup;
        this.cores = cores;
    }

    /** Groups for {@code nodes}, each allowed {@code cores}; refused with the reason when the host has no cpu controller. */
    static LabCpuQuota create(String labId, double cores, Collection<String> nodes) throws LabException {
        if (cores <= 0.01 || cores > 1024) {
            throw new LabException("a node's CPU quota is from 0.01 to 1024 cores, not " + cores);
        }
        Path v2 = Path.of("/sys/fs/cgroup");
        Path v1 = v2.resolve("cpu");
        boolean unified = Files.isRegularFile(v2.resolve("cgroup.controllers"));
        Path base = unified ? v2 : v1;
        if (!unified && !Files.isRegularFile(v1.resolve("cpu.cfs_quota_us"))) {
            throw new LabException("CPU quotas need the cgroup cpu controller (cgroup v2 /sys/fs/cgroup/cgroup.controllers with cpu, or v1 "
                    + "/sys/fs/cgroup/cpu); this host has neither, so run the lab without a node CPU quota");
        }
        LabCpuQuota quota = new LabCpuQuota(base.resolve("patchbay-" + labId), cores);
        try {
            Files.createDirectories(quota.labGroup);
            if (unified) {
                // let the lab's group hand the cpu controller to its node groups
                Files.writeString(quota.labGroup.resolve("cgroup.subtree_control"), "+cpu");
            }
            long quotaUs = Math.round(cores * PERIOD_US);
            for (String node : nodes) {
                Path group = quota.labGroup.resolve(node.replaceAll("[^A-Za-z0-9_.-]", "_"));
                Files.createDirectories(group);
                if (unified) {
                    Files.writeString(group.resolve("cpu.max"), quotaUs + " " + PERIOD_US);
                } else {
                    Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_US));
                    Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quotaUs));
                }
                quota.nodeGroups.put(node, group);
            }
        } catch (IOException e) {
            quota.close();
            throw new LabException("cannot set up CPU quotas in " + quota.labGroup + ": " + e.getMessage());
        }
        return quota;
    }

    double cores() {
        return cores;
    }

    /** The node's group, whose {@code cgroup.procs} takes what the node starts (when it has a quota). */
    java.util.Optional<Path> group(String node) {
        return java.util.Optional.ofNullable(nodeGroups.get(node));
    }

    /** Puts {@code pid} (a node's agent, whose children follow) under the node's quota. */
    void join(String node, long pid) throws LabException {
        Path group = nodeGroups.get(node);
        if (group == null) {
            return;
        }
        try {
            Files.writeString(group.resolve("cgroup.procs"), Long.toString(pid));
        } catch (IOException e) {
            throw new LabException("cannot put " + node + "'s agent (pid " + pid + ") under its CPU quota: " + e.getMessage());
        }
    }

    /** Removes the groups; a group still holding a process (which the lab ends first) stays and is named on standard error. */
    @Override
    public void close() {
        for (Path group : nodeGroups.values()) {
            remove(group);
        }
        remove(labGroup);
    }

    private static void remove(Path group) {
        try {
            Files.deleteIfExists(group);
        } catch (IOException e) {
            System.err.println("patchbay-lab: cgroup " + group + " is still in use and stays: " + e.getMessage());
        }
    }
}
