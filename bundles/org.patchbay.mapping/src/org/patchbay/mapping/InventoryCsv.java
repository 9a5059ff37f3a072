package org.patchbay.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.templates.TestbedBuilder;

/**
 * A testbed inventory from CSV, as testbeds keep them: one row per machine interface
 * ({@code machine,type,interface,mac,switch,port[,speed_mbps[,features]]}, features separated by
 * ';') and, optionally, one row per trunk ({@code switch_a,port_a,switch_b,port_b[,capacity_mbps]}).
 * The first line of each is a header and is skipped. Every refusal names the file's line and what
 * it should hold; nothing is half imported.
 */
public final class InventoryCsv {

    /** At most this many rows are read: ten thousand machines of eight interfaces. */
    public static final int MAX_ROWS = 80_000;

    private InventoryCsv() {
    }

    public static Testbed read(String name, String machinesCsv, String trunksCsv) throws InventoryException {
        TestbedBuilder builder = new TestbedBuilder(name);
        Map<String, Machine> machines = new HashMap<>();
        List<String[]> rows = rows("machines", machinesCsv, 6, 8);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String where = "machines line " + (i + 2);
            Machine machine = machines.computeIfAbsent(row[0], n -> builder.machine(n, row[1].isEmpty() ? null : row[1]));
            if (!row[1].isEmpty() && !row[1].equals(machine.getHardwareType())) {
                throw new InventoryException(where + ": " + row[0] + " is of type " + machine.getHardwareType() + " above and " + row[1]
                        + " here; give each machine one type");
            }
            String mac = mac(where, row[3]);
            long speed = row.length > 6 && !row[6].isEmpty() ? number(where, "speed_mbps", row[6]) : 1000;
            SwitchPort port = row[4].isEmpty() ? null : builder.port(builder.switchNamed(row[4], null), required(where, "port", row[5]));
            for (Interface existing : machine.getInterfaces()) {
                if (existing.getName().equals(row[2])) {
                    throw new InventoryException(where + ": " + row[0] + " lists interface " + row[2] + " twice");
                }
            }
            builder.cable(machine, required(where, "interface", row[2]), mac, speed, port);
            if (port != null && port.getSpeedMbps() < speed) {
                port.setSpeedMbps(speed);
            }
            if (row.length > 7 && !row[7].isEmpty()) {
                for (String feature : row[7].split(";")) {
                    if (!feature.isBlank() && !machine.getFeatures().contains(feature.strip())) {
                        machine.getFeatures().add(feature.strip());
                    }
                }
            }
        }
        if (trunksCsv != null) {
            List<String[]> trunks = rows("trunks", trunksCsv, 4, 5);
            for (int i = 0; i < trunks.size(); i++) {
                String[] row = trunks.get(i);
                String where = "trunks line " + (i + 2);
                Switch a = builder.switchNamed(required(where, "switch_a", row[0]), null);
                Switch b = builder.switchNamed(required(where, "switch_b", row[2]), null);
                if (a == b) {
                    throw new InventoryException(where + ": a trunk joins two different switches, not " + row[0] + " to itself");
                }
                long capacity = row.length > 4 && !row[4].isEmpty() ? number(where, "capacity_mbps", row[4]) : 1000;
                builder.trunk(builder.port(a, required(where, "port_a", row[1])), builder.port(b, required(where, "port_b", row[3])), capacity);
            }
        }
        return builder.testbed();
    }

    private static List<String[]> rows(String what, String csv, int least, int most) throws InventoryException {
        List<String[]> rows = new ArrayList<>();
        String[] lines = csv.split("\r?\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new InventoryException(what + ": more than " + MAX_ROWS + " rows; split the inventory");
            }
            if (line.indexOf('"') >= 0) {
                throw new InventoryException(what + " line " + (i + 1) + ": quoted fields are not read; names, MACs and ports need no commas or quotes");
            }
            String[] fields = line.split(",", -1);
            for (int f = 0; f < fields.length; f++) {
                fields[f] = fields[f].strip();
            }
            if (fields.length < least || fields.length > most) {
                throw new InventoryException(what + " line " + (i + 1) + ": " + fields.length + " fields, expected " + least + " to " + most + " ("
                        + (what.equals("machines") ? "machine,type,interface,mac,switch,port[,speed_mbps[,features]]"
                                : "switch_a,port_a,switch_b,port_b[,capacity_mbps]") + ")");
            }
            rows.add(fields);
        }
        return rows;
    }

    private static String required(String where, String field, String value) throws InventoryException {
        if (value.isEmpty()) {
            throw new InventoryException(where + ": " + field + " is empty");
        }
        return value;
    }

    private static long number(String where, String field, String value) throws InventoryException {
        try {
            long number = Long.parseLong(value);
            if (number > 0 && number <= 10_000_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InventoryException(where + ": " + field + " '" + value + "' is not a whole number of Mb/s (1 to 10000000)");
    }

    /** A MAC as aa:bb:cc:dd:ee:ff (accepting '-' and upper case), or null for an empty field. */
    private static String mac(String where, String value) throws InventoryException {
        if (value.isEmpty()) {
            return null;
        }
        String mac = value.toLowerCase(Locale.ROOT).replace('-', ':');
        if (!mac.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}")) {
            throw new InventoryException(where + ": '" + value + "' is not a MAC address like 00:1b:21:3a:4f:10");
        }
        return mac;
    }

    /** An inventory file that cannot be read as written, with the line and the fix. */
    public static final class InventoryException extends Exception {
        private static final long serialVersionUID = 1L;

        public InventoryException(String message) {
            super(message);
        }
    }
}
