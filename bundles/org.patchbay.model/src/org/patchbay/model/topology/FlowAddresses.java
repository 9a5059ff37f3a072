package org.patchbay.model.topology;

import java.util.Optional;

import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.model.TrafficFlow;

/** Where a traffic flow sends: the destination's address on a subnet its source shares, else its first address. */
public final class FlowAddresses {

    private FlowAddresses() {
    }

    public static Optional<String> destination(TrafficFlow flow) {
        Node to = flow.getDestination();
        if (to == null) {
            return Optional.empty();
        }
        Node from = flow.getNode();
        if (from != null) {
            for (Interface target : to.getInterfaces()) {
                for (Interface source : from.getInterfaces()) {
                    if (sameSubnet(source, target)) {
                        return Optional.of(target.getIpv4Address());
                    }
                }
            }
        }
        return to.getInterfaces().stream().map(Interface::getIpv4Address).filter(ip -> ip != null && !ip.isBlank()).findFirst();
    }

    private static boolean sameSubnet(Interface a, Interface b) {
        Integer x = Ipv4.parse(a.getIpv4Address());
        Integer y = Ipv4.parse(b.getIpv4Address());
        if (x == null || y == null || a.getPrefixLength() != b.getPrefixLength()) {
            return false;
        }
        int mask = Ipv4.mask(a.getPrefixLength());
        return (x & mask) == (y & mask);
    }
}
