package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImageLibrary;
import org.patchbay.core.imaging.PbImageTool;

/** The image library on real pb-image: capture with progress, describe, rename and delete unless in use, refuse what is not an image. */
class ImageLibraryTest {

    @TempDir
    Path dir;

    private ImageLibrary library() {
        return new ImageLibrary(dir.resolve("images"), new PbImageTool(Path.of(System.getProperty("patchbay.native.helpers"), "pb-image")));
    }

    /** A 32 MB ext4 disk holding one file, made without mounting anything. */
    private Path disk() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root/etc"));
        Files.writeString(root.resolve("motd"), "welcome to the captured node\n");
        Path disk = dir.resolve("node.img");
        Process mkfs = new ProcessBuilder("mkfs.ext4", "-q", "-F", "-d", dir.resolve("root").toString(), disk.toString(), "32M").redirectErrorStream(true)
                .start();
        String out = new String(mkfs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(mkfs.waitFor(60, TimeUnit.SECONDS) && mkfs.exitValue() == 0, out);
        return disk;
    }

    @Test
    void aCapturedDiskIsListedWithWhatItIsAndCanBeRenamedAndDeletedUnlessInUse() throws Exception {
        ImageLibrary library = library();
        List<long[]> progress = new CopyOnWriteArrayList<>();
        DiskImageFile image = library.capture("web-1", disk(), "Debian 12", "node3", new PbImageTool.Progress() {
            @Override
            public void at(long done, long total) {
                progress.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(32L << 20, image.diskBytes());
        assertTrue(image.storedBytes() > 0 && image.storedBytes() < (8L << 20), "only used blocks are kept: " + image.storedBytes());
        assertTrue(image.layout().contains("ext4"), image.layout());
        assertEquals(64, image.sha256().length());
        assertFalse(progress.isEmpty(), "capture reports progress");
        assertEquals(progress.get(progress.size() - 1)[0], progress.get(progress.size() - 1)[1], "the last report is the whole");
        assertEquals(List.of(image), library.list());

        IOException busy = assertThrows(IOException.class, () -> library.delete("web-1", name -> true));
        assertTrue(busy.getMessage().contains("in use by a node"), busy.getMessage());
        DiskImageFile renamed = library.rename("web-1", "web-2", name -> false);
        assertEquals("web-2", renamed.name());
        assertEquals(image.sha256(), renamed.sha256());
        assertEquals(List.of("web-2"), library.list().stream().map(DiskImageFile::name).toList());
        IOException taken = assertThrows(IOException.class, () -> library.capture("web-2", disk(), "", "", null));
        assertTrue(taken.getMessage().contains("There is already an image web-2"), taken.getMessage());
        library.delete("web-2", name -> false);
        assertTrue(library.list().isEmpty());
        try (var left = Files.list(dir.resolve("images"))) {
            assertEquals(0, left.count(), "nothing of the image is left");
        }
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithWhyAndNothingIsAdded() throws Exception {
        ImageLibrary library = library();
        Path bogus = Files.writeString(dir.resolve("bogus.pbi"), "not an image at all ".repeat(400));
        IOException refused = assertThrows(IOException.class, () -> library.add("bogus", bogus, "", "", null));
        assertTrue(refused.getMessage().contains("not a Patchbay disk image"), refused.getMessage());
        assertTrue(library.list().isEmpty());
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class, () -> library.add("../etc", bogus, "", "", null));
        assertTrue(badName.getMessage().contains("An image name is 1 to 64 letters"), badName.getMessage());
    }
}
