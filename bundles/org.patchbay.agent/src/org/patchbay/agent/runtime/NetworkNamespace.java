package org.patchbay.agent.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A network namespace held open by file descriptor, which a thread can step into for one action.
 * Linux namespaces belong to threads: a socket made while the calling thread is inside a node's
 * namespace lives there for good, and {@code /proc/thread-self/net} shows that namespace. Every
 * {@link #call} steps back into the runtime's own namespace before it returns, so no thread is
 * left anywhere else. Needs CAP_SYS_ADMIN (the lab runs as root).
 */
public final class NetworkNamespace implements AutoCloseable {

    private static final int CLONE_NEWNET = 0x40000000;
    private static final int O_RDONLY_CLOEXEC = 0x80000;
    private static final int MS_NOSUID = 2, MS_NODEV = 4, MS_NOEXEC = 8, MS_RDONLY = 1;
    private static final int MNT_DETACH = 2;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle OPEN = function("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CLOSE = function("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle SETNS = function("setns", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle MOUNT = function("mount", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private static final MethodHandle UMOUNT2 = function("umount2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));

    private final Path path;
    private final int fd;
    private final int home;
    private final String id;

    private NetworkNamespace(Path path, int fd, int home, String id) {
        this.path = path;
        this.fd = fd;
        this.home = home;
        this.id = id;
    }

    /** Opens {@code path} (such as {@code /run/netns/NAME}); the runtime's own namespace is where every call returns to. */
    public static NetworkNamespace open(Path path) throws IOException {
        int fd = openFile(path);
        int home;
        try {
            home = openFile(Path.of("/proc/self/ns/net"));
        } catch (IOException e) {
            closeFile(fd);
            throw e;
        }
        String id;
        try {
            id = "net:[" + Files.getAttribute(path, "unix:ino") + "]";
        } catch (IOException | UnsupportedOperationException e) {
            closeFile(fd);
            closeFile(home);
            throw new IOException("cannot read the namespace " + path + ": " + e.getMessage(), e);
        }
        return new NetworkNamespace(path, fd, home, id);
    }

    /** As /proc names it in {@code /proc/PID/ns/net} ("net:[4026532…]"): how the node's processes are told from others. */
    public String id() {
        return id;
    }

    public Path path() {
        return path;
    }

    /** Runs {@code action} on the calling thread inside this namespace, and steps back out whatever it did. */
    public <T> T call(Callable<T> action) throws IOException {
        enter(fd, path);
        try {
            return action.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            try {
                enter(home, Path.of("/proc/self/ns/net"));
            } catch (IOException e) {
                // a thread left in a node's namespace would make the next node's sockets there: the runtime cannot go on
                throw new IllegalStateException("cannot step back out of " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Mounts a sysfs of this namespace at {@code target} (an empty folder): sysfs shows the network
     * devices of the namespace its mounter is in, so the node's {@code class/net} is there. Call in a
     * mount namespace of the runtime's own, so the host never holds it.
     */
    public void mountSysfs(Path target) throws IOException {
        call(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(CALL_STATE);
                int rc = (int) MOUNT.invokeExact(state, arena.allocateFrom("sysfs"), arena.allocateFrom(target.toString()), arena.allocateFrom("sysfs"),
                        (long) (MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC), MemorySegment.NULL);
                check(rc, state, "mount sysfs of " + path + " on " + target);
            } catch (Throwable t) {
                throw asIo(t);
            }
            return null;
        });
    }

    public static void unmount(Path target) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int rc = (int) UMOUNT2.invokeExact(state, arena.allocateFrom(target.toString()), MNT_DETACH);
            check(rc, state, "unmount " + target);
        } catch (Throwable t) {
            throw asIo(t);
        }
    }

    @Override
    public void close() {
        closeFile(fd);
        closeFile(home);
    }

    private static void enter(int fd, Path what) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int rc = (int) SETNS.invokeExact(state, fd, CLONE_NEWNET);
            check(rc, state, "enter the network namespace " + what);
        } catch (Throwable t) {
            throw asIo(t);
        }
    }

    private static int openFile(Path path) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path.toString()), O_RDONLY_CLOEXEC);
            check(fd, state, "open " + path);
            return fd;
        } catch (Throwable t) {
            throw asIo(t);
        }
    }

    private static void closeFile(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int rc = (int) CLOSE.invokeExact(state, fd);
            assert rc == 0 || rc == -1;
        } catch (Throwable t) {
            // closing a descriptor we opened cannot fail in a way worth more than this
        }
    }

    private static void check(int rc, MemorySegment state, String what) throws IOException {
        if (rc < 0) {
            int errno = (int) ERRNO.get(state, 0L);
            throw new IOException("cannot " + what + ": " + describe(errno));
        }
    }

    private static String describe(int errno) {
        return switch (errno) {
            case 1 -> "not permitted (EPERM: run as root)";
            case 2 -> "no such file (ENOENT: is the namespace gone?)";
            case 9 -> "bad descriptor (EBADF)";
            case 13 -> "permission denied (EACCES)";
            case 16 -> "busy (EBUSY)";
            case 22 -> "invalid (EINVAL)";
            default -> "errno " + errno;
        };
    }

    private static IOException asIo(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t.getMessage(), t);
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name)), descriptor,
                Linker.Option.captureCallState("errno"));
    }
}
