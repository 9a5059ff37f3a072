package org.patchbay.agent.collect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads per-interface counters from /proc/net/dev and state and speed from /sys/class/net. */
public final class InterfaceCollector {

    /** The text of a {@code net/dev} table: the agent's own, or a node's read from inside its network namespace. */
    public interface NetDev {
        String read(Path file) throws CollectorException;
    }

    private final SystemRoots roots;
    private final Path devFile;
    private final NetDev netDev;

    public InterfaceCollector(SystemRoots roots) {
        this(roots, roots.proc().resolve("net/dev"), KernelFiles::read);
    }

    /** Counters from {@code devFile} as {@code netDev} reads it; state and speed from {@code roots.sys()}. */
    public InterfaceCollector(SystemRoots roots, Path devFile, NetDev netDev) {
        this.roots = roots;
        this.devFile = devFile;
        this.netDev = netDev;
    }

    public List<InterfaceSample> sample() throws CollectorException {
        List<InterfaceSample> interfaces = new ArrayList<>();
        for (String line : netDev.read(devFile).split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.contains("|")) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            if (f.length < 16) {
                throw new CollectorException(devFile + ": the line for " + name + " has " + f.length + " counters, expected 16");
            }
            long[] c = new long[16];
            for (int i = 0; i < 16; i++) {
                c[i] = KernelFiles.parseLong(f[i], devFile, name + " counter " + (i + 1));
            }
            Path sysDir = roots.sys().resolve("class/net").resolve(name);
            String state = KernelFiles.readIfPresent(sysDir.resolve("operstate"));
            String speed = KernelFiles.readIfPresent(sysDir.resolve("speed"));
            long speedMbps = -1;
            if (speed != null) {
                try {
                    speedMbps = Long.parseLong(speed.trim());
                } catch (NumberFormatException e) {
                    speedMbps = -1;
                }
            }
            // rx: bytes packets errs drop fifo frame compressed multicast; tx: bytes packets errs drop ...
            interfaces.add(new InterfaceSample(name, c[0], c[1], c[2], c[3], c[8], c[9], c[10], c[11],
                    state == null ? "unknown" : state.trim(), speedMbps));
        }
        return interfaces;
    }
}
