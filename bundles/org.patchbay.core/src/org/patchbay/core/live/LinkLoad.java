package org.patchbay.core.live;

import java.util.Optional;

import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.model.Interface;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Port;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;

/**
 * The load on a link (or on a LAN member's attachment) as measured by the agent of a node at one of
 * its ends: the busier direction in bits per second, and the capacity it is measured against (the
 * link's shaped bandwidth, else the port's speed, else the speed the kernel reports).
 */
public record LinkLoad(double bitsPerSecond, double capacityBitsPerSecond, String measuredAt) {

    public double utilization() {
        return capacityBitsPerSecond <= 0 ? 0 : Math.min(1, bitsPerSecond / capacityBitsPerSecond);
    }

    public static Optional<LinkLoad> of(Link link, LiveState live) {
        Optional<LinkLoad> a = at(link.getEndA(), link, live);
        return a.isPresent() ? a : at(link.getEndB(), link, live);
    }

    public static Optional<LinkLoad> at(Port port, ShapedElement shaping, LiveState live) {
        if (!(port instanceof Interface iface) || !(iface.eContainer() instanceof Node node) || node.getName() == null) {
            return Optional.empty();
        }
        LiveNode state = live.node(node.getName());
        if (state == null || !state.up()) {
            return Optional.empty();
        }
        InterfaceInfo info = state.interfaces().get(KernelInterfaceNames.of(iface));
        if (info == null) {
            return Optional.empty();
        }
        double capacity;
        if (shaping != null && shaping.getBandwidthBps() > 0) {
            capacity = shaping.getBandwidthBps();
        } else if (iface.getSpeedMbps() > 0) {
            capacity = iface.getSpeedMbps() * 1e6;
        } else if (info.speedMbps() > 0) {
            capacity = info.speedMbps() * 1e6;
        } else {
            capacity = 1e9;
        }
        return Optional.of(new LinkLoad(Math.max(info.rxBitsPerSecond(), info.txBitsPerSecond()), capacity, node.getName() + "/" + info.name()));
    }

    /** The load on a link as its switch end measures it (SNMP counters), when one end is a polled switch port. */
    public static Optional<LinkLoad> switchMeasured(Link link, LiveState live) {
        for (Port end : new Port[] {link.getEndA(), link.getEndB()}) {
            if (end instanceof SwitchPort port && port.eContainer() instanceof Switch sw && sw.getName() != null) {
                LiveState.SwitchPortLoad load = live.switchPort(sw.getName(), port.getIfIndex());
                if (load != null && !Double.isNaN(load.inBitsPerSecond())) {
                    double capacity = link.getBandwidthBps() > 0 ? link.getBandwidthBps() : load.speedBitsPerSecond() > 0 ? load.speedBitsPerSecond() : 1e9;
                    return Optional.of(new LinkLoad(Math.max(load.inBitsPerSecond(), load.outBitsPerSecond()), capacity, sw.getName() + "/" + load.name()));
                }
            }
        }
        return Optional.empty();
    }

    /** "12.3 Mb/s" style, in the units users read on a link. */
    public static String rateText(double bitsPerSecond) {
        if (bitsPerSecond >= 1e9) {
            return String.format("%.2f Gb/s", bitsPerSecond / 1e9);
        }
        if (bitsPerSecond >= 1e6) {
            return String.format("%.1f Mb/s", bitsPerSecond / 1e6);
        }
        if (bitsPerSecond >= 1e3) {
            return String.format("%.0f kb/s", bitsPerSecond / 1e3);
        }
        return String.format("%.0f b/s", bitsPerSecond);
    }
}
