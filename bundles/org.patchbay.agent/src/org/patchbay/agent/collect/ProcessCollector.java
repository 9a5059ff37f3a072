package org.patchbay.agent.collect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the process table from /proc/[pid]: stat (name, state, parent, CPU ticks, start time) and
 * statm (resident pages: exact, where stat's count is the kernel's per-CPU estimate) on every sample,
 * cmdline and status (its owner) only when the process may have changed them (see {@link #commands}):
 * stat and statm are one short line each, where status is fifty (reading it for every process every
 * second was most of the agent's CPU). A process that exits while being read is skipped, not an error.
 */
public final class ProcessCollector {

    private final SystemRoots roots;
    /** Only processes in this network namespace ("net:[4026532…]"), or every process when null. */
    private final String networkNamespace;
    /** Where the namespace's processes are found without a scan of our own (a runtime serving many nodes), or null. */
    private final NamespaceProcessIndex index;
    private Map<Integer, String> users = Map.of();
    private FileTime usersRead;
    /**
     * Command lines and owners by pid, of the process with that start time and name, read again after an
     * exec (the name changes) and at least every {@link #COMMAND_REREAD_SAMPLES} samples (a process may
     * rewrite its command line, as sshd does, or change its user), not on every sample.
     */
    private Map<Integer, KnownCommand> commands = new HashMap<>();
    private long samples;
    private static final int COMMAND_REREAD_SAMPLES = 10;

    private record KnownCommand(long startTime, String name, String command, int uid, long readAt) {
    }

    /** Bytes per page, for stat's resident size. */
    private final long pageSize;

    public ProcessCollector(SystemRoots roots) {
        this(roots, null);
    }

    /**
     * A lab node is its network namespace: its processes are every process in it, whether the lab,
     * {@code patchbay-lab exec} or a bare {@code ip netns exec} started it.
     */
    public ProcessCollector(SystemRoots roots, String networkNamespace) {
        this(roots, networkNamespace, null);
    }

    /** The processes of {@code networkNamespace} as {@code index} lists them (one scan of /proc for many nodes). */
    public ProcessCollector(SystemRoots roots, String networkNamespace, NamespaceProcessIndex index) {
        this.roots = roots;
        this.networkNamespace = networkNamespace;
        this.index = index;
        this.pageSize = pageSize(roots.proc());
    }

    /** The kernel's page size from the auxiliary vector (AT_PAGESZ) of /proc/self; 4 KiB when it cannot be read (a fixture's /proc). */
    static long pageSize(Path proc) {
        try {
            java.nio.ByteBuffer auxv = java.nio.ByteBuffer.wrap(Files.readAllBytes(proc.resolve("self/auxv"))).order(java.nio.ByteOrder.nativeOrder());
            while (auxv.remaining() >= 16) {
                long type = auxv.getLong();
                long value = auxv.getLong();
                if (type == AT_PAGESZ && value > 0) {
                    return value;
                }
                if (type == 0) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not there (a fixture) or not 64-bit entries: the common page size
        }
        return 4096;
    }

    private static final long AT_PAGESZ = 6;

    /** The network namespace this process runs in, as /proc names it. */
    public static String ownNetworkNamespace(SystemRoots roots) throws CollectorException {
        try {
            return Files.readSymbolicLink(roots.proc().resolve("self/ns/net")).toString();
        } catch (IOException e) {
            throw new CollectorException("Cannot read " + roots.proc().resolve("self/ns/net") + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code pid} is one of the processes this collector lists. */
    public boolean lists(long pid) {
        Path dir = roots.proc().resolve(Long.toString(pid));
        return Files.isDirectory(dir) && inNamespace(dir);
    }

    private boolean inNamespace(Path dir) {
        if (networkNamespace == null) {
            return true;
        }
        try {
            return networkNamespace.equals(Files.readSymbolicLink(dir.resolve("ns/net")).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone, or a kernel thread we may not look into
        }
    }

    public List<ProcessSample> sample() throws CollectorException {
        refreshUsers();
        Map<Integer, KnownCommand> known = commands;
        commands = new HashMap<>();
        samples++;
        List<ProcessSample> processes = new ArrayList<>();
        if (index != null && networkNamespace != null) {
            for (Path dir : index.processesIn(networkNamespace)) {
                // the index may be a moment old: a pid reused since belongs to whoever has it now
                ProcessSample process = inNamespace(dir) ? read(dir, known) : null;
                if (process != null) {
                    processes.add(process);
                }
            }
            processes.sort((a, b) -> Integer.compare(a.pid(), b.pid()));
            return processes;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(roots.proc(), entry -> isPid(entry.getFileName().toString()))) {
            for (Path dir : entries) {
                if (!inNamespace(dir)) {
                    continue;
                }
                ProcessSample process = read(dir, known);
                if (process != null) {
                    processes.add(process);
                }
            }
        } catch (IOException e) {
            throw new CollectorException("Cannot list " + roots.proc() + ": " + e.getMessage(), e);
        }
        processes.sort((a, b) -> Integer.compare(a.pid(), b.pid()));
        return processes;
    }

    private ProcessSample read(Path dir, Map<Integer, KnownCommand> known) {
        String stat = KernelFiles.readIfPresent(dir.resolve("stat"));
        String statm = KernelFiles.readIfPresent(dir.resolve("statm"));
        if (stat == null || statm == null) {
            return null;
        }
        int pid = Integer.parseInt(dir.getFileName().toString());
        // The command name in stat is in parentheses and may itself hold spaces or ')': fields follow the last ')'.
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String name = stat.substring(open + 1, close);
        String[] fields = stat.substring(close + 1).trim().split(" ");
        // After ')': state is field 3 of the whole line (index 0 here), ppid 4, utime 14, stime 15, starttime 22.
        if (fields.length < 20) {
            return null;
        }
        String state = fields[0];
        int ppid = parseIntOr(fields[1], 0);
        long cpuTicks = parseLongOr(fields[11], 0) + parseLongOr(fields[12], 0);
        long startTime = parseLongOr(fields[19], -1);
        String[] pages = statm.trim().split(" ");
        long rssBytes = pages.length > 1 ? parseLongOr(pages[1], 0) * pageSize : 0;
        KnownCommand command = known.get(pid);
        if (command == null || command.startTime() != startTime || !command.name().equals(name) || samples - command.readAt() >= COMMAND_REREAD_SAMPLES) {
            String cmdline = KernelFiles.readIfPresent(dir.resolve("cmdline"));
            String status = KernelFiles.readIfPresent(dir.resolve("status"));
            if (cmdline == null || status == null) {
                return null;
            }
            int uid = parseIntOr(firstWord(field(status, "Uid")), -1);
            command = new KnownCommand(startTime, name, cmdline.isEmpty() ? "[" + name + "]" : cmdline.replace('\0', ' ').trim(), uid, samples);
        }
        commands.put(pid, command);
        int uid = command.uid();
        String user = users.getOrDefault(uid, uid >= 0 ? Integer.toString(uid) : "?");
        return new ProcessSample(pid, ppid, user, state.isEmpty() ? '?' : state.charAt(0), command.command(), cpuTicks, rssBytes);
    }

    /** The value of a "Key:" line of a /proc status file, trimmed; "" when the file has no such line. */
    private static String field(String status, String key) {
        int at = status.startsWith(key + ":") ? 0 : status.indexOf("\n" + key + ":");
        if (at < 0) {
            return "";
        }
        int start = status.indexOf(':', at) + 1;
        int end = status.indexOf('\n', start);
        return status.substring(start, end < 0 ? status.length() : end).trim();
    }

    private static String firstWord(String text) {
        int space = 0;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return text.substring(0, space);
    }

    private void refreshUsers() {
        try {
            FileTime modified = Files.getLastModifiedTime(roots.passwd());
            if (modified.equals(usersRead)) {
                return;
            }
            Map<Integer, String> byUid = new HashMap<>();
            for (String line : Files.readAllLines(roots.passwd())) {
                String[] f = line.split(":");
                if (f.length > 2) {
                    byUid.put(parseIntOr(f[2], -1), f[0]);
                }
            }
            users = byUid;
            usersRead = modified;
        } catch (IOException e) {
            // Without a user database processes show numeric uids; that is not worth failing for.
            users = Map.of();
        }
    }

    static boolean isPid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parseLongOr(String text, long fallback) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
