package org.patchbay.core.swapin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.patchbay.core.shaping.ModelShaping;
import org.patchbay.core.swapin.VlanPlan.VlanOnSwitch;
import org.patchbay.mapping.Mapping;
import org.patchbay.model.Lan;
import org.patchbay.model.Machine;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.snmp.QBridgeVlans;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentialFile;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * Swap-in and swap-out of experiments on a testbed's switches, as Netbed's snmpit: one VLAN per
 * link or LAN (see {@link VlanPlan}), created with Q-BRIDGE-MIB on every switch it spans, untagged
 * on its machines' ports (their PVID set), tagged on its trunks, then read back. Every change is
 * written to a journal (fsynced line by line) before the next is made, so a swap-in that fails or
 * is cancelled half way is rolled back, and one interrupted by a dead console is rolled back by
 * {@link #recover} when the console starts again. A finished journal is the record swap-out undoes.
 * A mapping with delay nodes also asks each delay machine to bridge its two interfaces ({@link DelayNodes}),
 * journaled the same way. One console at a time: the testbed is locked while it swaps.
 */
public final class SwapIns {

    /** How a switch of the inventory is reached over SNMP. */
    public interface Switches {
        QBridgeVlans of(Switch sw) throws SwapException;
    }

    /**
     * Switches reached at their inventory SNMP target with credentials from a credentials file, each
     * programmed the way its sysObjectID says (QBridgeVlans.VlanProfile.KNOWN), asked once per switch.
     */
    public static Switches fromCredentials(SnmpClient client, Path credentialFile) {
        Map<String, QBridgeVlans> known = new java.util.concurrent.ConcurrentHashMap<>();
        Switches standard = fromCredentials(client, credentialFile, QBridgeVlans.VlanProfile.STANDARD);
        return sw -> {
            QBridgeVlans cached = known.get(sw.getName());
            if (cached != null) {
                return cached;
            }
            QBridgeVlans plain = standard.of(sw);
            QBridgeVlans.VlanProfile profile;
            try {
                profile = QBridgeVlans.detect(client, plain.device()).join();
            } catch (CompletionException e) {
                throw new SwapException("switch " + sw.getName() + " does not answer SNMP: " + e.getCause().getMessage(), e);
            }
            QBridgeVlans detected = new QBridgeVlans(client, plain.device(), profile);
            known.put(sw.getName(), detected);
            return detected;
        };
    }

    /** Switches reached at their inventory SNMP target with credentials from a credentials file (SNMPv3 first), all with one profile. */
    public static Switches fromCredentials(SnmpClient client, Path credentialFile, QBridgeVlans.VlanProfile profile) {
        return sw -> {
            if (sw.getSnmp() == null || sw.getSnmp().getHost() == null) {
                throw new SwapException("switch " + sw.getName() + " has no SNMP target in the inventory; set its host, port and credential id");
            }
            SnmpCredentials credentials;
            try {
                credentials = SnmpCredentialFile.open(credentialFile).lookup(sw.getSnmp().getCredentialId())
                        .orElseThrow(() -> new SwapException("switch " + sw.getName() + ": no credentials '" + sw.getSnmp().getCredentialId() + "' in "
                                + credentialFile + "; add them there"));
            } catch (IOException e) {
                throw new SwapException("Cannot read the SNMP credentials " + credentialFile + ": " + e.getMessage(), e);
            }
            return new QBridgeVlans(client, SnmpDevice.of(sw.getName(), sw.getSnmp().getHost(), sw.getSnmp().getPort(), credentials), profile);
        };
    }

    private static final String SUFFIX = ".swap";
    /** How long a swap waits for another console's hold on the testbed before it refuses. */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(5);

    private final Path journals;
    private final Switches switches;
    private final DelayNodes delayNodes;

    /** {@code journals}: a folder kept with the inventory (e.g. next to the .testbed file) for the swap journals and the lock. */
    public SwapIns(Path journals, Switches switches) {
        this(journals, switches, DelayNodes.NONE);
    }

    /** As {@link #SwapIns(Path, Switches)}, making delay machines bridge through {@code delayNodes} (their agents). */
    public SwapIns(Path journals, Switches switches, DelayNodes delayNodes) {
        this.journals = journals;
        this.switches = switches;
        this.delayNodes = delayNodes;
    }

    public boolean isSwappedIn(String experiment) {
        return Files.exists(journal(experiment));
    }

    /** Experiments swapped in (or half way) on this testbed, by name. */
    public List<String> swappedIn() throws IOException {
        if (!Files.isDirectory(journals)) {
            return List.of();
        }
        try (var files = Files.list(journals)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .sorted().toList();
        }
    }

    /**
     * Programs the experiment's VLANs and reserves its machines in {@code testbed} (the caller saves
     * the inventory). On any failure, or when {@code cancelled} answers true, everything done so far
     * is undone before the exception is thrown.
     */
    public VlanPlan swapIn(String experiment, Mapping mapping, Testbed testbed, Consumer<String> progress, BooleanSupplier cancelled) throws SwapException {
        return swapIn(experiment, mapping, testbed, null, progress, cancelled);
    }

    /**
     * As {@link #swapIn(String, Mapping, Testbed, Consumer, BooleanSupplier)}, with the machines
     * reserved until {@code until} (null: until swap-out); {@link #swapOutExpired} frees them after.
     */
    public VlanPlan swapIn(String experiment, Mapping mapping, Testbed testbed, java.time.Instant until, Consumer<String> progress,
            BooleanSupplier cancelled) throws SwapException {
        checkName(experiment);
        try (HeldLock lock = lock(testbed)) {
            if (isSwappedIn(experiment)) {
                throw new SwapException(experiment + " is swapped in already (journal " + journal(experiment) + "); swap it out first");
            }
            if (!mapping.delayNodes().isEmpty() && delayNodes == DelayNodes.NONE) {
                throw new SwapException(DelayNodes.unreachable(mapping.delayNodes().get(0).machine()));
            }
            Map<String, QBridgeVlans> devices = new HashMap<>();
            Map<String, Set<Integer>> inUse = new HashMap<>();
            for (Switch sw : testbed.getSwitches()) {
                QBridgeVlans device = switches.of(sw);
                devices.put(sw.getName(), device);
                progress.accept("Reading the VLANs of " + sw.getName());
                inUse.put(sw.getName(), new TreeSet<>(call(sw.getName(), "read its VLANs", () -> device.vlans().join().keySet())));
            }
            VlanPlan plan = VlanPlan.of(experiment, mapping, testbed, inUse);
            Journal journal = Journal.create(journal(experiment), experiment);
            try {
                program(plan, devices, journal, progress, cancelled);
                verify(plan, devices, progress);
                bridgeDelays(experiment, mapping, journal, progress, cancelled);
                journal.append("done");
            } catch (SwapException | RuntimeException e) {
                String undone = rollBack(journal.lines(), devices, testbed, progress);
                journal.delete();
                throw new SwapException("Swap-in of " + experiment + " failed: " + e.getMessage() + "; " + undone, e);
            }
            for (Mapping.Placement placement : mapping.placements()) {
                placement.machine().setReservedBy(experiment);
                placement.machine().setReservedUntil(until == null ? null : until.toString());
            }
            return plan;
        } catch (IOException e) {
            throw new SwapException("Swap-in of " + experiment + ": cannot write its journal in " + journals + ": " + e.getMessage(), e);
        }
    }

    /** Removes the experiment's VLANs, puts its ports back as they were, and frees its machines in {@code testbed}. */
    public List<String> swapOut(String experiment, Testbed testbed, Consumer<String> progress) throws SwapException {
        checkName(experiment);
        try (HeldLock lock = lock(testbed)) {
            if (!isSwappedIn(experiment)) {
                throw new SwapException(experiment + " is not swapped in on " + testbed.getName());
            }
            List<String> lines = Journal.read(journal(experiment));
            Map<String, QBridgeVlans> devices = devicesOf(testbed);
            String undone = rollBack(lines, devices, testbed, progress);
            Files.delete(journal(experiment));
            for (Machine machine : testbed.getMachines()) {
                if (experiment.equals(machine.getReservedBy())) {
                    machine.setReservedBy(null);
                    machine.setReservedUntil(null);
                }
            }
            return List.of(undone);
        } catch (IOException e) {
            throw new SwapException("Swap-out of " + experiment + ": " + e.getMessage(), e);
        }
    }

    /**
     * Swaps out every experiment whose machines' reservation ended before {@code now}; answers what
     * it swapped out. A reservation that cannot be read as a time is left alone and named.
     */
    public List<String> swapOutExpired(Testbed testbed, java.time.Instant now, Consumer<String> progress) throws SwapException {
        Set<String> expired = new TreeSet<>();
        List<String> done = new ArrayList<>();
        for (Machine machine : testbed.getMachines()) {
            String until = machine.getReservedUntil();
            if (machine.getReservedBy() == null || until == null || until.isBlank()) {
                continue;
            }
            try {
                if (java.time.Instant.parse(until).isBefore(now)) {
                    expired.add(machine.getReservedBy());
                }
            } catch (java.time.format.DateTimeParseException e) {
                done.add(machine.getName() + ": reservation end '" + until + "' is not an ISO-8601 time like 2026-12-03T18:00:00Z; left alone");
            }
        }
        for (String experiment : expired) {
            if (isSwappedIn(experiment)) {
                swapOut(experiment, testbed, progress);
                done.add(experiment + " swapped out: its reservation ended");
            }
        }
        return done;
    }

    /**
     * Swaps out every experiment none of whose machines has been busy for {@code idleFor} before
     * {@code now} (see {@link MachineActivity}); a machine never heard from keeps its experiment in.
     */
    public List<String> swapOutIdle(Testbed testbed, java.util.function.Function<String, java.util.Optional<java.time.Instant>> lastBusy,
            java.time.Duration idleFor, java.time.Instant now, Consumer<String> progress) throws SwapException {
        Map<String, Boolean> idle = new java.util.TreeMap<>();
        for (Machine machine : testbed.getMachines()) {
            String experiment = machine.getReservedBy();
            if (experiment == null) {
                continue;
            }
            boolean quiet = lastBusy.apply(machine.getName()).map(last -> last.plus(idleFor).isBefore(now)).orElse(false);
            idle.merge(experiment, quiet, Boolean::logicalAnd);
        }
        List<String> done = new ArrayList<>();
        for (Map.Entry<String, Boolean> entry : idle.entrySet()) {
            if (entry.getValue() && isSwappedIn(entry.getKey())) {
                swapOut(entry.getKey(), testbed, progress);
                done.add(entry.getKey() + " swapped out: idle for more than " + ReservationLength.describe(idleFor));
            }
        }
        return done;
    }

    /**
     * Rolls back every swap-in a dead console left half way (a journal without its last line) and
     * answers what it did; finished swap-ins are left alone.
     */
    public List<String> recover(Testbed testbed, Consumer<String> progress) throws SwapException {
        List<String> recovered = new ArrayList<>();
        try (HeldLock lock = lock(testbed)) {
            for (String experiment : swappedIn()) {
                List<String> lines = Journal.read(journal(experiment));
                if (!lines.isEmpty() && lines.get(lines.size() - 1).equals("done")) {
                    continue;
                }
                String undone = rollBack(lines, devicesOf(testbed), testbed, progress);
                Files.delete(journal(experiment));
                recovered.add("the interrupted swap-in of " + experiment + " was rolled back: " + undone);
            }
        } catch (IOException e) {
            throw new SwapException("Cannot recover the swap journals in " + journals + ": " + e.getMessage(), e);
        }
        return recovered;
    }

    private Map<String, QBridgeVlans> devicesOf(Testbed testbed) throws SwapException {
        Map<String, QBridgeVlans> devices = new HashMap<>();
        for (Switch sw : testbed.getSwitches()) {
            devices.put(sw.getName(), switches.of(sw));
        }
        return devices;
    }

    private void program(VlanPlan plan, Map<String, QBridgeVlans> devices, Journal journal, Consumer<String> progress, BooleanSupplier cancelled)
            throws SwapException, IOException {
        Map<String, Map<Integer, Integer>> bridgePorts = new HashMap<>();
        Map<String, Map<Integer, Integer>> pvids = new HashMap<>();
        for (VlanOnSwitch vlan : plan.vlans()) {
            if (cancelled.getAsBoolean()) {
                throw new SwapException("cancelled");
            }
            String sw = vlan.sw().getName();
            QBridgeVlans device = devices.get(sw);
            Map<Integer, Integer> ports = bridgePorts.computeIfAbsent(sw, k -> bridgePortsByIfIndex(sw, device));
            Map<Integer, Integer> current = pvids.computeIfAbsent(sw, k -> call(sw, "read its PVIDs", () -> device.pvids().join()));
            BitSet untagged = bridgePortSet(sw, vlan.untagged(), ports);
            BitSet tagged = bridgePortSet(sw, vlan.tagged(), ports);
            BitSet egress = (BitSet) tagged.clone();
            egress.or(untagged);
            progress.accept("Creating VLAN " + vlan.vlan() + " (" + vlan.name() + ") on " + sw);
            // Journal first: a crash between the two leaves a line whose undo finds nothing, never a VLAN nobody knows of.
            journal.append("vlan\t" + sw + "\t" + vlan.vlan());
            call(sw, "create VLAN " + vlan.vlan(), () -> device.create(vlan.vlan(), vlan.name(), egress, untagged).join());
            for (int port = untagged.nextSetBit(0); port >= 0; port = untagged.nextSetBit(port + 1)) {
                int old = current.getOrDefault(port, 1);
                journal.append("pvid\t" + sw + "\t" + port + "\t" + old);
                int bridgePort = port;
                call(sw, "set the PVID of bridge port " + port, () -> device.setPvid(bridgePort, vlan.vlan()).join());
            }
        }
    }

    /**
     * Each delay machine bridges its two interfaces with the link's pipes (the same both ways, as the link
     * is drawn). Journaled before it is asked, so a rollback ends what was started.
     */
    private void bridgeDelays(String experiment, Mapping mapping, Journal journal, Consumer<String> progress, BooleanSupplier cancelled)
            throws SwapException, IOException {
        for (Mapping.DelayNode delay : mapping.delayNodes()) {
            if (cancelled.getAsBoolean()) {
                throw new SwapException("cancelled");
            }
            if (delay.towardsA() == null || delay.towardsB() == null) {
                throw new SwapException("delay node " + delay.node().getName() + " for " + delay.name() + " has no two interfaces on "
                        + delay.machine().getName() + "; map again");
            }
            String name = delayName(experiment, delay.name());
            progress.accept("Making " + delay.machine().getName() + " the delay node of " + delay.name());
            journal.append("delay\t" + delay.machine().getName() + "\t" + name);
            // a LAN member's pipes are its own "to the LAN" (a to b) and "from the LAN" values where it has them, else the LAN's
            PipeSpec[] pipes = delay.shaped() instanceof Lan lan ? ModelShaping.memberPipes(lan, delay.member())
                    : new PipeSpec[] {ModelShaping.pipeOf(delay.shaped()), ModelShaping.pipeOf(delay.shaped())};
            delayNodes.bridge(delay.machine(), name, delay.towardsA().getName(), delay.towardsB().getName(), pipes[0], pipes[1]);
        }
    }

    /** "experiment:link", in the characters an agent accepts for a delay's name. */
    static String delayName(String experiment, String link) {
        String name = experiment + ":" + (link == null ? "link" : link.replaceAll("[^A-Za-z0-9._:+-]", "-"));
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    /** Reads back every switch: each planned VLAN active with its ports, each access port's PVID. */
    private void verify(VlanPlan plan, Map<String, QBridgeVlans> devices, Consumer<String> progress) throws SwapException {
        for (String sw : plan.switchNames()) {
            progress.accept("Reading back " + sw);
            QBridgeVlans device = devices.get(sw);
            Map<Integer, QBridgeVlans.Vlan> vlans = call(sw, "read its VLANs back", () -> device.vlans().join());
            Map<Integer, Integer> pvids = call(sw, "read its PVIDs back", () -> device.pvids().join());
            Map<Integer, Integer> ports = bridgePortsByIfIndex(sw, device);
            for (VlanOnSwitch vlan : plan.vlans()) {
                if (!vlan.sw().getName().equals(sw)) {
                    continue;
                }
                QBridgeVlans.Vlan read = vlans.get(vlan.vlan());
                BitSet untagged = bridgePortSet(sw, vlan.untagged(), ports);
                BitSet tagged = bridgePortSet(sw, vlan.tagged(), ports);
                if (read == null || read.rowStatus() != QBridgeVlans.ROW_ACTIVE) {
                    throw new SwapException(sw + " does not show VLAN " + vlan.vlan() + " active after it was created");
                }
                BitSet missing = (BitSet) untagged.clone();
                missing.andNot(read.untagged());
                BitSet missingTagged = (BitSet) tagged.clone();
                missingTagged.andNot(read.egress());
                if (!missing.isEmpty() || !missingTagged.isEmpty()) {
                    throw new SwapException(sw + " did not keep the ports of VLAN " + vlan.vlan() + " (bridge port "
                            + (missing.isEmpty() ? missingTagged : missing).nextSetBit(0) + " is missing)");
                }
                for (int port = untagged.nextSetBit(0); port >= 0; port = untagged.nextSetBit(port + 1)) {
                    if (pvids.getOrDefault(port, 0) != vlan.vlan()) {
                        throw new SwapException(sw + " shows PVID " + pvids.get(port) + " on bridge port " + port + ", not " + vlan.vlan());
                    }
                }
            }
        }
    }

    /**
     * Undoes journal lines last first: delay bridges ended, PVIDs back, VLANs removed; answers a summary. A switch or
     * delay machine that refuses is named and the rest still undone.
     */
    private String rollBack(List<String> lines, Map<String, QBridgeVlans> devices, Testbed testbed, Consumer<String> progress) {
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        int vlans = 0;
        int pvids = 0;
        int delays = 0;
        List<String> failures = new ArrayList<>();
        for (String line : reversed) {
            String[] words = line.split("\t");
            try {
                if (words[0].equals("delay")) {
                    progress.accept("Ending the delay " + words[2] + " on " + words[1]);
                    Machine machine = testbed.getMachines().stream().filter(m -> words[1].equals(m.getName())).findFirst().orElse(null);
                    if (machine == null) {
                        failures.add(words[1] + ": no such machine in the inventory any more; end its delay " + words[2] + " by hand");
                        continue;
                    }
                    delayNodes.unbridge(machine, words[2]);
                    delays++;
                } else if (words[0].equals("pvid")) {
                    progress.accept("Putting back the PVID of " + words[1] + " port " + words[2]);
                    devices.get(words[1]).setPvid(Integer.parseInt(words[2]), Integer.parseInt(words[3])).join();
                    pvids++;
                } else if (words[0].equals("vlan")) {
                    progress.accept("Removing VLAN " + words[2] + " from " + words[1]);
                    QBridgeVlans device = devices.get(words[1]);
                    // The journal names a VLAN before it is made: one the switch never made is not there to remove.
                    if (device.vlans().join().containsKey(Integer.parseInt(words[2]))) {
                        device.destroy(Integer.parseInt(words[2])).join();
                        vlans++;
                    }
                }
            } catch (SwapException e) {
                failures.add(words[1] + ": " + e.getMessage());
            } catch (CompletionException | NullPointerException e) {
                failures.add(words.length > 1 ? words[1] + ": " + (e.getCause() != null ? e.getCause().getMessage() : String.valueOf(e)) : line);
            }
        }
        return (delays == 0 ? "" : "ended " + delays + (delays == 1 ? " delay node" : " delay nodes") + ", ")
                + "removed " + vlans + (vlans == 1 ? " VLAN" : " VLANs") + " and put back " + pvids + (pvids == 1 ? " PVID" : " PVIDs") + (failures.isEmpty() ? ""
                : "; could NOT undo on " + String.join("; ", failures) + " (fix by hand or run swap-out again)");
    }

    private static Map<Integer, Integer> bridgePortsByIfIndex(String sw, QBridgeVlans device) {
        Map<Integer, Integer> byIfIndex = new HashMap<>();
        call(sw, "read its bridge ports", () -> device.bridgePortIfIndexes().join()).forEach((port, ifIndex) -> byIfIndex.put(ifIndex, port));
        return byIfIndex;
    }

    private static BitSet bridgePortSet(String sw, List<SwitchPort> ports, Map<Integer, Integer> byIfIndex) {
        BitSet set = new BitSet();
        for (SwitchPort port : ports) {
            Integer bridgePort = byIfIndex.get(port.getIfIndex());
            if (bridgePort == null) {
                throw new IllegalStateException(sw + " has no bridge port for ifIndex " + port.getIfIndex() + " (" + port.getName()
                        + "); the inventory's port numbers do not match the switch: rediscover it");
            }
            set.set(bridgePort);
        }
        return set;
    }

    private interface SnmpCall<T> {
        T run();
    }

    /** Runs one SNMP exchange and turns its failure into a sentence naming the switch and the step. */
    private static <T> T call(String sw, String what, SnmpCall<T> call) {
        try {
            return call.run();
        } catch (CompletionException e) {
            throw new IllegalStateException(sw + " would not " + what + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    private static void call(String sw, String what, Runnable call) {
        call(sw, what, () -> {
            call.run();
            return null;
        });
    }

    /**
     * Each machine's reservation as a user reads it ("expA until 2026-12-04T18:00:00Z", "free"), by
     * machine name: what a swap compares to see whether someone else changed the inventory.
     */
    public static Map<String, String> reservations(Testbed testbed) {
        Map<String, String> held = new java.util.LinkedHashMap<>();
        for (Machine machine : testbed.getMachines()) {
            held.put(machine.getName(), machine.getReservedBy() == null ? "free"
                    : machine.getReservedBy() + (machine.getReservedUntil() == null ? "" : " until " + machine.getReservedUntil()));
        }
        return held;
    }

    /** What runs while the testbed is locked. */
    public interface LockedAction<T> {
        T run() throws SwapException;
    }

    /**
     * Runs {@code action} with the testbed locked, so that reading the inventory, swapping and saving
     * it are one step no other console or command can interleave with (the swap operations inside take
     * the same lock again). {@code testbed} names the testbed in a refusal.
     */
    public <T> T locked(String testbed, LockedAction<T> action) throws SwapException {
        try (HeldLock lock = lock(testbed)) {
            return action.run();
        } catch (IOException e) {
            throw new SwapException("Cannot release the lock of testbed " + testbed + " in " + journals + ": " + e.getMessage(), e);
        }
    }

    /** The testbed's lock, held by one thread, taken again by the same thread (see {@link #locked}); the last close releases it. */
    private final class HeldLock implements AutoCloseable {
        @Override
        public void close() throws IOException {
            synchronized (SwapIns.this) {
                if (--lockDepth > 0) {
                    return;
                }
                FileLock lock = fileLock;
                fileLock = null;
                lockHolder = null;
                lock.release();
                lock.channel().close();
            }
        }
    }

    private FileLock fileLock;
    private Thread lockHolder;
    private int lockDepth;

    private HeldLock lock(Testbed testbed) throws SwapException {
        return lock(testbed.getName());
    }

    private HeldLock lock(String testbed) throws SwapException {
        synchronized (this) {
            if (fileLock != null && lockHolder == Thread.currentThread()) {
                lockDepth++;
                return new HeldLock();
            }
        }
        try {
            Files.createDirectories(journals);
            // another console's look at the inventory takes a moment: wait that long before saying it swaps
            long giveUp = System.nanoTime() + LOCK_WAIT.toNanos();
            while (true) {
                FileChannel channel = FileChannel.open(journals.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    synchronized (this) {
                        fileLock = lock;
                        lockHolder = Thread.currentThread();
                        lockDepth = 1;
                    }
                    return new HeldLock();
                }
                channel.close();
                if (System.nanoTime() - giveUp >= 0) {
                    throw new SwapException("Another console is swapping on testbed " + testbed + " (" + journals.resolve(".lock")
                            + " is locked); wait for it to finish");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SwapException("Interrupted while waiting for the lock of testbed " + testbed, e);
                }
            }
        } catch (IOException e) {
            throw new SwapException("Cannot lock testbed " + testbed + " in " + journals + ": " + e.getMessage(), e);
        }
    }

    private Path journal(String experiment) {
        return journals.resolve(experiment + SUFFIX);
    }

    private static void checkName(String experiment) throws SwapException {
        if (experiment == null || !experiment.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new SwapException("'" + experiment + "' cannot name a swapped-in experiment: use letters, digits, '.', '_' and '-' (at most 64)");
        }
    }

    /** An append-only journal whose every line is on disk before the step it announces is made. */
    private static final class Journal {
        private final Path file;

        private Journal(Path file) {
            this.file = file;
        }

        static Journal create(Path file, String experiment) throws IOException {
            Journal journal = new Journal(file);
            Files.writeString(file, "", StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            journal.append("begin\t" + experiment);
            return journal;
        }

        void append(String line) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        }

        List<String> lines() {
            try {
                return read(file);
            } catch (IOException e) {
                return List.of();
            }
        }

        void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover journal is rolled back again by recover(): harmless
            }
        }

        static List<String> read(Path file) throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        }
    }
}
