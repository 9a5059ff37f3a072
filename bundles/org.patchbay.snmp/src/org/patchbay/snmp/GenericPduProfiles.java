package org.patchbay.snmp;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * PDUs of the "generic" profile, described by the user: for each PDU (by its name in the topology)
 * the OID templates and values of its outlets, e.g.
 * <pre>
 * rack9.stateOid   = 1.3.6.1.4.1.99999.1.2.&lt;outlet&gt;
 * rack9.states     = 1:on, 0:off, 2:pending
 * rack9.commandOid = 1.3.6.1.4.1.99999.1.3.&lt;outlet&gt;
 * rack9.commands   = on:1, off:0, cycle:2
 * rack9.unit       = 1            (optional, replaces &lt;unit&gt;)
 * </pre>
 * A mistake is reported with the file, the key and what would be right.
 */
public final class GenericPduProfiles {

    private GenericPduProfiles() {
    }

    public static Map<String, PduProfile> load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        }
        return parse(p, file.toString());
    }

    public static Map<String, PduProfile> parse(Properties p, String source) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                names.add(key.substring(0, dot));
            }
        }
        Map<String, PduProfile> profiles = new LinkedHashMap<>();
        for (String name : names) {
            String stateOid = required(p, source, name, "stateOid");
            String commandOid = required(p, source, name, "commandOid");
            Map<Integer, OutletState> states = new HashMap<>();
            for (Map.Entry<String, String> e : pairs(p, source, name, "states", "1:on, 0:off").entrySet()) {
                try {
                    states.put(Integer.parseInt(e.getKey()), OutletState.valueOf(e.getValue().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw new IOException(source + ": " + name + ".states: '" + e.getKey() + ":" + e.getValue()
                            + "' should be <number>:<on|off|pending|unknown>, e.g. 1:on, 0:off");
                }
            }
            Map<PowerCommand, Integer> commands = new EnumMap<>(PowerCommand.class);
            for (Map.Entry<String, String> e : pairs(p, source, name, "commands", "on:1, off:0, cycle:2").entrySet()) {
                try {
                    commands.put(PowerCommand.valueOf(e.getKey().toUpperCase(Locale.ROOT)), Integer.parseInt(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new IOException(source + ": " + name + ".commands: '" + e.getKey() + ":" + e.getValue()
                            + "' should be <on|off|cycle>:<number>, e.g. on:1, off:0, cycle:2");
                }
            }
            if (!commands.containsKey(PowerCommand.ON) || !commands.containsKey(PowerCommand.OFF)) {
                throw new IOException(source + ": " + name + ".commands needs at least on and off");
            }
            for (String oid : new String[] {stateOid, commandOid}) {
                if (!oid.replace("<outlet>", "1").replace("<unit>", "1").matches("[0-9]+(\\.[0-9]+)+")) {
                    throw new IOException(source + ": '" + oid + "' for " + name + " is not an OID template like 1.3.6.1.4.1.99999.1.2.<outlet>");
                }
            }
            int unit;
            try {
                unit = Integer.parseInt(p.getProperty(name + ".unit", "1").trim());
            } catch (NumberFormatException e) {
                throw new IOException(source + ": " + name + ".unit must be a number");
            }
            profiles.put(name, new PduProfile("generic", "Generic PDU (" + name + ")", "", unit, stateOid, Map.copyOf(states), commandOid, Map.of(),
                    Map.copyOf(commands)));
        }
        return profiles;
    }

    private static String required(Properties p, String source, String name, String key) throws IOException {
        String value = p.getProperty(name + "." + key);
        if (value == null || value.isBlank()) {
            throw new IOException(source + ": the generic PDU '" + name + "' needs " + name + "." + key);
        }
        return value.trim();
    }

    private static Map<String, String> pairs(Properties p, String source, String name, String key, String example) throws IOException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String item : required(p, source, name, key).split(",")) {
            String[] kv = item.trim().split(":");
            if (kv.length != 2) {
                throw new IOException(source + ": " + name + "." + key + " should look like '" + example + "'");
            }
            pairs.put(kv[0].trim(), kv[1].trim());
        }
        return pairs;
    }
}
