package org.patchbay.lab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;

/**
 * Every lab on this machine, whoever started it: one file per lab under {@code /run/patchbay/labs}
 * naming its id, management subnet, state folder and owner (pid and start time), written under a
 * host-wide lock before the lab makes anything. Two labs starting at the same instant therefore never
 * get the same id or subnet, and clean-up touches only labs whose owner provably is gone.
 */
public final class LabRegistry {

    /** A lab as registered: {@code subnet} is the first three octets of its management block's first /24, empty for loopback labs. */
    public record Entry(String id, String subnet, Path stateDir, long ownerPid, String ownerStarted) {

        /**
         * Whether the process that made the lab still runs: same pid and the same start time. The
         * start time is compared within two seconds, because the JDK derives it from the kernel's
         * boot time, which moves by a second when the wall clock is adjusted: two processes reading
         * it moments apart can disagree, and an exact match made a live lab look dead.
         */
        public boolean ownerAlive() {
            Optional<ProcessHandle> owner = ProcessHandle.of(ownerPid);
            if (owner.isEmpty()) {
                return false;
            }
            Optional<Instant> started = owner.get().info().startInstant();
            if (ownerStarted == null || ownerStarted.isEmpty()) {
                // recorded where the JDK could not tell start times: the pid alone decides, as before
                return started.isEmpty();
            }
            try {
                return started.isPresent() && Math.abs(java.time.Duration.between(Instant.parse(ownerStarted), started.get()).toMillis()) <= 2000;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
    }

    private static final int FIRST_THIRD_OCTET = 248;
    private static final int LAST_THIRD_OCTET = 104;

    private final Path root;

    public LabRegistry(Path root) {
        this.root = root;
    }

    /**
     * The machine's registry ({@code /run/patchbay}) for root, whose labs share the machine's
     * namespaces and addresses; an ordinary user's loopback labs register in their own state folder.
     */
    public static LabRegistry forThisUser(Path stateBase) {
        return new LabRegistry(Lab.isRoot() ? Path.of("/run/patchbay") : stateBase.resolve("registry"));
    }

    /**
     * Reserves a fresh lab id and, when {@code withSubnet}, a management block that neither a route or
     * address on this machine nor another registered lab uses.
     */
    public Entry reserve(Path stateBase, boolean withSubnet) throws LabException {
        return locked(() -> {
            List<Entry> labs = entries();
            Set<String> ids = new HashSet<>();
            Set<String> subnets = new HashSet<>();
            for (Entry lab : labs) {
                ids.add(lab.id());
                subnets.add(lab.subnet());
            }
            String namespaces = withSubnet ? HostCommands.run(List.of("ip", "netns", "list")) : "";
            String id;
            SecureRandom random = new SecureRandom();
            do {
                id = HexFormat.of().formatHex(random.generateSeed(2));
            } while (ids.contains(id) || namespaces.contains("pb-" + id + "-"));
            String subnet = withSubnet ? freeSubnet(subnets) : "";
            ProcessHandle self = ProcessHandle.current();
            Entry entry = new Entry(id, subnet, stateBase.resolve("lab-" + id), self.pid(), self.info().startInstant().map(Instant::toString).orElse(""));
            write(entry);
            return entry;
        });
    }

    public void release(String id) {
        try {
            Files.deleteIfExists(labs().resolve(id + ".json"));
        } catch (IOException e) {
            // the next clean-up removes it once its owner is gone
        }
    }

    /** Every registered lab, running or left behind. */
    public List<Entry> entries() throws LabException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(labs())) {
            return entries;
        }
        try (Stream<Path> files = Files.list(labs())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    JsonFields f = JsonFields.of(Json.parse(Files.readString(file)), "registered lab");
                    entries.add(new Entry(f.string("id"), f.string("subnet", ""), Path.of(f.string("stateDir")), f.longValue("ownerPid"),
                            f.string("ownerStarted", "")));
                } catch (IOException | JsonException | RuntimeException e) {
                    // a file being written or damaged: not a lab we can act on
                }
            }
        } catch (IOException e) {
            throw new LabException("Cannot read the lab registry " + labs() + ": " + e.getMessage(), e);
        }
        return entries;
    }

    public Optional<Entry> find(String id) throws LabException {
        return entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * A free management block: {@link #BLOCK_THIRD_OCTETS} consecutive /24s ({@code 172.31.T.0/21}, T
     * a multiple of 8), so a lab holds up to a thousand nodes and switches. A block is free when no
     * registered lab's subnet lies in it (a lab registered by an older version holds one /24) and no
     * route or address on this machine is in any of its /24s.
     */
    private String freeSubnet(Set<String> reserved) throws LabException {
        String routes = HostCommands.run(List.of("ip", "-4", "route", "show", "table", "all"));
        String addresses = HostCommands.run(List.of("ip", "-4", "-o", "addr", "show"));
        Set<Integer> held = new HashSet<>();
        for (String subnet : reserved) {
            String[] octets = subnet.split("\\.");
            if (octets.length == 3 && subnet.startsWith("172.31.")) {
                held.add(Integer.parseInt(octets[2]) / BLOCK_THIRD_OCTETS);
            }
        }
        for (int third = FIRST_THIRD_OCTET; third >= LAST_THIRD_OCTET; third -= BLOCK_THIRD_OCTETS) {
            boolean free = !held.contains(third / BLOCK_THIRD_OCTETS);
            for (int i = 0; free && i < BLOCK_THIRD_OCTETS; i++) {
                String part = "172.31." + (third + i) + ".";
                free = !routes.contains(part) && !addresses.contains(part);
            }
            if (free) {
                return "172.31." + third;
            }
        }
        throw new LabException("No free 172.31." + LAST_THIRD_OCTET + "-" + (FIRST_THIRD_OCTET + BLOCK_THIRD_OCTETS - 1)
                + " block (/" + MANAGEMENT_PREFIX + ") for a lab's management network: " + reserved.size()
                + " labs hold one; stop some (patchbay-lab list, patchbay-lab stop ID)");
    }

    /** A lab's management network: this many /24s from its subnet's third octet on. */
    static final int BLOCK_THIRD_OCTETS = 8;
    static final int MANAGEMENT_PREFIX = 21;

    private void write(Entry entry) throws LabException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("subnet", entry.subnet());
        json.put("stateDir", entry.stateDir().toString());
        json.put("ownerPid", entry.ownerPid());
        json.put("ownerStarted", entry.ownerStarted());
        try {
            Path tmp = labs().resolve(entry.id() + ".json.tmp");
            Files.writeString(tmp, Json.write(json) + "\n");
            Files.move(tmp, labs().resolve(entry.id() + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LabException("Cannot register the lab in " + labs() + ": " + e.getMessage(), e);
        }
    }

    private Path labs() {
        return root.resolve("labs");
    }

    private interface Locked<T> {
        T run() throws LabException;
    }

    private <T> T locked(Locked<T> work) throws LabException {
        // a file lock excludes other processes; threads of this one (two labs started by one console) queue here first
        synchronized (LabRegistry.class) {
            return fileLocked(work);
        }
    }

    private <T> T fileLocked(Locked<T> work) throws LabException {
        try {
            Files.createDirectories(labs());
            try (FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return work.run();
            }
        } catch (IOException e) {
            throw new LabException("Cannot lock the lab registry " + root + ": " + e.getMessage(), e);
        }
    }
}
