package org.patchbay.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trunks between a lab's VLAN switches. Without 802.1Q devices a trunk cannot tag frames, so a
 * VLAN both ends carry tagged gets a veth pair of its own between the two switch namespaces, in
 * that VLAN's bridge on each side; VLAN 1 stays on the trunk's own veth. Also the lock every switch
 * of the lab takes, since a change on one switch changes its trunks to the others.
 */
final class LabVlanTrunks {

    /** A trunk: port {@code portA} of switch {@code a} cabled to port {@code portB} of switch {@code b}. */
    record Trunk(int index, LabVlanSwitch a, int portA, LabVlanSwitch b, int portB) {
    }

    private final List<Trunk> trunks = new ArrayList<>();
    /** The per-VLAN veths that exist, as "trunk/vlan". */
    private final Set<String> made = new TreeSet<>();

    void add(LabVlanSwitch a, int portA, LabVlanSwitch b, int portB) {
        synchronized (this) {
            trunks.add(new Trunk(trunks.size() + 1, a, portA, b, portB));
        }
    }

    /** Gives each trunk exactly the per-VLAN veths its two ends both carry tagged; the caller holds this object's lock. */
    void reconcile() throws LabException {
        for (Trunk trunk : trunks) {
            Set<Integer> both = new TreeSet<>(trunk.a().taggedOnLocked(trunk.portA()));
            both.retainAll(trunk.b().taggedOnLocked(trunk.portB()));
            for (int vlan : both) {
                if (made.add(trunk.index() + "/" + vlan)) {
                    String name = vethName(trunk, vlan);
                    HostCommands.run(List.of("ip", "link", "add", name, "netns", trunk.a().namespace(), "type", "veth", "peer", "name", name,
                            "netns", trunk.b().namespace()));
                    for (LabVlanSwitch end : List.of(trunk.a(), trunk.b())) {
                        HostCommands.run(List.of("ip", "-n", end.namespace(), "link", "set", "dev", name, "master", LabVlanSwitch.bridgeName(vlan)));
                        HostCommands.run(List.of("ip", "-n", end.namespace(), "link", "set", "dev", name, "up"));
                    }
                }
            }
            for (String key : List.copyOf(made)) {
                String[] parts = key.split("/");
                int vlan = Integer.parseInt(parts[1]);
                if (Integer.parseInt(parts[0]) == trunk.index() && !both.contains(vlan)) {
                    HostCommands.runQuietly(List.of("ip", "-n", trunk.a().namespace(), "link", "del", vethName(trunk, vlan)));
                    made.remove(key);
                }
            }
        }
    }

    /** The per-VLAN veths that exist now, as "switchA-switchB vlan N" (for the tests and the lab's own description). */
    List<String> carried() {
        synchronized (this) {
            List<String> carried = new ArrayList<>();
            for (String key : made) {
                String[] parts = key.split("/");
                Trunk trunk = trunks.get(Integer.parseInt(parts[0]) - 1);
                carried.add(trunk.a().name() + "-" + trunk.b().name() + " vlan " + parts[1]);
            }
            return carried;
        }
    }

    private static String vethName(Trunk trunk, int vlan) {
        return "tk" + trunk.index() + "v" + vlan;
    }
}
