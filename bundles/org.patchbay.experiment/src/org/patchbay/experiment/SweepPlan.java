package org.patchbay.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Measure;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.Port;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.NamedElement;
import org.patchbay.model.Node;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;
import org.patchbay.model.topology.SweepValues;
import org.patchbay.model.validation.ExperimentRules;

/**
 * Every run of an experiment, in the order they are made: each combination of the parameters' values
 * (the first parameter varying slowest) times the repetitions, shuffled when the experiment asks. The
 * definition's fingerprint names the sweep: a resumed sweep has the same one and the same order, an
 * edited definition another (so its results are never mixed with the old ones).
 */
public record SweepPlan(String experiment, String fingerprint, String definition, List<PlannedRun> runs, Workload workload) {

    /** A step as it runs: on which nodes (in order), its command with ${...} still in it. */
    public record Step(String name, List<String> nodes, String command, int order, boolean background) {
        public Step {
            nodes = List.copyOf(nodes);
        }
    }

    /** A network interface inside a node whose byte counters a link measure reads. */
    public record Counter(String node, String kernelName) {
    }

    /** A measure as it is taken; {@code counters} for link bytes (rx + tx of each, summed); {@code sample} for agent samples. */
    public record Probe(String name, MeasureKind kind, String step, java.util.regex.Pattern pattern, List<Counter> counters, String unit,
            org.patchbay.model.AgentSample sample) {
        public Probe {
            counters = List.copyOf(counters);
        }
    }

    /** A parameter that shapes a link; {@code link} is the model's element (a key for the shaping target). */
    public record ShapingAxis(String parameter, ParameterKind kind, ShapedElement link) {
    }

    /**
     * Everything a run needs from the topology, read once on the thread that owns the model so the
     * sweep never reads the model while the user edits it.
     */
    public record Workload(List<Step> steps, List<Probe> probes, List<ShapingAxis> shaping, String activeNodesParameter, Map<String, String> addresses,
            java.time.Duration runLimit, Map<String, ParameterKind> parameterKinds) {
        public Workload {
            steps = List.copyOf(steps);
            probes = List.copyOf(probes);
            shaping = List.copyOf(shaping);
            addresses = Map.copyOf(addresses);
            parameterKinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameterKinds));
        }
    }

    public SweepPlan {
        runs = List.copyOf(runs);
    }

    /** The nodes that take part in {@code run}: every step's (active) nodes, in step order. */
    public List<String> nodes(PlannedRun run) {
        java.util.LinkedHashSet<String> nodes = new java.util.LinkedHashSet<>();
        for (Step step : workload.steps()) {
            List<String> on = step.nodes();
            if (workload.activeNodesParameter() != null) {
                on = on.subList(0, Math.min(Integer.parseInt(run.parameters().get(workload.activeNodesParameter())), on.size()));
            }
            nodes.addAll(on);
        }
        return List.copyOf(nodes);
    }

    /** The plan of {@code experiment}, or why it cannot run. */
    public static SweepPlan of(Experiment experiment) throws SweepException {
        List<String> problems = ExperimentRules.problems(experiment);
        if (!problems.isEmpty()) {
            throw new SweepException(String.join("\n", problems));
        }
        String definition = definition(experiment);
        String fingerprint = sha256(definition);
        List<SweepParameter> parameters = experiment.getParameters();
        List<List<String>> values = parameters.stream().map(SweepValues::of).toList();
        List<Map<String, String>> combinations = new ArrayList<>();
        combine(parameters, values, 0, new LinkedHashMap<>(), combinations);
        List<PlannedRun> runs = new ArrayList<>();
        for (int c = 0; c < combinations.size(); c++) {
            for (int r = 1; r <= experiment.getRepetitions(); r++) {
                runs.add(new PlannedRun(0, c + 1, r, combinations.get(c)));
            }
        }
        if (experiment.isRandomOrder()) {
            // seeded by the definition: a resumed sweep finds the same order
            Collections.shuffle(runs, new Random(Long.parseUnsignedLong(fingerprint.substring(0, 15), 16)));
        }
        List<PlannedRun> ordered = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PlannedRun run = runs.get(i);
            ordered.add(new PlannedRun(i + 1, run.combination(), run.repetition(), run.parameters()));
        }
        return new SweepPlan(experiment.getName(), fingerprint, definition, ordered, workload(experiment));
    }

    private static Workload workload(Experiment experiment) {
        List<Step> steps = experiment.getSteps().stream()
                .map(s -> new Step(s.getName(), s.getNodes().stream().map(Node::getName).toList(), s.getCommand().strip(), s.getOrder(), s.isBackground()))
                .sorted(java.util.Comparator.comparingInt(Step::order)).toList();
        List<Probe> probes = new ArrayList<>();
        for (Measure m : experiment.getMeasures()) {
            java.util.regex.Pattern pattern = m.getKind() == MeasureKind.OUTPUT_PATTERN ? java.util.regex.Pattern.compile(m.getPattern()) : null;
            probes.add(new Probe(m.getName(), m.getKind(), m.getStep() == null ? null : m.getStep().getName(), pattern,
                    m.getKind() == MeasureKind.LINK_BYTES ? counters(m.getLink()) : List.of(),
                    m.getUnit() == null || m.getUnit().isEmpty() ? m.getKind() == MeasureKind.AGENT_SAMPLE ? "%" : "" : m.getUnit(),
                    m.getKind() == MeasureKind.AGENT_SAMPLE ? m.getSample() : null));
        }
        List<ShapingAxis> shaping = new ArrayList<>();
        String activeNodes = null;
        Map<String, ParameterKind> kinds = new LinkedHashMap<>();
        for (SweepParameter p : experiment.getParameters()) {
            kinds.put(p.getName(), p.getKind());
            switch (p.getKind()) {
                case BANDWIDTH, DELAY, LOSS -> shaping.add(new ShapingAxis(p.getName(), p.getKind(), p.getLink()));
                case ACTIVE_NODES -> activeNodes = p.getName();
                case VARIABLE -> {
                    // substituted into commands only
                }
            }
        }
        Map<String, String> addresses = new java.util.HashMap<>();
        if (experiment.eContainer() instanceof Cluster cluster) {
            for (Node node : cluster.getNodes()) {
                node.getInterfaces().stream().map(Interface::getIpv4Address).filter(a -> a != null && !a.isBlank()).findFirst()
                        .ifPresent(a -> addresses.put(node.getName(), a));
            }
        }
        return new Workload(steps, probes, shaping, activeNodes, addresses, java.time.Duration.ofSeconds(experiment.getRunTimeLimitSeconds()), kinds);
    }

    /** Where a link's bytes are counted: one node end of a link (both directions), every node member of a LAN (what each sent). */
    private static List<Counter> counters(ShapedElement link) {
        List<Counter> counters = new ArrayList<>();
        List<Port> ends = link instanceof Link l ? java.util.Arrays.asList(l.getEndA(), l.getEndB())
                : link instanceof Lan lan ? new ArrayList<>(lan.getMembers()) : List.of();
        for (Port end : ends) {
            if (end instanceof Interface iface && iface.eContainer() instanceof Node node) {
                counters.add(new Counter(node.getName(), KernelInterfaceNames.of(iface)));
                if (link instanceof Link) {
                    break;
                }
            }
        }
        return counters;
    }

    private static void combine(List<SweepParameter> parameters, List<List<String>> values, int at, LinkedHashMap<String, String> chosen,
            List<Map<String, String>> out) {
        if (at == parameters.size()) {
            out.add(new LinkedHashMap<>(chosen));
            return;
        }
        for (String value : values.get(at)) {
            chosen.put(parameters.get(at).getName(), value);
            combine(parameters, values, at + 1, chosen, out);
        }
        chosen.remove(parameters.get(at).getName());
    }

    /** The definition as text: what the fingerprint covers, stored beside the results. */
    static String definition(Experiment experiment) {
        StringBuilder text = new StringBuilder();
        text.append("experiment ").append(experiment.getName()).append('\n');
        text.append("repetitions ").append(experiment.getRepetitions()).append(experiment.isRandomOrder() ? " random" : " in order")
                .append(", limit ").append(experiment.getRunTimeLimitSeconds()).append(" s\n");
        for (SweepParameter p : experiment.getParameters()) {
            text.append("parameter ").append(p.getName()).append(' ').append(p.getKind().getLiteral()).append(' ').append(name(p.getLink()))
                    .append(" = ").append(String.join(", ", SweepValues.of(p))).append('\n');
        }
        for (WorkloadStep s : experiment.getSteps()) {
            text.append("step ").append(s.getName()).append(" order ").append(s.getOrder()).append(s.isBackground() ? " background" : "")
                    .append(" on ").append(String.join(" ", s.getNodes().stream().map(Node::getName).toList())).append(": ").append(s.getCommand()).append('\n');
        }
        for (Measure m : experiment.getMeasures()) {
            text.append("measure ").append(m.getName()).append(' ').append(m.getKind().getLiteral()).append(' ').append(name(m.getStep()))
                    .append(' ').append(name(m.getLink())).append(' ').append(m.getPattern() == null ? "" : m.getPattern())
                    .append(' ').append(m.getUnit() == null ? "" : m.getUnit())
                    .append(m.getKind() == MeasureKind.AGENT_SAMPLE ? " " + m.getSample().getLiteral() : "").append('\n');
        }
        return text.toString();
    }

    private static String name(NamedElement element) {
        return element == null ? "-" : element.getName();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
