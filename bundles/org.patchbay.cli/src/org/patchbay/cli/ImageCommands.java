package org.patchbay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImageLibrary;
import org.patchbay.core.imaging.ImagingSession;
import org.patchbay.core.imaging.PbImageTool;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patchbay-cli image ...}: the console's image library without the console. */
@Command(name = "image", description = "Disk images: capture a disk, add, list, describe, verify, rename and delete images of the library.",
        subcommands = {ImageCommands.Capture.class, ImageCommands.Add.class, ImageCommands.ListImages.class, ImageCommands.Info.class,
                ImageCommands.Verify.class, ImageCommands.Rename.class, ImageCommands.Delete.class})
final class ImageCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an image command: capture, add, list, info, verify, rename or delete");
    }

    /** --library, shared by every image command. */
    static final class Library {
        @Option(names = "--library", paramLabel = "DIR", description = "the image library (default: the console's, ~/.local/state/patchbay/images)")
        Path folder;

        ImageLibrary open() throws IOException {
            return new ImageLibrary(folder != null ? folder : ImagingSession.defaultLibraryFolder(), tool());
        }

        static PbImageTool tool() throws IOException {
            String helpers = System.getProperty("patchbay.native.helpers");
            Path program = helpers == null ? Path.of("pb-image") : Path.of(helpers, "pb-image");
            if (!Files.isExecutable(program)) {
                throw new IOException("pb-image is not at " + program + "; build it with make -C native-helpers");
            }
            return new PbImageTool(program);
        }

        /** An image of the library by name, else an image file by path. */
        Path resolve(String nameOrFile) throws IOException {
            if (Files.isRegularFile(Path.of(nameOrFile))) {
                return Path.of(nameOrFile);
            }
            ImageLibrary library = open();
            return library.find(nameOrFile).map(DiskImageFile::file)
                    .orElseThrow(() -> new IOException("no image file " + nameOrFile + " and no image of that name in " + library.folder()));
        }
    }

    /** What every image command has: the library option and its own command line (for printing). */
    abstract static class ImageCommand implements Callable<Integer> {
        @CommandLine.Mixin
        Library library;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    static void describe(PrintWriter out, DiskImageFile image) {
        out.printf("%s: %s%d MB of a %d MB disk in a %d MB image; %s; sha256 %s; %s%s%n", image.name(), image.os().isEmpty() ? "" : image.os() + ", ",
                image.storedBytes() >> 20, image.diskBytes() >> 20, image.fileBytes() >> 20, image.layout().strip(), image.sha256(), image.created(),
                image.sourceNode().isEmpty() ? "" : ", from " + image.sourceNode());
    }

    /** Progress as a percentage on stderr, at most every 5 %. */
    static PbImageTool.Progress progress(PrintWriter err, String what) {
        return new PbImageTool.Progress() {
            long shown = -5;

            @Override
            public void at(long done, long total) {
                long percent = total <= 0 ? 100 : 100 * done / total;
                if (percent >= shown + 5) {
                    shown = percent;
                    err.println(what + ": " + percent + " %");
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    @Command(name = "capture", description = "Captures a disk (a block device or disk file, not in use) into the library: only partition tables, "
            + "allocated ext2/3/4 blocks and other partitions whole, compressed in checksummed chunks.")
    static final class Capture extends ImageCommand {
        @Parameters(index = "0", paramLabel = "DISK")
        Path disk;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Option(names = "--os", description = "what the image runs, for people (e.g. \"Debian 12\")", defaultValue = "")
        String os;
        @Option(names = "--node", description = "the node the disk comes from", defaultValue = "")
        String node;
        @Override
        public Integer call() throws IOException, InterruptedException {
            DiskImageFile image = library.open().capture(name, disk, os, node, progress(err(), "capture " + name));
            describe(out(), image);
            return 0;
        }
    }

    @Command(name = "add", description = "Adds an image file (checked chunk by chunk first) to the library.")
    static final class Add extends ImageCommand {
        @Parameters(index = "0", paramLabel = "FILE.pbi")
        Path file;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Option(names = "--os", defaultValue = "")
        String os;
        @Override
        public Integer call() throws IOException, InterruptedException {
            describe(out(), library.open().add(name, file, os, "", null));
            return 0;
        }
    }

    @Command(name = "list", description = "Lists the library's images.")
    static final class ListImages extends ImageCommand {
        @Override
        public Integer call() throws IOException {
            ImageLibrary opened = library.open();
            List<DiskImageFile> images = opened.list();
            if (images.isEmpty()) {
                out().println("no images in " + opened.folder());
            }
            images.forEach(i -> describe(out(), i));
            return 0;
        }
    }

    @Command(name = "info", description = "Describes an image (by library name or file): disk size, bytes stored, chunks, partition table and file systems.")
    static final class Info extends ImageCommand {
        @Parameters(index = "0", paramLabel = "NAME|FILE")
        String image;
        @Override
        public Integer call() throws IOException, InterruptedException {
            PbImageTool.Info info = Library.tool().info(library.resolve(image));
            out().printf("%s: disk %d bytes, %d bytes stored in %d chunks, image %d bytes%nlayout: %s%n", image, info.diskBytes(),
                    info.storedBytes(), info.chunks(), info.fileBytes(), info.layout());
            return 0;
        }
    }

    @Command(name = "verify", description = "Checks every chunk of an image (checksum, decompression, ranges within the disk).")
    static final class Verify extends ImageCommand {
        @Parameters(index = "0", paramLabel = "NAME|FILE")
        String image;
        @Override
        public Integer call() throws IOException, InterruptedException {
            Library.tool().verify(library.resolve(image), null);
            out().println(image + ": every chunk intact");
            return 0;
        }
    }

    @Command(name = "rename", description = "Renames an image of the library.")
    static final class Rename extends ImageCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String from;
        @Parameters(index = "1", paramLabel = "NEW-NAME")
        String to;
        @Override
        public Integer call() throws IOException {
            describe(out(), library.open().rename(from, to, name -> false));
            return 0;
        }
    }

    @Command(name = "delete", description = "Deletes an image of the library.")
    static final class Delete extends ImageCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Override
        public Integer call() throws IOException {
            library.open().delete(name, n -> false);
            out().println("deleted " + name);
            return 0;
        }
    }
}
