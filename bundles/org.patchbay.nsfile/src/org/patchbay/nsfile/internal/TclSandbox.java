package org.patchbay.nsfile.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.patchbay.nsfile.NsFileException;

/**
 * Runs an NS file through Debian's {@code tclsh} in a safe child interpreter ({@code tcl/ns-sandbox.tcl})
 * and returns the records it printed. The interpreter bounds the file's run time; this class adds what a
 * Tcl interpreter cannot: an address-space and CPU limit ({@code prlimit}), a kill at the deadline and a
 * cap on what it may print.
 */
public final class TclSandbox {

    /** The bounds an NS file runs within. */
    public record Limits(double seconds, long memoryBytes, int maxElements, long maxFileBytes, long maxOutputBytes) {
        public static final Limits DEFAULT = new Limits(10, 512L << 20, 100_000, 16L << 20, 256L << 20);
    }

    /** One record: its kind and fields, as ns-emulation.tcl's ::pb::report made them. */
    public record Record(String kind, List<String> fields) {
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private final Limits limits;

    public TclSandbox(Limits limits) {
        this.limits = limits;
    }

    public List<Record> evaluate(String fileName, byte[] text) throws NsFileException {
        if (text.length > limits.maxFileBytes()) {
            throw new NsFileException(fileName, 0, "the file is " + text.length / (1 << 20) + " MB; NS files larger than "
                    + limits.maxFileBytes() / (1 << 20) + " MB are refused (an NS file describes a topology in a few kB)");
        }
        Path scripts = scripts();
        try {
            return run(fileName, text, scripts);
        } finally {
            delete(scripts);
        }
    }

    private List<Record> run(String fileName, byte[] text, Path scripts) throws NsFileException {
        List<String> command = new ArrayList<>();
        Path prlimit = executable("prlimit");
        if (prlimit != null) {
            command.addAll(List.of(prlimit.toString(), "--as=" + limits.memoryBytes(), "--cpu=" + (long) Math.ceil(limits.seconds() + 1), "--"));
        }
        Path tclsh = executable("tclsh");
        if (tclsh == null) {
            tclsh = executable("tclsh8.6");
        }
        if (tclsh == null) {
            throw new NsFileException(fileName, 0, "opening NS files needs Tcl 8.6 (tclsh), which is not installed; install it (sudo apt-get install tcl8.6) and open the file again");
        }
        command.addAll(List.of(tclsh.toString(), scripts.resolve("ns-sandbox.tcl").toString(), scripts.resolve("ns-emulation.tcl").toString(),
                Double.toString(limits.seconds()), Integer.toString(limits.maxElements())));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new NsFileException(fileName, 0, "cannot start the Tcl interpreter (" + e.getMessage() + ")");
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readCapped(process.getInputStream(), limits.maxOutputBytes(), process),
                runnable -> Thread.ofVirtual().start(runnable));
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readCapped(process.getErrorStream(), 64 << 10, process),
                runnable -> Thread.ofVirtual().start(runnable));
        try (OutputStream in = process.getOutputStream()) {
            in.write(text);
        } catch (IOException e) {
            // the interpreter ended early; its output says why
        }
        try {
            long deadlineMillis = (long) (limits.seconds() * 1000) + 5_000;
            if (!process.waitFor(deadlineMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new NsFileException(fileName, 0, "stopped after " + (deadlineMillis / 1000) + " s: the file was still running (an endless loop?)");
            }
            byte[] out = output.get(5, TimeUnit.SECONDS);
            String err = new String(errors.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
            if (out.length >= limits.maxOutputBytes()) {
                throw new NsFileException(fileName, 0, "the file describes more than " + (limits.maxOutputBytes() >> 20) + " MB of topology; split it");
            }
            return parse(fileName, new String(out, StandardCharsets.UTF_8), process.exitValue(), err);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new NsFileException(fileName, 0, "cancelled");
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new NsFileException(fileName, 0, "the Tcl interpreter's output could not be read (" + e + ")");
        }
    }

    private List<Record> parse(String fileName, String out, int exit, String err) throws NsFileException {
        List<Record> records = new ArrayList<>();
        boolean complete = false;
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = split(line);
            switch (fields.get(0)) {
                case "R" -> records.add(new Record(fields.get(1), List.copyOf(fields.subList(2, fields.size()))));
                case "E" -> throw new NsFileException(fileName, lineNumber(fields.get(1)), fields.size() > 2 ? fields.get(2) : "failed");
                case "OK" -> complete = true;
                default -> throw new NsFileException(fileName, 0, "the Tcl interpreter printed something unexpected: " + line);
            }
        }
        if (!complete) {
            if (err.contains("unable to alloc") || err.contains("out of memory") || exit == 134) {
                throw new NsFileException(fileName, 0, "stopped: the file needed more than " + (limits.memoryBytes() >> 20) + " MB of memory");
            }
            if (exit == 137 || exit == 152 || exit == 9) {
                throw new NsFileException(fileName, 0, "stopped: the file used more than " + (long) Math.ceil(limits.seconds() + 1) + " s of CPU time");
            }
            throw new NsFileException(fileName, 0, "the Tcl interpreter stopped (exit " + exit + ")" + (err.isEmpty() ? "" : ": " + lastLine(err)));
        }
        return records;
    }

    private static int lineNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    /** Tab-separated fields with \\, \t, \n and \r escaped, as ns-sandbox.tcl writes them. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(current.toString());
                current.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                current.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    private static byte[] readCapped(InputStream in, long cap, Process process) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > cap) {
                    out.write(buffer, 0, (int) Math.max(0, cap - out.size()));
                    process.destroyForcibly();
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the process was stopped; what was read is what it said
        }
        return out.toByteArray();
    }

    private static Path executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The two Tcl scripts, copied into a private folder for tclsh to read (removed after the run). */
    private static Path scripts() throws NsFileException {
        try {
            Path folder = Files.createTempDirectory("patchbay-ns-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            for (String name : List.of("ns-sandbox.tcl", "ns-emulation.tcl")) {
                try (InputStream in = TclSandbox.class.getResourceAsStream("/tcl/" + name)) {
                    if (in == null) {
                        throw new NsFileException("", 0, "the NS interpreter script " + name + " is missing from the org.patchbay.nsfile bundle; reinstall Patchbay");
                    }
                    Files.copy(in, folder.resolve(name));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NS interpreter's scripts to a temporary folder", e);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system's tmp cleaner takes it
        }
    }
}
