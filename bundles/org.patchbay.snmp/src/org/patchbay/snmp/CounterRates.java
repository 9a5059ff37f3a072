package org.patchbay.snmp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rates from successive readings of an interface's octet counters, as a careful poller computes
 * them. The first reading is a baseline. A counter that went down is a wrap only when that is
 * plausible: a 32-bit counter, and the wrapped delta within what the interface could carry in the
 * interval (10 % slack). Anything else, or the device restarting (sysUpTime going back), or the
 * interface's ifCounterDiscontinuityTime changing, starts a new baseline instead of inventing a rate.
 * The interval is the device's own sysUpTime difference, so network delays do not skew the rate.
 */
public final class CounterRates {

    private static final double WRAP_32 = 4294967296.0;

    /** One reading: sysUpTime in hundredths, the discontinuity time, octets in and out, counter width, speed (b/s, 0 unknown). */
    public record Reading(long upTimeCentis, long discontinuity, long inOctets, long outOctets, int bits, long speedBitsPerSecond) {
    }

    public record Rate(double inBitsPerSecond, double outBitsPerSecond) {
    }

    private final Map<Object, Reading> last = new HashMap<>();

    public Optional<Rate> update(Object key, Reading now) {
        Reading before = last.put(key, now);
        if (before == null || now.upTimeCentis() <= before.upTimeCentis() || now.discontinuity() != before.discontinuity()
                || now.bits() != before.bits()) {
            return Optional.empty();
        }
        double seconds = (now.upTimeCentis() - before.upTimeCentis()) / 100.0;
        double in = delta(before.inOctets(), now.inOctets(), now, seconds);
        double out = delta(before.outOctets(), now.outOctets(), now, seconds);
        if (Double.isNaN(in) || Double.isNaN(out)) {
            return Optional.empty();
        }
        return Optional.of(new Rate(in * 8 / seconds, out * 8 / seconds));
    }

    private static double delta(long before, long now, Reading reading, double seconds) {
        if (now >= before) {
            return now - before;
        }
        if (reading.bits() != 32) {
            return Double.NaN;
        }
        double wrapped = WRAP_32 - before + now;
        double ceiling = reading.speedBitsPerSecond() > 0 ? reading.speedBitsPerSecond() * 1.1 * seconds / 8 : WRAP_32 / 2;
        return wrapped <= ceiling ? wrapped : Double.NaN;
    }
}
