package org.patchbay.core.session;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.shaping.ShapingTarget;
import org.patchbay.snmp.SnmpDevice;

/**
 * Something a topology runs on: the namespace lab on this machine ({@code LabTestbed}), real nodes
 * ({@link AgentTestbed}), (later) a VM lab. The
 * console's {@link TestbedSession} reaches every testbed the same way: the nodes' agent endpoints,
 * where links are shaped, which outlet powers each node, which switches to poll, how to run a command
 * on a node, and how to stop it.
 */
public interface Testbed {

    /** Where a start or stop has got, and whether the user cancelled it. */
    interface Progress {
        void step(String what, int done, int total);

        boolean cancelled();
    }

    /** A failed operation on a testbed, with what went wrong and the fix. */
    final class TestbedException extends Exception {
        private static final long serialVersionUID = 1L;

        public TestbedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    String id();

    /** One line for the status bar: what kind of testbed and how its links are made. */
    String description();

    /** Each node's agent, by node name. */
    Map<String, URI> endpoints();

    /** Nodes that could not be started, with why; the others run. */
    Map<String, String> failedNodes();

    /** Starts a node (its agent) again; true when it now runs. */
    boolean retry(String node) throws TestbedException;

    /** Where the testbed's links are shaped, if it shapes them. */
    Optional<ShapingTarget> shaping();

    /** The outlet that powers a node, if the testbed knows one. */
    Optional<PowerOutlet> outlet(String node);

    /** The testbed's own switches as SNMP devices, by switch name. */
    Map<String, SnmpDevice> switchDevices() throws IOException;

    /** For one switch: the model's port ifIndex -> the name its IF-MIB reports. */
    Map<Integer, String> switchPortNames(String switchName);

    /** Runs commands, programs and traffic on the testbed's nodes. */
    LiveEventActions.CommandRunner commands();

    /** Whether power operations should use the quick timings of a lab (nodes boot in seconds). */
    boolean bootsQuickly();

    /**
     * Brings the running testbed to {@code cluster} (a copy: nodes, links, LANs or addresses added,
     * removed or changed) with the fewest changes; returns what could not be applied, by element name.
     */
    default Map<String, String> update(org.patchbay.model.Cluster cluster) throws TestbedException {
        throw new TestbedException(description() + " cannot change while it runs; stop it and start it again", null);
    }

    /** Programs on the nodes with their output, when the testbed can start them (sweeps need it). */
    default Optional<NodeShell> shell() {
        return Optional.empty();
    }

    /** Disks, boot modes and an image server, when the testbed can reimage its nodes. */
    default Optional<org.patchbay.core.imaging.ImagingTestbed> imaging() {
        return Optional.empty();
    }

    void stop(Progress progress);
}
