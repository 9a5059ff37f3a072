package org.patchbay.core.shaping;

/**
 * What the console has changed on a running link or LAN without touching the topology: taken down,
 * or a bandwidth, delay or loss set by a scheduled event (null: as the model says). Reset clears it.
 */
public record RuntimeShaping(Long bandwidthBps, Double delayMs, Double lossRate, boolean down) {

    public static final RuntimeShaping NONE = new RuntimeShaping(null, null, null, false);

    public RuntimeShaping withDown(boolean isDown) {
        return new RuntimeShaping(bandwidthBps, delayMs, lossRate, isDown);
    }

    public RuntimeShaping withBandwidth(long bps) {
        return new RuntimeShaping(bps, delayMs, lossRate, down);
    }

    public RuntimeShaping withDelay(double ms) {
        return new RuntimeShaping(bandwidthBps, ms, lossRate, down);
    }

    public RuntimeShaping withLoss(double rate) {
        return new RuntimeShaping(bandwidthBps, delayMs, rate, down);
    }

    /** Values differ from the model's (down alone is not an override). */
    public boolean overrides() {
        return bandwidthBps != null || delayMs != null || lossRate != null;
    }
}
