package org.patchbay.core.shaping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.Node;
import org.patchbay.model.Port;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.ShapedElement;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * The pipes a topology asks for. A duplex link between two nodes is two pipes, each on the egress of
 * the sending node's interface; a link from a node to a switch is shaped at the node both ways
 * (egress and ingress); each LAN member's attachment likewise, with the LAN's values or the member's own
 * (egress is the member's "to the LAN", ingress its "from the LAN"). A link between
 * two switches has no node end to shape on and is listed as unshaped.
 */
public final class ModelShaping {

    private ModelShaping() {
    }

    public static ShapingPlan plan(Cluster cluster) {
        return plan(cluster, Map.of(), new LinkedHashMap<>());
    }

    /**
     * The plan with the console's runtime changes on top of the model: links and LANs taken down lose
     * every packet (an unplugged cable), scheduled values replace the model's; {@code owners} receives
     * the model element each pipe stands for.
     */
    public static ShapingPlan plan(Cluster cluster, Map<ShapedElement, RuntimeShaping> runtime, Map<PipeKey, ShapedElement> owners) {
        TreeMap<PipeKey, PipeSpec> pipes = new TreeMap<>();
        List<String> unshaped = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            String what = "link " + link.getName();
            Interface a = nodeInterface(link.getEndA());
            Interface b = nodeInterface(link.getEndB());
            PipeSpec spec = spec(link, runtime);
            if (a != null && b != null) {
                put(pipes, owners, key(a, PipeKey.Direction.EGRESS, what), spec, link);
                put(pipes, owners, key(b, PipeKey.Direction.EGRESS, what), spec, link);
            } else if (a != null || b != null) {
                Interface end = a != null ? a : b;
                put(pipes, owners, key(end, PipeKey.Direction.EGRESS, what), spec, link);
                put(pipes, owners, key(end, PipeKey.Direction.INGRESS, what), spec, link);
            } else {
                unshaped.add(what + ": both ends are switch ports; shape it at a node or put a delay node in it");
            }
        }
        for (Lan lan : cluster.getLans()) {
            PipeSpec spec = spec(lan, runtime);
            for (Port member : lan.getMembers()) {
                Interface iface = nodeInterface(member);
                if (iface != null) {
                    String what = "LAN " + lan.getName() + " member " + ((Node) iface.eContainer()).getName();
                    MemberShaping own = memberShaping(lan, member);
                    put(pipes, owners, key(iface, PipeKey.Direction.EGRESS, what),
                            own == null ? spec : override(spec, own.getToBandwidthBps(), own.getToDelayMs(), own.getToLossRate()), lan);
                    put(pipes, owners, key(iface, PipeKey.Direction.INGRESS, what),
                            own == null ? spec : override(spec, own.getFromBandwidthBps(), own.getFromDelayMs(), own.getFromLossRate()), lan);
                }
            }
        }
        return new ShapingPlan(pipes, unshaped);
    }

    private static MemberShaping memberShaping(Lan lan, Port member) {
        for (MemberShaping own : lan.getMemberShaping()) {
            if (own.getMember() == member) {
                return own;
            }
        }
        return null;
    }

    /** A member's own values replace the LAN's; a link taken down stays down whatever the member says. */
    private static PipeSpec override(PipeSpec lan, Long bandwidthBps, Double delayMs, Double lossRate) {
        double loss = lan.lossRate() >= 1.0 ? 1.0 : lossRate != null ? lossRate : lan.lossRate();
        return new PipeSpec(bandwidthBps != null ? bandwidthBps : lan.bandwidthBps(), delayMs != null ? delayMs : lan.delayMs(), loss,
                lan.queueLimit(), lan.queueUnit(), lan.queueKind());
    }

    private static void put(Map<PipeKey, PipeSpec> pipes, Map<PipeKey, ShapedElement> owners, PipeKey key, PipeSpec spec, ShapedElement owner) {
        pipes.put(key, spec);
        owners.put(key, owner);
    }

    private static Interface nodeInterface(Port port) {
        return port instanceof Interface iface && iface.eContainer() instanceof Node node && node.getName() != null ? iface : null;
    }

    private static PipeKey key(Interface iface, PipeKey.Direction direction, String what) {
        return new PipeKey(((Node) iface.eContainer()).getName(), KernelInterfaceNames.of(iface), direction, what);
    }

    /** A LAN member's two pipes as the model says them: into the LAN (its "to" values, else the LAN's) and out of it ("from"). */
    public static PipeSpec[] memberPipes(Lan lan, Port member) {
        PipeSpec spec = pipeOf(lan);
        MemberShaping own = memberShaping(lan, member);
        if (own == null) {
            return new PipeSpec[] {spec, spec};
        }
        return new PipeSpec[] {override(spec, own.getToBandwidthBps(), own.getToDelayMs(), own.getToLossRate()),
                override(spec, own.getFromBandwidthBps(), own.getFromDelayMs(), own.getFromLossRate())};
    }

    /** The pipe a link or LAN asks for, each way, as the model says it (no runtime changes). */
    public static PipeSpec pipeOf(ShapedElement e) {
        return spec(e, Map.of());
    }

    private static PipeSpec spec(ShapedElement e, Map<ShapedElement, RuntimeShaping> runtime) {
        RuntimeShaping r = runtime.getOrDefault(e, RuntimeShaping.NONE);
        double loss = r.down() ? 1.0 : r.lossRate() != null ? r.lossRate() : e.getLossRate();
        return new PipeSpec(r.bandwidthBps() != null ? r.bandwidthBps() : e.getBandwidthBps(), r.delayMs() != null ? r.delayMs() : e.getDelayMs(), loss,
                e.getQueueLimit(),
                e.getQueueUnit() == QueueUnit.BYTES ? PipeSpec.QueueUnit.BYTES : PipeSpec.QueueUnit.PACKETS,
                e.getQueueKind() == QueueKind.RED ? PipeSpec.QueueKind.RED : PipeSpec.QueueKind.DROP_TAIL);
    }
}
