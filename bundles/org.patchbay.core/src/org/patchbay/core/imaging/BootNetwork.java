package org.patchbay.core.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;

/**
 * Where the console boots and images real machines: its interface and address on their boot network,
 * the network's prefix, the multicast group images go to, the boot server's folder and the imaging
 * environment. Read from {@code boot-network.properties} in the console's state folder:
 * <pre>
 * interface = eth1
 * address = 10.1.0.1
 * prefixLength = 24
 * group = 239.1.0.1:7654
 * folder = /var/lib/patchbay/boot
 * environment = /var/lib/patchbay/imaging-environment
 * </pre>
 * A node takes part with the model interface whose address is on that network and that has a MAC.
 */
public record BootNetwork(String interfaceName, String address, int prefixLength, String group, Path folder, Path environment) {

    public static final String FILE = "boot-network.properties";

    /** The boot network described in {@code file}, empty when there is no such file; a wrong value is refused naming the key and the fix. */
    public static Optional<BootNetwork> load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String iface = required(p, file, "interface");
        if (!iface.matches("[A-Za-z0-9_.:-]{1,15}")) {
            throw new IOException(file + ": interface '" + iface + "' is not an interface name (e.g. eth1)");
        }
        String address = required(p, file, "address");
        ipv4(file, "address", address);
        int prefix;
        try {
            prefix = Integer.parseInt(p.getProperty("prefixLength", "24").strip());
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 8 || prefix > 30) {
            throw new IOException(file + ": prefixLength must be a whole number from 8 to 30 (e.g. 24)");
        }
        String group = required(p, file, "group");
        int colon = group.lastIndexOf(':');
        if (colon < 0 || !ipv4(file, "group", group.substring(0, colon)).isMulticastAddress() || !group.substring(colon + 1).matches("\\d{1,5}")) {
            throw new IOException(file + ": group must be a multicast address and port, e.g. 239.1.0.1:7654");
        }
        return Optional.of(new BootNetwork(iface, address, prefix, group, Path.of(required(p, file, "folder")), Path.of(required(p, file, "environment"))));
    }

    private static String required(Properties p, Path file, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(file + " has no '" + key + "'; it needs interface, address, prefixLength, group, folder and environment");
        }
        return value.strip();
    }

    private static InetAddress ipv4(Path file, String key, String text) throws IOException {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IOException(file + ": " + key + " '" + text + "' is not an IPv4 address");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IOException(file + ": " + key + " '" + text + "' is not an IPv4 address", e);
        }
    }

    public String netmask() {
        long mask = 0xffffffffL << (32 - prefixLength) & 0xffffffffL;
        return (mask >> 24) + "." + (mask >> 16 & 255) + "." + (mask >> 8 & 255) + "." + (mask & 255);
    }

    public BootServer.Settings settings() {
        return new BootServer.Settings(interfaceName, address, netmask(), folder);
    }

    private boolean onNetwork(String ip) {
        return ip != null && ip.matches("\\d{1,3}(\\.\\d{1,3}){3}") && (toLong(ip) >> (32 - prefixLength)) == (toLong(address) >> (32 - prefixLength));
    }

    private static long toLong(String ip) {
        long v = 0;
        for (String part : ip.split("\\.")) {
            v = v << 8 | Integer.parseInt(part);
        }
        return v;
    }

    /** Boot entries for {@code nodes} from the model; a node without a MAC'd interface on this network is named in {@code missing} with the fix. */
    public List<BootServer.Entry> entries(Cluster cluster, List<String> nodes, Map<String, String> missing) {
        Map<String, Node> byName = new LinkedHashMap<>();
        cluster.getNodes().forEach(n -> byName.put(n.getName(), n));
        List<BootServer.Entry> entries = new ArrayList<>();
        for (String name : nodes) {
            Node node = byName.get(name);
            Interface boot = node == null ? null : node.getInterfaces().stream().filter(i -> onNetwork(i.getIpv4Address())).findFirst().orElse(null);
            if (boot == null) {
                missing.put(name, "no interface on the boot network " + address + "/" + prefixLength + "; give one of its interfaces an address there");
            } else if (boot.getMac() == null || boot.getMac().isBlank()) {
                missing.put(name, "interface " + boot.getName() + " (" + boot.getIpv4Address() + ") has no MAC address; set its MAC in Properties so the "
                        + "boot server knows it");
            } else {
                try {
                    entries.add(new BootServer.Entry(name, boot.getMac(), boot.getIpv4Address(), BootServer.Mode.DISK, ""));
                } catch (IllegalArgumentException e) {
                    missing.put(name, e.getMessage());
                }
            }
        }
        return entries;
    }
}
