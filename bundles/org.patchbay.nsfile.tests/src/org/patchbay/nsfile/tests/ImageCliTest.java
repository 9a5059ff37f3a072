package org.patchbay.nsfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.cli.PatchbayCli;

/** product/patchbay-cli image ...: capture, list, info, verify, rename and delete, and a damaged image refused with its chunk named. */
class ImageCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PatchbayCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void captureListInfoVerifyRenameDelete(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("root/etc"));
        Files.writeString(dir.resolve("root/etc/motd"), "captured by the cli\n");
        Path disk = dir.resolve("disk.img");
        Process mkfs = new ProcessBuilder("mkfs.ext4", "-q", "-F", "-d", dir.resolve("root").toString(), disk.toString(), "24M").redirectErrorStream(true)
                .start();
        String made = new String(mkfs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(mkfs.waitFor(60, TimeUnit.SECONDS) && mkfs.exitValue() == 0, made);
        String library = dir.resolve("library").toString();

        Run capture = cli("image", "capture", disk.toString(), "web", "--os", "Debian 12", "--library", library);
        assertEquals(0, capture.exit(), capture.err());
        assertTrue(capture.out().startsWith("web: Debian 12, ") && capture.out().contains("of a 24 MB disk") && capture.out().contains("ext4"), capture.out());
        assertTrue(capture.err().contains("capture web: 100 %"), capture.err());

        Run list = cli("image", "list", "--library", library);
        assertTrue(list.out().startsWith("web: Debian 12"), list.out());
        Run info = cli("image", "info", "web", "--library", library);
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("disk 25165824 bytes") && info.out().contains("layout: no partition table; disk: ext4"), info.out());
        Run verify = cli("image", "verify", "web", "--library", library);
        assertEquals("web: every chunk intact\n", verify.out());

        Path damaged = dir.resolve("damaged.pbi");
        byte[] bytes = Files.readAllBytes(dir.resolve("library/web.pbi"));
        bytes[4096 + 32 + 40] ^= 0x55;
        Files.write(damaged, bytes);
        Run refused = cli("image", "verify", damaged.toString(), "--library", library);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("chunk 0 is corrupt (checksum mismatch)"), refused.err());

        assertEquals(0, cli("image", "rename", "web", "web-v2", "--library", library).exit());
        assertTrue(cli("image", "list", "--library", library).out().startsWith("web-v2:"));
        assertEquals(0, cli("image", "delete", "web-v2", "--library", library).exit());
        assertTrue(cli("image", "list", "--library", library).out().startsWith("no images in "));
        Run missing = cli("image", "info", "nothing-here", "--library", library);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no image file nothing-here and no image of that name"), missing.err());
    }
}
