package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ip} commands gathered while a lab is built and run by a few {@code ip -batch} processes: a
 * lab of hundreds of nodes needs thousands of them, and starting a process for each was most of its
 * swap-in. A batch line cannot carry {@code -n NS}, so the host's commands run in one batch, then
 * each namespace's in one {@code ip -n NS -batch}, then the commands asked to run last. A failure
 * names the first command that failed and what ip said, as running it alone would.
 */
final class IpBatch {

    /** Where commands go: into a batch, or run at once (a live change applies element by element). */
    interface Sink {
        void ip(String... args) throws LabException;
    }

    private static final Pattern FAILED_LINE = Pattern.compile("Command failed \\S*:(\\d+)");

    private final Path scratch;
    private final List<String> host = new ArrayList<>();
    private final Map<String, List<String>> inNamespace = new LinkedHashMap<>();
    private final List<String> last = new ArrayList<>();

    IpBatch(Path scratch) {
        this.scratch = scratch;
    }

    /** Runs each command at once. */
    static Sink immediate() {
        return args -> {
            List<String> command = new ArrayList<>();
            command.add("ip");
            command.addAll(List.of(args));
            HostCommands.run(command);
        };
    }

    /** Adds to this batch: the host's commands first, then each namespace's ({@code -n NS ...}). */
    Sink sink() {
        return args -> add(args, false);
    }

    /** Adds commands that need everything else in the batch done first. */
    Sink last() {
        return args -> add(args, true);
    }

    private void add(String[] args, boolean atEnd) throws LabException {
        for (String word : args) {
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                // a word a batch line cannot carry (a space in a helper's path): what came before runs first, so the order holds
                run();
                immediate().ip(args);
                return;
            }
        }
        if (atEnd) {
            last.add(String.join(" ", args));
        } else if (args.length > 2 && args[0].equals("-n")) {
            inNamespace.computeIfAbsent(args[1], ns -> new ArrayList<>()).add(String.join(" ", Arrays.copyOfRange(args, 2, args.length)));
        } else {
            host.add(String.join(" ", args));
        }
    }

    /** Runs what was added, all of it ({@code -force}), and fails naming the first command that failed. */
    void run() throws LabException {
        try {
            runLines(List.of(), host);
            for (Map.Entry<String, List<String>> ns : inNamespace.entrySet()) {
                runLines(List.of("-n", ns.getKey()), ns.getValue());
            }
            runLines(List.of(), last);
        } finally {
            host.clear();
            inNamespace.clear();
            last.clear();
        }
    }

    private void runLines(List<String> options, List<String> lines) throws LabException {
        if (lines.isEmpty()) {
            return;
        }
        Path file = scratch.resolve("ip-" + Thread.currentThread().threadId() + ".batch");
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(options);
        command.addAll(List.of("-force", "-batch", file.toString()));
        try {
            Files.createDirectories(scratch);
            Files.write(file, lines);
            HostCommands.run(command);
        } catch (IOException e) {
            throw new LabException("Cannot write " + file + ": " + e.getMessage(), e);
        } catch (LabException e) {
            throw new LabException(firstFailure(e.getMessage(), options, lines), e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the lab's folder goes with the lab
            }
        }
    }

    /** "'ip LINE' failed: WHAT IP SAID" for the first failed line, from ip's report of the whole batch. */
    private static String firstFailure(String report, List<String> options, List<String> lines) {
        Matcher m = FAILED_LINE.matcher(report);
        if (!m.find()) {
            return report;
        }
        int line = Integer.parseInt(m.group(1));
        String said = report.substring(0, m.start()).trim();
        int colon = said.indexOf("' failed: ");
        if (colon >= 0) {
            said = said.substring(colon + "' failed: ".length());
        }
        String[] before = said.split("\n");
        String command = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "line " + line;
        return "'ip " + (options.isEmpty() ? "" : String.join(" ", options) + " ") + command + "' failed: " + before[before.length - 1].trim();
    }
}
