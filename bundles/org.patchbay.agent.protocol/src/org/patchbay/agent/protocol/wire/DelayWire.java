package org.patchbay.agent.protocol.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.shaping.PipeSpec;

/**
 * A node acting as a delay node, on the wire: {@code PUT /v1/delays/NAME} bridges two of its interfaces
 * through a pipe each way (a → b is "ab"), {@code DELETE /v1/delays/NAME} ends it, {@code GET /v1/delays}
 * lists what it runs, or why it cannot be a delay node.
 */
public final class DelayWire {

    public static final String PATH = "/v1/delays";
    /** Bridges one node runs at most: each is a process and two packet sockets. */
    public static final int MAX_DELAYS = 64;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:+-]{1,64}");
    /** Linux interface names: at most 15 characters, no slash or blank. */
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9._@-]{1,15}");

    /** One bridge: interfaces {@code a} and {@code b}, the pipe from a to b and the one back. */
    public record Delay(String name, String a, String b, PipeSpec ab, PipeSpec ba) {
    }

    /** What a node runs, and why it cannot bridge ({@code reason}, null when it can). */
    public record Report(String reason, List<Delay> delays) {
    }

    private DelayWire() {
    }

    /** Whether {@code name} may name a bridge (it is part of a URL path). */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static Map<String, Object> requestJson(Delay delay) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", delay.a());
        m.put("b", delay.b());
        m.put("ab", ShapingWire.specJson(delay.ab()));
        m.put("ba", ShapingWire.specJson(delay.ba()));
        return m;
    }

    /** The bridge a PUT asks for; bad names and values are named in the exception. */
    public static Delay delay(String name, Object json) throws JsonException {
        if (!validName(name)) {
            throw new JsonException("a delay's name is 1 to 64 letters, digits or . _ : + -, not '" + name + "'");
        }
        JsonFields f = JsonFields.of(json, "delay " + name);
        String a = f.string("a");
        String b = f.string("b");
        for (String iface : List.of(a, b)) {
            if (!INTERFACE.matcher(iface).matches()) {
                throw new JsonException("delay " + name + ": '" + iface + "' is not an interface name (1 to 15 letters, digits or . _ @ -)");
            }
        }
        if (a.equals(b)) {
            throw new JsonException("delay " + name + " bridges two different interfaces, not " + a + " with itself");
        }
        return new Delay(name, a, b, ShapingWire.spec(f.object("ab"), "delay " + name + " a to b"),
                ShapingWire.spec(f.object("ba"), "delay " + name + " b to a"));
    }

    public static Map<String, Object> toJson(Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (report.reason() != null) {
            m.put("reason", report.reason());
        }
        List<Object> delays = new ArrayList<>();
        for (Delay delay : report.delays()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", delay.name());
            one.putAll(requestJson(delay));
            delays.add(one);
        }
        m.put("delays", delays);
        return m;
    }

    public static Report report(Object json) throws JsonException {
        JsonFields f = JsonFields.of(json, "delays report");
        List<Delay> delays = new ArrayList<>();
        for (Object item : f.list("delays")) {
            delays.add(delay(JsonFields.of(item, "delay").string("name"), item));
        }
        return new Report(f.has("reason") ? f.string("reason") : null, delays);
    }
}
