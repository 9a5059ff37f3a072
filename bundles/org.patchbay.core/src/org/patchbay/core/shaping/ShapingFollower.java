package org.patchbay.core.shaping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.patchbay.core.live.LiveState;
import org.patchbay.model.Cluster;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * Keeps a running topology's shaping equal to its model: every model change that alters a pipe
 * (a value in Properties, a link added or rewired, a link taken down) is applied to the target as
 * the minimal diff, on one background thread in the order it happened; every few seconds, and after
 * each apply, what the target really runs is read back and each link's {@link LiveState.LinkShaping}
 * says what is applied and whether it differs from the model. The model is read only on the thread
 * that changes it (the UI thread in the console).
 */
public final class ShapingFollower implements AutoCloseable {

    private static final long CHECK_SECONDS = 5;

    private final Cluster cluster;
    private final ShapingTarget target;
    private final LiveState live;
    private final Set<ShapedElement> down = new HashSet<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shaping");
        t.setDaemon(true);
        return t;
    });
    private final EContentAdapter adapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            Object notifier = notification.getNotifier();
            boolean shapingMayChange = notifier instanceof ShapedElement || notifier instanceof Cluster || notifier instanceof Interface
                    || (notifier instanceof Node && notification.getFeature() == PatchbayPackage.Literals.NAMED_ELEMENT__NAME);
            if (!notification.isTouch() && shapingMayChange) {
                replan();
            }
        }
    };
    /** A plan as the model thread saw it: the pipes, each pipe's link or LAN name, and the names taken down. */
    private record Snapshot(ShapingPlan plan, Map<PipeKey, String> names, Set<String> down) {
    }

    /** Owned by the model thread: the plan last handed to the worker. */
    private ShapingPlan expected;
    /** Owned by the worker: the snapshot last applied, and the last problem applying each link. */
    private Snapshot requested;
    private final Map<String, String> problems = new LinkedHashMap<>();

    /** Follows {@code cluster}, whose plan the target already runs (the lab applies it when it starts). */
    public ShapingFollower(Cluster cluster, ShapingTarget target, LiveState live) {
        this(cluster, target, live, ModelShaping.plan(cluster));
    }

    /**
     * Follows {@code cluster} on a target that runs {@code applied} (the plan of the copy a lab was
     * built from): edits made meanwhile are applied at once.
     */
    public ShapingFollower(Cluster cluster, ShapingTarget target, LiveState live, ShapingPlan applied) {
        this.cluster = cluster;
        this.target = target;
        this.live = live;
        this.expected = applied;
        cluster.eAdapters().add(adapter);
        replan();
        worker.scheduleWithFixedDelay(this::publish, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    public String backend() {
        return target.backend();
    }

    /** Takes a link or LAN down (every packet lost, as an unplugged cable) or brings it back; call on the model's thread. */
    public Future<?> setDown(ShapedElement element, boolean isDown) {
        if (isDown ? down.add(element) : down.remove(element)) {
            return replan();
        }
        return worker.submit(this::publish);
    }

    public boolean isDown(ShapedElement element) {
        return down.contains(element);
    }

    /** Re-reads the model and applies what changed; the future completes once the worker has applied it. Call on the model's thread. */
    public Future<?> replan() {
        Snapshot next = snapshot();
        List<ShapingPlan.Change> changes = expected.diff(next.plan());
        expected = next.plan();
        return worker.submit(() -> {
            requested = next;
            if (!changes.isEmpty()) {
                Set<String> touched = new HashSet<>();
                changes.forEach(c -> touched.add(next.names().getOrDefault(c.key(), c.key().shapes())));
                try {
                    target.apply(changes);
                    touched.forEach(problems::remove);
                } catch (Exception e) {
                    touched.forEach(name -> problems.put(name, e.getMessage()));
                }
            }
            publish();
        });
    }

    private Snapshot snapshot() {
        Map<PipeKey, ShapedElement> owners = new LinkedHashMap<>();
        ShapingPlan plan = ModelShaping.plan(cluster, Set.copyOf(down), owners);
        Map<PipeKey, String> names = new LinkedHashMap<>();
        owners.forEach((key, owner) -> names.put(key, nameOf(owner, key)));
        Set<String> downNames = new HashSet<>();
        down.forEach(e -> downNames.add(e.getName()));
        return new Snapshot(plan, Map.copyOf(names), Set.copyOf(downNames));
    }

    /** On the worker: reads back what runs and tells the live state, link by link. */
    private void publish() {
        Snapshot wanted = requested;
        if (wanted == null) {
            return;
        }
        Map<PipeKey, PipeSpec> applied;
        String readProblem = null;
        try {
            applied = target.applied();
        } catch (Exception e) {
            applied = Map.of();
            readProblem = "cannot read the applied shaping: " + e.getMessage();
        }
        Map<String, List<PipeKey>> byElement = new LinkedHashMap<>();
        for (PipeKey key : wanted.plan().pipes().keySet()) {
            byElement.computeIfAbsent(wanted.names().getOrDefault(key, key.shapes()), n -> new ArrayList<>()).add(key);
        }
        for (Map.Entry<String, List<PipeKey>> e : byElement.entrySet()) {
            boolean mismatch = false;
            List<String> texts = new ArrayList<>();
            for (PipeKey key : e.getValue()) {
                PipeSpec have = applied.get(key);
                if (readProblem == null && !same(wanted.plan().pipes().get(key), have)) {
                    mismatch = true;
                }
                String text = have == null ? "nothing" : describe(have);
                if (!texts.contains(text)) {
                    texts.add(text);
                }
            }
            String problem = readProblem != null ? readProblem : problems.get(e.getKey());
            live.setLinkShaping(e.getKey(), new LiveState.LinkShaping(String.join(" | ", texts), mismatch, wanted.down().contains(e.getKey()), problem));
        }
    }

    private static String nameOf(ShapedElement owner, PipeKey key) {
        return owner != null && owner.getName() != null ? owner.getName() : key.shapes();
    }

    /** Equal as the node can hold them: delays to the nanosecond, loss to 1e-9. */
    static boolean same(PipeSpec want, PipeSpec have) {
        if (want == null || have == null) {
            return want == have;
        }
        return want.bandwidthBps() == have.bandwidthBps() && Math.abs(want.delayMs() - have.delayMs()) < 1e-6
                && Math.abs(want.lossRate() - have.lossRate()) < 1e-9 && want.queueLimit() == have.queueLimit() && want.queueUnit() == have.queueUnit()
                && Objects.equals(want.queueKind(), have.queueKind());
    }

    /** "10Mb 20ms 1% q50": the applied pipe as testbed users write it. */
    public static String describe(PipeSpec spec) {
        StringBuilder text = new StringBuilder(ShapingText.bandwidth(spec.bandwidthBps()));
        if (spec.delayMs() != 0) {
            text.append(' ').append(ShapingText.delay(spec.delayMs()));
        }
        if (spec.lossRate() != 0) {
            text.append(' ').append(ShapingText.loss(spec.lossRate()));
        }
        text.append(" q").append(spec.queueLimit()).append(spec.queueUnit() == PipeSpec.QueueUnit.BYTES ? "B" : "");
        return text.toString();
    }

    @Override
    public void close() {
        cluster.eAdapters().remove(adapter);
        worker.shutdownNow();
    }
}
