package org.patchbay.snmp;

/**
 * One interface of a switch as IF-MIB reports it. {@code highCapacity} tells whether the octet
 * counters are the 64-bit ifHC ones or the 32-bit ifTable fallback; speed is in b/s (0 unknown).
 */
public record InterfaceCounters(int ifIndex, String name, boolean up, long speedBitsPerSecond, long inOctets, long outOctets,
        boolean highCapacity, long discontinuity) {
}
