package org.patchbay.agent.collect;

/**
 * One network interface at one instant: kernel counters since boot, operational state
 * (up, down, unknown ...) and speed in Mb/s (-1 when the driver does not say, as for veth).
 */
public record InterfaceSample(String name, long rxBytes, long rxPackets, long rxErrors, long rxDrops, long txBytes, long txPackets,
        long txErrors, long txDrops, String operState, long speedMbps) {

    /** Bits per second received between two samples {@code seconds} apart; counter resets read as 0. */
    public double rxBitsPerSecondSince(InterfaceSample earlier, double seconds) {
        return rate(rxBytes - earlier.rxBytes, seconds);
    }

    public double txBitsPerSecondSince(InterfaceSample earlier, double seconds) {
        return rate(txBytes - earlier.txBytes, seconds);
    }

    private static double rate(long bytes, double seconds) {
        return bytes < 0 || seconds <= 0 ? 0 : bytes * 8 / seconds;
    }
}
