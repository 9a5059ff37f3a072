package org.patchbay.core.live;

import java.util.HashMap;
import java.util.Map;

/**
 * The last minutes of one node's figures for charts: CPU %, memory %, and each interface's
 * receive and transmit bits per second, one point per event, oldest dropped first.
 */
public final class LiveHistory {

    public static final int POINTS = 600;

    private final Series cpu = new Series();
    private final Series memory = new Series();
    private final Map<String, Series[]> interfaces = new HashMap<>();

    /** One series of (time, value) points in a ring. */
    public static final class Series {
        private final long[] times = new long[POINTS];
        private final double[] values = new double[POINTS];
        private int start;
        private int size;

        synchronized void add(long timeMillis, double value) {
            int at = (start + size) % POINTS;
            if (size == POINTS) {
                start = (start + 1) % POINTS;
            } else {
                size++;
            }
            times[at] = timeMillis;
            values[at] = value;
        }

        /** Copies of the points, oldest first: {times (ms), values}. */
        public synchronized Object[] copy() {
            long[] t = new long[size];
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                t[i] = times[(start + i) % POINTS];
                v[i] = values[(start + i) % POINTS];
            }
            return new Object[] {t, v};
        }

        public synchronized int size() {
            return size;
        }
    }

    public Series cpu() {
        return cpu;
    }

    public Series memory() {
        return memory;
    }

    /** {rx, tx} series for an interface, or null when it never reported. */
    public synchronized Series[] iface(String name) {
        return interfaces.get(name);
    }

    public synchronized java.util.Set<String> interfaceNames() {
        return new java.util.TreeSet<>(interfaces.keySet());
    }

    synchronized Series[] ifaceOrNew(String name) {
        return interfaces.computeIfAbsent(name, n -> new Series[] {new Series(), new Series()});
    }
}
