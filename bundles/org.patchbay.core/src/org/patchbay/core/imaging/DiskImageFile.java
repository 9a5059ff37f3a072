package org.patchbay.core.imaging;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One image of the library: its file and what is known of it. {@code diskBytes} is the size of the
 * disk it was captured from (a target must be at least that), {@code storedBytes} the disk bytes it
 * writes, {@code layout} the partition table and file systems as pb-image describes them.
 */
public record DiskImageFile(String name, Path file, String os, String sourceNode, long diskBytes, long storedBytes, long fileBytes,
        String layout, String sha256, Instant created) {
}
