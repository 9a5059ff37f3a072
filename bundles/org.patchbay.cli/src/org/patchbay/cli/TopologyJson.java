package org.patchbay.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.model.Activity;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.Port;
import org.patchbay.model.PowerController;
import org.patchbay.model.Program;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.topology.Wiring;

/**
 * A topology as the documented JSON of {@code patchbay-cli show --json} (docs/ns-files.md, "format":
 * "patchbay-topology/1"): plain values in units a script can use (bit/s, ms, loss as a fraction).
 * Fields are only ever added, never renamed or removed, within one format version.
 */
public final class TopologyJson {

    public static final String FORMAT = "patchbay-topology/1";

    private TopologyJson() {
    }

    public static Map<String, Object> of(Cluster cluster) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("name", cluster.getName());
        json.put("routing", cluster.getRouting().getLiteral());
        List<Object> nodes = new ArrayList<>();
        for (Node node : cluster.getNodes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("name", node.getName());
            n.put("role", node.getRole().getLiteral());
            n.put("hardwareType", node.getHardwareType());
            n.put("osImage", node.getOsImage() == null ? null : node.getOsImage().getName());
            n.put("fixedTo", node.getFixedTo());
            n.put("startCommand", node.getStartCommand());
            n.put("tarfiles", List.copyOf(node.getTarfiles()));
            n.put("powerOutlet", outlet(node.getPowerOutlet()));
            n.put("agentEndpoint", node.getAgentEndpoint());
            List<Object> interfaces = new ArrayList<>();
            for (Interface iface : node.getInterfaces()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("name", iface.getName());
                i.put("mac", iface.getMac());
                i.put("ipv4", iface.getIpv4Address());
                i.put("prefixLength", iface.getPrefixLength());
                i.put("kind", iface.getKind().getLiteral());
                i.put("speedMbps", iface.getSpeedMbps());
                interfaces.add(i);
            }
            n.put("interfaces", interfaces);
            nodes.add(n);
        }
        json.put("nodes", nodes);
        List<Object> switches = new ArrayList<>();
        for (Switch sw : cluster.getSwitches()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", sw.getName());
            s.put("snmpHost", sw.getSnmp() == null ? null : sw.getSnmp().getHost());
            List<Object> ports = new ArrayList<>();
            for (SwitchPort port : sw.getPorts()) {
                ports.add(Map.of("name", port.getName(), "ifIndex", port.getIfIndex(), "speedMbps", port.getSpeedMbps()));
            }
            s.put("ports", ports);
            switches.add(s);
        }
        json.put("switches", switches);
        List<Object> links = new ArrayList<>();
        for (Link link : cluster.getLinks()) {
            Map<String, Object> l = shaped(link);
            l.put("ends", List.of(end(link.getEndA()), end(link.getEndB())));
            links.add(l);
        }
        json.put("links", links);
        List<Object> lans = new ArrayList<>();
        for (Lan lan : cluster.getLans()) {
            Map<String, Object> l = shaped(lan);
            l.put("cloud", lan.isCloud());
            List<Object> members = new ArrayList<>();
            for (Port member : lan.getMembers()) {
                members.add(end(member));
            }
            l.put("members", members);
            List<Object> own = new ArrayList<>();
            for (MemberShaping m : lan.getMemberShaping()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("member", end(m.getMember()));
                o.put("toBandwidthBps", m.getToBandwidthBps());
                o.put("toDelayMs", m.getToDelayMs());
                o.put("toLossRate", m.getToLossRate());
                o.put("fromBandwidthBps", m.getFromBandwidthBps());
                o.put("fromDelayMs", m.getFromDelayMs());
                o.put("fromLossRate", m.getFromLossRate());
                own.add(o);
            }
            l.put("memberShaping", own);
            lans.add(l);
        }
        json.put("lans", lans);
        List<Object> activities = new ArrayList<>();
        for (Activity activity : cluster.getActivities()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", activity.getName());
            a.put("node", activity.getNode() == null ? null : activity.getNode().getName());
            if (activity instanceof Program program) {
                a.put("kind", "program");
                a.put("command", program.getCommand());
            } else if (activity instanceof TrafficFlow flow) {
                a.put("kind", "traffic");
                a.put("protocol", flow.getProtocol().getLiteral());
                a.put("destination", flow.getDestination() == null ? null : flow.getDestination().getName());
                a.put("packetSizeBytes", flow.getPacketSizeBytes());
                a.put("rateBps", flow.getRateBps());
            }
            activities.add(a);
        }
        json.put("activities", activities);
        List<Object> events = new ArrayList<>();
        for (ScheduledEvent event : cluster.getEvents()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("atSeconds", event.getAtSeconds());
            e.put("action", event.getAction().getLiteral());
            e.put("link", event.getLink() == null ? null : event.getLink().getName());
            e.put("node", event.getNode() == null ? null : event.getNode().getName());
            e.put("activity", event.getActivity() == null ? null : event.getActivity().getName());
            e.put("value", event.getValue());
            events.add(e);
        }
        json.put("events", events);
        List<Object> pdus = new ArrayList<>();
        for (PowerController pdu : cluster.getPowerControllers()) {
            List<Object> outlets = new ArrayList<>();
            for (Outlet outlet : pdu.getOutlets()) {
                outlets.add(Map.of("name", String.valueOf(outlet.getName()), "number", outlet.getNumber()));
            }
            pdus.add(Map.of("name", pdu.getName(), "profile", pdu.getVendorProfile().getLiteral(), "outlets", outlets));
        }
        json.put("pdus", pdus);
        return json;
    }

    private static Map<String, Object> shaped(ShapedElement e) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("name", e.getName());
        l.put("bandwidthBps", e.getBandwidthBps());
        l.put("delayMs", e.getDelayMs());
        l.put("lossRate", e.getLossRate());
        Map<String, Object> queue = new LinkedHashMap<>();
        queue.put("kind", e.getQueueKind().getLiteral());
        queue.put("limit", e.getQueueLimit());
        queue.put("unit", e.getQueueUnit().getLiteral());
        queue.put("redMinThreshold", e.getRedMinThreshold());
        queue.put("redMaxThreshold", e.getRedMaxThreshold());
        queue.put("redQueueWeight", e.getRedQueueWeight());
        queue.put("redLinterm", e.getRedLinterm());
        queue.put("redGentle", e.isRedGentle());
        l.put("queue", queue);
        return l;
    }

    private static Map<String, Object> end(Port port) {
        Map<String, Object> end = new LinkedHashMap<>();
        DiagramElement owner = Wiring.ownerOf(port);
        end.put(owner instanceof Switch ? "switch" : "node", owner == null ? null : owner.getName());
        end.put(owner instanceof Switch ? "port" : "interface", port == null ? null : port.getName());
        if (port instanceof Interface iface) {
            end.put("ipv4", iface.getIpv4Address());
        }
        return end;
    }

    private static String outlet(Outlet outlet) {
        return outlet == null ? null : ((PowerController) outlet.eContainer()).getName() + "/" + outlet.getNumber();
    }
}
