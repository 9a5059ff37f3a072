package org.patchbay.shaping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeBSD Dummynet for a plan or a change, as on Netbed's delay nodes: per pipe
 * {@code ipfw pipe N config bw ... delay ... plr ... queue ...} and a rule sending the interface's
 * outgoing ({@code out xmit}) or arriving ({@code in recv}) packets through it. Pipe N has rule 1000+N;
 * numbers are per node, in the order of the node's pipes in the first plan, and new pipes take the
 * next free numbers, so a change touches only the pipes that changed.
 */
public final class IpfwCommands {

    public static final int RULE_BASE = 1000;
    private static final int SLOT_LIMIT = 100;
    private static final int BYTE_LIMIT = 1024 * 1024;

    private final Map<String, Map<PipeKey, Integer>> numbers = new HashMap<>();

    public Map<String, List<String>> of(List<ShapingPlan.Change> changes) throws ShapingException {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        for (ShapingPlan.Change change : changes) {
            PipeKey key = change.key();
            List<String> lines = byNode.computeIfAbsent(key.node(), n -> new ArrayList<>());
            Map<PipeKey, Integer> nodeNumbers = numbers.computeIfAbsent(key.node(), n -> new HashMap<>());
            if (change.removed()) {
                Integer n = nodeNumbers.remove(key);
                if (n != null) {
                    lines.add("ipfw delete " + (RULE_BASE + n));
                    lines.add("ipfw pipe " + n + " delete");
                }
                continue;
            }
            PipeSpec p = change.after();
            String config = config(key, p);
            Integer n = nodeNumbers.get(key);
            if (n == null) {
                n = nodeNumbers.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                nodeNumbers.put(key, n);
                lines.add("ipfw pipe " + n + " config " + config);
                lines.add("ipfw add " + (RULE_BASE + n) + " pipe " + n + " ip from any to any "
                        + (key.direction() == PipeKey.Direction.EGRESS ? "out xmit " : "in recv ") + key.iface());
            } else {
                lines.add("ipfw pipe " + n + " config " + config);
            }
        }
        return byNode;
    }

    private static String config(PipeKey key, PipeSpec p) throws ShapingException {
        if (p.queueKind() == PipeSpec.QueueKind.RED) {
            throw new ShapingException(key.shapes() + ": RED needs thresholds the topology does not hold yet; use a DropTail queue");
        }
        if (p.delayMs() != Math.rint(p.delayMs())) {
            throw new ShapingException(key.shapes() + ": Dummynet delays are whole milliseconds; " + Units.number(p.delayMs()) + " ms cannot be set");
        }
        String queue;
        if (p.queueUnit() == PipeSpec.QueueUnit.PACKETS) {
            if (p.queueLimit() > SLOT_LIMIT) {
                throw new ShapingException(key.shapes() + ": a Dummynet queue holds at most " + SLOT_LIMIT + " packets (" + p.queueLimit()
                        + " asked); raise net.inet.ip.dummynet.pipe_slot_limit on the node or use a byte limit");
            }
            queue = Integer.toString(Math.max(1, p.queueLimit()));
        } else {
            if (p.queueLimit() > BYTE_LIMIT) {
                throw new ShapingException(key.shapes() + ": a Dummynet queue holds at most 1 MB (" + p.queueLimit()
                        + " bytes asked); raise net.inet.ip.dummynet.pipe_byte_limit on the node");
            }
            queue = (long) Math.ceil(p.queueLimit() / 1024.0) + "KBytes";
        }
        return "bw " + bandwidth(p.bandwidthBps()) + " delay " + (long) p.delayMs() + "ms plr " + Units.number(p.lossRate()) + " queue " + queue;
    }

    private static String bandwidth(long bps) {
        if (bps % 1_000_000 == 0) {
            return bps / 1_000_000 + "Mbit/s";
        }
        if (bps % 1_000 == 0) {
            return bps / 1_000 + "Kbit/s";
        }
        return bps + "bit/s";
    }
}
