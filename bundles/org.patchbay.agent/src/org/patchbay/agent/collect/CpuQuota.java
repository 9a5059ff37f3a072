package org.patchbay.agent.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The cores this node may use when a CPU quota limits it: given explicitly (the lab says what it set,
 * since {@code ip netns exec} hides /sys/fs/cgroup from the agent), else read from the agent's own
 * cgroup: {@code cpu.max} (cgroup v2) or {@code cpu.cfs_quota_us} over {@code cpu.cfs_period_us} (v1).
 * Empty when nothing limits it. Read at most every ten seconds.
 */
public final class CpuQuota {

    private static final long REREAD_NANOS = 10_000_000_000L;

    private final SystemRoots roots;
    private final OptionalDouble given;
    private OptionalDouble read = OptionalDouble.empty();
    private long readAt = Long.MIN_VALUE;

    public CpuQuota(SystemRoots roots, OptionalDouble given) {
        this.roots = roots;
        this.given = given;
    }

    public synchronized OptionalDouble cores() {
        if (given.isPresent()) {
            return given;
        }
        long now = System.nanoTime();
        if (readAt == Long.MIN_VALUE || now - readAt > REREAD_NANOS) {
            read = fromCgroup();
            readAt = now;
        }
        return read;
    }

    private OptionalDouble fromCgroup() {
        try {
            for (String line : Files.readAllLines(roots.proc().resolve("self/cgroup"), StandardCharsets.UTF_8)) {
                String[] f = line.split(":", 3);
                if (f.length != 3) {
                    continue;
                }
                Path cgroups = roots.sys().resolve("fs/cgroup");
                if (f[0].equals("0") && f[1].isEmpty()) {
                    OptionalDouble v2 = v2(cgroups.resolve(relative(f[2])).resolve("cpu.max"));
                    if (v2.isPresent()) {
                        return v2;
                    }
                } else if (List.of(f[1].split(",")).contains("cpu")) {
                    Path dir = cgroups.resolve(f[1]).resolve(relative(f[2]));
                    if (!Files.isDirectory(dir)) {
                        dir = cgroups.resolve("cpu").resolve(relative(f[2]));
                    }
                    OptionalDouble v1 = v1(dir);
                    if (v1.isPresent()) {
                        return v1;
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static OptionalDouble v2(Path cpuMax) throws IOException {
        if (!Files.isReadable(cpuMax)) {
            return OptionalDouble.empty();
        }
        String[] f = Files.readString(cpuMax).trim().split("\\s+");
        if (f.length != 2 || f[0].equals("max")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(f[0]) / Double.parseDouble(f[1]));
    }

    private static OptionalDouble v1(Path dir) throws IOException {
        Path quota = dir.resolve("cpu.cfs_quota_us");
        Path period = dir.resolve("cpu.cfs_period_us");
        if (!Files.isReadable(quota) || !Files.isReadable(period)) {
            return OptionalDouble.empty();
        }
        long q = Long.parseLong(Files.readString(quota).trim());
        long p = Long.parseLong(Files.readString(period).trim());
        return q <= 0 || p <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) q / p);
    }
}
