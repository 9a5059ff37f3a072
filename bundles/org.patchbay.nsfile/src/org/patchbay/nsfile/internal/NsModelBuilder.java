package org.patchbay.nsfile.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.patchbay.model.Activity;
import org.patchbay.model.BootMode;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.DiskImage;
import org.patchbay.model.EventAction;
import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.Outlet;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PduProfile;
import org.patchbay.model.Port;
import org.patchbay.model.PowerController;
import org.patchbay.model.Program;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.Routing;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.SnmpVersion;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;
import org.patchbay.model.topology.AddressPlan;
import org.patchbay.model.topology.Ipv4;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.nsfile.NsFileException;
import org.patchbay.nsfile.NsWarning;
import org.patchbay.nsfile.internal.PatchbayComments.Comment;
import org.patchbay.nsfile.internal.TclSandbox.Record;

/**
 * Turns what an NS file built (records from the Tcl sandbox) and its {@code # patchbay:} comments into
 * a cluster: nodes, links and LANs first, then the settings that refer to them, then addresses for
 * interfaces the file left without one (Emulab's 10.1.N.x per link or LAN).
 */
public final class NsModelBuilder {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;
    private static final int GRID = 160;

    private final String file;
    private final Cluster cluster = FACTORY.createCluster();
    private final AddressPlan addresses = new AddressPlan(cluster);
    private final Map<String, DiagramElement> boxes = new LinkedHashMap<>();
    private final Map<String, ShapedElement> wires = new LinkedHashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    /** The port an element has on a link or LAN: "element\0link". */
    private final Map<String, Port> ports = new HashMap<>();
    /** Wires in the order they were made, with the members in the order they joined. */
    private final Map<ShapedElement, List<Port>> members = new LinkedHashMap<>();
    private final Map<String, Comment> comments = new HashMap<>();
    private final List<Comment> commentList;
    private final Set<Interface> explicitAddress = new HashSet<>();
    private final Map<ShapedElement, Integer> netmasks = new HashMap<>();
    private final List<NsWarning> warnings = new ArrayList<>();
    private final Set<String> commandPrograms = new HashSet<>();

    public NsModelBuilder(String file, List<Comment> comments) {
        this.file = file;
        this.commentList = comments;
        for (Comment c : comments) {
            this.comments.put(c.kind() + "/" + c.name(), c);
            if (c.kind().equals("event-command")) {
                commandPrograms.add(c.name());
            }
        }
    }

    public List<NsWarning> warnings() {
        return warnings;
    }

    public Cluster build(List<Record> records) throws NsFileException {
        Comment clusterComment = comments.get("cluster/" + "cluster");
        String stem = file.replaceAll("\\.[^.]*$", "");
        cluster.setName(clusterComment != null ? clusterComment.get("name", stem) : stem);
        cluster.setRouting(Routing.NONE);
        for (Comment c : commentList) {
            if (c.kind().equals("image")) {
                image(c.name()).setOs(c.get("os"));
                cluster.getImages().get(cluster.getImages().size() - 1).setLocation(c.get("location"));
                String size = c.get("size");
                if (size != null) {
                    cluster.getImages().get(cluster.getImages().size() - 1).setSizeBytes(Long.parseLong(size));
                }
            } else if (c.kind().equals("pdu")) {
                pdu(c);
            }
        }
        for (Record r : records) {
            switch (r.kind()) {
                case "node" -> box(r.field(0));
                case "link" -> link(r);
                case "lan" -> lan(r);
                default -> { }
            }
        }
        for (Record r : records) {
            setting(r);
        }
        applyComments();
        assignAddresses();
        placeUnplaced();
        return cluster;
    }

    // ---- structure ------------------------------------------------------------------------

    private void box(String name) {
        Comment sw = comments.get("switch/" + name);
        DiagramElement element;
        if (sw != null) {
            Switch s = FACTORY.createSwitch();
            s.setName(name);
            s.setSnmp(snmp(sw));
            cluster.getSwitches().add(s);
            element = s;
        } else {
            Node n = FACTORY.createNode();
            n.setName(name);
            n.setRole(NodeRole.COMPUTE);
            cluster.getNodes().add(n);
            element = n;
        }
        position(element, sw != null ? sw : comments.get("node/" + name));
        boxes.put(name, element);
    }

    private void link(Record r) throws NsFileException {
        int line = line(r.field(6));
        Link link = FACTORY.createLink();
        link.setName(r.field(0));
        shape(link, r.field(3), r.field(4), line, "duplex-link " + r.field(0));
        queueKind(link, r.field(5));
        cluster.getLinks().add(link);
        wires.put(link.getName(), link);
        link.setEndA(join(r.field(1), link));
        link.setEndB(join(r.field(2), link));
    }

    private void lan(Record r) throws NsFileException {
        int line = line(r.field(4));
        Lan lan = FACTORY.createLan();
        lan.setName(r.field(0));
        lan.setCloud("1".equals(r.field(1)));
        shape(lan, r.field(2), r.field(3), line, (lan.isCloud() ? "make-cloud " : "make-lan ") + r.field(0));
        cluster.getLans().add(lan);
        wires.put(lan.getName(), lan);
        position(lan, comments.get("lan/" + lan.getName()));
        for (String member : r.fields().subList(5, r.fields().size())) {
            lan.getMembers().add(join(member, lan));
        }
    }

    private void shape(ShapedElement wire, String bandwidth, String delay, int line, String what) throws NsFileException {
        try {
            wire.setBandwidthBps(NsUnits.bandwidth(bandwidth));
            wire.setDelayMs(NsUnits.delayMs(delay));
        } catch (IllegalArgumentException e) {
            throw new NsFileException(file, line, what + ": " + e.getMessage());
        }
    }

    private static void queueKind(ShapedElement wire, String kind) {
        switch (kind) {
            case "RED" -> wire.setQueueKind(QueueKind.RED);
            case "GRED" -> {
                wire.setQueueKind(QueueKind.RED);
                wire.setRedGentle(true);
            }
            default -> wire.setQueueKind(QueueKind.DROP_TAIL);
        }
    }

    /** A new interface (node) or port (switch) of {@code element} on {@code wire}. */
    private Port join(String element, ShapedElement wire) {
        DiagramElement box = boxes.get(element);
        Port port;
        if (box instanceof Switch sw) {
            SwitchPort p = FACTORY.createSwitchPort();
            p.setIfIndex(sw.getPorts().size() + 1);
            p.setName("port" + p.getIfIndex());
            sw.getPorts().add(p);
            port = p;
        } else {
            Node node = (Node) box;
            Interface iface = FACTORY.createInterface();
            iface.setName("eth" + node.getInterfaces().size());
            iface.setKind(InterfaceKind.ETHERNET);
            iface.setPrefixLength(24);
            node.getInterfaces().add(iface);
            port = iface;
        }
        ports.put(element + "\0" + wire.getName(), port);
        members.computeIfAbsent(wire, k -> new ArrayList<>()).add(port);
        return port;
    }

    // ---- settings -------------------------------------------------------------------------

    private void setting(Record r) throws NsFileException {
        switch (r.kind()) {
            case "ip" -> ip(r.field(0), r.field(1), r.field(2));
            case "netmask" -> {
                int prefix = Ipv4.prefixLength(r.field(1));
                if (prefix < 0) {
                    throw new NsFileException(file, 0, "tb-set-netmask " + r.field(0) + ": \"" + r.field(1) + "\" is not a netmask; write e.g. 255.255.255.0");
                }
                netmasks.put(wire(r.field(0)), prefix);
            }
            case "hardware" -> node(r.field(0)).ifPresent(n -> n.setHardwareType(r.field(1)));
            case "os" -> node(r.field(0)).ifPresent(n -> n.setOsImage(image(r.field(1))));
            case "fix" -> node(r.field(0)).ifPresent(n -> n.setFixedTo(r.field(1)));
            case "startcmd" -> node(r.field(0)).ifPresent(n -> n.setStartCommand(r.field(1)));
            case "tarfile" -> node(r.field(0)).ifPresent(n -> n.getTarfiles().add(r.field(1) + " " + r.field(2)));
            case "loss" -> {
                ShapedElement wire = wire(r.field(0));
                try {
                    wire.setLossRate(NsUnits.loss(r.field(1)));
                } catch (IllegalArgumentException e) {
                    throw new NsFileException(file, 0, (wire instanceof Lan ? "tb-set-lan-loss " : "tb-set-link-loss ") + wire.getName() + ": " + e.getMessage());
                }
            }
            case "member" -> member((Lan) wire(r.field(0)), r.field(1), r.field(2), r.field(3));
            case "queue" -> queue(wire(r.field(0)), r.field(1), r.field(2));
            case "rtproto" -> cluster.setRouting(switch (r.field(0)) {
                case "Static" -> Routing.STATIC;
                case "Session" -> Routing.SESSION;
                default -> Routing.MANUAL;
            });
            case "program" -> program(r);
            case "traffic" -> traffic(r);
            case "event" -> event(r);
            case "warning" -> warnings.add(new NsWarning(line(r.field(0)), r.field(1)));
            default -> { }
        }
    }

    private java.util.Optional<Node> node(String name) {
        DiagramElement box = boxes.get(name);
        if (box instanceof Node n) {
            return java.util.Optional.of(n);
        }
        warnings.add(new NsWarning(0, name + " is a switch here; node settings on it are ignored"));
        return java.util.Optional.empty();
    }

    private ShapedElement wire(String name) throws NsFileException {
        ShapedElement wire = wires.get(name);
        if (wire == null) {
            throw new NsFileException(file, 0, "no link or LAN is named " + name);
        }
        return wire;
    }

    private void ip(String nodeName, String target, String address) throws NsFileException {
        DiagramElement box = boxes.get(nodeName);
        if (!(box instanceof Node node)) {
            return;
        }
        Integer parsed = Ipv4.parse(address);
        if (parsed == null) {
            throw new NsFileException(file, 0, "the address of " + nodeName + (target.isEmpty() ? "" : " on " + target) + ", \"" + address
                    + "\", is not an IPv4 address; write four numbers 0-255, e.g. 10.1.1.2");
        }
        Interface iface;
        if (target.isEmpty()) {
            if (node.getInterfaces().size() != 1) {
                throw new NsFileException(file, 0, "tb-set-ip " + nodeName + ": the node has " + node.getInterfaces().size()
                        + " interfaces; name the link or LAN with tb-set-ip-link or tb-set-ip-lan");
            }
            iface = node.getInterfaces().get(0);
        } else {
            iface = (Interface) ports.get(nodeName + "\0" + target);
        }
        iface.setIpv4Address(Ipv4.format(parsed));
        explicitAddress.add(iface);
        addresses.remember(iface);
    }

    private void member(Lan lan, String nodeName, String field, String value) throws NsFileException {
        Port port = ports.get(nodeName + "\0" + lan.getName());
        MemberShaping own = lan.getMemberShaping().stream().filter(m -> m.getMember() == port).findFirst().orElseGet(() -> {
            MemberShaping m = FACTORY.createMemberShaping();
            m.setMember(port);
            lan.getMemberShaping().add(m);
            return m;
        });
        try {
            switch (field) {
                case "todelay" -> own.setToDelayMs(NsUnits.delayMs(value));
                case "fromdelay" -> own.setFromDelayMs(NsUnits.delayMs(value));
                case "tobw" -> own.setToBandwidthBps(NsUnits.bandwidth(value));
                case "frombw" -> own.setFromBandwidthBps(NsUnits.bandwidth(value));
                case "toloss" -> own.setToLossRate(NsUnits.loss(value));
                case "fromloss" -> own.setFromLossRate(NsUnits.loss(value));
                default -> throw new IllegalArgumentException("unknown member setting " + field);
            }
        } catch (IllegalArgumentException e) {
            throw new NsFileException(file, 0, "LAN " + lan.getName() + ", member " + nodeName + ": " + e.getMessage());
        }
    }

    private void queue(ShapedElement wire, String key, String value) throws NsFileException {
        double v = Double.parseDouble(value);
        switch (key) {
            case "limit_" -> {
                if (v < 1 || v != Math.rint(v)) {
                    throw new NsFileException(file, 0, "queue of " + wire.getName() + ": limit_ " + value + " must be a whole number of at least 1");
                }
                wire.setQueueLimit((int) v);
            }
            case "queue-in-bytes_" -> wire.setQueueUnit(v != 0 ? QueueUnit.BYTES : QueueUnit.PACKETS);
            case "thresh_" -> wire.setRedMinThreshold(v);
            case "maxthresh_" -> wire.setRedMaxThreshold(v);
            case "q_weight_" -> wire.setRedQueueWeight(v);
            case "linterm_" -> wire.setRedLinterm(v);
            case "gentle_" -> wire.setRedGentle(v != 0);
            case "red_" -> wire.setQueueKind(v != 0 ? QueueKind.RED : QueueKind.DROP_TAIL);
            default -> { }
        }
    }

    private void program(Record r) throws NsFileException {
        if (r.field(2).isBlank()) {
            throw new NsFileException(file, line(r.field(3)), "program " + r.field(0) + " has no command; give it one with -command \"...\"");
        }
        Program program = FACTORY.createProgram();
        program.setName(r.field(0));
        program.setNode(node(r.field(1)).orElse(null));
        program.setCommand(r.field(2));
        activities.put(program.getName(), program);
        if (!commandPrograms.contains(program.getName())) {
            cluster.getActivities().add(program);
        }
    }

    private void traffic(Record r) throws NsFileException {
        int line = line(r.field(7));
        TrafficFlow flow = FACTORY.createTrafficFlow();
        flow.setName(r.field(0));
        flow.setProtocol(r.field(1).equals("tcp") ? TrafficProtocol.TCP : TrafficProtocol.UDP);
        flow.setNode(node(r.field(2)).orElse(null));
        flow.setDestination(node(r.field(3)).orElse(null));
        try {
            double size = Double.parseDouble(r.field(4));
            if (size < 1 || size > 65507) {
                throw new IllegalArgumentException("packetSize_ " + r.field(4) + " must be 1 to 65507 bytes");
            }
            flow.setPacketSizeBytes((int) size);
            if (!r.field(6).isEmpty()) {
                double interval = Double.parseDouble(r.field(6));
                if (!(interval > 0)) {
                    throw new IllegalArgumentException("interval_ " + r.field(6) + " must be more than 0 seconds");
                }
                flow.setRateBps(Math.round(size * 8 / interval));
            } else {
                flow.setRateBps(NsUnits.bandwidth(r.field(5)));
            }
        } catch (IllegalArgumentException e) {
            throw new NsFileException(file, line, "traffic " + flow.getName() + ": " + e.getMessage());
        }
        activities.put(flow.getName(), flow);
        cluster.getActivities().add(flow);
    }

    private void event(Record r) throws NsFileException {
        int line = line(r.field(5));
        String kind = r.field(1);
        String target = r.field(2);
        String verb = r.field(3);
        String[] args = r.field(4).isBlank() ? new String[0] : r.field(4).trim().split("\\s+");
        ScheduledEvent event = FACTORY.createScheduledEvent();
        event.setAtSeconds(Double.parseDouble(r.field(0)));
        String at = "$ns at " + r.field(0) + " \"" + target + " " + verb + "\"";
        try {
            switch (kind) {
                case "Link", "Lan" -> {
                    event.setLink(wire(target));
                    switch (verb) {
                        case "down" -> event.setAction(EventAction.LINK_DOWN);
                        case "up" -> event.setAction(EventAction.LINK_UP);
                        case "bandwidth" -> {
                            event.setAction(EventAction.BANDWIDTH);
                            event.setValue(ShapingText.bandwidth(NsUnits.bandwidth(argument(args, "a bandwidth, e.g. 1Mb"))));
                        }
                        case "delay" -> {
                            event.setAction(EventAction.DELAY);
                            event.setValue(ShapingText.delay(NsUnits.delayMs(argument(args, "a delay, e.g. 20ms"))));
                        }
                        case "plr", "loss" -> {
                            event.setAction(EventAction.LOSS);
                            event.setValue(ShapingText.loss(NsUnits.loss(argument(args, "a loss rate, e.g. 0.01"))));
                        }
                        default -> throw new IllegalArgumentException("a " + kind.toLowerCase(Locale.ROOT) + " event is up, down, bandwidth BW, delay D or plr P, not \"" + verb + "\"");
                    }
                }
                case "Program", "Traffic" -> {
                    Activity activity = activities.get(target);
                    if (!verb.equals("start") && !verb.equals("stop")) {
                        throw new IllegalArgumentException("a program or traffic event is start or stop, not \"" + verb + "\"");
                    }
                    if (commandPrograms.contains(target) && activity instanceof Program program) {
                        event.setAction(EventAction.RUN_COMMAND);
                        event.setNode(program.getNode());
                        event.setValue(program.getCommand());
                    } else {
                        event.setAction(verb.equals("start") ? EventAction.START : EventAction.STOP);
                        event.setActivity(activity);
                    }
                }
                default -> {
                    warnings.add(new NsWarning(line, at + ": events on a " + kind.toLowerCase(Locale.ROOT) + " are not run by Patchbay; ignored"));
                    return;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new NsFileException(file, line, at + ": " + e.getMessage());
        }
        cluster.getEvents().add(event);
    }

    private static String argument(String[] args, String what) {
        if (args.length == 0) {
            throw new IllegalArgumentException("needs " + what);
        }
        return args[0];
    }

    // ---- what only comments say --------------------------------------------------------------

    private void applyComments() throws NsFileException {
        Map<Node, List<Interface>> interfaceOrder = new LinkedHashMap<>();
        Map<Switch, List<SwitchPort>> portOrder = new LinkedHashMap<>();
        for (Comment c : commentList) {
            switch (c.kind()) {
                case "node" -> {
                    if (boxes.get(c.name()) instanceof Node node) {
                        if (c.get("role") != null) {
                            node.setRole(NodeRole.get(c.get("role")));
                        }
                        if (c.get("boot") != null) {
                            node.setBootMode(BootMode.get(c.get("boot")));
                        }
                        node.setAgentEndpoint(c.get("agent"));
                    }
                }
                case "iface" -> {
                    if (boxes.get(c.name()) instanceof Node node) {
                        Interface iface = c.get("on") != null ? (Interface) ports.get(c.name() + "\0" + c.get("on")) : null;
                        if (iface == null) {
                            iface = FACTORY.createInterface();
                            node.getInterfaces().add(iface);
                        }
                        iface.setName(c.get("name", iface.getName()));
                        iface.setMac(c.get("mac"));
                        if (c.get("kind") != null) {
                            iface.setKind(InterfaceKind.get(c.get("kind")));
                        }
                        if (c.get("speed") != null) {
                            iface.setSpeedMbps(Long.parseLong(c.get("speed")));
                        }
                        if (c.get("prefix") != null) {
                            iface.setPrefixLength(Integer.parseInt(c.get("prefix")));
                        }
                        if ("1".equals(c.get("noip"))) {
                            explicitAddress.add(iface);
                        }
                        addresses.remember(iface);
                        interfaceOrder.computeIfAbsent(node, k -> new ArrayList<>()).add(iface);
                    }
                }
                case "port" -> {
                    if (boxes.get(c.name()) instanceof Switch sw) {
                        SwitchPort port = c.get("on") != null ? (SwitchPort) ports.get(c.name() + "\0" + c.get("on")) : null;
                        if (port == null) {
                            port = FACTORY.createSwitchPort();
                            sw.getPorts().add(port);
                        }
                        port.setName(c.get("name", port.getName()));
                        if (c.get("ifindex") != null) {
                            port.setIfIndex(Integer.parseInt(c.get("ifindex")));
                        }
                        if (c.get("speed") != null) {
                            port.setSpeedMbps(Long.parseLong(c.get("speed")));
                        }
                        portOrder.computeIfAbsent(sw, k -> new ArrayList<>()).add(port);
                    }
                }
                case "outlet" -> outlet(c);
                case "member-unset" -> memberUnset(c);
                default -> { }
            }
        }
        interfaceOrder.forEach((node, order) -> reorder(node.getInterfaces(), order));
        portOrder.forEach((sw, order) -> reorder(sw.getPorts(), order));
    }

    /** The exporter had to write the LAN's value where a member had none of its own: take it back. */
    private void memberUnset(Comment c) {
        Port port = ports.get(c.get("node", "") + "\0" + c.name());
        if (!(wires.get(c.name()) instanceof Lan lan) || port == null) {
            return;
        }
        for (MemberShaping own : lan.getMemberShaping()) {
            if (own.getMember() != port) {
                continue;
            }
            for (String field : c.get("fields", "").split(",")) {
                switch (field) {
                    case "todelay" -> own.setToDelayMs(null);
                    case "tobw" -> own.setToBandwidthBps(null);
                    case "toloss" -> own.setToLossRate(null);
                    case "fromdelay" -> own.setFromDelayMs(null);
                    case "frombw" -> own.setFromBandwidthBps(null);
                    case "fromloss" -> own.setFromLossRate(null);
                    default -> { }
                }
            }
        }
    }

    private static <T> void reorder(EList<T> list, List<T> order) {
        int at = 0;
        for (T item : order) {
            int from = list.indexOf(item);
            if (from >= 0) {
                list.move(at++, from);
            }
        }
    }

    private void pdu(Comment c) {
        PowerController pdu = FACTORY.createPowerController();
        pdu.setName(c.name());
        if (c.get("profile") != null) {
            pdu.setVendorProfile(PduProfile.get(c.get("profile")));
        }
        pdu.setSnmp(snmp(c));
        position(pdu, c);
        cluster.getPowerControllers().add(pdu);
        boxes.put("\0pdu\0" + c.name(), pdu);
    }

    private void outlet(Comment c) {
        if (!(boxes.get("\0pdu\0" + c.name()) instanceof PowerController pdu)) {
            warnings.add(new NsWarning(0, "# patchbay: outlet of an unknown PDU " + c.name() + "; ignored"));
            return;
        }
        Outlet outlet = FACTORY.createOutlet();
        outlet.setName(c.get("name"));
        outlet.setNumber(Integer.parseInt(c.get("number", "0")));
        pdu.getOutlets().add(outlet);
        if (c.get("node") != null && boxes.get(c.get("node")) instanceof Node node) {
            node.setPowerOutlet(outlet);
        }
    }

    private static SnmpTarget snmp(Comment c) {
        if (c.get("host") == null && c.get("credential") == null) {
            return null;
        }
        SnmpTarget target = FACTORY.createSnmpTarget();
        target.setHost(c.get("host"));
        target.setPort(Integer.parseInt(c.get("port", "161")));
        if (c.get("version") != null) {
            target.setVersion(SnmpVersion.get(c.get("version")));
        }
        target.setCredentialId(c.get("credential"));
        return target;
    }

    private DiskImage image(String name) {
        for (DiskImage image : cluster.getImages()) {
            if (name.equals(image.getName())) {
                return image;
            }
        }
        DiskImage image = FACTORY.createDiskImage();
        image.setName(name);
        image.setOs(name);
        cluster.getImages().add(image);
        return image;
    }

    private void position(DiagramElement element, Comment c) {
        if (c != null && c.get("x") != null && c.get("y") != null) {
            element.setX(Integer.parseInt(c.get("x")));
            element.setY(Integer.parseInt(c.get("y")));
            placed.add(element);
        }
    }

    private final Set<DiagramElement> placed = new HashSet<>();

    /** A grid for what the file did not place; the console arranges an imported topology anyway. */
    private void placeUnplaced() {
        List<DiagramElement> open = new ArrayList<>();
        for (DiagramElement e : boxes.values()) {
            if (!placed.contains(e)) {
                open.add(e);
            }
        }
        for (Lan lan : cluster.getLans()) {
            if (!placed.contains(lan)) {
                open.add(lan);
            }
        }
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(open.size())));
        for (int i = 0; i < open.size(); i++) {
            open.get(i).setX(80 + (i % columns) * GRID);
            open.get(i).setY(80 + (i / columns) * GRID);
        }
    }

    // ---- addresses ----------------------------------------------------------------------------

    /** Emulab's rule: each link or LAN without addresses gets the next free 10.1.N.0/24, members .1, .2, … */
    private void assignAddresses() {
        Set<Integer> usedSubnets = new HashSet<>();
        for (Node node : cluster.getNodes()) {
            for (Interface iface : node.getInterfaces()) {
                Integer ip = Ipv4.parse(iface.getIpv4Address());
                if (ip != null) {
                    usedSubnets.add(ip & Ipv4.mask(24));
                    takenIps.add(iface.getIpv4Address());
                }
            }
        }
        int next = 1;
        for (Map.Entry<ShapedElement, List<Port>> entry : members.entrySet()) {
            Integer prefix = netmasks.get(entry.getKey());
            List<Interface> open = new ArrayList<>();
            Interface anchor = null;
            for (Port port : entry.getValue()) {
                if (port instanceof Interface iface) {
                    if (prefix != null) {
                        iface.setPrefixLength(prefix);
                    }
                    if (explicitAddress.contains(iface)) {
                        anchor = anchor == null && iface.getIpv4Address() != null ? iface : anchor;
                    } else {
                        open.add(iface);
                    }
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            int subnet;
            int length = prefix != null ? prefix : 24;
            if (anchor != null) {
                subnet = Ipv4.parse(anchor.getIpv4Address()) & Ipv4.mask(anchor.getPrefixLength());
                length = anchor.getPrefixLength();
            } else {
                while (usedSubnets.contains((10 << 24) | (1 << 16) | (next << 8)) && next < 255) {
                    next++;
                }
                subnet = (10 << 24) | (1 << 16) | (next << 8);
                usedSubnets.add(subnet);
                next++;
            }
            int host = 1;
            for (Interface iface : open) {
                String ip;
                do {
                    ip = Ipv4.format(subnet + host++);
                } while (taken(ip));
                iface.setIpv4Address(ip);
                iface.setPrefixLength(length);
                takenIps.add(ip);
            }
        }
        for (Node node : cluster.getNodes()) {
            for (Interface iface : node.getInterfaces()) {
                if (iface.getMac() == null) {
                    iface.setMac(addresses.nextMac());
                }
            }
        }
    }

    private final Set<String> takenIps = new HashSet<>();

    private boolean taken(String ip) {
        return takenIps.contains(ip);
    }

    private static int line(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
