package org.patchbay.lab;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * The lab's power strip: an SNMP PDU (APC Rack PDU outlet table, SNMPv3 authPriv) on loopback whose
 * outlet n powers the n-th node. Cutting an outlet ends the node as a power loss would; restoring it,
 * or the end of a cycle, starts the node again.
 */
final class LabPowerStrip implements AutoCloseable {

    /** What the strip does to the lab's nodes. */
    interface Nodes {
        /** Power lost: the node ends at once, whatever it was doing. */
        void cut(String node);

        /** Power back: the node starts after {@code afterMillis}, then {@link LabPowerStrip#settled} is called. */
        void powerUp(String node, long afterMillis);

        /** The lab is stopping: outlets change nothing any more. */
        boolean stopping();
    }

    private static final long CYCLE_OFF_MILLIS = 2000;

    private final File bootsFile;
    private final Nodes nodes;
    private final Map<Integer, String> nodesByOutlet = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Set<String> poweredOff = ConcurrentHashMap.newKeySet();
    private final Set<String> cycling = ConcurrentHashMap.newKeySet();
    /** The highest outlet number a removed node had: new nodes are numbered above it. */
    private volatile int retiredOutlets;
    private LabPdu pdu;
    private SnmpDevice device;

    LabPowerStrip(File bootsFile, Nodes nodes) {
        this.bootsFile = bootsFile;
        this.nodes = nodes;
    }

    /** Plugs {@code nodeNames} into outlets 1, 2, ... and starts the PDU's SNMP agent on a free loopback port. */
    void start(List<String> nodeNames) throws IOException {
        int outlet = 1;
        for (String node : nodeNames) {
            nodesByOutlet.put(outlet++, node);
        }
        int port;
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String auth = Lab.randomSecret();
        String privacy = Lab.randomSecret();
        pdu = new LabPdu(bootsFile, new org.snmp4j.smi.UdpAddress("127.0.0.1/" + port), nodesByOutlet, auth, privacy, this::outletState,
                this::switchOutlet);
        pdu.start();
        device = SnmpDevice.of("lab-pdu", "127.0.0.1", port,
                SnmpCredentials.v3(LabPdu.USER, SnmpCredentials.Auth.SHA256, auth, SnmpCredentials.Privacy.AES128, privacy));
    }

    SnmpDevice device() {
        return device;
    }

    int outletOf(String node) {
        for (Map.Entry<Integer, String> e : nodesByOutlet.entrySet()) {
            if (e.getValue().equals(node)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("no lab node " + node);
    }

    /** A node added while the lab runs gets the next outlet (numbers of removed nodes are not reused). */
    void plugIn(String node) {
        if (pdu == null || nodesByOutlet.containsValue(node)) {
            return;
        }
        int outlet = Math.max(retiredOutlets, nodesByOutlet.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        nodesByOutlet.put(outlet, node);
        pdu.addOutlet(outlet);
    }

    void unplug(String node) {
        for (Map.Entry<Integer, String> e : nodesByOutlet.entrySet()) {
            if (e.getValue().equals(node)) {
                retiredOutlets = Math.max(retiredOutlets, e.getKey());
                nodesByOutlet.remove(e.getKey());
                if (pdu != null) {
                    pdu.removeOutlet(e.getKey());
                }
            }
        }
        poweredOff.remove(node);
    }

    /** Whether the node's outlet is off (so the lab does not restart it when it ends). */
    boolean isOff(String node) {
        return poweredOff.contains(node);
    }

    /** A node powered up again is no longer in a cycle. */
    void settled(String node) {
        cycling.remove(node);
    }

    @Override
    public void close() {
        if (pdu != null) {
            pdu.stop();
        }
    }

    private int outletState(int outlet) {
        String node = nodesByOutlet.get(outlet);
        return cycling.contains(node) ? 3 : poweredOff.contains(node) ? 2 : 1;
    }

    /** Runs on the PDU agent's thread: cutting power is immediate, restoring it starts the node in the background. */
    private void switchOutlet(int outlet, int command) {
        String node = nodesByOutlet.get(outlet);
        if (node == null || nodes.stopping()) {
            return;
        }
        switch (command) {
            case 1 -> {
                if (poweredOff.remove(node)) {
                    nodes.powerUp(node, 0);
                }
            }
            case 2 -> {
                poweredOff.add(node);
                nodes.cut(node);
            }
            case 3 -> {
                cycling.add(node);
                nodes.cut(node);
                nodes.powerUp(node, CYCLE_OFF_MILLIS);
            }
            default -> {
                // refused by the agent before it gets here
            }
        }
    }
}
