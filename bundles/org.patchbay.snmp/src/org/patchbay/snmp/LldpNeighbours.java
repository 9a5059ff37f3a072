package org.patchbay.snmp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * What a switch's LLDP agent says (LLDP-MIB, IEEE 802.1AB-2005): its own chassis ID, system name and
 * ports, and each neighbour it heard on a port, which is the other end of that port's cable. A
 * switch without LLDP-MIB answers with nothing, which reads as no neighbours.
 *
 * <p>IDs are given as text the way they compare with an inventory: a MAC address subtype as
 * {@code aa:bb:cc:dd:ee:ff}, printable names as they are, anything else as colon-separated hex.
 */
public final class LldpNeighbours {

    static final OID LLDP_LOCAL_SYSTEM_DATA = new OID("1.0.8802.1.1.2.1.3");
    static final OID LLDP_LOC_CHASSIS_ID_SUBTYPE = new OID("1.0.8802.1.1.2.1.3.1.0");
    static final OID LLDP_LOC_CHASSIS_ID = new OID("1.0.8802.1.1.2.1.3.2.0");
    static final OID LLDP_LOC_SYS_NAME = new OID("1.0.8802.1.1.2.1.3.3.0");
    static final OID LLDP_LOC_PORT_ID_SUBTYPE = new OID("1.0.8802.1.1.2.1.3.7.1.2");
    static final OID LLDP_LOC_PORT_ID = new OID("1.0.8802.1.1.2.1.3.7.1.3");
    static final OID LLDP_LOC_PORT_DESC = new OID("1.0.8802.1.1.2.1.3.7.1.4");
    static final OID LLDP_REM_CHASSIS_ID_SUBTYPE = new OID("1.0.8802.1.1.2.1.4.1.1.4");
    static final OID LLDP_REM_CHASSIS_ID = new OID("1.0.8802.1.1.2.1.4.1.1.5");
    static final OID LLDP_REM_PORT_ID_SUBTYPE = new OID("1.0.8802.1.1.2.1.4.1.1.6");
    static final OID LLDP_REM_PORT_ID = new OID("1.0.8802.1.1.2.1.4.1.1.7");
    static final OID LLDP_REM_PORT_DESC = new OID("1.0.8802.1.1.2.1.4.1.1.8");
    static final OID LLDP_REM_SYS_NAME = new OID("1.0.8802.1.1.2.1.4.1.1.9");

    /** LldpChassisIdSubtype macAddress(4). */
    public static final int CHASSIS_MAC = 4;
    /** LldpPortIdSubtype macAddress(3). */
    public static final int PORT_MAC = 3;

    /**
     * One of the switch's own ports. LLDP-MIB numbers a bridge's ports as dot1dBasePort does, though
     * some switches use the ifIndex instead.
     */
    public record LocalPort(int number, int idSubtype, String id, String description) {
    }

    /** The switch itself: its chassis ID, system name and ports by LLDP port number. */
    public record Local(int chassisIdSubtype, String chassisId, String systemName, Map<Integer, LocalPort> ports) {
        public static final Local NONE = new Local(0, "", "", Map.of());
    }

    /** A neighbour heard on the switch's port {@code localPort}: the system and port at the cable's other end. */
    public record Neighbour(int localPort, int chassisIdSubtype, String chassisId, int portIdSubtype, String portId, String portDescription,
            String systemName) {
    }

    private final SnmpClient client;
    private final SnmpDevice device;

    public LldpNeighbours(SnmpClient client, SnmpDevice device) {
        this.client = client;
        this.device = device;
    }

    /** The switch's own LLDP identity and ports; {@link Local#NONE} when it has no LLDP-MIB. */
    public CompletableFuture<Local> local() {
        return client.walk(device, LLDP_LOCAL_SYSTEM_DATA).thenApply(bindings -> {
            int chassisSubtype = 0;
            Variable chassis = null;
            String name = "";
            Map<Integer, Integer> portSubtypes = new TreeMap<>();
            Map<Integer, Variable> portIds = new TreeMap<>();
            Map<Integer, String> descriptions = new TreeMap<>();
            for (VariableBinding binding : bindings) {
                OID oid = binding.getOid();
                Variable value = binding.getVariable();
                if (oid.equals(LLDP_LOC_CHASSIS_ID_SUBTYPE)) {
                    chassisSubtype = value.toInt();
                } else if (oid.equals(LLDP_LOC_CHASSIS_ID)) {
                    chassis = value;
                } else if (oid.equals(LLDP_LOC_SYS_NAME)) {
                    name = value.toString();
                } else if (oid.startsWith(LLDP_LOC_PORT_ID_SUBTYPE) && oid.size() == LLDP_LOC_PORT_ID_SUBTYPE.size() + 1) {
                    portSubtypes.put(oid.last(), value.toInt());
                } else if (oid.startsWith(LLDP_LOC_PORT_ID) && oid.size() == LLDP_LOC_PORT_ID.size() + 1) {
                    portIds.put(oid.last(), value);
                } else if (oid.startsWith(LLDP_LOC_PORT_DESC) && oid.size() == LLDP_LOC_PORT_DESC.size() + 1) {
                    descriptions.put(oid.last(), value.toString());
                }
            }
            if (chassis == null) {
                return Local.NONE;
            }
            Map<Integer, LocalPort> ports = new TreeMap<>();
            for (Map.Entry<Integer, Variable> id : portIds.entrySet()) {
                int subtype = portSubtypes.getOrDefault(id.getKey(), 0);
                ports.put(id.getKey(), new LocalPort(id.getKey(), subtype, text(id.getValue(), subtype == PORT_MAC),
                        descriptions.getOrDefault(id.getKey(), "")));
            }
            return new Local(chassisSubtype, text(chassis, chassisSubtype == CHASSIS_MAC), name, Map.copyOf(ports));
        });
    }

    /** Every neighbour the switch has heard and still remembers (lldpRemTable), in port order. */
    public CompletableFuture<List<Neighbour>> neighbours() {
        List<OID> columns = List.of(LLDP_REM_CHASSIS_ID_SUBTYPE, LLDP_REM_CHASSIS_ID, LLDP_REM_PORT_ID_SUBTYPE, LLDP_REM_PORT_ID, LLDP_REM_PORT_DESC,
                LLDP_REM_SYS_NAME);
        return client.table(device, columns).thenApply(rows -> {
            List<Neighbour> heard = new ArrayList<>();
            rows.forEach((index, row) -> {
                // INDEX { lldpRemTimeMark, lldpRemLocalPortNum, lldpRemIndex }
                if (index.size() != 3 || row.get(LLDP_REM_CHASSIS_ID) == null) {
                    return;
                }
                int chassisSubtype = intOf(row.get(LLDP_REM_CHASSIS_ID_SUBTYPE));
                int portSubtype = intOf(row.get(LLDP_REM_PORT_ID_SUBTYPE));
                heard.add(new Neighbour(index.get(1), chassisSubtype, text(row.get(LLDP_REM_CHASSIS_ID), chassisSubtype == CHASSIS_MAC),
                        portSubtype, text(row.get(LLDP_REM_PORT_ID), portSubtype == PORT_MAC), stringOf(row.get(LLDP_REM_PORT_DESC)),
                        stringOf(row.get(LLDP_REM_SYS_NAME))));
            });
            heard.sort((a, b) -> Integer.compare(a.localPort(), b.localPort()));
            return heard;
        });
    }

    /** An ID as text: six octets of a MAC subtype as a MAC, printable octets as they are, other octets as hex. */
    static String text(Variable value, boolean mac) {
        if (!(value instanceof OctetString octets)) {
            return value == null ? "" : value.toString();
        }
        byte[] bytes = octets.getValue();
        if (mac && bytes.length == 6) {
            return octets.toHexString(':').toLowerCase(Locale.ROOT);
        }
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return octets.toHexString(':').toLowerCase(Locale.ROOT);
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static int intOf(Variable value) {
        return value == null ? 0 : value.toInt();
    }

    private static String stringOf(Variable value) {
        return value == null ? "" : value.toString();
    }
}
