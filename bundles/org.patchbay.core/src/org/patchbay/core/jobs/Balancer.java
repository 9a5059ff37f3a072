package org.patchbay.core.jobs;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Decides, in MOSIX's spirit, which one job to move next, if any: away from a node short of memory
 * first; otherwise from the most to the least loaded node (load = wanted cores per core of capacity,
 * see {@link NodeLoad}, so a faster node counts as less loaded), when the move takes the imbalance down for real and costs little
 * (the job's memory over the link's rate). Hysteresis keeps jobs from ping-ponging: the target must
 * end less loaded than the source was, a job that moved is left alone for {@code settle}, and no
 * decision is taken while a move runs or within {@code cooldown} of the last decision or of the end
 * of the last move (loads need a sample or two to show a move). Pure: state is the last moves; time comes from the caller.
 */
public final class Balancer {

    /**
     * @param imbalance the least load difference between busiest and idlest node worth acting on
     * @param settle how long a job that moved is left where it is
     * @param cooldown the least time between two decisions
     * @param memoryHigh the share of memory in use above which a node's jobs are moved away
     * @param maxMoveSeconds the longest a move may be expected to take (memory over link rate)
     */
    public record Settings(double imbalance, Duration settle, Duration cooldown, double memoryHigh, double maxMoveSeconds) {
        public static Settings standard() {
            return new Settings(0.5, Duration.ofSeconds(30), Duration.ofSeconds(4), 0.9, 30);
        }
    }

    /** One move and why, in words a user reads in the Migrations view. */
    public record Decision(String job, String from, String to, String reason) {
    }

    private final Settings settings;
    private final Map<String, Long> movedAt = new HashMap<>();
    private long lastDecision = Long.MIN_VALUE;

    public Balancer(Settings settings) {
        this.settings = settings;
    }

    /**
     * The next move, if one is worth it. {@code jobCores} is what a job uses now (in cores);
     * {@code bytesPerSecond} the rate between two nodes; {@code excluded} nodes neither give nor take jobs.
     */
    public Optional<Decision> decide(ClusterJobs.Snapshot jobs, Map<String, NodeLoad> loads, ToDoubleFunction<ClusterJob> jobCores,
            ToDoubleBiFunction<String, String> bytesPerSecond, Set<String> excluded, long nowMillis) {
        if (!jobs.moving().isEmpty() || (lastDecision != Long.MIN_VALUE && nowMillis - lastDecision < settings.cooldown().toMillis())) {
            return Optional.empty();
        }
        // the loads show a move only a sample or two after it ended (its job appears on the target): wait that long after the last end
        long lastEnd = jobs.migrations().stream().mapToLong(m -> Math.min(nowMillis, m.startedMillis() + m.totalMillis())).max().orElse(Long.MIN_VALUE);
        if (lastEnd != Long.MIN_VALUE && nowMillis - lastEnd < settings.cooldown().toMillis()) {
            return Optional.empty();
        }
        List<NodeLoad> usable = loads.values().stream().filter(l -> !excluded.contains(l.node())).toList();
        if (usable.size() < 2) {
            return Optional.empty();
        }
        Optional<Decision> decision = forMemory(jobs, usable, bytesPerSecond, nowMillis).or(() -> forLoad(jobs, usable, jobCores, bytesPerSecond, nowMillis));
        decision.ifPresent(d -> {
            movedAt.put(d.job(), nowMillis);
            lastDecision = nowMillis;
        });
        return decision;
    }

    private Optional<Decision> forMemory(ClusterJobs.Snapshot jobs, List<NodeLoad> usable, ToDoubleBiFunction<String, String> rate, long now) {
        NodeLoad roomiest = usable.stream().min(Comparator.comparingDouble(NodeLoad::memoryFraction)).orElseThrow();
        for (NodeLoad short_ : usable.stream().sorted(Comparator.comparingDouble(NodeLoad::memoryFraction).reversed()).toList()) {
            if (short_.memoryFraction() <= settings.memoryHigh() || roomiest.memoryFraction() > settings.memoryHigh() - 0.1 || short_ == roomiest) {
                return Optional.empty();
            }
            Optional<ClusterJob> largest = movable(jobs, short_.node(), now).stream().max(Comparator.comparingLong(ClusterJob::rssBytes));
            if (largest.isPresent()) {
                ClusterJob j = largest.get();
                return Optional.of(new Decision(j.id(), short_.node(), roomiest.node(), String.format(
                        "%s is short of memory (%.0f %% used): moving its largest job %s (%s) to %s (%.0f %% used)%s", short_.node(),
                        100 * short_.memoryFraction(), j.id(), megabytes(j.rssBytes()), roomiest.node(), 100 * roomiest.memoryFraction(),
                        cost(j, short_.node(), roomiest.node(), rate))));
            }
        }
        return Optional.empty();
    }

    private Optional<Decision> forLoad(ClusterJobs.Snapshot jobs, List<NodeLoad> usable, ToDoubleFunction<ClusterJob> jobCores,
            ToDoubleBiFunction<String, String> rate, long now) {
        // among equally idle nodes the fastest takes the job
        NodeLoad idlest = usable.stream().min(Comparator.comparingDouble(NodeLoad::load).thenComparing(Comparator.comparingDouble(NodeLoad::capacity).reversed())
                .thenComparing(NodeLoad::node)).orElseThrow();
        for (NodeLoad busy : usable.stream().sorted(Comparator.comparingDouble(NodeLoad::load).reversed().thenComparing(NodeLoad::node)).toList()) {
            if (busy.load() - idlest.load() < settings.imbalance() || busy == idlest) {
                return Optional.empty();
            }
            List<ClusterJob> candidates = movable(jobs, busy.node(), now).stream()
                    .sorted(Comparator.comparingDouble(jobCores).reversed().thenComparingLong(ClusterJob::rssBytes).thenComparing(ClusterJob::id)).toList();
            for (ClusterJob j : candidates) {
                double cores = jobCores.applyAsDouble(j);
                if (cores < 0.05) {
                    continue; // an idle job does not take load anywhere
                }
                double sourceAfter = (busy.busyCores() - cores) / busy.capacity();
                double targetAfter = (idlest.busyCores() + cores) / idlest.capacity();
                // the target must end less loaded than the source was, and the worst of the two must really drop
                if (targetAfter >= busy.load() || Math.max(sourceAfter, targetAfter) > busy.load() - 0.1) {
                    continue;
                }
                double seconds = j.rssBytes() / Math.max(1, rate.applyAsDouble(busy.node(), idlest.node()));
                if (seconds > settings.maxMoveSeconds()) {
                    continue;
                }
                return Optional.of(new Decision(j.id(), busy.node(), idlest.node(), String.format(
                        "%s is the busiest node (load %.2f: %.1f cores wanted of %.2f), %s the least busy (load %.2f): moving %s (%.1f cores)%s",
                        busy.node(), busy.load(), busy.busyCores(), busy.capacity(), idlest.node(), idlest.load(), j.id(), cores,
                        cost(j, busy.node(), idlest.node(), rate))));
            }
        }
        return Optional.empty();
    }

    private List<ClusterJob> movable(ClusterJobs.Snapshot jobs, String node, long now) {
        return jobs.jobsOn(node).stream().filter(ClusterJob::running).filter(j -> !j.locked())
                .filter(j -> now - movedAt.getOrDefault(j.id(), Long.MIN_VALUE / 2) >= settings.settle().toMillis()).toList();
    }

    private static String cost(ClusterJob j, String from, String to, ToDoubleBiFunction<String, String> rate) {
        double bytesPerSecond = rate.applyAsDouble(from, to);
        return String.format(", %s in about %.1f s at %.0f Mb/s", megabytes(j.rssBytes()), j.rssBytes() / Math.max(1, bytesPerSecond),
                bytesPerSecond * 8 / 1e6);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }
}
