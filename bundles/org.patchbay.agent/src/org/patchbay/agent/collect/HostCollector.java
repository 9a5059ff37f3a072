package org.patchbay.agent.collect;

import java.nio.file.Path;

/** Reads CPU time, load, memory and uptime from /proc. */
public final class HostCollector {

    private final SystemRoots roots;
    /** A sample younger than this is given again: a runtime serving hundreds of nodes reads the machine's /proc/stat once a tick, not once per node. */
    private final long maxAgeNanos;
    private final java.util.function.LongSupplier nanoClock;
    private HostSample last;
    private long lastAt;

    public HostCollector(SystemRoots roots) {
        this(roots, 0, System::nanoTime);
    }

    /** Shared by many nodes: a sample at most {@code maxAgeNanos} old is reused. */
    public HostCollector(SystemRoots roots, long maxAgeNanos, java.util.function.LongSupplier nanoClock) {
        this.roots = roots;
        this.maxAgeNanos = maxAgeNanos;
        this.nanoClock = nanoClock;
    }

    public HostSample sample() throws CollectorException {
        if (maxAgeNanos <= 0) {
            return read();
        }
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (last == null || now - lastAt >= maxAgeNanos) {
                last = read();
                lastAt = now;
            }
            return last;
        }
    }

    private HostSample read() throws CollectorException {
        Path statFile = roots.proc().resolve("stat");
        String stat = KernelFiles.read(statFile);
        long busy = -1;
        long total = -1;
        int cpus = 0;
        for (String line : stat.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 5) {
                    throw new CollectorException(statFile + ": the cpu line has " + (f.length - 1) + " fields, expected at least 4");
                }
                // user nice system idle iowait irq softirq steal; guest time is already inside user.
                long[] t = new long[8];
                for (int i = 0; i < 8 && i + 1 < f.length; i++) {
                    t[i] = KernelFiles.parseLong(f[i + 1], statFile, "cpu field " + (i + 1));
                }
                total = 0;
                for (long v : t) {
                    total += v;
                }
                busy = total - t[3] - t[4];
            } else if (line.startsWith("cpu")) {
                cpus++;
            }
        }
        if (total < 0) {
            throw new CollectorException(statFile + " has no 'cpu' line; is this a Linux /proc?");
        }

        Path loadFile = roots.proc().resolve("loadavg");
        String[] load = KernelFiles.read(loadFile).trim().split("\\s+");
        if (load.length < 3) {
            throw new CollectorException(loadFile + " does not hold three load averages");
        }

        Path memFile = roots.proc().resolve("meminfo");
        long memTotal = -1;
        long memAvailable = -1;
        long memFree = 0;
        for (String line : KernelFiles.read(memFile).split("\n")) {
            String[] f = line.split(":\\s*|\\s+");
            if (f.length < 2) {
                continue;
            }
            switch (f[0]) {
                case "MemTotal" -> memTotal = KernelFiles.parseLong(f[1], memFile, "MemTotal") * 1024;
                case "MemAvailable" -> memAvailable = KernelFiles.parseLong(f[1], memFile, "MemAvailable") * 1024;
                case "MemFree" -> memFree = KernelFiles.parseLong(f[1], memFile, "MemFree") * 1024;
                default -> {
                    // other lines are not needed
                }
            }
        }
        if (memTotal < 0) {
            throw new CollectorException(memFile + " has no MemTotal line");
        }

        Path uptimeFile = roots.proc().resolve("uptime");
        String[] uptime = KernelFiles.read(uptimeFile).trim().split("\\s+");
        try {
            return new HostSample(Math.max(1, cpus), busy, total, Double.parseDouble(load[0]), Double.parseDouble(load[1]),
                    Double.parseDouble(load[2]), memTotal, memAvailable >= 0 ? memAvailable : memFree, Double.parseDouble(uptime[0]));
        } catch (NumberFormatException e) {
            throw new CollectorException("Unreadable number in " + loadFile + " or " + uptimeFile + ": " + e.getMessage(), e);
        }
    }
}
