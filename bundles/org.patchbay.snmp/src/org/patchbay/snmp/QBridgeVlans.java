package org.patchbay.snmp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A switch's VLANs through Q-BRIDGE-MIB (RFC 4363): the static VLAN table (name, egress and
 * untagged port lists, row status), each bridge port's PVID, the bridge-port to ifIndex map of
 * BRIDGE-MIB, and the forwarding table used to discover which MAC sits behind which port. How rows
 * are created differs between vendors; a {@link VlanProfile} says how.
 */
public final class QBridgeVlans {

    public static final OID DOT1D_BASE_PORT_IFINDEX = new OID("1.3.6.1.2.1.17.1.4.1.2");
    public static final OID DOT1Q_TP_FDB_PORT = new OID("1.3.6.1.2.1.17.7.1.2.2.1.2");
    public static final OID DOT1Q_VLAN_STATIC_NAME = new OID("1.3.6.1.2.1.17.7.1.4.3.1.1");
    public static final OID DOT1Q_VLAN_STATIC_EGRESS = new OID("1.3.6.1.2.1.17.7.1.4.3.1.2");
    public static final OID DOT1Q_VLAN_STATIC_FORBIDDEN = new OID("1.3.6.1.2.1.17.7.1.4.3.1.3");
    public static final OID DOT1Q_VLAN_STATIC_UNTAGGED = new OID("1.3.6.1.2.1.17.7.1.4.3.1.4");
    public static final OID DOT1Q_VLAN_STATIC_ROW_STATUS = new OID("1.3.6.1.2.1.17.7.1.4.3.1.5");
    public static final OID DOT1Q_PVID = new OID("1.3.6.1.2.1.17.7.1.4.5.1.1");

    public static final int ROW_ACTIVE = 1;
    public static final int ROW_CREATE_AND_GO = 4;
    public static final int ROW_CREATE_AND_WAIT = 5;
    public static final int ROW_DESTROY = 6;

    /** One row of dot1qVlanStaticTable; port sets hold bridge port numbers. */
    public record Vlan(int id, String name, BitSet egress, BitSet untagged, int rowStatus) {
    }

    /** One learned address: in filtering database {@code fdbId}, {@code mac} was seen on bridge port {@code port}. */
    public record ForwardingEntry(int fdbId, String mac, int port) {
    }

    /**
     * How a vendor wants VLAN rows made: in one SET with createAndGo (the standard's way, e.g. the
     * Patchbay lab switch, HP ProCurve), or createAndWait, then the port lists, then active (e.g.
     * Dell PowerConnect, Cisco Small Business); whether untagged ports must also be listed in egress;
     * the length of the port lists it takes; and the sysObjectID prefixes it is known by. Quirks are
     * data, as PDU profiles are: a new vendor is a new entry.
     */
    public record VlanProfile(String name, boolean createAndWait, boolean untaggedInEgress, int portListBytes, List<String> sysObjectIdPrefixes) {
        public static final VlanProfile STANDARD = new VlanProfile("standard", false, true, 64, List.of());
        public static final VlanProfile CREATE_AND_WAIT = new VlanProfile("createAndWait", true, true, 64, List.of());
        public static final List<VlanProfile> KNOWN = List.of(
                new VlanProfile("Dell PowerConnect", true, true, 64, List.of("1.3.6.1.4.1.674.10895")),
                new VlanProfile("Cisco Small Business", true, true, 64, List.of("1.3.6.1.4.1.9.6.1")),
                new VlanProfile("HP ProCurve", false, true, 64, List.of("1.3.6.1.4.1.11.2.3.7.11")),
                new VlanProfile("Patchbay lab switch", false, true, 64, List.of("1.3.6.1.4.1.8072.3.2.10")));

        /** The known profile for a sysObjectID, or the standard one. */
        public static VlanProfile forSysObjectId(String sysObjectId) {
            for (VlanProfile profile : KNOWN) {
                for (String prefix : profile.sysObjectIdPrefixes()) {
                    if (sysObjectId.equals(prefix) || sysObjectId.startsWith(prefix + ".")) {
                        return profile;
                    }
                }
            }
            return STANDARD;
        }
    }

    static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");

    /** Asks the switch what it is (sysObjectID) and answers the profile to program it with. */
    public static CompletableFuture<VlanProfile> detect(SnmpClient client, SnmpDevice device) {
        return client.get(device, SYS_OBJECT_ID).thenApply(id -> VlanProfile.forSysObjectId(id.toString()));
    }

    public VlanProfile profile() {
        return profile;
    }

    private final SnmpClient client;
    private final SnmpDevice device;
    private final VlanProfile profile;

    public QBridgeVlans(SnmpClient client, SnmpDevice device, VlanProfile profile) {
        this.client = client;
        this.device = device;
        this.profile = profile;
    }

    public SnmpDevice device() {
        return device;
    }

    /** The client this switch is reached through, for reading its other MIBs (LLDP-MIB) the same way. */
    public SnmpClient client() {
        return client;
    }

    /** Every static VLAN on the switch, by ID. */
    public CompletableFuture<Map<Integer, Vlan>> vlans() {
        return client.table(device, List.of(DOT1Q_VLAN_STATIC_NAME, DOT1Q_VLAN_STATIC_EGRESS, DOT1Q_VLAN_STATIC_UNTAGGED, DOT1Q_VLAN_STATIC_ROW_STATUS))
                .thenApply(rows -> {
                    Map<Integer, Vlan> vlans = new TreeMap<>();
                    rows.forEach((index, columns) -> {
                        int id = index.get(0);
                        Variable name = columns.get(DOT1Q_VLAN_STATIC_NAME);
                        Variable status = columns.get(DOT1Q_VLAN_STATIC_ROW_STATUS);
                        vlans.put(id, new Vlan(id, name == null ? "" : name.toString(), ports(columns.get(DOT1Q_VLAN_STATIC_EGRESS)),
                                ports(columns.get(DOT1Q_VLAN_STATIC_UNTAGGED)), status == null ? ROW_ACTIVE : status.toInt()));
                    });
                    return vlans;
                });
    }

    /** Each bridge port's PVID. */
    public CompletableFuture<Map<Integer, Integer>> pvids() {
        return intColumn(DOT1Q_PVID);
    }

    /** Bridge port number to ifIndex (BRIDGE-MIB dot1dBasePortIfIndex). */
    public CompletableFuture<Map<Integer, Integer>> bridgePortIfIndexes() {
        return intColumn(DOT1D_BASE_PORT_IFINDEX);
    }

    private CompletableFuture<Map<Integer, Integer>> intColumn(OID column) {
        return client.table(device, List.of(column)).thenApply(rows -> {
            Map<Integer, Integer> values = new TreeMap<>();
            rows.forEach((index, columns) -> values.put(index.get(0), columns.get(column).toInt()));
            return values;
        });
    }

    /** The learned addresses (dot1qTpFdbTable): which MAC the switch saw behind which bridge port. */
    public CompletableFuture<List<ForwardingEntry>> forwardingTable() {
        return client.table(device, List.of(DOT1Q_TP_FDB_PORT)).thenApply(rows -> {
            List<ForwardingEntry> entries = new ArrayList<>();
            rows.forEach((index, columns) -> {
                if (index.size() != 7) {
                    return;
                }
                StringBuilder mac = new StringBuilder();
                for (int i = 1; i < 7; i++) {
                    mac.append(i > 1 ? ":" : "").append(String.format("%02x", index.get(i)));
                }
                entries.add(new ForwardingEntry(index.get(0), mac.toString(), columns.get(DOT1Q_TP_FDB_PORT).toInt()));
            });
            return entries;
        });
    }

    /** Creates VLAN {@code id} with its ports, the profile's way; completes when the switch accepted every step. */
    public CompletableFuture<Void> create(int id, String name, BitSet egress, BitSet untagged) {
        BitSet egressPorts = (BitSet) egress.clone();
        if (profile.untaggedInEgress()) {
            egressPorts.or(untagged);
        }
        List<VariableBinding> columns = List.of(new VariableBinding(new OID(DOT1Q_VLAN_STATIC_NAME).append(id), new OctetString(name)),
                new VariableBinding(new OID(DOT1Q_VLAN_STATIC_EGRESS).append(id), portList(egressPorts, profile.portListBytes())),
                new VariableBinding(new OID(DOT1Q_VLAN_STATIC_UNTAGGED).append(id), portList(untagged, profile.portListBytes())));
        OID rowStatus = new OID(DOT1Q_VLAN_STATIC_ROW_STATUS).append(id);
        if (!profile.createAndWait()) {
            List<VariableBinding> all = new ArrayList<>(columns);
            all.add(new VariableBinding(rowStatus, new Integer32(ROW_CREATE_AND_GO)));
            return client.set(device, all).thenApply(values -> null);
        }
        return client.set(device, rowStatus, new Integer32(ROW_CREATE_AND_WAIT))
                .thenCompose(created -> client.set(device, columns))
                .thenCompose(filled -> client.set(device, rowStatus, new Integer32(ROW_ACTIVE)))
                .thenApply(active -> null);
    }

    /** Removes VLAN {@code id}. */
    public CompletableFuture<Void> destroy(int id) {
        return client.set(device, new OID(DOT1Q_VLAN_STATIC_ROW_STATUS).append(id), new Integer32(ROW_DESTROY)).thenApply(v -> null);
    }

    /** Sets a bridge port's PVID: the VLAN its untagged frames belong to. */
    public CompletableFuture<Void> setPvid(int bridgePort, int vlan) {
        return client.set(device, new OID(DOT1Q_PVID).append(bridgePort), new org.snmp4j.smi.UnsignedInteger32(vlan)).thenApply(v -> null);
    }

    /** A PortList: one bit per port, port 1 the most significant bit of the first octet. */
    public static OctetString portList(BitSet ports, int bytes) {
        int highestPort = Math.max(0, ports.length() - 1);
        byte[] octets = new byte[Math.max(bytes, (highestPort + 7) / 8)];
        for (int port = ports.nextSetBit(1); port >= 0; port = ports.nextSetBit(port + 1)) {
            octets[(port - 1) / 8] |= (byte) (0x80 >>> ((port - 1) % 8));
        }
        return new OctetString(octets);
    }

    /** The ports a PortList holds (empty for a missing value). */
    public static BitSet ports(Variable portList) {
        BitSet ports = new BitSet();
        if (!(portList instanceof OctetString octets)) {
            return ports;
        }
        byte[] bytes = octets.getValue();
        for (int i = 0; i < bytes.length * 8; i++) {
            if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
                ports.set(i + 1);
            }
        }
        return ports;
    }
}
