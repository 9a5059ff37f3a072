package org.patchbay.shaping;

/**
 * What one Dummynet-style pipe does to the packets of one direction: serialise at
 * {@code bandwidthBps}, hold each packet {@code delayMs}, drop a fraction {@code lossRate} at random,
 * and tail-drop beyond {@code queueLimit} packets or bytes waiting for the link.
 */
public record PipeSpec(long bandwidthBps, double delayMs, double lossRate, int queueLimit, QueueUnit queueUnit, QueueKind queueKind) {

    public enum QueueUnit {
        PACKETS, BYTES
    }

    public enum QueueKind {
        DROP_TAIL, RED
    }
}
