package org.patchbay.ui.canvas;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.PowerController;
import org.patchbay.model.Switch;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.core.live.LinkLoad;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;

/**
 * Decides what each element shows at a glance: type, name, address, state, shaping, problems.
 * Live state comes from a status function so the file-backed model never holds it.
 */
public class TopologyStyleProvider extends LabelProvider {

    public static final int NODE_WIDTH = 150;
    public static final int NODE_HEIGHT = 76;
    public static final int DEVICE_WIDTH = 140;
    public static final int DEVICE_HEIGHT = 52;

    private Map<EObject, String> problems = Map.of();
    private Function<DiagramElement, String> status = element -> element instanceof Node ? "not running" : "";
    private LiveState live;
    private Function<String, String> operations = node -> null;
    private Function<String, String> pduOutlets = pdu -> null;
    private Function<String, String> switchLine = sw -> null;
    private Function<Node, String> nodeDetail = node -> null;
    private static final double IDLE_BITS_PER_SECOND = 1000;

    public void setProblems(Map<EObject, String> problemsByElement) {
        problems = problemsByElement;
    }

    public void setStatus(Function<DiagramElement, String> statusFunction) {
        status = statusFunction;
    }

    /** A node's detail line instead of its addresses (null keeps them), for drawings of things that have none, such as an inventory's machines. */
    public void setNodeDetail(Function<Node, String> detailFunction) {
        nodeDetail = detailFunction;
    }

    /** How a switch is being polled ("polled over SNMPv3", a clear-text warning, or why it cannot be), or null when it is not. */
    public void setSwitchLine(Function<String, String> line) {
        switchLine = line;
    }

    /** A PDU's outlet states as one line ("1● 2○ 3●"), or null when they are not known. */
    public void setPduOutlets(Function<String, String> outletLine) {
        pduOutlets = outletLine;
    }

    /** A long operation on a node (a reimage): its line of text, how far it is (0..1, negative unknown), and whether it failed. */
    public record Progress(String text, double fraction, boolean failed) {
    }

    private Function<String, Progress> progress = node -> null;

    /** Long operations with progress (reimaging), shown with a progress bar instead of the node's figures. */
    public void setProgress(Function<String, Progress> nodeProgress) {
        progress = nodeProgress;
    }

    /** What a node is going through (power operations), shown instead of its figures while it runs. */
    public void setOperations(Function<String, String> operationText) {
        operations = operationText;
    }

    /** Where live node state and link load come from; null when nothing is being watched. */
    public void setLive(LiveState liveState) {
        live = liveState;
    }

    public static int[] size(DiagramElement element) {
        return element instanceof Node ? new int[] {NODE_WIDTH, NODE_HEIGHT} : new int[] {DEVICE_WIDTH, DEVICE_HEIGHT};
    }

    public NodeStyle nodeStyle(DiagramElement element) {
        int[] size = size(element);
        String name = element.getName() == null ? "(unnamed)" : element.getName();
        String problem = problems.get(element);
        String notApplied = live == null || element.getName() == null ? null : live.notApplied(element.getName());
        if (notApplied != null) {
            // the running lab could not follow an edit of this element: drawn as a problem, with why
            problem = (problem == null ? "" : problem + "\n") + "Not as drawn in the running lab: " + notApplied;
        }
        String brokenHere = live == null || element.getName() == null ? null : live.broken(element.getName());
        if (brokenHere != null) {
            problem = (problem == null ? "" : problem + "\n") + "Broken in the running lab: " + brokenHere;
        }
        if (element instanceof Node node) {
            String role = node.getRole().getLiteral() + (node.getHardwareType() == null || node.getHardwareType().isEmpty() ? "" : " · " + node.getHardwareType());
            LiveBadge badge = badge(node);
            return new NodeStyle(node.getX(), node.getY(), size[0], size[1], NodeStyle.Shape.NODE, "NODE · " + role, name,
                    nodeDetail.apply(node) != null ? nodeDetail.apply(node) : addresses(node), badge == null ? status.apply(node) : badge.text(), problem,
                    badge);
        }
        if (element instanceof Switch sw) {
            String target = sw.getSnmp() == null || sw.getSnmp().getHost() == null ? "" : "snmp " + sw.getSnmp().getHost();
            return new NodeStyle(sw.getX(), sw.getY(), size[0], size[1], NodeStyle.Shape.SWITCH, "SWITCH · " + sw.getPorts().size() + " ports",
                    name, target, sw.getName() != null && switchLine.apply(sw.getName()) != null ? switchLine.apply(sw.getName()) : status.apply(sw), problem,
                    null);
        }
        if (element instanceof PowerController pdu) {
            String outletLine = pdu.getName() == null ? null : pduOutlets.apply(pdu.getName());
            return new NodeStyle(pdu.getX(), pdu.getY(), size[0], size[1], NodeStyle.Shape.PDU, "PDU · " + pdu.getVendorProfile().getLiteral(),
                    name, outletLine != null ? outletLine : pdu.getOutlets().size() + " outlets", status.apply(pdu), problem, null);
        }
        Lan lan = (Lan) element;
        String shaping = ShapingText.summary(lan);
        LiveState.LinkShaping applied = live == null || lan.getName() == null ? null : live.linkShaping(lan.getName());
        if (applied != null) {
            shaping = (applied.down() ? "DOWN · " : "") + shaping + (applied.mismatch() ? " ⚠ runs " + applied.applied()
                    : applied.overridden() ? " → runs " + applied.applied() : "");
        }
        return new NodeStyle(lan.getX(), lan.getY(), size[0], size[1], NodeStyle.Shape.LAN, "LAN · " + lan.getMembers().size() + " members",
                name, shaping, status.apply(lan), problem, null);
    }

    public EdgeStyle edgeStyle(Object edge) {
        if (edge instanceof Link link) {
            if (live == null) {
                return new EdgeStyle(ShapingText.summary(link), problems.get(link), false);
            }
            return withApplied(withLoads(ShapingText.summary(link), problems.get(link), LinkLoad.of(link, live).orElse(null),
                    LinkLoad.switchMeasured(link, live).orElse(null)), link.getName());
        }
        LanMembership membership = (LanMembership) edge;
        return withLoad(null, problems.get(membership.lan()), true,
                live == null ? null : LinkLoad.at(membership.member(), membership.lan(), live).orElse(null));
    }

    /**
     * What the running link really does, read back from where it is shaped: "DOWN" when the console
     * took it down, and the applied values with a warning when they differ from the model.
     */
    private EdgeStyle withApplied(EdgeStyle style, String name) {
        String notApplied = name == null ? null : live.notApplied(name);
        if (notApplied != null) {
            style = style.withShaping("⚠ not running · " + style.label(), "Not in the running lab: " + notApplied, false, "Not running: " + notApplied);
        }
        String brokenHere = name == null ? null : live.broken(name);
        if (brokenHere != null) {
            style = style.withShaping("⚠ broken · " + style.label(), "Broken in the running lab: " + brokenHere, false, "Broken: " + brokenHere);
        }
        LiveState.LinkShaping applied = name == null ? null : live.linkShaping(name);
        if (applied == null) {
            return style;
        }
        String label = style.label();
        String problem = style.problem();
        if (applied.overridden() && !applied.mismatch()) {
            label = label + " → runs " + applied.applied();
        }
        if (applied.mismatch()) {
            label = label + " ⚠ runs " + applied.applied();
            if (problem == null) {
                problem = "The running link is shaped " + applied.applied() + ", not as the model says (" + style.label()
                        + "). Edit the link, or restart the lab, to apply the model again.";
            }
        }
        if (problem == null && applied.problem() != null) {
            problem = "Shaping not applied: " + applied.problem();
        }
        return style.withShaping(applied.down() ? "DOWN · " + label : label, problem, applied.down(), "Running: " + applied.applied()
                + (applied.down() ? " (down: every packet lost)" : "") + (applied.overridden() ? " (set by the event schedule)" : ""));
    }

    private static EdgeStyle withLoad(String label, String problem, boolean dashed, LinkLoad load) {
        if (load == null) {
            return new EdgeStyle(label, problem, dashed);
        }
        // an idle link keeps its shaping label alone: "0 b/s" on every quiet link is noise
        String rate = load.bitsPerSecond() >= IDLE_BITS_PER_SECOND ? LinkLoad.rateText(load.bitsPerSecond()) : null;
        return new EdgeStyle(label, problem, dashed, load.utilization(), rate);
    }

    /** A lab node's memory is its own processes' (a share of the host's would always read 0 %), so it is shown in MB. */
    private static String upText(LiveNode state, double cpu, double memory) {
        if (state.status() != null && "loopback".equals(state.status().mode())) {
            // the degraded lab: say so on every node, these are not isolated machines
            return String.format("loopback lab · cpu %.0f%%", cpu);
        }
        if (state.status() != null && "namespace".equals(state.status().mode())) {
            return String.format("cpu %.0f%% · mem %.0f MB", cpu, state.status().memoryUsedBytes() / 1048576.0);
        }
        return String.format("cpu %.0f%% · mem %.0f%%", cpu, memory);
    }

    /** Agent-measured load first; the switch's own counters beside it ("sw ...") when a polled switch is at one end. */
    private static EdgeStyle withLoads(String label, String problem, LinkLoad agent, LinkLoad sw) {
        if (sw == null) {
            return withLoad(label, problem, false, agent);
        }
        LinkLoad main = agent != null ? agent : sw;
        String agentText = agent != null && agent.bitsPerSecond() >= IDLE_BITS_PER_SECOND ? LinkLoad.rateText(agent.bitsPerSecond()) : null;
        String switchText = sw.bitsPerSecond() >= IDLE_BITS_PER_SECOND ? "sw " + LinkLoad.rateText(sw.bitsPerSecond()) : null;
        String text = agentText == null ? switchText : switchText == null ? agentText : agentText + " · " + switchText;
        return new EdgeStyle(label, problem, false, main.utilization(), text);
    }

    private LiveBadge badge(Node node) {
        Progress longOperation = node.getName() == null ? null : progress.apply(node.getName());
        if (longOperation != null) {
            return new LiveBadge(longOperation.failed() ? LiveBadge.Level.DOWN : LiveBadge.Level.WAITING, longOperation.text(), -1, -1,
                    longOperation.fraction());
        }
        String operation = node.getName() == null ? null : operations.apply(node.getName());
        if (operation != null) {
            return new LiveBadge(LiveBadge.Level.WAITING, operation, -1, -1);
        }
        LiveNode state = live == null || node.getName() == null ? null : live.node(node.getName());
        LiveState.NodeStart start = live == null || node.getName() == null ? null : live.start(node.getName());
        if (start != null && start.failed()) {
            // the first clause on the box; the whole reason (with the agent's last log lines) is in the Lab's messages
            return new LiveBadge(LiveBadge.Level.DOWN, "failed: " + start.failure().split(": ", 2)[0], -1, -1);
        }
        if (start != null && start.running() && state == null) {
            // a node that runs with no agent to reach (a lab VM): what the lab sees of it is all there is
            return new LiveBadge(LiveBadge.Level.UP, start.phase(), -1, -1);
        }
        boolean everUp = state != null && state.status() != null;
        if (start != null && !everUp) {
            // nothing is drawn unreachable that has never been up: it is still starting
            return new LiveBadge(LiveBadge.Level.WAITING, (state == null || start.phase().equals("agent listening") ? start.phase() : "connecting") + "…", -1, -1);
        }
        if (state == null) {
            return null;
        }
        boolean figures = state.status() != null;
        double cpu = figures ? state.status().cpuPercent() : -1;
        double memory = figures ? state.status().memoryPercent() : -1;
        return switch (state.state()) {
            case UP -> new LiveBadge(LiveBadge.Level.UP, upText(state, cpu, memory), cpu, memory);
            case CONNECTING -> new LiveBadge(LiveBadge.Level.WAITING, "connecting…", -1, -1);
            case REBOOTING -> new LiveBadge(LiveBadge.Level.WAITING, "rebooting…", -1, -1);
            case UNTRUSTED -> new LiveBadge(LiveBadge.Level.UNTRUSTED, "certificate refused", -1, -1);
            case UNREACHABLE -> new LiveBadge(LiveBadge.Level.DOWN, "unreachable", -1, -1);
            case CLOSED -> null;
        };
    }

    private static String addresses(Node node) {
        String first = null;
        int count = 0;
        for (Interface iface : node.getInterfaces()) {
            if (iface.getIpv4Address() != null && !iface.getIpv4Address().isEmpty()) {
                if (first == null) {
                    first = iface.getIpv4Address();
                }
                count++;
            }
        }
        if (first == null) {
            return "no address";
        }
        return count > 1 ? first + " +" + (count - 1) : first;
    }
}
