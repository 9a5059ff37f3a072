package org.patchbay.agent.collect;

import java.nio.file.Path;

/**
 * Where the collectors read the kernel's view of the machine: {@code /proc}, {@code /sys} and the
 * user database. Tests point them at fixture trees; the agent uses the real ones.
 */
public record SystemRoots(Path proc, Path sys, Path passwd) {

    public static SystemRoots live() {
        return new SystemRoots(Path.of("/proc"), Path.of("/sys"), Path.of("/etc/passwd"));
    }

    /** A fixture tree with {@code proc/}, {@code sys/} and {@code etc/passwd} below {@code root}. */
    public static SystemRoots under(Path root) {
        return new SystemRoots(root.resolve("proc"), root.resolve("sys"), root.resolve("etc/passwd"));
    }
}
