package org.patchbay.shaping;

/**
 * Where a pipe sits: on a node's interface, for the packets leaving it (EGRESS) or arriving on it
 * (INGRESS, shaped through an IFB device with tc, or an "in recv" rule with ipfw). {@code shapes}
 * names the link or LAN membership it stands for, for messages.
 */
public record PipeKey(String node, String iface, Direction direction, String shapes) implements Comparable<PipeKey> {

    public enum Direction {
        EGRESS, INGRESS
    }

    @Override
    public int compareTo(PipeKey o) {
        int c = node.compareTo(o.node);
        if (c == 0) {
            c = iface.compareTo(o.iface);
        }
        return c != 0 ? c : direction.compareTo(o.direction);
    }

    /** Two keys are the same place whatever link they are described as. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PipeKey k && k.node.equals(node) && k.iface.equals(iface) && k.direction == direction;
    }

    @Override
    public int hashCode() {
        return (node.hashCode() * 31 + iface.hashCode()) * 31 + direction.hashCode();
    }
}
