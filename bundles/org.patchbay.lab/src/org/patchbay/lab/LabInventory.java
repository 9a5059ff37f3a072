package org.patchbay.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Link;
import org.patchbay.model.Machine;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.SnmpVersion;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;
import org.snmp4j.smi.UdpAddress;

/**
 * The lab standing in for real hardware: a testbed inventory built as a lab, each machine a node
 * namespace with its agent, each switch a namespace whose VLANs are programmed over SNMP
 * (Q-BRIDGE-MIB, {@link LabVlanAgent}) exactly as a swap-in programs real switches, each cable a
 * veth and each trunk a veth between switches. Two experiments swapped into one such lab reach
 * each other only if their VLANs say so. The inventory it was given is filled in with where each
 * switch answers SNMP and each machine's agent.
 */
public final class LabInventory implements AutoCloseable {

    /** The id of the VLAN switches' SNMPv3 user in {@link #credentials()}. */
    public static final String CREDENTIAL_ID = "lab-vlan-switch";

    private final Lab lab;
    private final Testbed testbed;
    private final Path credentials;
    private final LabVlanTrunks trunks = new LabVlanTrunks();
    private final Map<String, LabVlanSwitch> switches = new LinkedHashMap<>();
    private final List<LabVlanAgent> agents = new ArrayList<>();
    private final Map<String, SnmpDevice> devices = new LinkedHashMap<>();
    /** Each inventory switch port's kernel ifIndex, which the switch's IF-MIB (snmpd) and dot1dBasePortIfIndex report. */
    private final Map<SwitchPort, Integer> kernelIfIndexes = new HashMap<>();

    private LabInventory(Lab lab, Testbed testbed, Path credentials) {
        this.lab = lab;
        this.testbed = testbed;
        this.credentials = credentials;
    }

    /** Builds the lab for {@code testbed} and starts a VLAN agent per switch; on failure nothing stays behind. */
    public static LabInventory start(Testbed testbed, LabOptions options, LabListener listener, LabProgress progress) throws LabException {
        Cluster physical = asCluster(testbed);
        Lab lab = Lab.start(physical, options, listener, progress);
        boolean started = false;
        try {
            if (lab.mode() != Lab.Mode.NAMESPACES) {
                throw new LabException("A lab standing for testbed " + testbed.getName() + " needs namespaces (run as root): its switches move "
                        + "ports between bridges");
            }
            Path credentials = lab.directory().resolve("vlan-switch-snmp.credentials");
            String auth = Lab.randomSecret();
            String privacy = Lab.randomSecret();
            Files.writeString(credentials, "");
            Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(credentials, String.join("\n", CREDENTIAL_ID + ".version = v3", CREDENTIAL_ID + ".user = " + LabSnmpAgent.USER,
                    CREDENTIAL_ID + ".auth = SHA256", CREDENTIAL_ID + ".authPassphrase = " + auth, CREDENTIAL_ID + ".privacy = AES128",
                    CREDENTIAL_ID + ".privacyPassphrase = " + privacy, ""));
            LabInventory inventory = new LabInventory(lab, testbed, credentials);
            inventory.startSwitches(auth, privacy, progress);
            inventory.setMacs();
            inventory.describeTo(testbed);
            started = true;
            return inventory;
        } catch (IOException e) {
            throw new LabException("Cannot start the lab's VLAN switches: " + e.getMessage(), e);
        } finally {
            if (!started) {
                lab.close();
            }
        }
    }

    /** The inventory as a topology the lab can build: machines as nodes, cables and trunks as links, with the inventory's own port numbers. */
    static Cluster asCluster(Testbed testbed) {
        PatchbayFactory factory = PatchbayFactory.eINSTANCE;
        Cluster cluster = factory.createCluster();
        cluster.setName(testbed.getName());
        Map<SwitchPort, SwitchPort> portCopies = new HashMap<>();
        for (Switch sw : testbed.getSwitches()) {
            Switch copy = factory.createSwitch();
            copy.setName(sw.getName());
            for (SwitchPort port : sw.getPorts()) {
                SwitchPort portCopy = factory.createSwitchPort();
                portCopy.setName(port.getName());
                portCopy.setIfIndex(port.getIfIndex());
                portCopy.setSpeedMbps(port.getSpeedMbps());
                copy.getPorts().add(portCopy);
                portCopies.put(port, portCopy);
            }
            cluster.getSwitches().add(copy);
        }
        for (Machine machine : testbed.getMachines()) {
            Node node = factory.createNode();
            node.setName(machine.getName());
            node.setRole(NodeRole.COMPUTE);
            node.setHardwareType(machine.getHardwareType());
            for (Interface iface : machine.getInterfaces()) {
                Interface copy = factory.createInterface();
                copy.setName(iface.getName());
                copy.setMac(iface.getMac());
                copy.setSpeedMbps(iface.getSpeedMbps());
                node.getInterfaces().add(copy);
                if (iface.getCabledTo() != null && portCopies.containsKey(iface.getCabledTo())) {
                    cluster.getLinks().add(cable(machine.getName() + "." + iface.getName(), copy, portCopies.get(iface.getCabledTo()), iface.getSpeedMbps()));
                }
            }
            cluster.getNodes().add(node);
        }
        for (Trunk trunk : testbed.getTrunks()) {
            if (portCopies.containsKey(trunk.getEndA()) && portCopies.containsKey(trunk.getEndB())) {
                cluster.getLinks().add(cable(trunk.getName(), portCopies.get(trunk.getEndA()), portCopies.get(trunk.getEndB()), trunk.getCapacityMbps()));
            }
        }
        return cluster;
    }

    private static Link cable(String name, org.patchbay.model.Port a, org.patchbay.model.Port b, long mbps) {
        Link link = PatchbayFactory.eINSTANCE.createLink();
        link.setName(name);
        link.setEndA(a);
        link.setEndB(b);
        link.setBandwidthBps(mbps * 1_000_000L);
        return link;
    }

    private String authPassphrase;
    private String privacyPassphrase;

    private void startSwitches(String auth, String privacy, LabProgress progress) throws LabException, IOException {
        authPassphrase = auth;
        privacyPassphrase = privacy;
        Map<SwitchPort, Boolean> trunkPorts = new HashMap<>();
        for (Trunk trunk : testbed.getTrunks()) {
            trunkPorts.put(trunk.getEndA(), true);
            trunkPorts.put(trunk.getEndB(), true);
        }
        int done = 0;
        for (Switch sw : testbed.getSwitches()) {
            progress.step("Starting the VLAN agent of " + sw.getName(), done++, testbed.getSwitches().size());
            String namespace = namespaceOf(sw.getName());
            Map<Integer, String> kernelNames = lab.switchPortNames(sw.getName());
            List<LabVlanSwitch.Port> ports = new ArrayList<>();
            for (SwitchPort port : sw.getPorts()) {
                String kernelName = kernelNames.get(port.getIfIndex());
                if (kernelName != null) {
                    int ifIndex = kernelIfIndex(namespace, kernelName);
                    kernelIfIndexes.put(port, ifIndex);
                    ports.add(new LabVlanSwitch.Port(port.getIfIndex(), kernelName, ifIndex, trunkPorts.containsKey(port)));
                }
            }
            LabVlanSwitch vlanSwitch = new LabVlanSwitch(sw.getName(), namespace, ports, trunks);
            switches.put(sw.getName(), vlanSwitch);
            int port;
            try (java.net.DatagramSocket probe = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            LabVlanAgent agent = new LabVlanAgent(lab.directory().resolve("vlan-boots-" + done).toFile(), new UdpAddress("127.0.0.1/" + port),
                    vlanSwitch, auth, privacy);
            agent.start();
            agents.add(agent);
            devices.put(sw.getName(), SnmpDevice.of(sw.getName(), "127.0.0.1", port,
                    SnmpCredentials.v3(LabSnmpAgent.USER, SnmpCredentials.Auth.SHA256, auth, SnmpCredentials.Privacy.AES128, privacy)));
        }
        for (Trunk trunk : testbed.getTrunks()) {
            LabVlanSwitch a = switches.get(((Switch) trunk.getEndA().eContainer()).getName());
            LabVlanSwitch b = switches.get(((Switch) trunk.getEndB().eContainer()).getName());
            trunks.add(a, trunk.getEndA().getIfIndex(), b, trunk.getEndB().getIfIndex());
        }
    }

    /**
     * Machine interfaces get the MAC the inventory gives them; those without one keep the kernel's,
     * which goes into the inventory (as a real machine's burned-in address would be read from it).
     */
    private void setMacs() throws LabException {
        for (Machine machine : testbed.getMachines()) {
            String namespace = namespaceOf(machine.getName());
            for (Interface iface : machine.getInterfaces()) {
                if (iface.getCabledTo() == null || iface.getName() == null || !iface.getName().matches("[A-Za-z0-9_.-]{1,15}")) {
                    continue;
                }
                if (iface.getMac() != null && !iface.getMac().isBlank()) {
                    HostCommands.run(List.of("ip", "-n", namespace, "link", "set", "dev", iface.getName(), "address", iface.getMac()));
                } else {
                    String line = HostCommands.run(List.of("ip", "-n", namespace, "-o", "link", "show", "dev", iface.getName()));
                    int at = line.indexOf("link/ether ");
                    if (at >= 0) {
                        iface.setMac(line.substring(at + 11).split("\\s+")[0]);
                    }
                }
            }
        }
    }

    private String namespaceOf(String element) throws LabException {
        return lab.plan().boxes().stream().filter(box -> box.element().equals(element)).map(LabPlan.Box::namespace).findFirst()
                .orElseThrow(() -> new LabException("the lab has no namespace for " + element));
    }

    private static int kernelIfIndex(String namespace, String kernelName) throws LabException {
        String line = HostCommands.run(List.of("ip", "-n", namespace, "-o", "link", "show", "dev", kernelName));
        return Integer.parseInt(line.substring(0, line.indexOf(':')).trim());
    }

    /**
     * Writes into the inventory where each switch answers SNMP and each machine's agent listens, and
     * gives each switch port the ifIndex the switch reports for it, as discovery on real switches does
     * (bridge port numbers stay the inventory's old port numbers, as on a real switch they differ).
     */
    private void describeTo(Testbed inventory) {
        kernelIfIndexes.forEach(SwitchPort::setIfIndex);
        for (Switch sw : inventory.getSwitches()) {
            SnmpDevice device = devices.get(sw.getName());
            SnmpTarget target = PatchbayFactory.eINSTANCE.createSnmpTarget();
            target.setHost(device.host());
            target.setPort(device.port());
            target.setVersion(SnmpVersion.V3);
            target.setCredentialId(CREDENTIAL_ID);
            sw.setSnmp(target);
        }
        for (Machine machine : inventory.getMachines()) {
            java.net.URI endpoint = lab.endpoints().get(machine.getName());
            if (endpoint != null) {
                machine.setAgentEndpoint(endpoint.getHost() + ":" + endpoint.getPort());
            }
        }
    }

    public Lab lab() {
        return lab;
    }

    public Testbed testbed() {
        return testbed;
    }

    /** The 0600 credentials file with the VLAN switches' SNMPv3 user ({@link #CREDENTIAL_ID}). */
    public Path credentials() {
        return credentials;
    }

    /** Each switch's VLAN agent. */
    public Map<String, SnmpDevice> vlanDevices() {
        return Map.copyOf(devices);
    }

    /** A switch's VLAN agent as its read-only user sees it: every read answered, every write refused. */
    public SnmpDevice readOnlyDevice(String switchName) {
        SnmpDevice device = devices.get(switchName);
        return SnmpDevice.of(switchName, device.host(), device.port(), SnmpCredentials.v3(LabSnmpAgent.READ_ONLY_USER, SnmpCredentials.Auth.SHA256,
                authPassphrase, SnmpCredentials.Privacy.AES128, privacyPassphrase));
    }

    /** Which bridge (VLAN) each port of a switch is in now, by kernel port name: "br0" for VLAN 1, "vlN" for VLAN N. */
    public Map<String, String> bridgesOf(String switchName) {
        return switches.get(switchName).bridges();
    }

    /** The per-VLAN veths the trunks carry now, as "switchA-switchB vlan N". */
    public List<String> trunkVlans() {
        return trunks.carried();
    }

    /**
     * Gives a machine's interface an address, as the experiment's node set-up does at swap-in (on
     * real hardware the node's boot configuration does it).
     */
    public void address(String machine, String interfaceName, String cidr) throws LabException {
        HostCommands.run(List.of("ip", "-n", namespaceOf(machine), "addr", "replace", cidr, "dev", interfaceName));
        HostCommands.run(List.of("ip", "-n", namespaceOf(machine), "link", "set", "dev", interfaceName, "up"));
    }

    @Override
    public void close() {
        for (LabVlanAgent agent : agents) {
            agent.stop();
        }
        lab.close();
    }
}
