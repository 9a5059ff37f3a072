package org.patchbay.agent.collect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Which processes are in which network namespace, from one scan of /proc shared by every node a
 * runtime serves: hundreds of nodes each scanning the whole process table every second would cost
 * hundreds of scans, this costs one per {@code maxAgeNanos}.
 */
public final class NamespaceProcessIndex {

    private final Path proc;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private Map<String, List<Path>> byNamespace = Map.of();
    private long scannedAt;
    private boolean scanned;

    public NamespaceProcessIndex(Path proc, long maxAgeNanos, LongSupplier nanoClock) {
        this.proc = proc;
        this.maxAgeNanos = maxAgeNanos;
        this.nanoClock = nanoClock;
    }

    /** The /proc folders of the processes in {@code namespace} ("net:[…]"), as of a scan at most {@code maxAgeNanos} old. */
    public synchronized List<Path> processesIn(String namespace) throws CollectorException {
        long now = nanoClock.getAsLong();
        if (!scanned || now - scannedAt >= maxAgeNanos) {
            byNamespace = scan();
            scannedAt = now;
            scanned = true;
        }
        return byNamespace.getOrDefault(namespace, List.of());
    }

    private Map<String, List<Path>> scan() throws CollectorException {
        Map<String, List<Path>> found = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, entry -> ProcessCollector.isPid(entry.getFileName().toString()))) {
            for (Path dir : entries) {
                try {
                    found.computeIfAbsent(Files.readSymbolicLink(dir.resolve("ns/net")).toString(), n -> new ArrayList<>()).add(dir);
                } catch (IOException | UnsupportedOperationException e) {
                    // gone since the listing, or a kernel thread we may not look into
                }
            }
        } catch (IOException e) {
            throw new CollectorException("Cannot list " + proc + ": " + e.getMessage(), e);
        }
        return found;
    }
}
