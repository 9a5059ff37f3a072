package org.patchbay.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one fuzz target did: inputs run, the slowest input (CPU time of the calling thread, or wall
 * time where the work runs on the server's threads) and the heap in use, printed at the end for
 * bench/fuzz to report.
 */
final class FuzzStatistics {

    private final String target;
    private final boolean wallTime;
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong slowestNanos = new AtomicLong();
    private final AtomicLong heapPeak = new AtomicLong();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    FuzzStatistics(String target, boolean wallTime) {
        this.target = target;
        this.wallTime = wallTime;
    }

    long start() {
        return wallTime ? System.nanoTime() : threads.getCurrentThreadCpuTime();
    }

    void end(long started) {
        long spent = (wallTime ? System.nanoTime() : threads.getCurrentThreadCpuTime()) - started;
        long n = inputs.incrementAndGet();
        slowestNanos.accumulateAndGet(spent, Math::max);
        if (n % 256 == 1) {
            heapPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
    }

    void print() {
        if (inputs.get() == 0) {
            return;
        }
        System.out.printf("fuzz %s: %d inputs, slowest %.1f ms (%s), heap in use at most %d MB (sampled) of %d MB%n", target, inputs.get(),
                slowestNanos.get() / 1e6, wallTime ? "wall" : "CPU", heapPeak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
