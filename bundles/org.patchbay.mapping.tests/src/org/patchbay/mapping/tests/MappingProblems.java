package org.patchbay.mapping.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;
import org.patchbay.model.Testbed;
import org.patchbay.model.templates.TestbedBuilder;

/**
 * Generated mapping problems, for the tests and for bench/mapping (which compiles this file too):
 * leaf-and-core inventories, and experiments that are trees plus extra links and LANs of 100 Mb/s,
 * optionally built around a hidden ("planted") mapping known to violate nothing.
 */
public final class MappingProblems {

    private static final PatchbayFactory FACTORY = PatchbayFactory.eINSTANCE;
    private static final long LINK_BPS = 100_000_000L;
    private static final int TREE_DEGREE = 3;

    private MappingProblems() {
    }

    /** An experiment with its inventory; {@code plantedLeafOf} says where the hidden mapping put each node (empty when none). */
    public record Problem(Cluster experiment, Testbed testbed, List<Integer> plantedLeafOf) {
    }

    /** {@code machines} machines of {@code type}, {@code perLeaf} to a leaf switch, each leaf trunked to one core. */
    public static Testbed leafAndCore(int machines, int perLeaf, int interfaces, long interfaceMbps, long trunkMbps, String type) {
        TestbedBuilder builder = new TestbedBuilder("leaf-and-core-" + machines);
        Switch core = builder.switchNamed("core", null);
        Switch leaf = null;
        for (int m = 0; m < machines; m++) {
            if (m % perLeaf == 0) {
                leaf = builder.switchNamed(String.format("leaf%02d", m / perLeaf + 1), null);
                builder.trunk(leaf, core, trunkMbps);
            }
            builder.machineOn(leaf, String.format("pc%03d", m + 1), type, interfaces, interfaceMbps);
        }
        return builder.testbed();
    }

    /**
     * Netbed-style experiment: a random tree (each node on at most three tree links), n/10 extra
     * links and n/25 LANs of 3 to 6 members, every link 100 Mb/s, no node on more than four.
     */
    public static Cluster treeWithExtras(int nodes, long seed, String type) {
        Random random = new Random(seed);
        Cluster cluster = cluster("tree-" + nodes + "-" + seed, nodes, type);
        List<Node> all = cluster.getNodes();
        Set<Long> linked = new HashSet<>();
        List<Integer> open = new ArrayList<>(List.of(0));
        for (int i = 1; i < nodes; i++) {
            int slot = random.nextInt(open.size());
            int parent = open.get(slot);
            link(cluster, all.get(parent), all.get(i), linked);
            if (all.get(parent).getInterfaces().size() >= TREE_DEGREE) {
                open.remove(slot);
            }
            open.add(i);
        }
        for (int extra = 0, tries = 0; extra < nodes / 10 && tries < nodes * 20; tries++) {
            Node a = all.get(random.nextInt(nodes));
            Node b = all.get(random.nextInt(nodes));
            if (a != b && a.getInterfaces().size() < 4 && b.getInterfaces().size() < 4 && link(cluster, a, b, linked)) {
                extra++;
            }
        }
        for (int l = 0; l < nodes / 25; l++) {
            List<Node> members = new ArrayList<>();
            int size = 3 + random.nextInt(4);
            for (int tries = 0; members.size() < size && tries < nodes * 4; tries++) {
                Node candidate = all.get(random.nextInt(nodes));
                if (candidate.getInterfaces().size() < 4 && !members.contains(candidate)) {
                    members.add(candidate);
                }
            }
            lan(cluster, "lan" + l, members);
        }
        return cluster;
    }

    /**
     * A problem with a known mapping that overloads no trunk: nodes come in groups of five sixths of
     * {@code perLeaf} (so the inventory has 1.2 times as many machines as nodes), one group per leaf; links and LANs mostly stay in a group, and links between groups are added
     * only while every leaf's trunk stays within {@code trunkMbps} under that mapping. Node names and
     * order are shuffled so the hidden mapping cannot be read off them.
     */
    public static Problem planted(int nodes, int perLeaf, long trunkMbps, long seed) {
        Random random = new Random(seed);
        Cluster cluster = cluster("planted-" + nodes + "-" + seed, nodes, "pc");
        List<Node> all = new ArrayList<>(cluster.getNodes());
        int machinesPerLeaf = perLeaf;
        perLeaf = Math.max(1, machinesPerLeaf * 5 / 6);
        int groups = (nodes + perLeaf - 1) / perLeaf;
        Set<Long> linked = new HashSet<>();
        for (int g = 0; g < groups; g++) {
            int first = g * perLeaf;
            int last = Math.min(nodes, first + perLeaf) - 1;
            for (int i = first + 1; i <= last; i++) {
                Node parent = all.get(first + random.nextInt(i - first));
                for (int tries = 0; parent.getInterfaces().size() >= TREE_DEGREE && tries < perLeaf * 4; tries++) {
                    parent = all.get(first + random.nextInt(i - first));
                }
                link(cluster, parent, all.get(i), linked);
            }
            if (last - first >= 4 && random.nextBoolean()) {
                List<Node> members = new ArrayList<>();
                for (int i = first; i <= last && members.size() < 4; i++) {
                    if (all.get(i).getInterfaces().size() < 3) {
                        members.add(all.get(i));
                    }
                }
                if (members.size() >= 3) {
                    lan(cluster, "lan" + g, members);
                }
            }
        }
        int[] crossLinks = new int[groups];
        long budget = (long) (trunkMbps * 0.8) / (LINK_BPS / 1_000_000);
        // Chain the groups first so the experiment is connected, then add random links between groups.
        for (int g = 1; g < groups; g++) {
            for (int tries = 0; tries < perLeaf * 4; tries++) {
                Node a = all.get((g - 1) * perLeaf + random.nextInt(perLeaf));
                Node b = all.get(Math.min(nodes - 1, g * perLeaf + random.nextInt(perLeaf)));
                if (a.getInterfaces().size() < 4 && b.getInterfaces().size() < 4 && link(cluster, a, b, linked)) {
                    crossLinks[g - 1]++;
                    crossLinks[g]++;
                    break;
                }
            }
        }
        for (int tries = 0; tries < nodes * 10; tries++) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes);
            int ga = a / perLeaf;
            int gb = b / perLeaf;
            if (ga == gb || crossLinks[ga] >= budget || crossLinks[gb] >= budget) {
                continue;
            }
            if (all.get(a).getInterfaces().size() < 4 && all.get(b).getInterfaces().size() < 4 && link(cluster, all.get(a), all.get(b), linked)) {
                crossLinks[ga]++;
                crossLinks[gb]++;
            }
        }
        List<Integer> leafOf = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            leafOf.add(i / perLeaf);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i = 0; i < nodes; i++) {
            all.get(order.get(i)).setName(String.format("v%04d", i));
        }
        cluster.getNodes().clear();
        List<Integer> shuffledLeafOf = new ArrayList<>();
        for (int i : order) {
            cluster.getNodes().add(all.get(i));
            shuffledLeafOf.add(leafOf.get(i));
        }
        Testbed testbed = leafAndCore(groups * machinesPerLeaf, machinesPerLeaf, 4, 1000, trunkMbps, "pc");
        return new Problem(cluster, testbed, shuffledLeafOf);
    }

    private static Cluster cluster(String name, int nodes, String type) {
        Cluster cluster = FACTORY.createCluster();
        cluster.setName(name);
        for (int i = 0; i < nodes; i++) {
            Node node = FACTORY.createNode();
            node.setName(String.format("n%04d", i));
            node.setHardwareType(type);
            cluster.getNodes().add(node);
        }
        return cluster;
    }

    private static boolean link(Cluster cluster, Node a, Node b, Set<Long> linked) {
        long key = (long) Math.min(a.hashCode(), b.hashCode()) << 32 | (Math.max(a.hashCode(), b.hashCode()) & 0xffffffffL);
        if (!linked.add(key)) {
            return false;
        }
        Link link = FACTORY.createLink();
        link.setName("link" + cluster.getLinks().size());
        link.setEndA(newInterface(a));
        link.setEndB(newInterface(b));
        link.setBandwidthBps(LINK_BPS);
        cluster.getLinks().add(link);
        return true;
    }

    private static void lan(Cluster cluster, String name, List<Node> members) {
        Lan lan = FACTORY.createLan();
        lan.setName(name);
        lan.setBandwidthBps(LINK_BPS);
        for (Node member : members) {
            lan.getMembers().add(newInterface(member));
        }
        cluster.getLans().add(lan);
    }

    private static Interface newInterface(Node node) {
        Interface iface = FACTORY.createInterface();
        iface.setName("eth" + node.getInterfaces().size());
        node.getInterfaces().add(iface);
        return iface;
    }
}
