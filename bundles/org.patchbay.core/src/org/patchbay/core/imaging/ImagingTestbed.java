package org.patchbay.core.imaging;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.patchbay.core.session.Testbed.TestbedException;

/**
 * What a testbed offers for reimaging: an image server on its imaging network, and per node a disk and
 * a boot mode. The console powers a node off and on; what the node boots into is set here: the imaging
 * environment (which receives the served image by multicast, writes it to the node's disk and reboots
 * the node from it) or its disk.
 */
public interface ImagingTestbed {

    /** Hears a node's imaging environment, on the testbed's threads. */
    interface Listener {
        /** {@code chunks} of {@code total} written and checked. */
        void progress(String node, long chunks, long total);

        /** The imaging environment ended: {@code written} true when the whole image is on the disk and the node now boots from it. */
        void ended(String node, boolean written, String message);
    }

    /** A running image server; closing it stops it. */
    interface ImageServer extends AutoCloseable {
        /** Where receivers find it, for people: group and port. */
        String describe();

        @Override
        void close();
    }

    /** Starts serving {@code image} to the testbed's nodes at no more than {@code rateMbps}. */
    ImageServer serve(Path image, int rateMbps) throws TestbedException;

    /** The next time {@code node} powers on it boots into the imaging environment and receives from {@code server}. */
    void bootIntoImaging(String node, ImageServer server, Listener listener) throws TestbedException;

    /** Boots the node from its disk from now on (what it does after imaging, and the way to abandon one). */
    void bootFromDisk(String node);

    /** The size of the node's disk, when the testbed knows it. */
    OptionalLong diskBytes(String node);

    /** Space left where the testbed keeps node disks, when they are on this machine; empty for real nodes. */
    OptionalLong spaceForDisks();

    /** Where that space is, for messages. */
    String diskLocation();

    /**
     * Whether the node has booted since it was last powered on, when the testbed sees that itself (a
     * virtual machine's serial console); empty when only the node's agent can tell.
     */
    default java.util.Optional<Boolean> booted(String node) {
        return java.util.Optional.empty();
    }

    /** The node's disk as a file this machine can read while the node is off (lab disks), for capturing an image of it. */
    default java.util.Optional<Path> readableDisk(String node) {
        return java.util.Optional.empty();
    }

    /**
     * Makes {@link #readableDisk} hold what the node's root shows, while the node is off: a node whose
     * root is layered over a disk it shares with others gets a disk of its own with its changes.
     */
    default void ownDisk(String node) throws TestbedException {
    }
}
