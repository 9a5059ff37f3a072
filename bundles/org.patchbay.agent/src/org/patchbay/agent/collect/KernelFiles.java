package org.patchbay.agent.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading kernel pseudo-files, which must be read whole and may vanish (a process exits) at any time. */
final class KernelFiles {

    private KernelFiles() {
    }

    static String read(Path file) throws CollectorException {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CollectorException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The contents, or null when the file is gone (a process that exited between listing and
     * reading) or cannot be read (a driver that answers EINVAL for its speed).
     */
    static String readIfPresent(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static long parseLong(String text, Path file, String what) throws CollectorException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CollectorException(file + ": " + what + " is '" + text + "', not a number", e);
        }
    }
}
