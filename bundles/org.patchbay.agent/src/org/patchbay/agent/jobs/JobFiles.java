package org.patchbay.agent.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;

/**
 * The files a job needs wherever it runs, and whether a node has them: the programs and libraries it
 * runs (which must be the same bytes on the target: a node whose root image differs would run other
 * code) and the files it holds open (which CRIU reopens by path, so they must exist there; a
 * node-local file cannot follow the job). Checked by the target before anything is frozen, so a
 * refusal names the file and the job never stops.
 */
final class JobFiles {

    /** One file: {@code kind} program, library or open; {@code sha256} for programs and libraries. */
    record Fact(String kind, String path, long size, String sha256) {
    }

    static final int MAX_FILES = 512;
    static final long MAX_HASHED_BYTES = 256L * 1024 * 1024;

    private JobFiles() {
    }

    /**
     * What the job's processes map and hold open, read from {@code proc} (each file once, at most
     * {@link #MAX_FILES}); the files themselves are read under {@code root}, where this agent sees the
     * job's mount namespace (the paths /proc names are that namespace's).
     */
    static List<Fact> of(Path proc, List<Long> pids, Path root) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (long pid : pids) {
            Path process = proc.resolve(Long.toString(pid));
            try {
                String exe = Files.readSymbolicLink(process.resolve("exe")).toString();
                add(facts, "program", exe, root);
            } catch (IOException | UnsupportedOperationException e) {
                // a kernel thread or an ended process has no program
            }
            try {
                for (String line : Files.readAllLines(process.resolve("maps"), StandardCharsets.UTF_8)) {
                    String[] f = line.trim().split("\\s+", 6);
                    if (f.length == 6 && f[1].contains("x") && f[5].startsWith("/")) {
                        add(facts, "library", f[5], root);
                    }
                }
            } catch (IOException e) {
                // ended meanwhile
            }
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                for (Path fd : fds) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("/") && !target.startsWith("/dev/") && !target.startsWith("/proc/") && !target.startsWith("/sys/")
                                && Files.isRegularFile(fd)) {
                            add(facts, "open", target, root);
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            } catch (IOException e) {
                // ended meanwhile
            }
        }
        return List.copyOf(facts.values()).subList(0, Math.min(MAX_FILES, facts.size()));
    }

    private static void add(Map<String, Fact> facts, String kind, String path, Path root) {
        // a deleted file is carried by CRIU itself (its bytes go with the images)
        if (path.endsWith(" (deleted)") || facts.containsKey(path) || facts.size() >= MAX_FILES) {
            return;
        }
        Path file = root.resolve(path.substring(1));
        try {
            long size = Files.size(file);
            facts.put(path, new Fact(kind, path, size, kind.equals("open") ? "" : sha256(file, size)));
        } catch (IOException e) {
            // gone meanwhile
        }
    }

    /** Why {@code root} (this node's view of the files) cannot run the job, or empty when it can. */
    static Optional<String> missingOn(Path root, List<Fact> facts, String node) {
        for (Fact f : facts) {
            Path here = root.resolve(f.path().substring(1));
            if (!Files.isRegularFile(here)) {
                return Optional.of(f.kind().equals("open")
                        ? "the job has " + f.path() + " open, and " + node + " has no such file (a node-local file cannot follow the job)"
                        : "the job runs " + f.path() + ", which " + node + " does not have");
            }
            if (f.kind().equals("open")) {
                continue;
            }
            try {
                long size = Files.size(here);
                if (size != f.size() || !sha256(here, size).equals(f.sha256())) {
                    return Optional.of("the job runs " + f.path() + ", which is different on " + node + " (another root image): it would run other code");
                }
            } catch (IOException e) {
                return Optional.of(f.path() + " cannot be read on " + node + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    static List<Map<String, Object>> toJson(List<Fact> facts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind());
            m.put("path", f.path());
            m.put("size", f.size());
            m.put("sha256", f.sha256());
            list.add(m);
        }
        return list;
    }

    static List<Fact> fromJson(List<Object> json) throws JsonException {
        if (json.size() > MAX_FILES) {
            throw new JsonException("at most " + MAX_FILES + " files are checked");
        }
        List<Fact> facts = new ArrayList<>();
        for (Object o : json) {
            JsonFields f = JsonFields.of(o, "file");
            String path = f.string("path");
            String kind = f.string("kind");
            if (!path.startsWith("/") || path.contains("/../") || path.endsWith("/..") || path.indexOf('\0') >= 0 || path.length() > 4096) {
                throw new JsonException("'" + path + "' is not an absolute path without '..'");
            }
            if (!List.of("program", "library", "open").contains(kind)) {
                throw new JsonException("a file's kind is program, library or open, not '" + kind + "'");
            }
            facts.add(new Fact(kind, path, f.longValue("size", 0), f.string("sha256", "")));
        }
        return facts;
    }

    private static String sha256(Path file, long size) throws IOException {
        if (size > MAX_HASHED_BYTES) {
            return "size:" + size;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
