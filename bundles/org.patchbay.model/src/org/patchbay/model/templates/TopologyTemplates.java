package org.patchbay.model.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.patchbay.model.Cluster;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.Switch;

/**
 * Topologies made by code, offered by File > New and used by tests and benchmarks. Each builds a
 * fresh, valid cluster with positions already set, so it opens looking tidy.
 */
public final class TopologyTemplates {

    /** A template as the New dialog lists it. */
    public record Template(String id, String label, String description, Supplier<Cluster> factory) {
        public Cluster create() {
            return factory.get();
        }
    }

    private TopologyTemplates() {
    }

    public static List<Template> all() {
        return List.of(
                new Template("empty", "Empty topology", "Nothing yet: draw it from the palette.", TopologyTemplates::empty),
                new Template("star", "Star (8 nodes)", "Eight nodes on one switch.", () -> star(8)),
                new Template("ring", "Ring (6 nodes)", "Six nodes, each linked to its two neighbours.", () -> ring(6)),
                new Template("dumbbell", "Dumbbell (Netbed, 6 nodes)",
                        "Two pairs of hosts behind two routers joined by a 1.5Mb 20ms bottleneck, as in Netbed's example.",
                        TopologyTemplates::dumbbell),
                new Template("openmosix", "openMosix cluster (14 nodes)", "Fourteen compute nodes on one Fast Ethernet switch.",
                        TopologyTemplates::openMosix),
                new Template("podos", "PODOS (3 nodes x 3 subnets)",
                        "Three nodes, each with three interfaces on three subnets, one switch per subnet.", TopologyTemplates::podos));
    }

    /**
     * Topologies with an experiment ready to sweep, reproducing the seed studies: Netbed's grid of
     * bandwidth x delay x loss over the dumbbell, and openMosix's running time and traffic against the
     * number of nodes.
     */
    public static List<Template> examples() {
        return List.of(
                new Template("netbed-grid", "Netbed grid (dumbbell sweep)",
                        "A TCP transfer over the dumbbell's bottleneck for 3 bandwidths x 3 delays x 2 loss rates: throughput against each.",
                        TopologyTemplates::netbedGrid),
                new Template("openmosix-scaling", "openMosix scaling (sweep)",
                        "A CPU-bound job split over 1, 2, 4 and 8 nodes of the openMosix cluster, three times each: running time and traffic against nodes.",
                        TopologyTemplates::openMosixScaling));
    }

    /**
     * A fresh cluster for a template id: one of {@link #all()} or {@link #examples()}, or {@code cluster:N} (core/edge/host tree
     * of N hosts) or {@code random:N} (N nodes, 1.5 links each).
     */
    public static Optional<Cluster> create(String id) {
        try {
            if (id.startsWith("cluster:")) {
                return Optional.of(clusterTree(Integer.parseInt(id.substring(8)), 40));
            }
            if (id.startsWith("random:")) {
                return Optional.of(randomGraph(Integer.parseInt(id.substring(7)), 1.5, 42));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return byId(id).map(Template::create);
    }

    public static Optional<Template> byId(String id) {
        return java.util.stream.Stream.concat(all().stream(), examples().stream()).filter(t -> t.id().equals(id)).findFirst();
    }

    /** The dumbbell with Netbed's grid: 18 combinations of the bottleneck's bandwidth, delay and loss, a 5 s TCP transfer each. */
    public static Cluster netbedGrid() {
        Cluster cluster = dumbbell();
        cluster.setName("netbed-grid");
        Node left0 = node(cluster, "left0");
        Node right0 = node(cluster, "right0");
        org.patchbay.model.Link bottleneck = cluster.getLinks().stream().filter(l -> l.getName().equals("bottleneck")).findFirst().orElseThrow();
        ExperimentBuilder e = new ExperimentBuilder(cluster, "grid").timeLimit(60);
        e.parameter("bandwidth", org.patchbay.model.ParameterKind.BANDWIDTH, "1Mb, 4Mb, 8Mb", bottleneck);
        e.parameter("delay", org.patchbay.model.ParameterKind.DELAY, "0ms, 20ms, 50ms", bottleneck);
        e.parameter("loss", org.patchbay.model.ParameterKind.LOSS, "0%, 1%", bottleneck);
        e.step("server", "iperf3 -s -p 5201", 0, true, List.of(right0));
        // the server may not listen yet on a busy machine: the client retries, boundedly
        org.patchbay.model.WorkloadStep transfer = e.step("transfer",
                "for i in $(seq 50); do iperf3 -c ${address:right0} -p 5201 -t 5 -f m && exit 0; sleep 0.2; done; exit 1", 1, false, List.of(left0));
        e.measure("throughput", org.patchbay.model.MeasureKind.OUTPUT_PATTERN, transfer, "([0-9.]+) Mbits/sec\\s+receiver", null, "Mb/s");
        e.measure("bottleneck_bytes", org.patchbay.model.MeasureKind.LINK_BYTES, null, null, bottleneck, "");
        return cluster;
    }

    /**
     * The openMosix cluster with the study's scaling experiment: a CPU-bound job (a fixed number of
     * loop iterations, split evenly) on 1, 2, 4 and 8 nodes, each node first fetching the job's program
     * image from om01 (as openMosix moved processes), three times each.
     */
    public static Cluster openMosixScaling() {
        Cluster cluster = openMosix();
        cluster.setName("openmosix-scaling");
        List<Node> nodes = cluster.getNodes();
        ExperimentBuilder e = new ExperimentBuilder(cluster, "scaling").repetitions(3).timeLimit(120);
        e.parameter("nodes", org.patchbay.model.ParameterKind.ACTIVE_NODES, "1, 2, 4, 8", null);
        e.step("home", "busybox httpd -f -p 8080 -h /usr/bin", 0, true, List.of(nodes.get(0)));
        org.patchbay.model.WorkloadStep part = e.step("part",
                "for i in $(seq 50); do busybox wget -q -O /dev/null http://${address:om01}:8080/busybox && break; sleep 0.2; done; "
                        + "busybox awk -v n=$((6000000 / ${count})) 'BEGIN { s = 0; for (i = 0; i < n; i++) s += i * i % 7; print \"part ${index}: \" s }'",
                1, false, nodes.subList(0, 8));
        e.measure("time", org.patchbay.model.MeasureKind.WALL_TIME, part, null, null, "s");
        e.measure("cpu", org.patchbay.model.MeasureKind.CPU_TIME, part, null, null, "s");
        e.measure("traffic", org.patchbay.model.MeasureKind.LINK_BYTES, null, null, cluster.getLinks().get(0), "");
        return cluster;
    }

    private static Node node(Cluster cluster, String name) {
        return cluster.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
    }

    public static Cluster empty() {
        return new ClusterBuilder("untitled").cluster();
    }

    public static Cluster star(int nodes) {
        ClusterBuilder b = new ClusterBuilder("star" + nodes);
        Switch hub = b.switchAt("switch0", 400, 300);
        for (int i = 0; i < nodes; i++) {
            double angle = 2 * Math.PI * i / nodes;
            Node node = b.node("node" + i, 400 + (int) (250 * Math.cos(angle)), 300 + (int) (220 * Math.sin(angle)), NodeRole.COMPUTE);
            b.link(node, hub, new int[] {10, 0, 0});
        }
        return b.cluster();
    }

    public static Cluster ring(int nodes) {
        ClusterBuilder b = new ClusterBuilder("ring" + nodes);
        List<Node> ring = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            double angle = 2 * Math.PI * i / nodes;
            ring.add(b.node("node" + i, 400 + (int) (260 * Math.cos(angle)), 300 + (int) (220 * Math.sin(angle)), NodeRole.COMPUTE));
        }
        for (int i = 0; i < nodes; i++) {
            b.link(ring.get(i), ring.get((i + 1) % nodes), new int[] {10, 1, i + 1});
        }
        return b.cluster();
    }

    public static Cluster dumbbell() {
        ClusterBuilder b = new ClusterBuilder("dumbbell");
        Node left0 = b.node("left0", 80, 120, NodeRole.COMPUTE);
        Node left1 = b.node("left1", 80, 420, NodeRole.COMPUTE);
        Node router0 = b.node("router0", 300, 270, NodeRole.ROUTER);
        Node router1 = b.node("router1", 560, 270, NodeRole.ROUTER);
        Node right0 = b.node("right0", 780, 120, NodeRole.COMPUTE);
        Node right1 = b.node("right1", 780, 420, NodeRole.COMPUTE);
        b.link(left0, router0, new int[] {10, 2, 1});
        b.link(left1, router0, new int[] {10, 2, 2});
        b.link(router0, router1, new int[] {10, 2, 3}, 1_544_000L, 20, 0).setName("bottleneck");
        b.link(router1, right0, new int[] {10, 2, 4});
        b.link(router1, right1, new int[] {10, 2, 5});
        return b.cluster();
    }

    public static Cluster openMosix() {
        ClusterBuilder b = new ClusterBuilder("openmosix14");
        Switch sw = b.switchAt("fastether0", 555, 60);
        DiskImage image = PatchbayFactory.eINSTANCE.createDiskImage();
        image.setName("openmosix-2.4.26");
        image.setOs("Linux 2.4.26-om1");
        image.setLocation("images/openmosix-2.4.26.ndz");
        image.setSizeBytes(2L << 30);
        b.cluster().getImages().add(image);
        for (int i = 0; i < 14; i++) {
            Node node = b.node(String.format("om%02d", i + 1), 40 + (i % 7) * 170, 240 + (i / 7) * 170, NodeRole.COMPUTE);
            node.setOsImage(image);
            b.link(node, sw, new int[] {10, 14, 0});
        }
        return b.cluster();
    }

    public static Cluster podos() {
        ClusterBuilder b = new ClusterBuilder("podos3");
        List<Switch> subnets = List.of(b.switchAt("subnetA", 120, 60), b.switchAt("subnetB", 420, 60), b.switchAt("subnetC", 720, 60));
        for (int i = 0; i < 3; i++) {
            Node node = b.node("podos" + (i + 1), 120 + i * 300, 380, NodeRole.COMPUTE);
            for (int s = 0; s < 3; s++) {
                b.link(node, subnets.get(s), new int[] {10, 3, s + 1});
            }
        }
        return b.cluster();
    }

    /**
     * A data-centre style cluster: one core switch, edge switches of {@code hostsPerEdge} hosts,
     * {@code hosts} hosts in all. Positions are a rough tree; Arrange tidies it.
     */
    public static Cluster clusterTree(int hosts, int hostsPerEdge) {
        ClusterBuilder b = new ClusterBuilder("cluster" + hosts);
        int edges = (hosts + hostsPerEdge - 1) / hostsPerEdge;
        Switch core = b.switchAt("core", edges * hostsPerEdge * 45 / 2, 0);
        for (int e = 0; e < edges; e++) {
            Switch edge = b.switchAt("edge" + e, e * hostsPerEdge * 45, 200);
            b.link(edge, core, new int[] {10, 200}, 10_000_000_000L, 0, 0);
            for (int h = 0; h < hostsPerEdge && e * hostsPerEdge + h < hosts; h++) {
                Node node = b.node("host" + (e * hostsPerEdge + h), e * hostsPerEdge * 45 + h * 45, 400 + (h % 4) * 60, NodeRole.COMPUTE);
                b.link(node, edge, new int[] {10, 100});
            }
        }
        return b.cluster();
    }

    /**
     * {@code nodes} nodes joined by {@code edgesPerNode * nodes} links: a random spanning tree
     * (so it is connected) plus random extra links, never a self loop or a repeated pair. Seeded.
     */
    public static Cluster randomGraph(int nodes, double edgesPerNode, long seed) {
        Random random = new Random(seed);
        ClusterBuilder b = new ClusterBuilder("random" + nodes);
        List<Node> all = new ArrayList<>(nodes);
        int columns = (int) Math.ceil(Math.sqrt(nodes));
        for (int i = 0; i < nodes; i++) {
            all.add(b.node("n" + i, (i % columns) * 140, (i / columns) * 110, NodeRole.COMPUTE));
        }
        Set<Long> pairs = new HashSet<>();
        int wanted = (int) Math.round(edgesPerNode * nodes);
        for (int i = 1; i < nodes && pairs.size() < wanted; i++) {
            addEdge(b, all, pairs, i, random.nextInt(i));
        }
        int attempts = 0;
        while (pairs.size() < wanted && attempts++ < wanted * 20) {
            addEdge(b, all, pairs, random.nextInt(nodes), random.nextInt(nodes));
        }
        return b.cluster();
    }

    private static void addEdge(ClusterBuilder b, List<Node> all, Set<Long> pairs, int i, int j) {
        if (i == j) {
            return;
        }
        long key = (long) Math.min(i, j) << 32 | Math.max(i, j);
        if (pairs.add(key)) {
            b.link(all.get(i), all.get(j), new int[] {10, 64});
        }
    }
}
