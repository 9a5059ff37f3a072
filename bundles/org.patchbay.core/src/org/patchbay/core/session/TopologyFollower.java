package org.patchbay.core.session;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.patchbay.model.Cluster;
import org.patchbay.model.PatchbayPackage;

/**
 * Keeps a running testbed's wiring as the topology is drawn: every edit that adds, removes, renames,
 * rewires or re-addresses a node, switch, LAN, link or interface, or changes how a node, its outlet or
 * a switch is reached (agent endpoint, PDU outlet, SNMP target), undo and redo too, is handed on,
 * as a copy taken on the model's thread, after edits have paused for {@link #SETTLE_MILLIS}. Updates
 * run one at a time, in order, off the model's thread.
 */
final class TopologyFollower implements AutoCloseable {

    static final long SETTLE_MILLIS = 300;

    private static final PatchbayPackage P = PatchbayPackage.eINSTANCE;
    private static final Set<EStructuralFeature> WIRING = Set.of(P.getCluster_Nodes(), P.getCluster_Switches(), P.getCluster_Links(),
            P.getCluster_Lans(), P.getCluster_Routing(), P.getNode_Interfaces(), P.getSwitch_Ports(), P.getNamedElement_Name(),
            P.getInterface_Ipv4Address(), P.getInterface_PrefixLength(), P.getLink_EndA(), P.getLink_EndB(), P.getLan_Members(),
            P.getSwitchPort_IfIndex(),
            // how the console reaches real nodes, their outlets and switches (an AgentTestbed follows these)
            P.getNode_AgentEndpoint(), P.getNode_PowerOutlet(), P.getCluster_PowerControllers(), P.getPowerController_Snmp(),
            P.getPowerController_VendorProfile(), P.getPowerController_Outlets(), P.getOutlet_Number(),
            P.getSwitch_Snmp(), P.getSnmpTarget_Host(), P.getSnmpTarget_Port(), P.getSnmpTarget_CredentialId());

    private final Cluster cluster;
    private final Executor modelThread;
    private final Consumer<Cluster> update;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "topology-follower");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private volatile boolean closed;

    private final EContentAdapter adapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getFeature() instanceof EStructuralFeature feature && WIRING.contains(feature)) {
                changed();
            }
        }
    };

    TopologyFollower(Cluster cluster, Executor modelThread, Consumer<Cluster> update) {
        this.cluster = cluster;
        this.modelThread = modelThread;
        this.update = update;
        cluster.eAdapters().add(adapter);
        // edits made while the testbed was being built from an earlier copy are applied now
        changed();
    }

    private synchronized void changed() {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> modelThread.execute(() -> {
            if (closed) {
                return;
            }
            Cluster copy = EcoreUtil.copy(cluster);
            worker.execute(() -> update.accept(copy));
        }), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        closed = true;
        cluster.eAdapters().remove(adapter);
        worker.shutdownNow();
    }
}
