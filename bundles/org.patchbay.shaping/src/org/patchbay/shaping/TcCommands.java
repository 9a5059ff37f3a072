package org.patchbay.shaping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux tc for a plan or a change: per pipe a netem qdisc (delay, loss, and a queue long enough for
 * the packets in flight) with a tbf child (rate, and the pipe's queue limit in bytes). Ingress pipes
 * redirect the interface's arriving packets through an IFB device and shape them there. Commands are
 * per node, to be run in that node's network namespace, in a fixed order so they can be compared with
 * golden files. Needs netem, which this project's build machines lack (see FACTS): here the plans are
 * generated and checked, and the userspace shaper applies them.
 */
public final class TcCommands {

    private static final int MTU_FRAME = 1514;

    private TcCommands() {
    }

    public static Map<String, List<String>> of(List<ShapingPlan.Change> changes) throws ShapingException {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        for (ShapingPlan.Change change : changes) {
            List<String> lines = byNode.computeIfAbsent(change.key().node(), n -> new ArrayList<>());
            PipeKey key = change.key();
            boolean ingress = key.direction() == PipeKey.Direction.INGRESS;
            String ifb = ifb(key.iface());
            if (change.removed()) {
                if (ingress) {
                    lines.add("tc qdisc del dev " + key.iface() + " ingress");
                    lines.add("ip link del " + ifb);
                } else {
                    lines.add("tc qdisc del dev " + key.iface() + " root");
                }
                continue;
            }
            check(key, change.after());
            String dev = key.iface();
            if (ingress) {
                dev = ifb;
                if (change.added()) {
                    lines.add("ip link add " + ifb + " type ifb");
                    lines.add("ip link set " + ifb + " up");
                    lines.add("tc qdisc replace dev " + key.iface() + " handle ffff: ingress");
                    lines.add("tc filter replace dev " + key.iface() + " parent ffff: protocol all prio 1 matchall action mirred egress redirect dev " + ifb);
                }
            }
            PipeSpec p = change.after();
            lines.add("tc qdisc replace dev " + dev + " root handle 1: netem delay " + Units.number(p.delayMs()) + "ms loss " + Units.number(p.lossRate() * 100)
                    + "% limit " + netemLimit(p));
            lines.add("tc qdisc replace dev " + dev + " parent 1:1 handle 10: tbf rate " + p.bandwidthBps() + "bit burst " + burst(p) + " limit "
                    + queueBytes(p));
        }
        return byNode;
    }

    static String ifb(String iface) {
        String name = "ifb-" + iface;
        return name.length() <= 15 ? name : name.substring(0, 15);
    }

    private static void check(PipeKey key, PipeSpec p) throws ShapingException {
        if (p.queueKind() == PipeSpec.QueueKind.RED) {
            throw new ShapingException(key.shapes() + ": RED needs thresholds the topology does not hold yet; use a DropTail queue");
        }
        if (p.bandwidthBps() < 8) {
            throw new ShapingException(key.shapes() + ": tc cannot shape to " + p.bandwidthBps() + " b/s; use at least 8 b/s");
        }
    }

    /** netem holds every delayed packet: room for twice the packets in flight at full rate, at least 1000. */
    private static long netemLimit(PipeSpec p) {
        double inFlight = p.bandwidthBps() * (p.delayMs() / 1000.0) / (8.0 * 1500);
        return Math.max(1000, (long) Math.ceil(2 * inFlight));
    }

    /** tbf's bucket: one frame at least, or what the rate sends in 10 ms. */
    private static long burst(PipeSpec p) {
        return Math.max(1600, p.bandwidthBps() / 8 / 100);
    }

    private static long queueBytes(PipeSpec p) {
        return p.queueUnit() == PipeSpec.QueueUnit.BYTES ? Math.max(p.queueLimit(), MTU_FRAME) : (long) Math.max(1, p.queueLimit()) * MTU_FRAME;
    }
}
