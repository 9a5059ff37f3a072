package org.patchbay.core.session;

import java.util.List;

/**
 * Starts programs on a testbed's nodes with their output readable, as a sweep or a link test needs
 * (the schedule's one-line outcomes are not enough): inside the node, as the node sees the network.
 */
public interface NodeShell {

    /** Starts {@code command} on {@code node}; output and errors on one stream. */
    Process start(String node, List<String> command) throws Testbed.TestbedException;
}
