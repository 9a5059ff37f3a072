package org.patchbay.core.imaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.core.session.Testbed.TestbedException;

/**
 * Reimaging machines that boot from the network (real nodes, VMs): the boot server hands each node its
 * script, the image server is pb-image serve on the boot network, and the server's own reports
 * ({@code progress ADDRESS ...}, {@code finished ADDRESS ...}) tell which node got how far; a node that
 * finished is switched back to its disk before its imaging environment reboots it (it waits for that).
 */
public final class NetworkImaging implements ImagingTestbed, AutoCloseable {

    private final BootServer boot;
    private final List<String> prefix;
    private final Path pbImage;
    private final String group;
    private final BootServer.Mode diskMode;
    private final Map<String, Listener> listening = new ConcurrentHashMap<>();

    private NetworkImaging(BootServer boot, List<String> prefix, Path pbImage, String group, BootServer.Mode diskMode) {
        this.boot = boot;
        this.prefix = prefix;
        this.pbImage = pbImage;
        this.group = group;
        this.diskMode = diskMode;
    }

    /**
     * Starts the boot server for {@code nodes} (each booting {@code diskMode} until reimaged) with the
     * imaging environment from {@code environment} (vmlinuz, initrd.img); {@code prefix} runs dnsmasq and
     * the image server where the boot network is (e.g. {@code ip netns exec NS}); {@code group} is the
     * multicast group and port images are served on.
     */
    public static NetworkImaging start(List<String> prefix, BootServer.Settings settings, List<BootServer.Entry> nodes, Path environment, Path pbImage,
            String group, BootServer.Mode diskMode) throws IOException {
        Path imaging = Files.createDirectories(settings.folder().resolve("tftp/imaging"));
        for (String file : List.of("vmlinuz", "initrd.img")) {
            if (!Files.isReadable(environment.resolve(file))) {
                throw new IOException("No imaging environment in " + environment + " (" + file + " is missing); build it with "
                        + "native-helpers/images/imaging-environment " + environment);
            }
            Files.copy(environment.resolve(file), imaging.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        List<BootServer.Entry> atDisk = nodes.stream().map(e -> new BootServer.Entry(e.node(), e.mac(), e.address(), diskMode, e.arguments())).toList();
        return new NetworkImaging(BootServer.start(prefix, settings, atDisk), prefix, pbImage, group, diskMode);
    }

    @Override
    public ImageServer serve(Path image, int rateMbps) throws TestbedException {
        try {
            return ImageServerProcess.start(prefix, pbImage, image, group, boot.settings().serverAddress(), rateMbps,
                    boot.settings().folder().resolve("image-server.log"), this::report);
        } catch (IOException e) {
            throw new TestbedException(e.getMessage(), e);
        }
    }

    /** One report of the image server, by address: progress to the node's listener; finished switches the node to its disk, then says so. */
    private void report(String line) {
        String[] words = line.split(" ");
        if (words.length < 4) {
            return;
        }
        Optional<BootServer.Entry> node = boot.entries().values().stream().filter(e -> e.address().equals(words[1])).findFirst();
        Listener listener = node.map(e -> listening.get(e.node())).orElse(null);
        if (listener == null) {
            return;
        }
        String name = node.get().node();
        try {
            if (words[0].equals("progress")) {
                listener.progress(name, Long.parseLong(words[2]), Long.parseLong(words[3]));
            } else if (words[0].equals("finished")) {
                bootFromDisk(name);
                listening.remove(name);
                listener.ended(name, true, "image written in " + words[3] + " s");
            }
        } catch (NumberFormatException e) {
            // not a report of this protocol
        }
    }

    @Override
    public void bootIntoImaging(String node, ImageServer server, Listener listener) throws TestbedException {
        BootServer.Entry entry = boot.entries().get(node);
        if (entry == null) {
            throw new TestbedException(node + " is not on the boot server (it needs the MAC and address of its boot interface)", null);
        }
        try {
            listening.put(node, listener);
            boot.set(new BootServer.Entry(node, entry.mac(), entry.address(), BootServer.Mode.IMAGING, "pb.group=" + group));
        } catch (IOException e) {
            listening.remove(node);
            throw new TestbedException("Cannot set " + node + " to boot into imaging: " + e.getMessage(), e);
        }
    }

    @Override
    public void bootFromDisk(String node) {
        BootServer.Entry entry = boot.entries().get(node);
        if (entry != null) {
            try {
                boot.set(new BootServer.Entry(node, entry.mac(), entry.address(), diskMode, ""));
            } catch (IOException e) {
                // the script stays as it was: the node images again at its next boot, which is safe
            }
        }
    }

    @Override
    public OptionalLong diskBytes(String node) {
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong spaceForDisks() {
        return OptionalLong.empty();
    }

    @Override
    public String diskLocation() {
        return "the nodes' own disks";
    }

    @Override
    public void close() {
        boot.close();
    }
}
