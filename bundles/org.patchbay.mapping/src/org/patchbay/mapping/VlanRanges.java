package org.patchbay.mapping;

import java.util.BitSet;

/** VLAN ID ranges as a switch's inventory entry writes them: "100-999", "100-199,300"; empty means every usable ID. */
public final class VlanRanges {

    public static final int FIRST_USABLE = 2;
    public static final int LAST_USABLE = 4094;

    private VlanRanges() {
    }

    /** The IDs the text allows; an error names the part that is wrong and the form expected. */
    public static BitSet parse(String text) {
        BitSet ids = new BitSet(LAST_USABLE + 1);
        if (text == null || text.isBlank()) {
            ids.set(FIRST_USABLE, LAST_USABLE + 1);
            return ids;
        }
        for (String part : text.split(",")) {
            String range = part.strip();
            String[] ends = range.split("-", -1);
            if (ends.length > 2 || range.isEmpty()) {
                throw new IllegalArgumentException("VLAN range '" + text + "': '" + range + "' is not an ID or a range like 100-999");
            }
            int first = id(text, ends[0].strip());
            int last = ends.length == 2 ? id(text, ends[1].strip()) : first;
            if (last < first) {
                throw new IllegalArgumentException("VLAN range '" + text + "': '" + range + "' ends before it starts; write the lower ID first");
            }
            ids.set(first, last + 1);
        }
        return ids;
    }

    private static int id(String text, String value) {
        int id;
        try {
            id = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("VLAN range '" + text + "': '" + value + "' is not a number; VLAN IDs are " + FIRST_USABLE + " to " + LAST_USABLE);
        }
        if (id < FIRST_USABLE || id > LAST_USABLE) {
            throw new IllegalArgumentException("VLAN range '" + text + "': " + id + " is outside " + FIRST_USABLE + "-" + LAST_USABLE
                    + " (1 is the default VLAN, 4095 reserved)");
        }
        return id;
    }
}
