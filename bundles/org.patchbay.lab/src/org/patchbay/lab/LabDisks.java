package org.patchbay.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchbay.core.imaging.ImagingTestbed;

/**
 * Lab nodes' disks and what each boots. A node boots the host's root (no disk, as labs always did),
 * its disk, or the imaging environment. Booted from its disk, a node's processes see the disk's file
 * system as their root: an init process mounts it (loop device) in a mount namespace of its own, so
 * the host never holds the mount, and the node's commands enter that namespace and chroot into it.
 * Powered off (every process of the node killed), the mount namespace goes and the loop device with
 * it. In the imaging environment, {@code pb-image receive} runs in the node's network namespace on its
 * management address and writes its disk; when the image is written the node boots from its disk.
 * Disks are sparse files of a fixed size in a folder of the lab's own.
 * <p>
 * Nodes that start on the same OS image share it: the image is written once onto a base disk, and
 * each node's root is an overlay of that base (read-only) and a folder of the node's own that holds
 * only what the node changed, so a hundred nodes of one image take the image's space once. A node
 * that is reimaged gets a disk of its own again (the multicast writes it); one that is captured
 * first gets its own disk made from the base with its changes applied.
 */
final class LabDisks {

    enum Boot {
        HOST, DISK, IMAGING
    }

    /** Bytes of every lab node's disk: sparse, so only what images write takes space. */
    static final long DISK_BYTES = 4L << 30;
    private static final long INIT_READY_LIMIT_MILLIS = 60_000;
    private static final long DISK_RELEASE_LIMIT_MILLIS = 30_000;
    /** A minute for writing a disk, plus time by its size (see the callers). */
    private static final long DISK_WRITE_LIMIT_MILLIS = 60_000;
    /** Seconds the imaging environment waits for the image server before it gives up. */
    private static final int RECEIVE_TIMEOUT_SECONDS = 120;
    private static final Pattern PARTITION_START = Pattern.compile("\"start\"\\s*:\\s*(\\d+)");
    private static final Pattern SECTOR_SIZE = Pattern.compile("\"sectorsize\"\\s*:\\s*(\\d+)");

    /** Where a node receives its image from, and the image's chunk digests it checks what it hears against. */
    private record Imaging(String group, Path digests, ImagingTestbed.Listener listener) {
    }

    private record Init(Process process, Path root) {
    }

    private final Path folder;
    private final Path pbImage;
    private final Map<String, Boot> boots = new ConcurrentHashMap<>();
    private final Map<String, Imaging> imaging = new ConcurrentHashMap<>();
    private final Map<String, Init> inits = new ConcurrentHashMap<>();
    /** Nodes whose root is an overlay on a shared base disk: node -> that base. */
    private final Map<String, Path> sharedBases = new ConcurrentHashMap<>();
    /** Last init process per node: an overlay's folders are used again only once it has gone. */
    private final Map<String, Process> lastInits = new ConcurrentHashMap<>();
    private final Map<String, Object> baseLocks = new ConcurrentHashMap<>();

    LabDisks(Path folder, Path pbImage) {
        this.folder = folder;
        this.pbImage = pbImage;
    }

    /** Where a lab's disks live: on a real file system (not /run, which is memory), removed with the lab. */
    static Path folderFor(String labId) {
        return Path.of("/var/lib/patchbay/lab-disks", labId);
    }

    Path folder() {
        return folder;
    }

    Path disk(String node) {
        return folder.resolve(node + ".img");
    }

    Boot boot(String node) {
        return boots.getOrDefault(node, Boot.HOST);
    }

    void bootIntoImaging(String node, String group, Path digests, ImagingTestbed.Listener listener) {
        imaging.put(node, new Imaging(group, digests, listener));
        boots.put(node, Boot.IMAGING);
    }

    void bootFromDisk(String node) {
        imaging.remove(node);
        boots.put(node, Boot.DISK);
    }

    OptionalLong diskBytes(String node) {
        return OptionalLong.of(DISK_BYTES);
    }

    OptionalLong freeSpace() {
        try {
            Files.createDirectories(folder);
            return OptionalLong.of(Files.getFileStore(folder).getUsableSpace());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** While the node runs from its disk: the words that run a command inside its root. */
    Optional<List<String>> commandPrefix(String node) {
        Init init = inits.get(node);
        if (init == null || !init.process().isAlive()) {
            return Optional.empty();
        }
        return Optional.of(List.of("nsenter", "--target", Long.toString(init.process().pid()), "--mount", "--net", "--", "chroot", init.root().toString()));
    }

    /** Nodes running from their disks: node -> [init pid, root path], for the lab's state file. */
    Map<String, Object> roots() {
        Map<String, Object> roots = new java.util.LinkedHashMap<>();
        inits.forEach((node, init) -> {
            if (init.process().isAlive()) {
                roots.put(node, List.of(init.process().pid(), init.root().toString()));
            }
        });
        return roots;
    }

    /** While the node runs from its disk: its init's pid and the root its disk is mounted on in that init's mount namespace. */
    Optional<Map.Entry<Long, Path>> runningRoot(String node) {
        Init init = inits.get(node);
        return init != null && init.process().isAlive() ? Optional.of(Map.entry(init.process().pid(), init.root())) : Optional.empty();
    }

    Optional<Long> initPid(String node) {
        Init init = inits.get(node);
        return init != null && init.process().isAlive() ? Optional.of(init.process().pid()) : Optional.empty();
    }

    /**
     * Mounts the node's disk as its root in a mount namespace held by the node's init process and
     * personalises it: hostname, /etc/patchbay/node, the node's agent certificate and key from {@code tls}
     * (in /etc/patchbay/tls, a tmpfs, the key readable by root only), and ssh host keys of its own when the
     * image has /etc/ssh (made on the node's first boot and kept in {@code tls}/ssh, bound over the image's
     * files). Secrets are never written to the disk, so an image captured from a node carries none. Must
     * be called on the thread that starts the node's processes; {@code prefix} enters the node's network
     * namespace.
     */
    void startInit(String node, List<String> prefix, String managementAddress, Path tls) throws LabException {
        Path base = sharedBases.get(node);
        Path disk = base != null ? base : disk(node);
        if (!Files.isRegularFile(disk)) {
            throw new LabException(node + " boots from its disk but has none; reimage it first");
        }
        if (base != null) {
            awaitInitGone(node);
        } else {
            awaitDiskReleased(node);
        }
        // every node's disk is mounted at the same path, each in its own mount namespace (never on the host's): a job CRIU
        // moves is restored at the root path it had, which so is the target's disk
        Path root = folder.resolve("root");
        long offset = rootOffset(disk);
        Path layers = layers(node);
        // a shared base is mounted read-only under the node's own layer; a disk of the node's own is mounted as it is
        String mountRoot = base != null
                ? "mkdir -p \"$layers/lower\" && mount -o loop,ro,offset=\"$offset\" \"$disk\" \"$layers/lower\" && "
                        + "mount -t overlay overlay -o lowerdir=\"$layers/lower\",upperdir=\"$layers/upper\",workdir=\"$layers/work\" \"$root\""
                : "mount -o loop,offset=\"$offset\" \"$disk\" \"$root\"";
        String script = String.join("\n", "set -e", "disk=$1 root=$2 offset=$3 node=$4 address=$5 layers=$6 tls=$7",
                mountRoot,
                "mkdir -p \"$root/etc/patchbay\" \"$root/proc\" \"$root/sys\" \"$root/dev\"",
                "echo \"$node\" > \"$root/etc/hostname\"",
                "printf 'node=%s\\nmanagement_address=%s\\n' \"$node\" \"$address\" > \"$root/etc/patchbay/node\"",
                // the node's agent identity, for an image that runs the agent itself: on a tmpfs of the node's mount namespace,
                // so it is never on the disk and never in an image captured from it
                "if [ -f \"$tls/node.pem\" ]; then mkdir -p \"$root/etc/patchbay/tls\" && mount -t tmpfs -o mode=700,size=1m patchbay-tls \"$root/etc/patchbay/tls\"",
                "  install -m 644 \"$tls/node.pem\" \"$tls/ca.pem\" \"$root/etc/patchbay/tls/\" && install -m 600 \"$tls/node-key.pem\" \"$root/etc/patchbay/tls/\"; fi",
                // ssh host keys of this node, made on its first boot and kept beside its certificate, bound over the image's files
                // (an empty placeholder on the disk where the image has none): an image never carries a node's host keys
                "if [ -d \"$root/etc/ssh\" ] && command -v ssh-keygen >/dev/null; then keys=\"$tls/ssh\"",
                "  [ -f \"$keys/etc/ssh/ssh_host_ed25519_key\" ] || { mkdir -p \"$keys/etc/ssh\" && ssh-keygen -A -f \"$keys\" >/dev/null; }",
                "  for key in \"$keys\"/etc/ssh/ssh_host_*; do target=\"$root/etc/ssh/${key##*/}\"; [ -e \"$target\" ] || : > \"$target\"; mount --bind \"$key\" \"$target\"; done",
                "fi",
                "mount -t proc proc \"$root/proc\"", "mount --rbind /sys \"$root/sys\"", "mount --rbind /dev \"$root/dev\"",
                "echo ready", "exec -a \"[patchbay init $node]\" sleep infinity");
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("bash", "-c", script, "patchbay-init", disk.toString(), root.toString(), Long.toString(offset), node, managementAddress,
                layers.toString(), tls.toString()));
        try {
            Files.createDirectories(root);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = awaitLine(process, "ready", INIT_READY_LIMIT_MILLIS);
            if (output != null) {
                process.destroyForcibly();
                throw new LabException(node + " cannot boot from its disk: " + output.strip());
            }
            inits.put(node, new Init(process, root));
            lastInits.put(node, process);
        } catch (IOException e) {
            throw new LabException(node + " cannot boot from its disk: " + e.getMessage(), e);
        }
    }

    /** The node's own layer over a shared base: upper (what it changed) and work (overlayfs's), and where the base is mounted. */
    private Path layers(String node) {
        return folder.resolve("layers").resolve(node);
    }

    /** Whether the node's root is an overlay on a base disk it shares with other nodes. */
    boolean sharesBase(String node) {
        return sharedBases.containsKey(node);
    }

    /**
     * Gives a node that shares a base a disk of its own holding what its root shows: a copy of the
     * base with the node's changes (new and changed files, deletions) written onto it. The node must
     * be off. Mounts happen in a mount namespace of their own, so the host never holds them.
     */
    void ownDisk(String node) throws LabException {
        Path base = sharedBases.get(node);
        if (base == null) {
            return;
        }
        awaitInitGone(node);
        Path disk = disk(node);
        Path layers = layers(node);
        Path partial = folder.resolve(node + ".img.partial");
        long offset = rootOffset(base);
        String script = String.join("\n", "set -euo pipefail", "base=$1 disk=$2 offset=$3 layers=$4",
                "T=$layers/target M=$layers/merged U=$layers/upper", "mkdir -p \"$T\" \"$M\" \"$layers/lower\"",
                "mount -o loop,offset=\"$offset\" \"$disk\" \"$T\"", "mount -o loop,ro,offset=\"$offset\" \"$base\" \"$layers/lower\"",
                "mount -t overlay overlay -o lowerdir=\"$layers/lower\",upperdir=\"$U\",workdir=\"$layers/work\" \"$M\"",
                "cd \"$U\"",
                // deletions (whiteouts, opaque folders) show as entries the merged view no longer has, in folders the node changed
                "find . -type d -print0 | while IFS= read -r -d '' d; do",
                "  [ -d \"$T/$d\" ] && [ ! -L \"$T/$d\" ] || continue",
                "  find \"$T/$d\" -mindepth 1 -maxdepth 1 -printf '%f\\0' | while IFS= read -r -d '' e; do",
                "    [ -e \"$M/$d/$e\" ] || [ -L \"$M/$d/$e\" ] || rm -rf -- \"$T/$d/$e\"",
                "  done",
                "done",
                // what the node wrote, as its root shows it
                "find . -mindepth 1 -print0 | while IFS= read -r -d '' p; do",
                "  if [ -e \"$M/$p\" ] || [ -L \"$M/$p\" ]; then :; else continue; fi",
                "  if [ -d \"$M/$p\" ] && [ ! -L \"$M/$p\" ]; then",
                "    if [ ! -d \"$T/$p\" ] || [ -L \"$T/$p\" ]; then rm -rf -- \"$T/$p\"; mkdir -- \"$T/$p\"; fi",
                "  else",
                "    rm -rf -- \"$T/$p\"; cp -a --no-dereference -- \"$M/$p\" \"$T/$p\"",
                "  fi",
                "done",
                "find . -type d -print0 | while IFS= read -r -d '' d; do",
                "  if [ -d \"$M/$d\" ]; then chown --reference=\"$M/$d\" -- \"$T/$d\"; chmod --reference=\"$M/$d\" -- \"$T/$d\"; touch -r \"$M/$d\" -- \"$T/$d\"; fi",
                "done",
                "cd /", "umount \"$M\" \"$layers/lower\" \"$T\"", "echo done");
        try {
            Files.deleteIfExists(partial);
            HostCommands.run(List.of("cp", "--sparse=always", base.toString(), partial.toString()));
            Process process = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "bash", "-c", script, "patchbay-own-disk", base.toString(),
                    partial.toString(), Long.toString(offset), layers.toString()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = awaitLine(process, "done", DISK_WRITE_LIMIT_MILLIS + Files.size(base) / (10L << 10));
            if (output != null || !process.waitFor(DISK_RELEASE_LIMIT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new LabException("cannot write " + node + "'s changes onto a disk of its own: " + (output == null ? "" : output.strip()));
            }
            Files.move(partial, disk, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LabException("cannot write " + node + "'s changes onto a disk of its own: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while writing " + node + "'s disk", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the lab's folder goes with the lab
            }
        }
        sharedBases.remove(node);
        LabLeftovers.deleteTree(layers);
    }

    /**
     * Runs the imaging environment: receives the served image onto the node's disk. {@code written}
     * runs after the image is on the disk (the node then boots from it); the listener hears progress
     * and the end either way.
     */
    Process startImaging(String node, List<String> prefix, String managementAddress, Path log, Runnable written) throws LabException {
        Imaging wanted = imaging.get(node);
        if (wanted == null) {
            throw new LabException(node + " was set to boot into imaging without an image server");
        }
        if (sharedBases.remove(node) != null) {
            // the multicast writes a whole disk of the node's own; what the node changed on the shared base goes with the old image
            awaitInitGone(node);
            LabLeftovers.deleteTree(layers(node));
        }
        awaitDiskReleased(node);
        Path disk = ensureDisk(node);
        try {
            List<String> command = new ArrayList<>(prefix);
            // the digests come from the host's file system, not the network: a forged chunk on the management network is refused
            command.addAll(List.of(pbImage.toString(), "receive", disk.toString(), "--group", wanted.group(), "--interface", managementAddress, "--digests",
                    wanted.digests().toString(), "--progress", "--timeout", Integer.toString(RECEIVE_TIMEOUT_SECONDS)));
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            ImagingTestbed.Listener listener = wanted.listener();
            // a platform thread: it blocks on the process's output for minutes (see DelayNodeProcess)
            Thread.ofPlatform().daemon().stackSize(256 << 10).name("imaging-" + node).start(() -> follow(node, process, log, listener, written));
            return process;
        } catch (IOException e) {
            throw new LabException(node + "'s imaging environment did not start: " + e.getMessage(), e);
        }
    }

    private void follow(String node, Process process, Path log, ImagingTestbed.Listener listener, Runnable written) {
        long[] last = {0, 0};
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                String[] words = line.split(" ");
                if (words.length >= 3 && words[0].equals("progress")) {
                    last[0] = Long.parseLong(words[1]);
                    last[1] = Long.parseLong(words[2]);
                    listener.progress(node, last[0], last[1]);
                }
            }
            int exit = process.waitFor();
            if (exit == 0) {
                bootFromDisk(node);
                listener.ended(node, true, "image written");
                written.run();
                return;
            }
            String why = exit == 137 || exit == 143 || exit == -1
                    ? "powered off while receiving the image (" + last[0] + " of " + last[1] + " chunks written); its disk is incomplete"
                    : lastLine(log);
            listener.ended(node, false, why);
        } catch (IOException | RuntimeException e) {
            listener.ended(node, false, "the imaging environment failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.ended(node, false, "the lab stopped while " + node + " was receiving its image");
        }
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).replace("pb-image: ", "");
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "the imaging environment failed (see " + log + ")";
    }

    /**
     * Starts the node on {@code image}, as a swap-in loads each node's image: the image is written once
     * onto a base disk that every node of this lab loading it shares, and the node gets a fresh layer of
     * its own over it (what it changes stays its own).
     */
    void load(String node, Path image) throws LabException {
        if (!Files.isRegularFile(image)) {
            throw new LabException("no image file at " + image + "; add the image to the library again or clear the node's OS image");
        }
        Path base = base(image);
        awaitInitGone(node);
        Path layers = layers(node);
        try {
            LabLeftovers.deleteTree(layers);
            Files.createDirectories(layers.resolve("upper"));
            Files.createDirectories(layers.resolve("work"));
            Files.deleteIfExists(disk(node));
        } catch (IOException e) {
            throw new LabException("cannot make " + node + "'s layer in " + layers + ": " + e.getMessage(), e);
        }
        sharedBases.put(node, base);
        bootFromDisk(node);
    }

    /**
     * Writes {@code image} onto a disk of the node's own (a fresh sparse file): what a VM node starts on,
     * since its disk is a block device of its own, never an overlay.
     */
    void loadOwn(String node, Path image) throws LabException {
        if (!Files.isRegularFile(image)) {
            throw new LabException("no image file at " + image + "; add the image to the library again or clear the node's OS image");
        }
        try {
            Files.deleteIfExists(disk(node));
        } catch (IOException e) {
            throw new LabException("cannot replace " + node + "'s disk " + disk(node) + ": " + e.getMessage(), e);
        }
        deploy(image, ensureDisk(node));
        boots.put(node, Boot.DISK);
    }

    /** The base disk holding {@code image}, written the first time a node of this lab loads it. */
    private Path base(Path image) throws LabException {
        String key;
        try {
            key = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                    (image.toRealPath() + "\n" + Files.size(image) + "\n" + Files.getLastModifiedTime(image).toMillis()).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new LabException("cannot read the image " + image + ": " + e.getMessage(), e);
        }
        Path base = folder.resolve("bases").resolve(key + ".img");
        synchronized (baseLocks.computeIfAbsent(key, k -> new Object())) {
            if (Files.isRegularFile(base)) {
                return base;
            }
            Path partial = base.resolveSibling(key + ".img.partial");
            try {
                Files.createDirectories(base.getParent());
                Files.deleteIfExists(partial);
                try (RandomAccessFile file = new RandomAccessFile(partial.toFile(), "rw")) {
                    file.setLength(DISK_BYTES);
                }
                deploy(image, partial);
                Files.move(partial, base, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new LabException("cannot make the base disk " + base + ": " + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // the lab's folder goes with the lab
                }
            }
            return base;
        }
    }

    private void deploy(Path image, Path disk) throws LabException {
        try {
            // bounded by the image's size: a minute, plus a second for every 10 MB (a loaded machine writes far faster)
            long limitSeconds = DISK_WRITE_LIMIT_MILLIS / 1000 + Files.size(image) / (10L << 20);
            Process deploy = new ProcessBuilder(pbImage.toString(), "deploy", image.toString(), disk.toString()).redirectErrorStream(true).start();
            deploy.getOutputStream().close();
            byte[] output = deploy.getInputStream().readAllBytes();
            if (!deploy.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                deploy.destroyForcibly();
                throw new LabException("writing " + image.getFileName() + " took more than " + limitSeconds + " s");
            }
            if (deploy.exitValue() != 0) {
                throw new LabException(new String(output, StandardCharsets.UTF_8).strip().replace("pb-image: ", ""));
            }
        } catch (IOException e) {
            throw new LabException("cannot run pb-image: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while writing " + disk.getFileName(), e);
        }
    }

    /** Waits until the node's last init (and so its mounts) has gone. */
    private void awaitInitGone(String node) throws LabException {
        Process last = lastInits.get(node);
        if (last == null) {
            return;
        }
        try {
            if (!last.waitFor(DISK_RELEASE_LIMIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new LabException(node + "'s last boot (pid " + last.pid() + ") is still running " + DISK_RELEASE_LIMIT_MILLIS / 1000
                        + " s after the node stopped; power it off again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted waiting for " + node + "'s last boot to end", e);
        }
    }

    /** The node's disk, made (sparse, {@link #DISK_BYTES}) when it has none yet. */
    Path ensureDisk(String node) throws LabException {
        Path disk = disk(node);
        try {
            Files.createDirectories(folder);
            if (!Files.exists(disk)) {
                try (RandomAccessFile file = new RandomAccessFile(disk.toFile(), "rw")) {
                    file.setLength(DISK_BYTES);
                }
            }
            return disk;
        } catch (IOException e) {
            throw new LabException("cannot make the disk " + disk + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the node's init; its processes are killed with the node's others. */
    void nodeStopped(String node) {
        inits.remove(node);
    }

    /** A killed node's mount namespace goes when its last process has gone; its loop device then detaches. Waits for that. */
    private void awaitDiskReleased(String node) throws LabException {
        Path disk = disk(node);
        if (!Files.exists(disk)) {
            return;
        }
        long deadline = System.currentTimeMillis() + DISK_RELEASE_LIMIT_MILLIS;
        while (true) {
            String attached;
            try {
                attached = HostCommands.run(List.of("losetup", "--associated", disk.toString())).strip();
            } catch (LabException e) {
                attached = "";
            }
            if (attached.isEmpty()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new LabException(node + "'s disk is still attached (" + attached + ") " + DISK_RELEASE_LIMIT_MILLIS / 1000
                        + " s after the node stopped; a process outside the lab may hold it");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted waiting for " + node + "'s disk", e);
            }
        }
    }

    /** Byte offset of the root file system: the first partition's start, or 0 for a disk without a partition table. */
    private static long rootOffset(Path disk) {
        try {
            String json = HostCommands.run(List.of("sfdisk", "--json", disk.toString()));
            Matcher start = PARTITION_START.matcher(json);
            Matcher sector = SECTOR_SIZE.matcher(json);
            if (start.find()) {
                return Long.parseLong(start.group(1)) * (sector.find() ? Long.parseLong(sector.group(1)) : 512);
            }
        } catch (LabException e) {
            // no partition table: the file system starts at 0
        }
        return 0;
    }

    /** null once {@code wanted} was printed; else what the process printed before it exited or the time ran out. */
    private static String awaitLine(Process process, String wanted, long limitMillis) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + limitMillis;
        Thread reader = Thread.ofPlatform().daemon().stackSize(256 << 10).name("await-" + wanted).start(() -> {
            try {
                for (String line; (line = out.readLine()) != null;) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.equals(wanted)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        try {
            while (reader.isAlive() && System.currentTimeMillis() < deadline) {
                reader.join(100);
            }
            synchronized (seen) {
                if (seen.toString().lines().anyMatch(wanted::equals)) {
                    return null;
                }
                if (reader.isAlive()) {
                    return "nothing after " + limitMillis / 1000 + " s: " + seen;
                }
                process.waitFor(1, TimeUnit.SECONDS);
                return seen.toString();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
