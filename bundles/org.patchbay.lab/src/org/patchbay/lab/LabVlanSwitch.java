package org.patchbay.lab;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.patchbay.snmp.QBridgeVlans;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * One lab switch as a VLAN switch: the Q-BRIDGE-MIB state its SNMP agent serves and accepts, made
 * real in the switch's namespace. This kernel has neither bridge VLAN filtering nor 802.1Q devices,
 * so each VLAN is a bridge of its own ({@code vl<ID>}; VLAN 1 is the switch's bridge): an access
 * port moves into the bridge of its VLAN, and a VLAN tagged on a trunk becomes a veth pair of its
 * own between the two switches (see {@link LabVlanTrunks}). Like an access switch, a port made an
 * untagged member of a VLAN leaves VLAN 1, and returns to it when that VLAN goes.
 */
final class LabVlanSwitch {

    static final int DEFAULT_VLAN = 1;
    private static final int MAX_NAME = 32;
    private static final int ROW_NOT_IN_SERVICE = 2;

    /** A bridge port: its number (the model's ifIndex), kernel name and kernel ifIndex; trunks join other switches. */
    record Port(int number, String kernelName, int ifIndex, boolean trunk) {
    }

    /** A dot1qVlanStaticTable row. */
    static final class Row {
        String name;
        BitSet egress;
        BitSet untagged;
        int status;

        Row(String name, BitSet egress, BitSet untagged, int status) {
            this.name = name;
            this.egress = egress;
            this.untagged = untagged;
            this.status = status;
        }

        Row copy() {
            return new Row(name, (BitSet) egress.clone(), (BitSet) untagged.clone(), status);
        }

        boolean active() {
            return status == QBridgeVlans.ROW_ACTIVE;
        }
    }

    /** The outcome of checking a SET: the SNMP error status and the index of the binding at fault (0 when fine). */
    record Verdict(int status, int index, String why) {
        static final Verdict FINE = new Verdict(SnmpConstants.SNMP_ERROR_SUCCESS, 0, null);
    }

    private final String name;
    private final String namespace;
    private final SortedMap<Integer, Port> ports;
    /** Every switch of a lab and their trunks share this lock: a change on one switch reconciles the trunks to the others. */
    private final LabVlanTrunks trunks;
    private TreeMap<Integer, Row> vlans = new TreeMap<>();
    private Map<Integer, Integer> pvids = new HashMap<>();
    /** Which bridge each access port is in now, as last made so. */
    private final Map<String, String> bridgeOf = new HashMap<>();
    private final java.util.Set<Integer> bridgesMade = new java.util.TreeSet<>();

    LabVlanSwitch(String name, String namespace, List<Port> portList, LabVlanTrunks trunks) {
        this.name = name;
        this.namespace = namespace;
        this.ports = new TreeMap<>();
        portList.forEach(p -> ports.put(p.number(), p));
        this.trunks = trunks;
        BitSet all = new BitSet();
        ports.keySet().forEach(all::set);
        vlans.put(DEFAULT_VLAN, new Row("default", (BitSet) all.clone(), all, QBridgeVlans.ROW_ACTIVE));
        for (Port port : portList) {
            pvids.put(port.number(), DEFAULT_VLAN);
            bridgeOf.put(port.kernelName(), LabPlan.BRIDGE);
        }
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    SortedMap<OID, Variable> objects(boolean withForwardingTable) {
        synchronized (trunks) {
            return objectsLocked(withForwardingTable);
        }
    }

    /** Every object this switch serves under dot1dBridge, in OID order; learned addresses only when asked (reading them runs 'bridge fdb'). */
    private SortedMap<OID, Variable> objectsLocked(boolean withForwardingTable) {
        TreeMap<OID, Variable> objects = new TreeMap<>();
        for (Port port : ports.values()) {
            objects.put(new OID(QBridgeVlans.DOT1D_BASE_PORT_IFINDEX).append(port.number()), new Integer32(port.ifIndex()));
            objects.put(new OID(QBridgeVlans.DOT1Q_PVID).append(port.number()), new UnsignedInteger32(pvids.get(port.number())));
        }
        vlans.forEach((id, row) -> {
            objects.put(new OID(QBridgeVlans.DOT1Q_VLAN_STATIC_NAME).append(id), new OctetString(row.name));
            objects.put(new OID(QBridgeVlans.DOT1Q_VLAN_STATIC_EGRESS).append(id), QBridgeVlans.portList(row.egress, portListBytes()));
            objects.put(new OID(QBridgeVlans.DOT1Q_VLAN_STATIC_FORBIDDEN).append(id), QBridgeVlans.portList(new BitSet(), portListBytes()));
            objects.put(new OID(QBridgeVlans.DOT1Q_VLAN_STATIC_UNTAGGED).append(id), QBridgeVlans.portList(row.untagged, portListBytes()));
            objects.put(new OID(QBridgeVlans.DOT1Q_VLAN_STATIC_ROW_STATUS).append(id), new Integer32(row.status));
        });
        if (withForwardingTable) {
            learnedAddresses(objects);
        }
        return objects;
    }

    private int portListBytes() {
        return Math.max(1, (ports.isEmpty() ? 1 : ports.lastKey() + 7) / 8);
    }

    /** dot1qTpFdbTable from the kernel's learned (not local, not permanent) entries of each VLAN's bridge. */
    private void learnedAddresses(TreeMap<OID, Variable> objects) {
        Map<String, Integer> numberOf = new HashMap<>();
        ports.values().forEach(p -> numberOf.put(p.kernelName(), p.number()));
        String table;
        try {
            table = HostCommands.run(List.of("bridge", "-n", namespace, "fdb", "show"));
        } catch (LabException e) {
            return;
        }
        for (String line : table.split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 4 || !"dev".equals(words[1]) || line.contains("permanent") || line.contains(" self")) {
                continue;
            }
            Integer port = numberOf.get(words[2]);
            int vlan = vlanOfBridge(line);
            if (port == null || vlan < 0) {
                continue;
            }
            OID index = new OID(QBridgeVlans.DOT1Q_TP_FDB_PORT).append(vlan);
            String[] octets = words[0].split(":");
            if (octets.length != 6) {
                continue;
            }
            for (String octet : octets) {
                index.append(Integer.parseInt(octet, 16));
            }
            objects.put(index, new Integer32(port));
        }
    }

    private static int vlanOfBridge(String fdbLine) {
        int at = fdbLine.indexOf(" master ");
        if (at < 0) {
            return -1;
        }
        String bridge = fdbLine.substring(at + 8).trim().split("\\s+")[0];
        if (bridge.equals(LabPlan.BRIDGE)) {
            return DEFAULT_VLAN;
        }
        return bridge.startsWith("vl") ? Integer.parseInt(bridge.substring(2)) : -1;
    }

    /** Whether this switch answers for the OID at all (as a SET target). */
    static boolean writable(OID oid) {
        return column(oid) != null || oid.startsWith(QBridgeVlans.DOT1Q_PVID) && oid.size() == QBridgeVlans.DOT1Q_PVID.size() + 1;
    }

    private static OID column(OID oid) {
        for (OID column : List.of(QBridgeVlans.DOT1Q_VLAN_STATIC_NAME, QBridgeVlans.DOT1Q_VLAN_STATIC_EGRESS, QBridgeVlans.DOT1Q_VLAN_STATIC_FORBIDDEN,
                QBridgeVlans.DOT1Q_VLAN_STATIC_UNTAGGED, QBridgeVlans.DOT1Q_VLAN_STATIC_ROW_STATUS)) {
            if (oid.startsWith(column) && oid.size() == column.size() + 1) {
                return column;
            }
        }
        return null;
    }

    Verdict check(List<VariableBinding> bindings) {
        synchronized (trunks) {
            return checkLocked(bindings);
        }
    }

    /** Checks a whole SET against the state it would leave; nothing changes. */
    private Verdict checkLocked(List<VariableBinding> bindings) {
        Staged staged = new Staged();
        return staged.apply(bindings);
    }

    /** The state before a SET, to put back if the request fails elsewhere after this switch applied it. */
    record Before(TreeMap<Integer, Row> vlans, Map<Integer, Integer> pvids) {
    }

    Before apply(List<VariableBinding> bindings) throws LabException {
        synchronized (trunks) {
            Before before = new Before(vlans, pvids);
            applyLocked(bindings);
            return before;
        }
    }

    /** Puts back the state from before a SET (SNMP undo), bridges included. */
    void restore(Before before) throws LabException {
        synchronized (trunks) {
            vlans = before.vlans();
            pvids = before.pvids();
            reconcile();
        }
    }

    /**
     * Applies a whole SET and makes the bridges match; if the kernel refuses, the state and bridges
     * go back to what they were and the error is thrown.
     */
    private void applyLocked(List<VariableBinding> bindings) throws LabException {
        Staged staged = new Staged();
        Verdict verdict = staged.apply(bindings);
        if (verdict.status() != SnmpConstants.SNMP_ERROR_SUCCESS) {
            throw new LabException(name + ": " + verdict.why());
        }
        TreeMap<Integer, Row> previousVlans = vlans;
        Map<Integer, Integer> previousPvids = pvids;
        vlans = staged.vlans;
        pvids = staged.pvids;
        try {
            reconcile();
        } catch (LabException e) {
            vlans = previousVlans;
            pvids = previousPvids;
            try {
                reconcile();
            } catch (LabException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** The state a SET would leave, built on a copy. */
    private final class Staged {
        final TreeMap<Integer, Row> vlans = new TreeMap<>();
        final Map<Integer, Integer> pvids = new HashMap<>(LabVlanSwitch.this.pvids);

        Staged() {
            LabVlanSwitch.this.vlans.forEach((id, row) -> vlans.put(id, row.copy()));
        }

        Verdict apply(List<VariableBinding> bindings) {
            // Row status first, so a createAndGo may come after the columns that fill its row.
            for (int i = 0; i < bindings.size(); i++) {
                VariableBinding binding = bindings.get(i);
                if (QBridgeVlans.DOT1Q_VLAN_STATIC_ROW_STATUS.equals(LabVlanSwitch.column(binding.getOid()))) {
                    Verdict verdict = rowStatus(binding.getOid().last(), binding.getVariable(), i + 1);
                    if (verdict != Verdict.FINE) {
                        return verdict;
                    }
                }
            }
            for (int i = 0; i < bindings.size(); i++) {
                Verdict verdict = column(bindings.get(i), i + 1);
                if (verdict != Verdict.FINE) {
                    return verdict;
                }
            }
            return consistent(bindings.size());
        }

        private Verdict rowStatus(int id, Variable value, int index) {
            if (!(value instanceof Integer32)) {
                return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_TYPE, index, "row status must be an INTEGER");
            }
            if (id < 1 || id > 4094) {
                return new Verdict(SnmpConstants.SNMP_ERROR_NO_CREATION, index, "VLAN " + id + " is outside 1-4094");
            }
            int status = value.toInt();
            Row row = vlans.get(id);
            switch (status) {
                case QBridgeVlans.ROW_CREATE_AND_GO, QBridgeVlans.ROW_CREATE_AND_WAIT -> {
                    if (row != null) {
                        return new Verdict(SnmpConstants.SNMP_ERROR_INCONSISTENT_VALUE, index, "VLAN " + id + " exists already");
                    }
                    vlans.put(id, new Row("", new BitSet(), new BitSet(),
                            status == QBridgeVlans.ROW_CREATE_AND_GO ? QBridgeVlans.ROW_ACTIVE : ROW_NOT_IN_SERVICE));
                }
                case QBridgeVlans.ROW_ACTIVE, ROW_NOT_IN_SERVICE -> {
                    if (row == null) {
                        return new Verdict(SnmpConstants.SNMP_ERROR_INCONSISTENT_VALUE, index, "VLAN " + id + " does not exist");
                    }
                    row.status = status;
                }
                case QBridgeVlans.ROW_DESTROY -> {
                    if (id == DEFAULT_VLAN) {
                        return new Verdict(SnmpConstants.SNMP_ERROR_INCONSISTENT_VALUE, index, "the default VLAN 1 cannot be removed");
                    }
                    vlans.remove(id);
                    pvids.replaceAll((port, pvid) -> pvid == id ? DEFAULT_VLAN : pvid);
                }
                default -> {
                    return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_VALUE, index, "row status " + status + " is not one this switch takes");
                }
            }
            return Verdict.FINE;
        }

        private Verdict column(VariableBinding binding, int index) {
            OID oid = binding.getOid();
            Variable value = binding.getVariable();
            OID column = LabVlanSwitch.column(oid);
            if (QBridgeVlans.DOT1Q_VLAN_STATIC_ROW_STATUS.equals(column)) {
                return Verdict.FINE;
            }
            if (column == null) {
                if (oid.startsWith(QBridgeVlans.DOT1Q_PVID) && oid.size() == QBridgeVlans.DOT1Q_PVID.size() + 1) {
                    return pvid(oid.last(), value, index);
                }
                return new Verdict(SnmpConstants.SNMP_ERROR_NOT_WRITEABLE, index, oid + " is not writable");
            }
            Row row = vlans.get(oid.last());
            if (row == null) {
                return new Verdict(SnmpConstants.SNMP_ERROR_NO_CREATION, index, "VLAN " + oid.last() + " does not exist; create it with its row status");
            }
            if (!(value instanceof OctetString octets)) {
                return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_TYPE, index, "expected an OCTET STRING");
            }
            if (column.equals(QBridgeVlans.DOT1Q_VLAN_STATIC_NAME)) {
                if (octets.length() > MAX_NAME) {
                    return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_LENGTH, index, "VLAN names are at most " + MAX_NAME + " characters");
                }
                row.name = octets.toString();
                return Verdict.FINE;
            }
            BitSet listed = QBridgeVlans.ports(octets);
            BitSet unknown = (BitSet) listed.clone();
            ports.keySet().forEach(unknown::clear);
            if (!unknown.isEmpty()) {
                return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_VALUE, index, "the port list names port " + unknown.nextSetBit(0) + ", which " + name
                        + " does not have");
            }
            if (column.equals(QBridgeVlans.DOT1Q_VLAN_STATIC_EGRESS)) {
                row.egress = listed;
            } else if (column.equals(QBridgeVlans.DOT1Q_VLAN_STATIC_UNTAGGED)) {
                row.untagged = listed;
            } else if (!listed.isEmpty()) {
                return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_VALUE, index, "this switch forbids no ports");
            }
            return Verdict.FINE;
        }

        private Verdict pvid(int port, Variable value, int index) {
            if (!ports.containsKey(port)) {
                return new Verdict(SnmpConstants.SNMP_ERROR_NO_CREATION, index, name + " has no port " + port);
            }
            if (!(value instanceof UnsignedInteger32 || value instanceof Integer32)) {
                return new Verdict(SnmpConstants.SNMP_ERROR_WRONG_TYPE, index, "a PVID is an Unsigned32");
            }
            pvids.put(port, value.toInt());
            return Verdict.FINE;
        }

        /** What the whole SET leaves must be a switch this lab can be: access ports in one VLAN, tags only on trunks. */
        private Verdict consistent(int bindings) {
            for (Map.Entry<Integer, Row> entry : vlans.entrySet()) {
                Row row = entry.getValue();
                BitSet untaggedOutsideEgress = (BitSet) row.untagged.clone();
                untaggedOutsideEgress.andNot(row.egress);
                if (!untaggedOutsideEgress.isEmpty()) {
                    return new Verdict(SnmpConstants.SNMP_ERROR_INCONSISTENT_VALUE, bindings, "VLAN " + entry.getKey() + ": port "
                            + untaggedOutsideEgress.nextSetBit(0) + " is untagged but not in the egress ports");
                }
                BitSet tagged = (BitSet) row.egress.clone();
                tagged.andNot(row.untagged);
                for (int port = tagged.nextSetBit(0); port >= 0; port = tagged.nextSetBit(port + 1)) {
                    if (entry.getKey() != DEFAULT_VLAN && !ports.get(port).trunk()) {
                        return new Verdict(SnmpConstants.SNMP_ERROR_INCONSISTENT_VALUE, bindings, "port " + port + " of " + name
                                + " is an access port: this lab switch carries tagged VLANs on trunks only (no 802.1Q on this kernel)");
                    }
                }
            }
            // Access-switch behaviour: a port untagged in another active VLAN leaves VLAN 1.
            Row defaultVlan = vlans.get(DEFAULT_VLAN);
            BitSet elsewhere = new BitSet();
            vlans.forEach((id, row) -> {
                if (id != DEFAULT_VLAN && row.active()) {
                    elsewhere.or(row.untagged);
                }
            });
            for (int port : ports.keySet()) {
                if (elsewhere.get(port)) {
                    defaultVlan.untagged.clear(port);
                    defaultVlan.egress.clear(port);
                } else if (!ports.get(port).trunk() || !defaultVlan.egress.get(port)) {
                    defaultVlan.untagged.set(port);
                    defaultVlan.egress.set(port);
                }
            }
            return Verdict.FINE;
        }
    }

    /** The VLAN an access port carries: its PVID when it is untagged there, else the VLAN it is untagged in, else 1. */
    private int accessVlanOf(int port) {
        int pvid = pvids.getOrDefault(port, DEFAULT_VLAN);
        Row atPvid = vlans.get(pvid);
        if (atPvid != null && atPvid.active() && atPvid.untagged.get(port)) {
            return pvid;
        }
        for (Map.Entry<Integer, Row> entry : vlans.entrySet()) {
            if (entry.getKey() != DEFAULT_VLAN && entry.getValue().active() && entry.getValue().untagged.get(port)) {
                return entry.getKey();
            }
        }
        return DEFAULT_VLAN;
    }

    java.util.Set<Integer> taggedOn(int port) {
        synchronized (trunks) {
            return taggedOnLocked(port);
        }
    }

    /** VLANs (other than 1) this switch carries tagged on the given trunk port. */
    java.util.Set<Integer> taggedOnLocked(int port) {
        java.util.Set<Integer> tagged = new java.util.TreeSet<>();
        vlans.forEach((id, row) -> {
            if (id != DEFAULT_VLAN && row.active() && row.egress.get(port) && !row.untagged.get(port)) {
                tagged.add(id);
            }
        });
        return tagged;
    }

    static String bridgeName(int vlan) {
        return vlan == DEFAULT_VLAN ? LabPlan.BRIDGE : "vl" + vlan;
    }

    /** Makes the namespace match the state: one bridge per active VLAN in use, each access port in its VLAN's bridge, trunks carrying their tags. */
    private void reconcile() throws LabException {
        java.util.Set<Integer> wanted = new java.util.TreeSet<>();
        vlans.forEach((id, row) -> {
            if (id != DEFAULT_VLAN && row.active()) {
                wanted.add(id);
            }
        });
        for (int vlan : wanted) {
            if (bridgesMade.add(vlan)) {
                HostCommands.run(List.of("ip", "-n", namespace, "link", "add", bridgeName(vlan), "type", "bridge", "forward_delay", "0"));
                HostCommands.run(List.of("ip", "-n", namespace, "link", "set", "dev", bridgeName(vlan), "up"));
            }
        }
        for (Port port : ports.values()) {
            if (port.trunk()) {
                continue;
            }
            String bridge = bridgeName(accessVlanOf(port.number()));
            if (!bridge.equals(bridgeOf.get(port.kernelName()))) {
                HostCommands.run(List.of("ip", "-n", namespace, "link", "set", "dev", port.kernelName(), "master", bridge));
                bridgeOf.put(port.kernelName(), bridge);
            }
        }
        trunks.reconcile();
        for (int vlan : List.copyOf(bridgesMade)) {
            if (!wanted.contains(vlan)) {
                HostCommands.runQuietly(List.of("ip", "-n", namespace, "link", "del", bridgeName(vlan)));
                bridgesMade.remove(vlan);
            }
        }
    }

    Map<String, String> bridges() {
        synchronized (trunks) {
            return bridgesLocked();
        }
    }

    boolean carries(int vlan) {
        synchronized (trunks) {
            return carriesLocked(vlan);
        }
    }

    /** Which bridge each port is in now, by kernel name (for the tests and the lab's description of itself). */
    private Map<String, String> bridgesLocked() {
        return new LinkedHashMap<>(bridgeOf);
    }

    private boolean carriesLocked(int vlan) {
        Row row = vlans.get(vlan);
        return row != null && row.active();
    }

    List<Port> ports() {
        return new ArrayList<>(ports.values());
    }
}
