package org.patchbay.agent.protocol.wire;

/**
 * One network interface on a node: the kernel's counters, its state and speed (-1 when the driver
 * does not say), and the receive and transmit rates in bits per second over the last interval.
 */
public record InterfaceInfo(String name, long rxBytes, long rxPackets, long rxErrors, long rxDrops, long txBytes, long txPackets,
        long txErrors, long txDrops, String operState, long speedMbps, double rxBitsPerSecond, double txBitsPerSecond) {
}
