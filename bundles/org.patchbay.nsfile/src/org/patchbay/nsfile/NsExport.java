package org.patchbay.nsfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.patchbay.model.Activity;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.Port;
import org.patchbay.model.PowerController;
import org.patchbay.model.Program;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.topology.Ipv4;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.model.topology.Wiring;
import org.patchbay.nsfile.internal.NsUnits;
import org.patchbay.nsfile.internal.PatchbayComments;
import org.patchbay.nsfile.internal.TclWords;

/**
 * Writes a topology as an NS file that Emulab accepts, using only the constructs in {@link #ALLOWED}
 * (all from Emulab's own documentation). What NS cannot say travels in {@code # patchbay:} comments,
 * so opening the file in Patchbay gives back the same topology. Switches become NS nodes marked as
 * switches in a comment (Emulab then routes through a PC where the drawing has a switch).
 */
public final class NsExport {

    /** The text and the elements that could not be written (events naming nothing), each with the reason. */
    public record Result(String text, List<String> skipped) {
    }

    private static final String W = "(?:[A-Za-z0-9_./:=+,@%-]+|\"(?:[^\"\\\\]|\\\\.)*\")";
    private static final String V = "(?:\\$[A-Za-z0-9_]+|\\$\\{[A-Za-z0-9_.-]+\\})";
    private static final String N = "[A-Za-z0-9_][A-Za-z0-9_.-]*";
    private static final String NUM = "[0-9.eE+-]+";

    /** Every non-blank, non-comment line the exporter writes matches one of these. */
    public static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("set ns \\[new Simulator\\]"),
            Pattern.compile("source tb_compat\\.tcl"),
            Pattern.compile("set " + N + " \\[\\$ns node\\]"),
            Pattern.compile("tb-set-hardware " + V + " " + W),
            Pattern.compile("tb-set-node-os " + V + " " + W),
            Pattern.compile("tb-fix-node " + V + " " + W),
            Pattern.compile("tb-set-node-startcmd " + V + " " + W),
            Pattern.compile("tb-set-node-tarfiles " + V + " " + W + " " + W),
            Pattern.compile("set " + N + " \\[\\$ns duplex-link " + V + " " + V + " " + W + " " + W + " (DropTail|RED|GRED)\\]"),
            Pattern.compile("set " + N + " \\[\\$ns (make-lan|make-cloud) \"" + V + "( " + V + ")*\" " + W + " " + W + "\\]"),
            Pattern.compile("tb-set-link-loss " + V + " " + NUM),
            Pattern.compile("tb-set-lan-loss " + V + " " + NUM),
            Pattern.compile("tb-set-ip-(link|lan) " + V + " " + V + " [0-9.]+"),
            Pattern.compile("tb-set-netmask " + V + " [0-9.]+"),
            Pattern.compile("tb-set-lan-simplex-params " + V + " " + V + "( " + W + "){6}"),
            Pattern.compile("set " + N + " \\[\\[\\$ns (link|lanlink) " + V + " " + V + "\\] queue\\]"),
            Pattern.compile(V + " set (limit_|queue-in-bytes_|thresh_|maxthresh_|q_weight_|linterm_|gentle_|red_) " + NUM),
            Pattern.compile("set " + N + " \\[" + V + " program-agent -command " + W + "\\]"),
            Pattern.compile("set " + N + " \\[new (Agent/UDP|Agent/TCP|Agent/Null|Agent/TCPSink|Application/Traffic/CBR)\\]"),
            Pattern.compile("\\$ns attach-agent " + V + " " + V),
            Pattern.compile("\\$ns connect " + V + " " + V),
            Pattern.compile(V + " set (packetSize_|rate_) " + W),
            Pattern.compile(V + " attach-agent " + V),
            Pattern.compile("\\$ns at " + NUM + " \"" + V + " (up|down|start|stop|bandwidth [^\"]+ duplex|delay [^\"]+|plr [^\"]+)\""),
            Pattern.compile("\\$ns rtproto (Static|Session|Manual)"),
            Pattern.compile("\\$ns run"));

    private final Cluster cluster;
    private final List<String> out = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    private NsExport(Cluster cluster) {
        this.cluster = cluster;
    }

    /** @throws IllegalArgumentException naming an element whose name NS cannot carry, and how to fix it */
    public static Result write(Cluster cluster) {
        NsExport export = new NsExport(cluster);
        export.writeAll();
        return new Result(String.join("\n", export.out) + "\n", List.copyOf(export.skipped));
    }

    /** Writes the file atomically (nothing is left half written). */
    public static Result write(Cluster cluster, Path file) throws ClusterFileException {
        Result result = write(cluster);
        ClusterFiles.writeAtomically(file, result.text().getBytes(StandardCharsets.UTF_8));
        return result;
    }

    private void writeAll() {
        checkNames();
        out.add("# " + (cluster.getName() == null ? "topology" : cluster.getName().replace('\n', ' ')) + ", written by Patchbay as an Emulab NS file.");
        out.add("# Lines starting '# patchbay:' keep what NS cannot say (switches, PDUs, positions, MACs); Emulab ignores them.");
        out.add("set ns [new Simulator]");
        out.add("source tb_compat.tcl");
        out.add("");
        out.add(PatchbayComments.write("cluster", "cluster", "name", cluster.getName()));
        for (DiskImage image : cluster.getImages()) {
            out.add(PatchbayComments.write("image", image.getName(), "os", image.getOs(), "location", image.getLocation(),
                    "size", image.getSizeBytes() == 0 ? null : image.getSizeBytes()));
        }
        for (PowerController pdu : cluster.getPowerControllers()) {
            List<Object> values = new ArrayList<>(List.of("x", pdu.getX(), "y", pdu.getY(), "profile", pdu.getVendorProfile().getLiteral()));
            values.addAll(snmp(pdu.getSnmp()));
            out.add(PatchbayComments.write("pdu", pdu.getName(), values.toArray()));
        }
        for (Node node : cluster.getNodes()) {
            node(node);
        }
        for (Switch sw : cluster.getSwitches()) {
            List<Object> values = new ArrayList<>(List.of("x", sw.getX(), "y", sw.getY()));
            values.addAll(snmp(sw.getSnmp()));
            out.add(PatchbayComments.write("switch", sw.getName(), values.toArray()));
            out.add("set " + sw.getName() + " [$ns node]");
            for (SwitchPort port : sw.getPorts()) {
                out.add(PatchbayComments.write("port", sw.getName(), "on", wireOf(port), "name", port.getName(), "ifindex", port.getIfIndex(),
                        "speed", port.getSpeedMbps()));
            }
        }
        for (PowerController pdu : cluster.getPowerControllers()) {
            for (Outlet outlet : pdu.getOutlets()) {
                out.add(PatchbayComments.write("outlet", pdu.getName(), "name", outlet.getName(), "number", outlet.getNumber(), "node", poweredBy(outlet)));
            }
        }
        out.add("");
        for (Link link : cluster.getLinks()) {
            link(link);
        }
        for (Lan lan : cluster.getLans()) {
            lan(lan);
        }
        addresses();
        activities();
        events();
        switch (cluster.getRouting()) {
            case STATIC -> out.add("$ns rtproto Static");
            case SESSION -> out.add("$ns rtproto Session");
            case MANUAL -> out.add("$ns rtproto Manual");
            default -> { }
        }
        out.add("$ns run");
    }

    private void checkNames() {
        Map<String, String> seen = new HashMap<>();
        List<Object[]> all = new ArrayList<>();
        cluster.getNodes().forEach(n -> all.add(new Object[] {"node", n.getName()}));
        cluster.getSwitches().forEach(s -> all.add(new Object[] {"switch", s.getName()}));
        cluster.getLinks().forEach(l -> all.add(new Object[] {"link", l.getName()}));
        cluster.getLans().forEach(l -> all.add(new Object[] {"LAN", l.getName()}));
        cluster.getActivities().forEach(a -> all.add(new Object[] {a instanceof Program ? "program" : "traffic flow", a.getName()}));
        for (Object[] entry : all) {
            String kind = (String) entry[0];
            String name = (String) entry[1];
            if (!TclWords.isName(name) || name.equals("ns")) {
                throw new IllegalArgumentException("the " + kind + " \"" + name + "\" cannot be an NS name; rename it with letters, digits, _, . or - (not \"ns\")");
            }
            String before = seen.putIfAbsent(name, kind);
            if (before != null) {
                throw new IllegalArgumentException("the " + before + " and the " + kind + " are both named \"" + name
                        + "\"; an NS file has one name space, so rename one of them");
            }
            names.add(name);
        }
    }

    private void node(Node node) {
        String n = TclWords.ref(node.getName());
        out.add(PatchbayComments.write("node", node.getName(), "x", node.getX(), "y", node.getY(), "role", node.getRole().getLiteral(),
                "boot", node.getBootMode().getLiteral(), "agent", node.getAgentEndpoint()));
        out.add("set " + node.getName() + " [$ns node]");
        if (node.getHardwareType() != null && !node.getHardwareType().isBlank()) {
            out.add("tb-set-hardware " + n + " " + TclWords.word(node.getHardwareType()));
        }
        if (node.getOsImage() != null && node.getOsImage().getName() != null) {
            out.add("tb-set-node-os " + n + " " + TclWords.word(node.getOsImage().getName()));
        }
        if (node.getFixedTo() != null && !node.getFixedTo().isBlank()) {
            out.add("tb-fix-node " + n + " " + TclWords.word(node.getFixedTo()));
        }
        if (node.getStartCommand() != null && !node.getStartCommand().isBlank()) {
            out.add("tb-set-node-startcmd " + n + " " + TclWords.word(node.getStartCommand()));
        }
        for (String tarfile : node.getTarfiles()) {
            String[] parts = tarfile.trim().split("\\s+", 2);
            if (parts.length == 2) {
                out.add("tb-set-node-tarfiles " + n + " " + TclWords.word(parts[0]) + " " + TclWords.word(parts[1]));
            } else {
                skipped.add(node.getName() + ": tarfile \"" + tarfile + "\" is not DIRECTORY ARCHIVE");
            }
        }
        for (Interface iface : node.getInterfaces()) {
            out.add(PatchbayComments.write("iface", node.getName(), "on", wireOf(iface), "name", iface.getName(), "mac", iface.getMac(),
                    "kind", iface.getKind().getLiteral(), "speed", iface.getSpeedMbps(), "prefix", iface.getPrefixLength(),
                    "noip", iface.getIpv4Address() == null || iface.getIpv4Address().isBlank() ? 1 : null));
        }
    }

    /** The link or LAN a port is on, as NS sees it (NS gives each membership its own interface). */
    private String wireOf(Port port) {
        for (Link link : cluster.getLinks()) {
            if (link.getEndA() == port || link.getEndB() == port) {
                return link.getName();
            }
        }
        for (Lan lan : cluster.getLans()) {
            if (lan.getMembers().contains(port)) {
                return lan.getName();
            }
        }
        return null;
    }

    private String poweredBy(Outlet outlet) {
        for (Node node : cluster.getNodes()) {
            if (node.getPowerOutlet() == outlet) {
                return node.getName();
            }
        }
        return null;
    }

    private static List<Object> snmp(SnmpTarget target) {
        if (target == null) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        values.addAll(java.util.Arrays.asList("host", target.getHost(), "port", target.getPort(), "version", target.getVersion().getLiteral(),
                "credential", target.getCredentialId()));
        return values;
    }

    private void link(Link link) {
        DiagramElement a = Wiring.ownerOf(link.getEndA());
        DiagramElement b = Wiring.ownerOf(link.getEndB());
        if (a == null || b == null) {
            skipped.add("link " + link.getName() + ": an end is not on a node or switch");
            return;
        }
        String kind = link.getQueueKind() == QueueKind.RED ? (link.isRedGentle() ? "GRED" : "RED") : "DropTail";
        out.add("set " + link.getName() + " [$ns duplex-link " + TclWords.ref(a.getName()) + " " + TclWords.ref(b.getName()) + " "
                + NsUnits.formatBandwidth(link.getBandwidthBps()) + " " + NsUnits.formatDelay(link.getDelayMs()) + " " + kind + "]");
        if (link.getLossRate() != 0) {
            out.add("tb-set-link-loss " + TclWords.ref(link.getName()) + " " + NsUnits.number(link.getLossRate()));
        }
        queue(link, "[$ns link " + TclWords.ref(a.getName()) + " " + TclWords.ref(b.getName()) + "]", false);
    }

    private void lan(Lan lan) {
        List<String> members = new ArrayList<>();
        for (Port member : lan.getMembers()) {
            DiagramElement owner = Wiring.ownerOf(member);
            if (owner != null) {
                members.add(TclWords.ref(owner.getName()));
            }
        }
        if (members.isEmpty()) {
            skipped.add("LAN " + lan.getName() + ": no members (NS cannot make an empty LAN)");
            return;
        }
        out.add(PatchbayComments.write("lan", lan.getName(), "x", lan.getX(), "y", lan.getY()));
        out.add("set " + lan.getName() + " [$ns " + (lan.isCloud() ? "make-cloud" : "make-lan") + " \"" + String.join(" ", members) + "\" "
                + NsUnits.formatBandwidth(lan.getBandwidthBps()) + " " + NsUnits.formatDelay(lan.getDelayMs()) + "]");
        if (lan.getLossRate() != 0) {
            out.add("tb-set-lan-loss " + TclWords.ref(lan.getName()) + " " + NsUnits.number(lan.getLossRate()));
        }
        DiagramElement first = Wiring.ownerOf(lan.getMembers().get(0));
        queue(lan, "[$ns lanlink " + TclWords.ref(lan.getName()) + " " + TclWords.ref(first.getName()) + "]", true);
        for (MemberShaping own : lan.getMemberShaping()) {
            DiagramElement owner = Wiring.ownerOf(own.getMember());
            if (owner == null) {
                continue;
            }
            List<String> unset = new ArrayList<>();
            String values = String.join(" ",
                    NsUnits.formatDelay(value(own.getToDelayMs(), lan.getDelayMs(), "todelay", unset)),
                    NsUnits.formatBandwidth(value(own.getToBandwidthBps(), lan.getBandwidthBps(), "tobw", unset)),
                    NsUnits.number(value(own.getToLossRate(), lan.getLossRate(), "toloss", unset)),
                    NsUnits.formatDelay(value(own.getFromDelayMs(), lan.getDelayMs(), "fromdelay", unset)),
                    NsUnits.formatBandwidth(value(own.getFromBandwidthBps(), lan.getBandwidthBps(), "frombw", unset)),
                    NsUnits.number(value(own.getFromLossRate(), lan.getLossRate(), "fromloss", unset)));
            if (!unset.isEmpty()) {
                out.add(PatchbayComments.write("member-unset", lan.getName(), "node", owner.getName(), "fields", String.join(",", unset)));
            }
            out.add("tb-set-lan-simplex-params " + TclWords.ref(lan.getName()) + " " + TclWords.ref(owner.getName()) + " " + values);
        }
    }

    private static <T> T value(T own, T lan, String field, List<String> unset) {
        if (own == null) {
            unset.add(field);
            return lan;
        }
        return own;
    }

    private void queue(ShapedElement wire, String of, boolean lan) {
        List<String> settings = new ArrayList<>();
        if (wire.getQueueLimit() != 50) {
            settings.add("limit_ " + wire.getQueueLimit());
        }
        if (wire.getQueueUnit() == QueueUnit.BYTES) {
            settings.add("queue-in-bytes_ 1");
        }
        if (lan && wire.getQueueKind() == QueueKind.RED) {
            settings.add("red_ 1");
            if (wire.isRedGentle()) {
                settings.add("gentle_ 1");
            }
        }
        if (wire.getRedMinThreshold() != 5) {
            settings.add("thresh_ " + NsUnits.number(wire.getRedMinThreshold()));
        }
        if (wire.getRedMaxThreshold() != 15) {
            settings.add("maxthresh_ " + NsUnits.number(wire.getRedMaxThreshold()));
        }
        if (wire.getRedQueueWeight() != 0.002) {
            settings.add("q_weight_ " + NsUnits.number(wire.getRedQueueWeight()));
        }
        if (wire.getRedLinterm() != 10) {
            settings.add("linterm_ " + NsUnits.number(wire.getRedLinterm()));
        }
        if (!lan && wire.getQueueKind() != QueueKind.RED && wire.isRedGentle()) {
            settings.add("gentle_ 1");
        }
        if (settings.isEmpty()) {
            return;
        }
        String q = unique("queue_" + wire.getName());
        out.add("set " + q + " [" + of + " queue]");
        for (String setting : settings) {
            out.add(TclWords.ref(q) + " set " + setting);
        }
    }

    private void addresses() {
        for (Link link : cluster.getLinks()) {
            address(link.getEndA(), link, "link");
            address(link.getEndB(), link, "link");
        }
        for (Lan lan : cluster.getLans()) {
            for (Port member : lan.getMembers()) {
                address(member, lan, "lan");
            }
        }
    }

    private void address(Port port, ShapedElement wire, String kind) {
        if (port instanceof Interface iface && iface.eContainer() instanceof Node node && iface.getIpv4Address() != null
                && Ipv4.parse(iface.getIpv4Address()) != null && wire.getName().equals(wireOf(iface))) {
            out.add("tb-set-ip-" + kind + " " + TclWords.ref(node.getName()) + " " + TclWords.ref(wire.getName()) + " " + iface.getIpv4Address());
        }
    }

    private final Map<Activity, String> activityNames = new HashMap<>();

    private void activities() {
        for (Activity activity : cluster.getActivities()) {
            if (activity.getNode() == null) {
                skipped.add(activity.getName() + ": runs on no node");
                continue;
            }
            String node = TclWords.ref(activity.getNode().getName());
            if (activity instanceof Program program) {
                out.add("set " + program.getName() + " [" + node + " program-agent -command " + TclWords.word(program.getCommand() == null ? "" : program.getCommand()) + "]");
            } else if (activity instanceof TrafficFlow flow) {
                if (flow.getDestination() == null) {
                    skipped.add(flow.getName() + ": has no destination");
                    continue;
                }
                boolean tcp = flow.getProtocol() == TrafficProtocol.TCP;
                String source = unique(flow.getName() + "_source");
                String sink = unique(flow.getName() + "_sink");
                out.add("set " + source + " [new " + (tcp ? "Agent/TCP" : "Agent/UDP") + "]");
                out.add("$ns attach-agent " + node + " " + TclWords.ref(source));
                out.add("set " + sink + " [new " + (tcp ? "Agent/TCPSink" : "Agent/Null") + "]");
                out.add("$ns attach-agent " + TclWords.ref(flow.getDestination().getName()) + " " + TclWords.ref(sink));
                out.add("$ns connect " + TclWords.ref(source) + " " + TclWords.ref(sink));
                out.add("set " + flow.getName() + " [new Application/Traffic/CBR]");
                out.add(TclWords.ref(flow.getName()) + " set packetSize_ " + flow.getPacketSizeBytes());
                out.add(TclWords.ref(flow.getName()) + " set rate_ " + NsUnits.formatBandwidth(flow.getRateBps()));
                out.add(TclWords.ref(flow.getName()) + " attach-agent " + TclWords.ref(source));
            }
            activityNames.put(activity, activity.getName());
        }
    }

    private void events() {
        // Emulab ran sweeps from its batch system, never from the NS file: say what stays behind
        cluster.getExperiments().forEach(e -> skipped.add("experiment " + e.getName() + ": NS files have no sweeps; it stays in the .cluster file"));
        for (ScheduledEvent event : cluster.getEvents()) {
            String at = "$ns at " + NsUnits.number(event.getAtSeconds()) + " \"";
            switch (event.getAction()) {
                case RUN_COMMAND -> {
                    if (event.getNode() == null || event.getValue() == null || event.getValue().isBlank()) {
                        skipped.add("the event at " + event.getAtSeconds() + " s runs nothing on no node");
                        continue;
                    }
                    String name = unique("command" + cluster.getEvents().indexOf(event));
                    out.add(PatchbayComments.write("event-command", name));
                    out.add("set " + name + " [" + TclWords.ref(event.getNode().getName()) + " program-agent -command " + TclWords.word(event.getValue()) + "]");
                    out.add(at + escaped(TclWords.ref(name)) + " start\"");
                }
                case START, STOP -> {
                    String name = event.getActivity() == null ? null : activityNames.get(event.getActivity());
                    if (name == null) {
                        skipped.add("the event at " + event.getAtSeconds() + " s starts or stops nothing that runs");
                        continue;
                    }
                    out.add(at + escaped(TclWords.ref(name)) + (event.getAction() == org.patchbay.model.EventAction.START ? " start\"" : " stop\""));
                }
                default -> {
                    if (event.getLink() == null || !names.contains(event.getLink().getName())) {
                        skipped.add("the event at " + event.getAtSeconds() + " s names no link or LAN");
                        continue;
                    }
                    String target = escaped(TclWords.ref(event.getLink().getName()));
                    String value = event.getValue() == null ? "" : event.getValue().trim();
                    try {
                        out.add(at + target + switch (event.getAction()) {
                            case LINK_DOWN -> " down";
                            case LINK_UP -> " up";
                            case BANDWIDTH -> " bandwidth " + NsUnits.formatBandwidth(ShapingText.parseBandwidth(value)) + " duplex";
                            case DELAY -> " delay " + NsUnits.formatDelay(ShapingText.parseDelay(value));
                            default -> " plr " + NsUnits.number(ShapingText.parseLoss(value));
                        } + "\"");
                    } catch (IllegalArgumentException e) {
                        skipped.add("the event at " + event.getAtSeconds() + " s: " + e.getMessage());
                    }
                }
            }
        }
    }

    /** A $ inside a double-quoted event stays a substitution: only quotes need care, and names have none. */
    private static String escaped(String ref) {
        return ref;
    }

    private String unique(String stem) {
        String name = stem.replaceAll("[^A-Za-z0-9_.-]", "_");
        int n = 2;
        String candidate = name;
        while (!names.add(candidate)) {
            candidate = name + "_" + n++;
        }
        return candidate;
    }
}
