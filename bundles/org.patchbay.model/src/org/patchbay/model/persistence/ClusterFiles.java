package org.patchbay.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.patchbay.model.Cluster;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Testbed;

/**
 * Reads and writes {@code .cluster} files. Writes are atomic: the new content goes to a temporary
 * file in the same directory, is fsynced, renamed over the old file, and the directory is fsynced,
 * so a crash or kill at any point leaves either the old file or the new one, never a torn mix.
 */
public final class ClusterFiles {

    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".pb-saving";

    private ClusterFiles() {
    }

    /** A resource set that knows Patchbay's package and file format and nothing global. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        configure(resources);
        return resources;
    }

    /** Teaches an existing resource set (e.g. an editing domain's) to read and write clusters. */
    public static void configure(ResourceSet resources) {
        resources.getPackageRegistry().put(PatchbayPackage.eNS_URI, PatchbayPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(ClusterResourceFactory.FILE_EXTENSION, new ClusterResourceFactory());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(ClusterResourceFactory.TESTBED_FILE_EXTENSION, new ClusterResourceFactory());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new ClusterResourceFactory());
    }

    /** The largest file opened unless the user raises the limit: a 5 000-node topology is about 6 MB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    public static Cluster load(Path file) throws ClusterFileException {
        return load(newResourceSet(), file, DEFAULT_MAX_BYTES);
    }

    public static Cluster load(Path file, long maxBytes) throws ClusterFileException {
        return load(newResourceSet(), file, maxBytes);
    }

    public static Cluster load(ResourceSet resources, Path file) throws ClusterFileException {
        return load(resources, file, DEFAULT_MAX_BYTES);
    }

    /**
     * Loads a cluster into {@code resources}. On any problem nothing stays behind in the resource
     * set, and the exception says what is wrong with which file.
     */
    public static Cluster load(ResourceSet resources, Path file, long maxBytes) throws ClusterFileException {
        return loadRoot(resources, file, maxBytes, Cluster.class, TOPOLOGY);
    }

    /** Loads a testbed inventory ({@code .testbed}) the way {@link #load(Path)} loads a topology. */
    public static Testbed loadTestbed(Path file) throws ClusterFileException {
        return loadRoot(newResourceSet(), file, DEFAULT_MAX_BYTES, Testbed.class, INVENTORY);
    }

    /** What a file of one kind is called in messages, and how the user makes or opens a right one. */
    private record FileKind(String name, String extension, String howToStart) {
    }

    private static final FileKind TOPOLOGY = new FileKind("topology", "cluster", "use File > New to start a topology");
    private static final FileKind INVENTORY = new FileKind("testbed inventory", "testbed",
            "write one (docs/mapping.md) or import one with patchbay-cli inventory import");

    private static <T extends EObject> T loadRoot(ResourceSet resources, Path file, long maxBytes, Class<T> rootType, FileKind kind)
            throws ClusterFileException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new ClusterFileException("Cannot open " + absolute + ": no such file. Check the path, or " + kind.howToStart() + ".");
        }
        long size;
        try {
            size = Files.size(absolute);
        } catch (IOException e) {
            throw new ClusterFileException("Cannot open " + absolute + ": " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new ClusterFileException("Cannot open " + absolute + ": it is " + (size >> 20) + " MB, more than the " + (maxBytes >> 20)
                    + " MB Patchbay opens (a 5 000-node topology is about 6 MB). If it really is a " + kind.name()
                    + ", raise the limit: product/patchbay --max-file-size " + Math.max(1, (size >> 20) + 1) + " (MB).");
        }
        Resource resource = resources.createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            resources.getResources().remove(resource);
            throw new ClusterFileException("Cannot open " + absolute + ": it is not a readable Patchbay " + kind.name() + " ("
                    + rootCause(e) + "). The file may be damaged or of another kind; open a ." + kind.extension() + " file saved by Patchbay.", e);
        }
        if (resource.getContents().size() != 1 || !rootType.isInstance(resource.getContents().get(0))) {
            String found = resource.getContents().isEmpty() ? "nothing" : resource.getContents().get(0).eClass().getName();
            resources.getResources().remove(resource);
            throw new ClusterFileException("Cannot open " + absolute + ": expected one Patchbay " + rootType.getSimpleName() + " but found "
                    + found + ". Open a ." + kind.extension() + " file saved by Patchbay.");
        }
        if (!resource.getErrors().isEmpty()) {
            String first = resource.getErrors().get(0).getMessage();
            resources.getResources().remove(resource);
            throw new ClusterFileException("Cannot open " + absolute + ": " + first
                    + ". The file is damaged; restore it from a backup or version control.");
        }
        Map<EObject, ?> dangling = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        if (!dangling.isEmpty()) {
            EObject proxy = dangling.keySet().iterator().next();
            resources.getResources().remove(resource);
            throw new ClusterFileException("Cannot open " + absolute + ": it refers to " + EcoreUtil.getURI(proxy)
                    + ", which does not exist. The file is damaged; restore it from a backup or version control.");
        }
        return rootType.cast(resource.getContents().get(0));
    }

    /**
     * Saves the resource holding {@code cluster} to {@code file} atomically and makes that file the
     * resource's location. If anything fails, the previous file is untouched.
     */
    public static void save(Cluster cluster, Path file) throws ClusterFileException {
        saveRoot(cluster, file, "topology");
    }

    /** Saves a testbed inventory as {@link #save(Cluster, Path)} saves a topology. */
    public static void saveTestbed(Testbed testbed, Path file) throws ClusterFileException {
        saveRoot(testbed, file, "inventory");
    }

    private static void saveRoot(EObject root, Path file, String what) throws ClusterFileException {
        Resource resource = root.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(root);
        }
        Path target = file.toAbsolutePath();
        ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(content, Map.of());
        } catch (IOException e) {
            throw new ClusterFileException("Cannot save " + target + ": the " + what + " could not be serialised (" + rootCause(e) + ").", e);
        }
        writeAtomically(target, content.toByteArray());
        resource.setURI(URI.createFileURI(target.toString()));
        resource.setModified(false);
    }

    /** Writes bytes to {@code target} with temp file, fsync, rename, fsync of the directory. */
    public static void writeAtomically(Path target, byte[] bytes) throws ClusterFileException {
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new ClusterFileException("Cannot save " + target + ": the folder " + directory + " does not exist. Choose an existing folder.");
        }
        removeStaleTemporaries(directory, target.getFileName().toString());
        Path temporary = directory.resolve(TEMP_PREFIX + target.getFileName() + "." + ProcessHandle.current().pid() + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new ClusterFileException("Cannot save " + target + " safely: its file system cannot replace files atomically. Save to a local disk.", e);
            }
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (ClusterFileException e) {
            deleteQuietly(temporary);
            throw e;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ClusterFileException("Cannot save " + target + ": " + rootCause(e)
                    + ". The previous version of the file is unchanged; check free space and permissions.", e);
        }
    }

    /** A save killed half-way leaves its temporary file; the next save of the same file clears it. */
    private static void removeStaleTemporaries(Path directory, String fileName) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, TEMP_PREFIX + glob(fileName) + ".*" + TEMP_SUFFIX)) {
            for (Path leftover : leftovers) {
                deleteQuietly(leftover);
            }
        } catch (IOException e) {
            // Leftovers are harmless; the save itself decides success.
        }
    }

    private static String glob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more can be done; the file is a temporary one.
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file " + cause.getMessage();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
