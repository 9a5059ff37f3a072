package org.patchbay.lab;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.patchbay.core.events.LiveEventActions;
import org.patchbay.core.imaging.ImagingTestbed;
import org.patchbay.core.power.PowerOutlet;
import org.patchbay.core.session.Testbed;
import org.patchbay.core.shaping.ShapingTarget;
import org.patchbay.model.Cluster;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.SnmpDevice;

/** The namespace lab as a testbed: its agents, its delay nodes, its PDU and switches, its nodes' commands. */
public final class LabTestbed implements Testbed {

    private final Lab lab;
    private final LabCommandRunner commands;

    public LabTestbed(Lab lab) {
        this.lab = lab;
        this.commands = new LabCommandRunner(() -> lab);
    }

    /** Builds the lab for {@code cluster} (see {@link Lab#start}). */
    public static LabTestbed start(Cluster cluster, LabOptions options, LabListener listener, Testbed.Progress progress) throws LabException {
        return new LabTestbed(Lab.start(cluster, options, listener, LabProgress.of(progress)));
    }

    /** The lab itself, for what only a lab does (exec in a node, kill an agent, wedge a node). */
    public Lab lab() {
        return lab;
    }

    @Override
    public String id() {
        return lab.id();
    }

    @Override
    public String description() {
        return lab.mode().description + lab.shaping().map(s -> "; links shaped by " + s.backend()).orElse("");
    }

    @Override
    public Map<String, URI> endpoints() {
        return lab.endpoints();
    }

    @Override
    public Map<String, String> failedNodes() {
        return lab.failedNodes();
    }

    @Override
    public boolean retry(String node) throws TestbedException {
        try {
            return lab.retry(node);
        } catch (LabException e) {
            throw new TestbedException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<org.patchbay.core.session.NodeShell> shell() {
        return Optional.of((node, command) -> {
            try {
                return lab.exec(node, command);
            } catch (LabException e) {
                throw new TestbedException(e.getMessage(), e);
            }
        });
    }

    @Override
    public Optional<ShapingTarget> shaping() {
        return lab.shaping().map(ShapingTarget.class::cast);
    }

    @Override
    public Optional<PowerOutlet> outlet(String node) {
        if (lab.pduDevice() == null || !lab.hasNode(node)) {
            return Optional.empty();
        }
        return Optional.of(new PowerOutlet(lab.pduDevice(), PduProfile.APC_RACK_PDU, 1, lab.pduOutlet(node)));
    }

    @Override
    public Map<String, SnmpDevice> switchDevices() throws IOException {
        return lab.switchDevices();
    }

    @Override
    public Map<Integer, String> switchPortNames(String switchName) {
        return lab.switchPortNames(switchName);
    }

    @Override
    public LiveEventActions.CommandRunner commands() {
        return commands;
    }

    @Override
    public boolean bootsQuickly() {
        return true;
    }

    @Override
    public Map<String, String> update(Cluster cluster) throws TestbedException {
        try {
            return lab.update(cluster).problems();
        } catch (LabException e) {
            throw new TestbedException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<ImagingTestbed> imaging() {
        return lab.mode() == Lab.Mode.NAMESPACES ? Optional.of(imaging) : Optional.empty();
    }

    /**
     * Namespace nodes receive onto their disks in the lab's own imaging; VM nodes network-boot through the
     * lab's boot server (NetworkImaging). One image server serves both in a batch: the boot network's when
     * the lab runs VMs (it hears the VMs' progress), on the same group the namespace nodes receive from.
     */
    private final ImagingTestbed imaging = new ImagingTestbed() {
        @Override
        public ImageServer serve(Path image, int rateMbps) throws TestbedException {
            Optional<org.patchbay.core.imaging.NetworkImaging> vms = lab.vmImaging();
            if (vms.isPresent()) {
                return vms.get().serve(image, rateMbps);
            }
            try {
                return lab.serveImage(image, rateMbps);
            } catch (LabException e) {
                throw new TestbedException(e.getMessage(), e);
            }
        }

        @Override
        public void bootIntoImaging(String node, ImageServer server, Listener listener) throws TestbedException {
            if (lab.vmNodes().contains(node)) {
                vmImaging(node).bootIntoImaging(node, server, listener);
                return;
            }
            if (!(server instanceof org.patchbay.core.imaging.ImageServerProcess labServer)) {
                throw new TestbedException("The lab's nodes receive only from the lab's own image server", null);
            }
            try {
                lab.bootIntoImaging(node, labServer, listener);
            } catch (LabException e) {
                throw new TestbedException(e.getMessage(), e);
            }
        }

        private org.patchbay.core.imaging.NetworkImaging vmImaging(String node) throws TestbedException {
            return lab.vmImaging().orElseThrow(() -> new TestbedException(node + " is a VM node, and the lab's boot server for VMs is not running ("
                    + lab.failedNodes().getOrDefault(node, "see the lab's messages") + ")", null));
        }

        @Override
        public void bootFromDisk(String node) {
            if (lab.vmNodes().contains(node)) {
                lab.vmImaging().ifPresent(vms -> vms.bootFromDisk(node));
            } else {
                lab.bootFromDisk(node);
            }
        }

        @Override
        public Optional<Boolean> booted(String node) {
            return lab.vmNodes().contains(node) ? Optional.of(lab.vmBooted(node)) : Optional.empty();
        }

        @Override
        public OptionalLong diskBytes(String node) {
            return lab.diskBytes(node);
        }

        @Override
        public OptionalLong spaceForDisks() {
            return lab.diskSpace();
        }

        @Override
        public String diskLocation() {
            return lab.diskFolder().toString();
        }

        @Override
        public Optional<Path> readableDisk(String node) {
            Path disk = lab.disk(node);
            if (lab.vmNodes().contains(node)) {
                // a VM's disk is a block device of its own: read while the VM is off
                return java.nio.file.Files.isRegularFile(disk) ? Optional.of(disk) : Optional.empty();
            }
            return lab.sharesBase(node) || java.nio.file.Files.isRegularFile(disk) ? Optional.of(disk) : Optional.empty();
        }

        @Override
        public void ownDisk(String node) throws TestbedException {
            try {
                lab.ownDisk(node);
            } catch (LabException e) {
                throw new TestbedException(e.getMessage(), e);
            }
        }
    };

    @Override
    public void stop(Progress progress) {
        commands.stopAll();
        lab.stop(LabProgress.of(progress));
    }
}
