package org.patchbay.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;

import org.patchbay.core.shaping.RuntimeShaping;
import org.patchbay.experiment.SweepPlan.Counter;
import org.patchbay.experiment.SweepPlan.Probe;
import org.patchbay.experiment.SweepPlan.ShapingAxis;
import org.patchbay.experiment.SweepPlan.Step;
import org.patchbay.experiment.internal.CommandRun;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.model.topology.SweepValues;

/**
 * Makes the runs of a sweep on a running testbed and records each in the results store: for each run
 * the links are shaped live to its values, the steps start in their order on their (active) nodes, the
 * run waits for the foreground steps, then ends everything the run started and takes its measures. A
 * failed or timed-out run is recorded as such and the next one runs; a cancelled run is not recorded,
 * so resuming the sweep makes it again. Runs already recorded are skipped.
 */
public final class SweepRunner {

    /** The longest a link's shaping or a counter read may take before the run is failed. */
    public static final Duration SETUP_LIMIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 200;

    /** How a sweep invocation ended. */
    public record Summary(long sweepId, int planned, int alreadyRecorded, int ok, int failed, int timedOut, boolean cancelled) {
        public int recorded() {
            return ok + failed + timedOut;
        }
    }

    private final SweepTarget target;
    private final ResultStore store;
    private final DoubleSupplier hostLoad;

    public SweepRunner(SweepTarget target, ResultStore store) {
        this(target, store, SweepRunner::loadAverage);
    }

    public SweepRunner(SweepTarget target, ResultStore store, DoubleSupplier hostLoad) {
        this.target = target;
        this.store = store;
        this.hostLoad = hostLoad;
    }

    /**
     * Runs {@code plan}: resumes its latest unfinished sweep with the same definition, or starts a new
     * one ({@code fresh}, or when the last one is complete).
     */
    public Summary run(SweepPlan plan, boolean fresh, SweepListener listener, BooleanSupplier cancelled) throws SweepException {
        ResultStore.SweepInfo sweep = store.open(plan, fresh);
        Set<Integer> done = store.recordedRuns(sweep.id());
        int already = done.size();
        int ok = 0;
        int failed = 0;
        int timedOut = 0;
        double spent = 0;
        int made = 0;
        boolean wasCancelled = false;
        listener.note("Sweep " + sweep.id() + " of " + plan.experiment() + " on " + target.description() + ": " + plan.runs().size() + " runs"
                + (already > 0 ? ", " + already + " recorded before" : ""));
        try {
            for (PlannedRun run : plan.runs()) {
                if (done.contains(run.index())) {
                    continue;
                }
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                int remaining = plan.runs().size() - done.size();
                listener.runStarting(run, done.size(), plan.runs().size(), made == 0 ? -1 : spent / made * remaining);
                Optional<RunRecord> record = execute(sweep.id(), plan, run, listener, cancelled);
                if (record.isEmpty()) {
                    wasCancelled = true;
                    break;
                }
                store.record(sweep.id(), record.get());
                done.add(run.index());
                made++;
                spent += record.get().seconds();
                switch (record.get().status()) {
                    case OK -> ok++;
                    case FAILED -> failed++;
                    case TIMED_OUT -> timedOut++;
                }
                listener.runRecorded(record.get());
            }
        } finally {
            if (!plan.workload().shaping().isEmpty()) {
                try {
                    target.clearShaping(SETUP_LIMIT);
                } catch (SweepException e) {
                    listener.note("The links could not be put back to the topology's shaping: " + e.getMessage());
                }
            }
        }
        return new Summary(sweep.id(), plan.runs().size(), already, ok, failed, timedOut, wasCancelled);
    }

    /** One run; empty when it was cancelled (nothing recorded). */
    private Optional<RunRecord> execute(long sweepId, SweepPlan plan, PlannedRun run, SweepListener listener, BooleanSupplier cancelled) {
        SweepPlan.Workload workload = plan.workload();
        String marker = "pb-sweep-" + sweepId + "-" + run.index() + "-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        long deadline = t0 + workload.runLimit().toNanos();
        List<CommandRun> commands = new ArrayList<>();
        Map<String, Double> measures = new LinkedHashMap<>();
        RunRecord.Status status = RunRecord.Status.OK;
        String message = "";
        Map<Counter, Long> before = Map.of();
        try {
            shape(workload, run, listener);
            before = counters(workload, marker);
            int at = 0;
            while (at < workload.steps().size()) {
                int order = workload.steps().get(at).order();
                List<CommandRun> group = new ArrayList<>();
                while (at < workload.steps().size() && workload.steps().get(at).order() == order) {
                    group.addAll(startStep(workload, workload.steps().get(at), run, marker));
                    at++;
                }
                commands.addAll(group);
                Optional<String> problem = awaitForeground(group, deadline, cancelled);
                if (cancelled.getAsBoolean()) {
                    endAll(commands, marker);
                    listener.note("Run " + run.index() + " cancelled; it is made again when the sweep resumes");
                    return Optional.empty();
                }
                if (problem.isPresent()) {
                    boolean late = System.nanoTime() >= deadline;
                    status = late ? RunRecord.Status.TIMED_OUT : RunRecord.Status.FAILED;
                    message = problem.get();
                    break;
                }
            }
        } catch (SweepException e) {
            status = RunRecord.Status.FAILED;
            message = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endAll(commands, marker);
            return Optional.empty();
        }
        endAll(commands, marker);
        for (CommandRun command : commands) {
            try {
                command.drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try {
            if (!before.isEmpty()) {
                Map<Counter, Long> after = counters(workload, marker);
                for (Probe probe : workload.probes()) {
                    if (probe.kind() == org.patchbay.model.MeasureKind.LINK_BYTES) {
                        long bytes = 0;
                        for (Counter counter : probe.counters()) {
                            bytes += after.get(counter) - before.get(counter);
                        }
                        measures.put(probe.name(), (double) bytes);
                    }
                }
            }
        } catch (SweepException e) {
            if (status == RunRecord.Status.OK) {
                status = RunRecord.Status.FAILED;
                message = e.getMessage();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        long windowEnd = System.currentTimeMillis();
        for (Probe probe : workload.probes()) {
            if (probe.kind() == org.patchbay.model.MeasureKind.AGENT_SAMPLE) {
                sampled(probe, commands, started.toEpochMilli(), windowEnd).ifPresent(value -> measures.put(probe.name(), value));
            } else {
                measure(probe, commands).ifPresent(value -> measures.put(probe.name(), value));
            }
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Probe probe : workload.probes()) {
            if (measures.containsKey(probe.name())) {
                ordered.put(probe.name(), measures.get(probe.name()));
            }
        }
        List<RunRecord.CommandOutput> outputs = commands.stream().map(c -> new RunRecord.CommandOutput(c.step(), c.node(), c.exitCode().orElse(null),
                tail(c.output()))).toList();
        return Optional.of(new RunRecord(run.index(), run.combination(), run.repetition(), status, message, started, seconds, hostLoad.getAsDouble(),
                run.parameters(), ordered, outputs));
    }

    private void shape(SweepPlan.Workload workload, PlannedRun run, SweepListener listener) throws SweepException {
        Map<ShapedElement, RuntimeShaping> byLink = new LinkedHashMap<>();
        for (ShapingAxis axis : workload.shaping()) {
            String value = run.parameters().get(axis.parameter());
            RuntimeShaping now = byLink.getOrDefault(axis.link(), RuntimeShaping.NONE);
            try {
                byLink.put(axis.link(), switch (axis.kind()) {
                    case BANDWIDTH -> now.withBandwidth(ShapingText.parseBandwidth(value));
                    case DELAY -> now.withDelay(ShapingText.parseDelay(value));
                    default -> now.withLoss(ShapingText.parseLoss(value));
                });
            } catch (IllegalArgumentException e) {
                throw new SweepException(axis.parameter() + " = " + value + ": " + e.getMessage(), e);
            }
        }
        for (Map.Entry<ShapedElement, RuntimeShaping> e : byLink.entrySet()) {
            target.shape(e.getKey(), e.getValue(), SETUP_LIMIT);
            listener.note("Run " + run.index() + ": " + e.getKey().getName() + " shaped " + describe(e.getValue()));
        }
    }

    private static String describe(RuntimeShaping shaping) {
        List<String> parts = new ArrayList<>();
        if (shaping.bandwidthBps() != null) {
            parts.add(ShapingText.bandwidth(shaping.bandwidthBps()));
        }
        if (shaping.delayMs() != null) {
            parts.add(ShapingText.delay(shaping.delayMs()));
        }
        if (shaping.lossRate() != null) {
            parts.add(ShapingText.loss(shaping.lossRate()));
        }
        return String.join(" ", parts);
    }

    private List<CommandRun> startStep(SweepPlan.Workload workload, Step step, PlannedRun run, String marker) throws SweepException {
        List<String> nodes = step.nodes();
        if (workload.activeNodesParameter() != null) {
            int active = Integer.parseInt(run.parameters().get(workload.activeNodesParameter()));
            nodes = nodes.subList(0, Math.min(active, nodes.size()));
        }
        List<CommandRun> started = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            Map<String, String> values = new HashMap<>(run.parameters());
            values.put("node", node);
            values.put("index", Integer.toString(i));
            values.put("count", Integer.toString(nodes.size()));
            values.put("run", Integer.toString(run.index()));
            values.put("repetition", Integer.toString(run.repetition()));
            String command;
            try {
                command = SweepValues.substitute(step.command(), name -> name.startsWith(SweepValues.ADDRESS_PREFIX)
                        ? Optional.ofNullable(workload.addresses().get(name.substring(SweepValues.ADDRESS_PREFIX.length())))
                        : Optional.ofNullable(values.get(name)));
            } catch (IllegalArgumentException e) {
                throw new SweepException("Step " + step.name() + ": " + e.getMessage(), e);
            }
            long startedNanos = System.nanoTime();
            Process process = target.start(node, CommandRun.wrapped(command, marker), marker);
            started.add(new CommandRun(step.name(), node, step.background(), process, startedNanos, marker));
        }
        return started;
    }

    /** Waits for the group's foreground commands; the first problem (a failure, the deadline) or empty. */
    private static Optional<String> awaitForeground(List<CommandRun> group, long deadline, BooleanSupplier cancelled) throws InterruptedException {
        for (CommandRun command : group) {
            if (command.background()) {
                continue;
            }
            while (!command.await(Math.min(POLL_MILLIS, Math.max(0, (deadline - System.nanoTime()) / 1_000_000)))) {
                if (cancelled.getAsBoolean()) {
                    return Optional.of("cancelled");
                }
                if (System.nanoTime() >= deadline) {
                    return Optional.of("step " + command.step() + " on " + command.node() + " still ran at the run's time limit; the run was ended");
                }
            }
            int code = command.exitCode().orElse(-1);
            if (code != 0) {
                command.drainQuietly();
                String out = command.output().strip();
                String last = out.isEmpty() ? "" : ": " + out.substring(out.lastIndexOf('\n') + 1);
                return Optional.of("step " + command.step() + " on " + command.node() + " exited " + code + last);
            }
        }
        return Optional.empty();
    }

    private void endAll(List<CommandRun> commands, String marker) {
        long now = System.nanoTime();
        commands.forEach(c -> c.end(now));
        target.endRun(marker);
    }

    private Map<Counter, Long> counters(SweepPlan.Workload workload, String marker) throws SweepException, InterruptedException {
        Map<Counter, Long> values = new HashMap<>();
        for (Probe probe : workload.probes()) {
            for (Counter counter : probe.counters()) {
                if (values.containsKey(counter)) {
                    continue;
                }
                String base = "/sys/class/net/" + counter.kernelName() + "/statistics/";
                Process read = target.start(counter.node(), List.of("cat", base + "rx_bytes", base + "tx_bytes"), marker);
                String text;
                try (var in = read.getInputStream()) {
                    if (!read.waitFor(SETUP_LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        read.destroyForcibly();
                        throw new SweepException("reading the byte counters of " + counter.kernelName() + " on " + counter.node() + " took over "
                                + SETUP_LIMIT.toSeconds() + " s");
                    }
                    text = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new SweepException("the byte counters of " + counter.kernelName() + " on " + counter.node() + " could not be read: " + e.getMessage(), e);
                }
                String[] lines = text.split("\\s+");
                if (read.exitValue() != 0 || lines.length != 2 || !lines[0].matches("\\d+") || !lines[1].matches("\\d+")) {
                    throw new SweepException("the byte counters of " + counter.kernelName() + " on " + counter.node() + " could not be read: " + text);
                }
                values.put(counter, Long.parseLong(lines[0]) + Long.parseLong(lines[1]));
            }
        }
        return values;
    }

    private static Optional<Double> measure(Probe probe, List<CommandRun> commands) {
        List<CommandRun> ofStep = commands.stream().filter(c -> c.step().equals(probe.step())).toList();
        if (ofStep.isEmpty()) {
            return Optional.empty();
        }
        switch (probe.kind()) {
            case WALL_TIME: {
                double longest = ofStep.stream().mapToDouble(CommandRun::wallSeconds).max().orElse(Double.NaN);
                return Double.isNaN(longest) ? Optional.empty() : Optional.of(longest);
            }
            case CPU_TIME: {
                double sum = 0;
                for (CommandRun c : ofStep) {
                    Optional<Double> cpu = c.cpuSeconds();
                    if (cpu.isEmpty()) {
                        return Optional.empty();
                    }
                    sum += cpu.get();
                }
                return Optional.of(sum);
            }
            case OUTPUT_PATTERN: {
                double sum = 0;
                boolean found = false;
                for (CommandRun c : ofStep) {
                    Optional<Double> value = lastNumber(probe.pattern().matcher(c.output()));
                    if (value.isPresent()) {
                        sum += value.get();
                        found = true;
                    }
                }
                return found ? Optional.of(sum) : Optional.empty();
            }
            default:
                return Optional.empty();
        }
    }

    /** The agents' mean of the probe's sample over the run, averaged over the step's nodes that have one. */
    private Optional<Double> sampled(Probe probe, List<CommandRun> commands, long fromMillis, long toMillis) {
        double sum = 0;
        int n = 0;
        for (String node : commands.stream().filter(c -> c.step().equals(probe.step())).map(CommandRun::node).distinct().toList()) {
            java.util.OptionalDouble mean = target.sampleMean(node, probe.sample(), fromMillis, toMillis);
            if (mean.isPresent()) {
                sum += mean.getAsDouble();
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(sum / n);
    }

    private static Optional<Double> lastNumber(Matcher matcher) {
        String last = null;
        while (matcher.find()) {
            last = matcher.groupCount() >= 1 && matcher.group(1) != null ? matcher.group(1) : matcher.group();
        }
        if (last == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(last.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String tail(String output) {
        return output.length() <= RunRecord.CommandOutput.TAIL_CHARS ? output : output.substring(output.length() - RunRecord.CommandOutput.TAIL_CHARS);
    }

    /** The host's one-minute load average, or NaN where /proc/loadavg is missing. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
