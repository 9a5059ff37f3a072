package org.patchbay.nsfile.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What NS cannot say (switches, PDUs, outlets, positions, SNMP targets, MACs…) travels in comments:
 * {@code # patchbay: KIND NAME key=value …}, values percent-encoded. Tcl ignores them; the importer
 * reads them from the text.
 */
public final class PatchbayComments {

    /** One comment: its kind ("node", "iface", "switch"…), the element it is about and its values. */
    public record Comment(String kind, String name, Map<String, String> values) {
        public String get(String key) {
            return values.get(key);
        }

        public String get(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }
    }

    public static final String PREFIX = "# patchbay:";
    private static final Pattern LINE = Pattern.compile("^\\s*#\\s*patchbay:\\s*(\\S+)\\s+(\\S+)(.*)$");

    private PatchbayComments() {
    }

    public static List<Comment> read(String text) {
        List<Comment> comments = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : m.group(3).trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            comments.add(new Comment(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8), values));
        }
        return comments;
    }

    /** One comment line; null values are left out. */
    public static String write(String kind, String name, Object... keyValues) {
        StringBuilder out = new StringBuilder(PREFIX).append(' ').append(kind).append(' ').append(encode(name));
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                out.append(' ').append(keyValues[i]).append('=').append(encode(String.valueOf(keyValues[i + 1])));
            }
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":").replace("%2F", "/");
    }
}
