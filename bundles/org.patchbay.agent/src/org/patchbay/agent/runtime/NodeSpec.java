package org.patchbay.agent.runtime;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.patchbay.agent.jobs.JobMigrations;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;

/**
 * One lab node a shared runtime serves: its network namespace (a name under {@code /run/netns}), its
 * certificate folder, where it listens inside that namespace, where its jobs keep their files, its
 * log, what Reboot does, the cgroup and cores of its CPU quota when it has one, and, for a node that
 * boots from its own disk, that disk's root.
 */
public record NodeSpec(String node, String namespace, Path tlsDir, InetSocketAddress listen, Path stateDir, Path log, List<String> rebootCommand,
        OptionalDouble cpuCapacity, Optional<Path> cgroup, Optional<DiskRoot> diskRoot) {

    /** A node running from its disk: the root it is mounted on, in the mount namespace its init process holds. */
    public record DiskRoot(long initPid, Path root) {
    }

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}";

    /** From the runtime's {@code open} command; every field is checked and a bad one named. */
    public static NodeSpec fromJson(JsonFields f) throws JsonException {
        String node = f.string("node");
        String namespace = f.string("namespace");
        if (!node.matches(NAME)) {
            throw new JsonException("node '" + node + "' is not a node name (letters, digits, '.', '_', '-')");
        }
        if (!namespace.matches(NAME)) {
            throw new JsonException("namespace '" + namespace + "' is not a name under /run/netns");
        }
        String address = f.string("address", "0.0.0.0");
        if (!address.matches("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}")) {
            throw new JsonException("address '" + address + "' is not an IP address");
        }
        int port = f.has("port") ? (int) f.wholeNumber("port", 1, 65535) : org.patchbay.agent.protocol.wire.WireFormat.DEFAULT_PORT;
        List<String> reboot = new ArrayList<>();
        for (Object word : f.listOrEmpty("rebootCommand")) {
            reboot.add(String.valueOf(word));
        }
        OptionalDouble cores = f.has("cpuCapacity") ? OptionalDouble.of(f.doubleValue("cpuCapacity")) : OptionalDouble.empty();
        if (cores.isPresent() && !(cores.getAsDouble() > 0 && cores.getAsDouble() <= 4096)) {
            throw new JsonException("cpuCapacity must be a number of cores above 0, not " + cores.getAsDouble());
        }
        Optional<Path> cgroup = f.has("cgroup") ? Optional.of(absolute(f, "cgroup")) : Optional.empty();
        Optional<DiskRoot> diskRoot = f.has("diskRoot")
                ? Optional.of(new DiskRoot(f.wholeNumber("diskInitPid", 2, 1L << 22), absolute(f, "diskRoot")))
                : Optional.empty();
        return new NodeSpec(node, namespace, absolute(f, "tlsDir"), new InetSocketAddress(address, port), absolute(f, "stateDir"), absolute(f, "log"),
                List.copyOf(reboot), cores, cgroup, diskRoot);
    }

    private static Path absolute(JsonFields f, String name) throws JsonException {
        Path path = Path.of(f.string(name));
        if (!path.isAbsolute()) {
            throw new JsonException(name + " must be an absolute path, not '" + path + "'");
        }
        return path.normalize();
    }

    /**
     * The words that start a process where this node is: in its cgroup (the shell moves itself there,
     * then every word execs in place, so the pid started is the command's) and in its network
     * namespace. Only the network namespace changes ({@code nsenter --net}, not {@code ip netns exec},
     * which makes a mount namespace per command): a job and the CRIU that checkpoints it must share
     * one mount namespace, or CRIU tries to take the job's mounts along and refuses.
     */
    public List<String> commandPrefix() {
        List<String> prefix = inCgroup();
        prefix.addAll(List.of("nsenter", "--net=/run/netns/" + namespace, "--"));
        return prefix;
    }

    /**
     * The words that start a job's keeper: as {@link #commandPrefix()}, and on a node running from its
     * disk, in the mount namespace that node's init holds (where the disk is mounted); {@link #jobRoot()}
     * then puts the job itself inside the disk's root.
     */
    public List<String> jobPrefix() {
        if (diskRoot.isEmpty()) {
            return commandPrefix();
        }
        List<String> prefix = inCgroup();
        prefix.addAll(List.of("nsenter", "--target", Long.toString(diskRoot.get().initPid()), "--mount", "--net", "--"));
        return prefix;
    }

    /** The words that put a job inside the node's disk root, so it sees what the node's image holds; none on a node on the host's root. */
    public List<String> jobRoot() {
        return diskRoot.map(d -> List.of("chroot", d.root().toString())).orElse(List.of());
    }

    /**
     * Where this node's jobs run, for moving them: inside the disk's root, whose files the runtime reads
     * through its init's view of the node's mount namespace; else the machine's root.
     */
    public JobMigrations.JobRoot migrationRoot() {
        return diskRoot.map(d -> new JobMigrations.JobRoot(d.root(), Path.of("/proc", Long.toString(d.initPid()), "root")))
                .orElse(JobMigrations.JobRoot.HOST);
    }

    private List<String> inCgroup() {
        List<String> prefix = new ArrayList<>();
        cgroup.ifPresent(group -> prefix.addAll(List.of("sh", "-c", "echo 0 > \"$0/cgroup.procs\" && exec \"$@\"", group.toString())));
        return prefix;
    }
}
