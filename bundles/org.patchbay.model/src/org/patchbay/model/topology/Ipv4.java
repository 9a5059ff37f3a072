package org.patchbay.model.topology;

/** Dotted-quad IPv4 addresses as 32-bit numbers, for subnet arithmetic. */
public final class Ipv4 {

    private Ipv4() {
    }

    /** The address as a number, or null when {@code text} is not a dotted quad. */
    public static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return null;
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    public static String format(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** The netmask of a prefix length 0..32 as a number. */
    public static int mask(int prefixLength) {
        return prefixLength <= 0 ? 0 : prefixLength >= 32 ? -1 : -1 << (32 - prefixLength);
    }

    /** The prefix length of a contiguous netmask such as 255.255.255.0, or -1 when it is not one. */
    public static int prefixLength(String netmask) {
        Integer m = parse(netmask);
        if (m == null) {
            return -1;
        }
        int length = Integer.bitCount(m);
        return mask(length) == m ? length : -1;
    }
}
