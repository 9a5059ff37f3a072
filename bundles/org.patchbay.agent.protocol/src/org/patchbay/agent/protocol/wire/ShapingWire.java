package org.patchbay.agent.protocol.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;

/**
 * Link shaping on the wire: the pipes a console asks a node to run ({@code PUT /v1/shaping}) and
 * what the node reports it runs ({@code GET}), with the backend that shapes there or why none can.
 */
public final class ShapingWire {

    public static final String PATH = "/v1/shaping";

    /** What a node runs: its backend ("tc", "dummynet" or "none"), why when none, and its pipes. */
    public record Report(String backend, String reason, Map<PipeKey, PipeSpec> pipes) {
    }

    private ShapingWire() {
    }

    public static Map<String, Object> toJson(Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("backend", report.backend());
        if (report.reason() != null) {
            m.put("reason", report.reason());
        }
        m.put("pipes", pipesJson(report.pipes()));
        return m;
    }

    public static Report report(Object json, String node) throws JsonException {
        JsonFields f = JsonFields.of(json, "shaping report");
        return new Report(f.string("backend"), f.has("reason") ? f.string("reason") : null, pipes(json, node));
    }

    public static Map<String, Object> requestJson(Map<PipeKey, PipeSpec> pipes) {
        return Map.of("pipes", pipesJson(pipes));
    }

    public static List<Object> pipesJson(Map<PipeKey, PipeSpec> pipes) {
        List<Object> list = new ArrayList<>();
        pipes.forEach((key, spec) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iface", key.iface());
            m.put("direction", key.direction().name().toLowerCase());
            m.put("shapes", key.shapes());
            m.putAll(specJson(spec));
            list.add(m);
        });
        return list;
    }

    /** One pipe's values as the wire carries them. */
    public static Map<String, Object> specJson(PipeSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bandwidthBps", spec.bandwidthBps());
        m.put("delayMs", spec.delayMs());
        m.put("lossRate", spec.lossRate());
        m.put("queueLimit", spec.queueLimit());
        m.put("queueUnit", spec.queueUnit().name().toLowerCase());
        m.put("queueKind", spec.queueKind() == PipeSpec.QueueKind.RED ? "red" : "droptail");
        return m;
    }

    /** The pipes of {"pipes": [...]}, placed on {@code node}; a bad field is named in the exception. */
    public static Map<PipeKey, PipeSpec> pipes(Object json, String node) throws JsonException {
        Map<PipeKey, PipeSpec> pipes = new TreeMap<>();
        for (Object item : JsonFields.of(json, "shaping").list("pipes")) {
            JsonFields p = JsonFields.of(item, "pipe");
            String iface = p.string("iface");
            PipeKey.Direction direction = switch (p.string("direction", "egress")) {
                case "egress" -> PipeKey.Direction.EGRESS;
                case "ingress" -> PipeKey.Direction.INGRESS;
                default -> throw new JsonException("pipe on " + iface + ": direction must be egress or ingress");
            };
            PipeSpec spec = spec(p, "pipe on " + iface);
            pipes.put(new PipeKey(node, iface, direction, p.string("shapes", iface)), spec);
        }
        return pipes;
    }

    /** One pipe's values read from {@code p}; {@code what} names it in the exception when a value is bad. */
    public static PipeSpec spec(JsonFields p, String what) throws JsonException {
        PipeSpec.QueueUnit unit = switch (p.string("queueUnit", "packets")) {
            case "packets" -> PipeSpec.QueueUnit.PACKETS;
            case "bytes" -> PipeSpec.QueueUnit.BYTES;
            default -> throw new JsonException(what + ": queueUnit must be packets or bytes");
        };
        PipeSpec.QueueKind kind = switch (p.string("queueKind", "droptail")) {
            case "droptail" -> PipeSpec.QueueKind.DROP_TAIL;
            case "red" -> PipeSpec.QueueKind.RED;
            default -> throw new JsonException(what + ": queueKind must be droptail or red");
        };
        PipeSpec spec = new PipeSpec(p.longValue("bandwidthBps"), p.doubleValue("delayMs", 0), p.doubleValue("lossRate", 0), p.intValue("queueLimit"),
                unit, kind);
        if (spec.bandwidthBps() <= 0 || spec.delayMs() < 0 || spec.lossRate() < 0 || spec.lossRate() > 1 || spec.queueLimit() <= 0) {
            throw new JsonException(what + ": bandwidthBps > 0, delayMs >= 0, lossRate in [0, 1] and queueLimit >= 1 are required");
        }
        return spec;
    }
}
