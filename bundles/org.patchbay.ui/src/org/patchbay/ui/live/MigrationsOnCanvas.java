package org.patchbay.ui.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.patchbay.agent.protocol.wire.JobWire.MigrationInfo;
import org.patchbay.agent.protocol.wire.JobWire.Outcome;
import org.patchbay.core.jobs.ClusterJob;
import org.patchbay.core.jobs.ClusterJobs;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.model.Node;
import org.patchbay.ui.canvas.Transit;
import org.patchbay.ui.canvas.TopologyViewer;

/**
 * Shows on the topology canvas every job on its way between two nodes: a marker with the job
 * travelling from the node it leaves to the node it goes to while the move runs, and for a few
 * seconds after the canvas learnt it arrived (a move of a small job is over before anyone could see it). Follows the
 * session's jobs only when something already follows them, four times a second.
 */
public final class MigrationsOnCanvas {

    /** How long an arrived job still travels on the canvas, counted from when this canvas learnt of the arrival. */
    private static final long AFTERGLOW_MS = 3000;
    /** A move that ended longer ago than this (by the agents' account) is history, not shown when first learnt of. */
    private static final long RECENT_MS = 60_000;
    private static final int PERIOD_MS = 250;
    /** The newest transits {@link #seen()} remembers. */
    private static final int SEEN_KEPT = 200;

    private final TopologyViewer viewer;
    private final TestbedSession session;
    private final Set<String> seen = new LinkedHashSet<>();
    /** When this canvas first saw each recent move as arrived: a busy console may learn of it late, and still shows it. */
    private final Map<String, Long> arrivalSeen = new java.util.HashMap<>();

    public MigrationsOnCanvas(TopologyViewer viewer, TestbedSession session) {
        this.viewer = viewer;
        this.session = session;
        viewer.getControl().getDisplay().timerExec(PERIOD_MS, this::tick);
    }

    /** The transits the canvas has drawn (the newest {@value #SEEN_KEPT}), as "job: from -> to" (for tests and automation). */
    public Set<String> seen() {
        return seen;
    }

    private void tick() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Map<String, String> described = new java.util.HashMap<>();
        List<Transit> transits = session.followedJobs().map(jobs -> transits(jobs.snapshot(), described)).orElse(List.of());
        viewer.renderer().setTransits(transits);
        // what the canvas really draws (both nodes drawn), not what was asked
        viewer.renderer().transits().forEach(transit -> seen.add(described.get(transit.key())));
        while (seen.size() > SEEN_KEPT) {
            seen.remove(seen.iterator().next());
        }
        viewer.getControl().getDisplay().timerExec(PERIOD_MS, this::tick);
    }

    private List<Transit> transits(ClusterJobs.Snapshot snapshot, Map<String, String> described) {
        long now = System.currentTimeMillis();
        List<Transit> transits = new ArrayList<>();
        for (MigrationInfo migration : snapshot.migrations()) {
            boolean running = migration.outcome() == Outcome.RUNNING;
            boolean justArrived = false;
            if (migration.outcome() == Outcome.MOVED && (arrivalSeen.containsKey(migration.id())
                    || now - (migration.startedMillis() + migration.totalMillis()) < RECENT_MS)) {
                justArrived = now - arrivalSeen.computeIfAbsent(migration.id(), id -> now) < AFTERGLOW_MS;
            }
            Node from = node(migration.from());
            Node to = node(migration.to());
            if ((running || justArrived) && from != null && to != null) {
                transits.add(new Transit(migration.id(), from, to, label(snapshot.jobs(), migration, running)));
                described.put(migration.id(), migration.job() + ": " + migration.from() + " -> " + migration.to());
            }
        }
        arrivalSeen.keySet().retainAll(snapshot.migrations().stream().map(MigrationInfo::id).toList());
        return transits;
    }

    private static String label(Map<String, ClusterJob> jobs, MigrationInfo migration, boolean running) {
        ClusterJob job = jobs.get(migration.job());
        String name = job == null || job.command().isEmpty() ? "job " + migration.job() : job.command().get(0);
        String program = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
        return program + (running ? " · " + migration.phase() : " ✓");
    }

    private Node node(String name) {
        if (name == null || viewer.cluster() == null) {
            return null;
        }
        for (Node node : viewer.cluster().getNodes()) {
            if (name.equals(node.getName())) {
                return node;
            }
        }
        return null;
    }
}
