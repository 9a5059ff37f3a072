package org.patchbay.core.shaping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
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
    /** Owned by the model thread: links taken down and values set by scheduled events. */
    private final Map<ShapedElement, RuntimeShaping> runtime = new LinkedHashMap<>();
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
    private record Snapshot(ShapingPlan plan, Map<PipeKey, String> names, Set<String> down, Set<String> overridden) {
    }

    /**
     * Owned by the worker: what the target runs as far as the worker knows (re-read from the target
     * after a failed apply, so the next change is diffed against the truth), the snapshot last
     * requested, and the last problem applying each link.
     */
    private ShapingPlan believed;
    private Snapshot requested;
    /** Owned by the model thread: the last snapshot handed to the worker. */
    private Snapshot lastSnapshot;
    private final Map<String, String> problems = new java.util.concurrent.ConcurrentHashMap<>();

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
        this.believed = applied;
        cluster.eAdapters().add(adapter);
        replan();
        worker.scheduleWithFixedDelay(this::publish, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** Why the last change to the named link or LAN was not applied, if it was not. */
    public Optional<String> problem(String name) {
        return Optional.ofNullable(problems.get(name));
    }

    public String backend() {
        return target.backend();
    }

    /** Takes a link or LAN down (every packet lost, as an unplugged cable) or brings it back; call on the model's thread. */
    public CompletableFuture<Void> setDown(ShapedElement element, boolean isDown) {
        return setRuntime(element, runtime(element).withDown(isDown));
    }

    /** What the console has changed on {@code element} at run time (NONE when nothing). */
    public RuntimeShaping runtime(ShapedElement element) {
        return runtime.getOrDefault(element, RuntimeShaping.NONE);
    }

    /** Runs {@code element} with {@code shaping} on top of the model, without touching the topology; call on the model's thread. */
    public CompletableFuture<Void> setRuntime(ShapedElement element, RuntimeShaping shaping) {
        if (shaping.equals(RuntimeShaping.NONE)) {
            runtime.remove(element);
        } else {
            runtime.put(element, shaping);
        }
        return replan();
    }

    /** Every link back up and as the model says (a schedule reset); call on the model's thread. */
    public CompletableFuture<Void> clearRuntime() {
        runtime.clear();
        return replan();
    }

    /** Reads back what runs now, rather than at the next periodic check; completes when the links' state is published. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.runAsync(this::publish, worker);
    }

    /** Re-reads the model and applies what changed; the future completes once the worker has applied it. Call on the model's thread. */
    public CompletableFuture<Void> replan() {
        Snapshot next = snapshot();
        if (next.equals(lastSnapshot)) {
            // nothing that shapes changed (a LAN moved on the canvas): no work, but still after what is queued
            return CompletableFuture.runAsync(() -> {
            }, worker);
        }
        lastSnapshot = next;
        return CompletableFuture.runAsync(() -> {
            requested = next;
            List<ShapingPlan.Change> changes = believed.diff(next.plan());
            if (!changes.isEmpty()) {
                Set<String> touched = new HashSet<>();
                changes.forEach(c -> touched.add(next.names().getOrDefault(c.key(), c.key().shapes())));
                try {
                    target.apply(changes);
                    believed = next.plan();
                    touched.forEach(problems::remove);
                } catch (Exception e) {
                    touched.forEach(name -> problems.put(name, e.getMessage()));
                    believed = readBack();
                }
            }
            publish();
        }, worker);
    }

    /** What the target runs, as a plan; nothing known when it cannot be read. */
    private ShapingPlan readBack() {
        try {
            return new ShapingPlan(new java.util.TreeMap<>(target.applied()), List.of());
        } catch (Exception e) {
            return new ShapingPlan(new java.util.TreeMap<>(), List.of());
        }
    }

    private Snapshot snapshot() {
        Map<PipeKey, ShapedElement> owners = new LinkedHashMap<>();
        ShapingPlan plan = ModelShaping.plan(cluster, Map.copyOf(runtime), owners);
        Map<PipeKey, String> names = new LinkedHashMap<>();
        owners.forEach((key, owner) -> names.put(key, nameOf(owner, key)));
        Set<String> downNames = new HashSet<>();
        Set<String> overridden = new HashSet<>();
        runtime.forEach((e, r) -> {
            if (r.down()) {
                downNames.add(nameOf(e, null));
            }
            if (r.overrides()) {
                overridden.add(nameOf(e, null));
            }
        });
        return new Snapshot(plan, Map.copyOf(names), Set.copyOf(downNames), Set.copyOf(overridden));
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
            live.setLinkShaping(e.getKey(), new LiveState.LinkShaping(String.join(" | ", texts), mismatch, wanted.down().contains(e.getKey()),
                    wanted.overridden().contains(e.getKey()), problem));
        }
    }

    private static String nameOf(ShapedElement owner, PipeKey key) {
        return owner != null && owner.getName() != null ? owner.getName() : key == null ? "?" : key.shapes();
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
