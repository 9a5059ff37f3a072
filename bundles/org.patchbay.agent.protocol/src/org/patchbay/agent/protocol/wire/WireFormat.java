package org.patchbay.agent.protocol.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;

/** The agent API's paths and the JSON form of its messages, written and read in one place so both sides agree. */
public final class WireFormat {

    public static final String STATUS_PATH = "/v1/status";
    public static final String PROCESSES_PATH = "/v1/processes";
    public static final String INTERFACES_PATH = "/v1/interfaces";
    public static final String EVENTS_PATH = "/v1/events";
    public static final String REBOOT_PATH = "/v1/actions/reboot";
    public static final String SIGNAL_PATH = "/v1/actions/signal";
    public static final int DEFAULT_PORT = 7443;
    /** An agent told to reboot without a reboot command exits with this code; the lab restarts the node's processes. */
    public static final int REBOOT_EXIT_CODE = 75;

    private WireFormat() {
    }

    public static Map<String, Object> toJson(NodeStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", s.node());
        m.put("mode", s.mode());
        m.put("agentVersion", s.agentVersion());
        m.put("uptimeSeconds", s.uptimeSeconds());
        m.put("cpus", s.cpus());
        m.put("cpuPercent", round(s.cpuPercent()));
        m.put("load", List.of(s.load1(), s.load5(), s.load15()));
        m.put("memoryTotalBytes", s.memoryTotalBytes());
        m.put("memoryUsedBytes", s.memoryUsedBytes());
        m.put("cpuCapacity", round(s.cpuCapacity()));
        return m;
    }

    public static NodeStatus status(Object json) throws JsonException {
        JsonFields f = JsonFields.of(json, "status");
        List<Object> load = f.list("load");
        if (load.size() != 3) {
            throw new JsonException("'load' must hold 3 numbers");
        }
        return new NodeStatus(f.string("node"), f.string("mode"), f.string("agentVersion", "?"), f.doubleValue("uptimeSeconds"), f.intValue("cpus"),
                f.doubleValue("cpuPercent"), number(load.get(0)), number(load.get(1)), number(load.get(2)), f.longValue("memoryTotalBytes"),
                f.longValue("memoryUsedBytes"), f.doubleValue("cpuCapacity", f.intValue("cpus")));
    }

    public static Map<String, Object> toJson(ProcessInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", p.pid());
        m.put("ppid", p.ppid());
        m.put("user", p.user());
        m.put("state", p.state());
        m.put("command", p.command());
        m.put("cpuPercent", round(p.cpuPercent()));
        m.put("rssBytes", p.rssBytes());
        return m;
    }

    public static ProcessInfo process(Object json) throws JsonException {
        JsonFields f = JsonFields.of(json, "process");
        return new ProcessInfo(f.intValue("pid"), f.intValue("ppid"), f.string("user"), f.string("state"), f.string("command"),
                f.doubleValue("cpuPercent"), f.longValue("rssBytes"));
    }

    public static Map<String, Object> toJson(InterfaceInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("operState", i.operState());
        m.put("speedMbps", i.speedMbps());
        m.put("rxBitsPerSecond", round(i.rxBitsPerSecond()));
        m.put("txBitsPerSecond", round(i.txBitsPerSecond()));
        m.put("rxBytes", i.rxBytes());
        m.put("rxPackets", i.rxPackets());
        m.put("rxErrors", i.rxErrors());
        m.put("rxDrops", i.rxDrops());
        m.put("txBytes", i.txBytes());
        m.put("txPackets", i.txPackets());
        m.put("txErrors", i.txErrors());
        m.put("txDrops", i.txDrops());
        return m;
    }

    public static InterfaceInfo iface(Object json) throws JsonException {
        JsonFields f = JsonFields.of(json, "interface");
        return new InterfaceInfo(f.string("name"), f.longValue("rxBytes"), f.longValue("rxPackets"), f.longValue("rxErrors"), f.longValue("rxDrops"),
                f.longValue("txBytes"), f.longValue("txPackets"), f.longValue("txErrors"), f.longValue("txDrops"), f.string("operState"),
                f.longValue("speedMbps"), f.doubleValue("rxBitsPerSecond"), f.doubleValue("txBitsPerSecond"));
    }

    public static Map<String, Object> toJson(AgentEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("boot", e.boot());
        m.put("time", e.timeMillis());
        m.put("status", toJson(e.status()));
        m.put("interfaces", e.interfaces().stream().map(WireFormat::toJson).toList());
        m.put("processSnapshot", e.processSnapshot());
        m.put("processes", e.processes().stream().map(WireFormat::toJson).toList());
        m.put("exited", e.exitedPids());
        return m;
    }

    public static AgentEvent event(String data) throws JsonException {
        JsonFields f = JsonFields.of(Json.parse(data), "event");
        List<InterfaceInfo> interfaces = new ArrayList<>();
        for (Object o : f.list("interfaces")) {
            interfaces.add(iface(o));
        }
        List<ProcessInfo> processes = new ArrayList<>();
        for (Object o : f.listOrEmpty("processes")) {
            processes.add(process(o));
        }
        List<Integer> exited = new ArrayList<>();
        for (Object o : f.listOrEmpty("exited")) {
            exited.add((int) number(o));
        }
        return new AgentEvent(f.longValue("seq"), f.string("boot"), f.longValue("time"), status(f.map().get("status")), interfaces,
                f.bool("processSnapshot", false), processes, exited);
    }

    public static Map<String, Object> processesJson(long timeMillis, List<ProcessInfo> processes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", timeMillis);
        m.put("processes", processes.stream().map(WireFormat::toJson).toList());
        return m;
    }

    public static List<ProcessInfo> processes(String body) throws JsonException {
        List<ProcessInfo> list = new ArrayList<>();
        for (Object o : JsonFields.of(Json.parse(body), "processes").list("processes")) {
            list.add(process(o));
        }
        return list;
    }

    private static double number(Object o) throws JsonException {
        if (!(o instanceof Number n)) {
            throw new JsonException("expected a number, got " + o);
        }
        return n.doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
