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

    /**
     * One series of (time, value) points in a ring. A console follows a thousand nodes with six
     * series each, so a point is 8 bytes, not 16: the time as milliseconds since the point before
     * (the oldest point's time is kept whole) and the value as a float (a chart's precision).
     */
    public static final class Series {
        private final int[] gaps = new int[POINTS];
        private final float[] values = new float[POINTS];
        private int start;
        private int size;
        private long firstTime;
        private long lastTime;

        synchronized void add(long timeMillis, double value) {
            if (size == 0) {
                start = 0;
                firstTime = timeMillis;
                lastTime = timeMillis;
                gaps[0] = 0;
                values[0] = (float) value;
                size = 1;
                return;
            }
            if (size == POINTS) {
                int next = (start + 1) % POINTS;
                firstTime += gaps[next];
                start = next;
                size--;
            }
            int at = (start + size) % POINTS;
            // a clock that went back gives a gap of 0: times stay in order
            int gap = (int) Math.min(Integer.MAX_VALUE, Math.max(0, timeMillis - lastTime));
            gaps[at] = gap;
            values[at] = (float) value;
            lastTime += gap;
            size++;
        }

        /** Copies of the points, oldest first: {times (ms), values}. */
        public synchronized Object[] copy() {
            long[] t = new long[size];
            double[] v = new double[size];
            long time = firstTime;
            for (int i = 0; i < size; i++) {
                int at = (start + i) % POINTS;
                if (i > 0) {
                    time += gaps[at];
                }
                t[i] = time;
                v[i] = values[at];
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
