package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;

/** What labs whose owner is gone left behind, and how to remove a lab's namespaces and files. */
final class LabLeftovers {

    private LabLeftovers() {
    }

    /**
     * Removes the labs in {@code stateBase} and in the registry whose owner (pid and start time,
     * recorded before the lab made anything) is gone. Nothing of a lab whose owner lives is touched.
     */
    static int cleanUp(Path stateBase, LabRegistry registry) {
        int removed = 0;
        Set<Path> running = new java.util.HashSet<>();
        try {
            for (LabRegistry.Entry entry : registry.entries()) {
                if (entry.ownerAlive()) {
                    running.add(entry.stateDir().toAbsolutePath());
                } else {
                    if (Files.isDirectory(entry.stateDir())) {
                        removeLeftLab(entry.stateDir());
                    }
                    registry.release(entry.id());
                    removed++;
                }
            }
        } catch (LabException e) {
            // an unreadable registry: the state folder below is still ours to look at
        }
        if (!Files.isDirectory(stateBase)) {
            return removed;
        }
        try (Stream<Path> labs = Files.list(stateBase)) {
            for (Path labDir : labs.filter(p -> p.getFileName().toString().startsWith("lab-")).toList()) {
                // a lab being started writes its state just after its folder: its registration protects it meanwhile
                if (!running.contains(labDir.toAbsolutePath()) && removeLeftLab(labDir)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    /** Removes one lab's leftovers if its owner is gone; false when it still runs. */
    private static boolean removeLeftLab(Path labDir) {
        Path state = labDir.resolve("lab.json");
        try {
            JsonFields f = JsonFields.of(Json.parse(Files.readString(state)), "lab state");
            if (ownerAlive(f.longValue("ownerPid"), f.string("ownerStarted", ""))) {
                return false;
            }
            List<String> namespaces = new java.util.ArrayList<>();
            for (Object ns : f.listOrEmpty("namespaces")) {
                namespaces.add((String) ns);
            }
            removeNamespaces(namespaces, labDir);
            for (Object pid : f.listOrEmpty("agentPids")) {
                ProcessHandle.of(((Number) pid).longValue()).ifPresent(ProcessHandle::destroyForcibly);
            }
            for (String bridge : List.of("managementBridge", "overflowBridge")) {
                if (f.has(bridge)) {
                    HostCommands.runQuietly(List.of("ip", "link", "del", f.string(bridge)));
                }
            }
            if (f.has("overflowBridge")) {
                // the veth pair joining the two bridges has both ends on the host: it outlives them unless deleted
                HostCommands.runQuietly(List.of("ip", "link", "del", LabManagementNetwork.overflowVeth(f.string("overflowBridge"))));
            }
            if (f.has("diskFolder")) {
                deleteTree(Path.of(f.string("diskFolder")));
            }
        } catch (IOException | JsonException | ClassCastException e) {
            // unreadable state (a lab that died before writing it): the directory is all there is to remove
        }
        deleteTree(labDir);
        return true;
    }

    private static boolean ownerAlive(long pid, String started) {
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        return owner.isPresent() && owner.get().info().startInstant().map(Instant::toString).orElse("").equals(started);
    }

    static void removeNamespace(String namespace) {
        try {
            String pids = HostCommands.run(List.of("ip", "netns", "pids", namespace));
            for (String pid : pids.split("\\s+")) {
                if (!pid.isBlank()) {
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        } catch (LabException | NumberFormatException e) {
            // no such namespace any more
        }
        HostCommands.runQuietly(List.of("ip", "netns", "del", namespace));
    }

    /**
     * Removes many namespaces at once, as a whole lab's stop does: every process in any of them ended
     * from one scan of /proc, then one {@code ip -batch} deleting them all (hundreds of namespaces in
     * two commands rather than two commands each). {@code scratch} holds the batch file for a moment.
     */
    static void removeNamespaces(java.util.Collection<String> namespaces, Path scratch) {
        if (namespaces.isEmpty()) {
            return;
        }
        killProcessesIn(namespaces);
        Path batch = scratch.resolve("remove-namespaces.batch");
        try {
            Files.createDirectories(scratch);
            StringBuilder lines = new StringBuilder();
            namespaces.forEach(ns -> lines.append("netns del ").append(ns).append('\n'));
            Files.writeString(batch, lines);
            // -force: one namespace already gone does not keep the others
            HostCommands.runQuietly(List.of("ip", "-force", "-batch", batch.toString()));
        } catch (IOException e) {
            namespaces.forEach(LabLeftovers::removeNamespace);
        } finally {
            try {
                Files.deleteIfExists(batch);
            } catch (IOException e) {
                // the lab's folder goes next anyway
            }
        }
    }

    /** Ends every process whose network namespace is one of {@code namespaces} (names under /run/netns). */
    static void killProcessesIn(java.util.Collection<String> namespaces) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String ns : namespaces) {
            try {
                ids.add("net:[" + Files.getAttribute(Path.of("/run/netns", ns), "unix:ino") + "]");
            } catch (IOException | UnsupportedOperationException e) {
                // gone already
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    if (ids.contains(Files.readSymbolicLink(p.resolve("ns/net")).toString())) {
                        ProcessHandle.of(Long.parseLong(p.getFileName().toString())).ifPresent(ProcessHandle::destroyForcibly);
                    }
                } catch (IOException | RuntimeException e) {
                    // exited meanwhile, or a kernel thread
                }
            });
        } catch (IOException e) {
            namespaces.forEach(LabLeftovers::removeNamespace);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a later start cleans what is left
        }
    }
}
