package org.patchbay.core.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The console's image library: a folder holding {@code NAME.pbi} images, each with {@code NAME.properties}
 * saying what it is (OS, source node, sizes, layout, SHA-256, date). Writes are atomic; an image a node
 * uses cannot be deleted.
 */
public final class ImageLibrary {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String IMAGE = ".pbi";
    private static final String ABOUT = ".properties";

    private final Path folder;
    private final PbImageTool tool;

    public ImageLibrary(Path folder, PbImageTool tool) {
        this.folder = folder;
        this.tool = tool;
    }

    public Path folder() {
        return folder;
    }

    public PbImageTool tool() {
        return tool;
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An image name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; got '" + name + "'");
        }
    }

    public List<DiskImageFile> list() throws IOException {
        List<DiskImageFile> images = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return images;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + ABOUT)) {
            for (Path about : files) {
                String name = about.getFileName().toString();
                name = name.substring(0, name.length() - ABOUT.length());
                if (Files.isRegularFile(folder.resolve(name + IMAGE))) {
                    images.add(read(name));
                }
            }
        }
        images.sort(Comparator.comparing(DiskImageFile::name));
        return images;
    }

    public Optional<DiskImageFile> find(String name) throws IOException {
        checkName(name);
        return Files.isRegularFile(folder.resolve(name + ABOUT)) && Files.isRegularFile(folder.resolve(name + IMAGE)) ? Optional.of(read(name))
                : Optional.empty();
    }

    /** Captures {@code disk} (a node's disk, read while the node is off) as image {@code name}. */
    public DiskImageFile capture(String name, Path disk, String os, String sourceNode, PbImageTool.Progress progress) throws IOException, InterruptedException {
        checkName(name);
        refuseExisting(name);
        Files.createDirectories(folder);
        Path image = folder.resolve(name + IMAGE);
        tool.capture(disk, image, progress);
        try {
            return describe(name, image, os, sourceNode);
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(image);
            throw e;
        }
    }

    /** Adds an image file made elsewhere (checked with pb-image verify first), copied into the library. */
    public DiskImageFile add(String name, Path file, String os, String sourceNode, PbImageTool.Progress progress) throws IOException, InterruptedException {
        checkName(name);
        refuseExisting(name);
        tool.verify(file, progress);
        Files.createDirectories(folder);
        Path image = folder.resolve(name + IMAGE);
        Path partial = folder.resolve(name + IMAGE + ".partial");
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
        move(partial, image);
        return describe(name, image, os, sourceNode);
    }

    public DiskImageFile rename(String from, String to, Predicate<String> inUse) throws IOException {
        checkName(to);
        DiskImageFile image = find(from).orElseThrow(() -> new IOException("There is no image " + from + " in " + folder));
        if (inUse.test(from)) {
            throw new IOException("Image " + from + " is in use by a node of the topology; reimage those nodes or clear their image first, then rename it");
        }
        refuseExisting(to);
        move(folder.resolve(from + IMAGE), folder.resolve(to + IMAGE));
        Files.delete(folder.resolve(from + ABOUT));
        DiskImageFile renamed = new DiskImageFile(to, folder.resolve(to + IMAGE), image.os(), image.sourceNode(), image.diskBytes(), image.storedBytes(),
                image.fileBytes(), image.layout(), image.sha256(), image.created());
        write(renamed);
        return renamed;
    }

    public void delete(String name, Predicate<String> inUse) throws IOException {
        find(name).orElseThrow(() -> new IOException("There is no image " + name + " in " + folder));
        if (inUse.test(name)) {
            throw new IOException("Image " + name + " is in use by a node of the topology and cannot be deleted; reimage those nodes with another image first");
        }
        Files.delete(folder.resolve(name + ABOUT));
        Files.delete(folder.resolve(name + IMAGE));
    }

    private void refuseExisting(String name) throws IOException {
        if (Files.exists(folder.resolve(name + IMAGE)) || Files.exists(folder.resolve(name + ABOUT))) {
            throw new IOException("There is already an image " + name + " in " + folder + "; choose another name or delete that one first");
        }
    }

    private DiskImageFile describe(String name, Path image, String os, String sourceNode) throws IOException, InterruptedException {
        PbImageTool.Info info = tool.info(image);
        DiskImageFile described = new DiskImageFile(name, image, os == null ? "" : os, sourceNode == null ? "" : sourceNode, info.diskBytes(),
                info.storedBytes(), info.fileBytes(), info.layout(), sha256(image), Instant.now());
        write(described);
        return described;
    }

    private void write(DiskImageFile image) throws IOException {
        Properties p = new Properties();
        p.setProperty("os", image.os());
        p.setProperty("sourceNode", image.sourceNode());
        p.setProperty("diskBytes", Long.toString(image.diskBytes()));
        p.setProperty("storedBytes", Long.toString(image.storedBytes()));
        p.setProperty("fileBytes", Long.toString(image.fileBytes()));
        p.setProperty("layout", image.layout());
        p.setProperty("sha256", image.sha256());
        p.setProperty("created", image.created().toString());
        Path partial = folder.resolve(image.name() + ABOUT + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            p.store(out, "Patchbay disk image " + image.name());
        }
        move(partial, folder.resolve(image.name() + ABOUT));
    }

    private DiskImageFile read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(name + ABOUT))) {
            p.load(in);
        }
        try {
            return new DiskImageFile(name, folder.resolve(name + IMAGE), p.getProperty("os", ""), p.getProperty("sourceNode", ""),
                    Long.parseLong(p.getProperty("diskBytes")), Long.parseLong(p.getProperty("storedBytes")), Long.parseLong(p.getProperty("fileBytes")),
                    p.getProperty("layout", ""), p.getProperty("sha256", ""), Instant.parse(p.getProperty("created")));
        } catch (RuntimeException e) {
            throw new IOException("The description of image " + name + " (" + folder.resolve(name + ABOUT) + ") is damaged: " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
