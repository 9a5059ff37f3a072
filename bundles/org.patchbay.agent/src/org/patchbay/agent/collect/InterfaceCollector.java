package org.patchbay.agent.collect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads per-interface counters from /proc/net/dev and state and speed from /sys/class/net. */
public final class InterfaceCollector {

    private final SystemRoots roots;

    public InterfaceCollector(SystemRoots roots) {
        this.roots = roots;
    }

    public List<InterfaceSample> sample() throws CollectorException {
        Path devFile = roots.proc().resolve("net/dev");
        List<InterfaceSample> interfaces = new ArrayList<>();
        for (String line : KernelFiles.read(devFile).split("\n")) {
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
