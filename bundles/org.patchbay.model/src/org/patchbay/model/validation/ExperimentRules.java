package org.patchbay.model.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.patchbay.model.Experiment;
import org.patchbay.model.Measure;
import org.patchbay.model.Node;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.model.topology.SweepValues;

/**
 * What makes an experiment runnable: parameters with values that parse for their kind, steps with
 * nodes and a command that names only known values, measures that say what to read. The validator
 * reports these on the topology; a sweep refuses to start while any remains.
 */
public final class ExperimentRules {

    /** A sweep larger than this is refused: it is a typing mistake more often than a plan. */
    public static final int MAX_RUNS = 100_000;

    private ExperimentRules() {
    }

    /** Everything that keeps {@code experiment} from running, each naming the element and the fix. */
    public static List<String> problems(Experiment experiment) {
        List<String> problems = new ArrayList<>();
        String name = "Experiment " + experiment.getName();
        if (experiment.getRepetitions() < 1) {
            problems.add(name + ": repetitions must be 1 or more (got " + experiment.getRepetitions() + ")");
        }
        if (experiment.getRunTimeLimitSeconds() < 1) {
            problems.add(name + ": the run time limit must be 1 s or more (got " + experiment.getRunTimeLimitSeconds() + " s)");
        }
        if (experiment.getSteps().isEmpty()) {
            problems.add(name + " has no workload step; add one with the command each run executes");
        }
        if (experiment.getMeasures().isEmpty()) {
            problems.add(name + " measures nothing; add a measure (the step's wall time, a number it prints, CPU or link bytes)");
        }
        Set<String> known = new HashSet<>(SweepValues.BUILT_IN);
        Set<String> columns = new HashSet<>();
        long runs = Math.max(1, experiment.getRepetitions());
        for (SweepParameter parameter : experiment.getParameters()) {
            problems.addAll(parameterProblems(name, parameter));
            known.add(parameter.getName());
            if (!columns.add(parameter.getName())) {
                problems.add(name + ": two parameters or measures are called " + parameter.getName() + "; rename one (names are the columns of the results)");
            }
            runs *= Math.max(1, SweepValues.of(parameter).size());
            runs = Math.min(runs, MAX_RUNS + 1L);
        }
        if (experiment.getParameters().stream().filter(p -> p.getKind() == org.patchbay.model.ParameterKind.ACTIVE_NODES).count() > 1) {
            problems.add(name + " has more than one active-nodes parameter; keep one (it says how many of each step's nodes take part)");
        }
        if (runs > MAX_RUNS) {
            problems.add(name + " would make more than " + MAX_RUNS + " runs; use fewer values or repetitions");
        }
        for (WorkloadStep step : experiment.getSteps()) {
            String stepName = name + ", step " + step.getName();
            if (step.getNodes().isEmpty()) {
                problems.add(stepName + " runs on no node; choose its nodes in Properties");
            }
            if (step.getCommand() == null || step.getCommand().isBlank()) {
                problems.add(stepName + " has no command");
            }
            for (String reference : SweepValues.references(step.getCommand())) {
                if (reference.startsWith(SweepValues.ADDRESS_PREFIX)) {
                    String node = reference.substring(SweepValues.ADDRESS_PREFIX.length());
                    if (experiment.eContainer() instanceof org.patchbay.model.Cluster cluster
                            && cluster.getNodes().stream().map(Node::getName).noneMatch(node::equals)) {
                        problems.add(stepName + ": ${" + reference + "} names no node of the topology");
                    }
                } else if (!known.contains(reference)) {
                    problems.add(stepName + ": ${" + reference + "} is neither a parameter nor one of node, index, count, run, repetition, address:NODE");
                }
            }
        }
        if (!experiment.getSteps().isEmpty() && experiment.getSteps().stream().allMatch(WorkloadStep::isBackground)) {
            problems.add(name + ": every step runs in the background, so no run would end; make the step the run waits for a foreground one");
        }
        for (Measure measure : experiment.getMeasures()) {
            problems.addAll(measureProblems(name, measure));
            if (!columns.add(measure.getName())) {
                problems.add(name + ": two parameters or measures are called " + measure.getName() + "; rename one (names are the columns of the results)");
            }
        }
        return problems;
    }

    private static List<String> parameterProblems(String experiment, SweepParameter parameter) {
        List<String> problems = new ArrayList<>();
        String name = experiment + ", parameter " + parameter.getName();
        if (parameter.getName() == null || !parameter.getName().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(name + ": a parameter's name must be letters, digits or _ (it is used as ${name} and as a column)");
        }
        List<String> values = SweepValues.of(parameter);
        if (values.isEmpty()) {
            problems.add(name + " has no values; enter them separated by commas, e.g. 1Mb, 5Mb, 10Mb");
            return problems;
        }
        if (new HashSet<>(values).size() != values.size()) {
            problems.add(name + " lists a value twice; each value is run once per repetition");
        }
        switch (parameter.getKind()) {
            case BANDWIDTH, DELAY, LOSS -> {
                if (parameter.getLink() == null) {
                    problems.add(name + " shapes no link; choose the link or LAN in Properties");
                }
                for (String value : values) {
                    try {
                        var feature = switch (parameter.getKind()) {
                            case BANDWIDTH -> org.patchbay.model.PatchbayPackage.Literals.SHAPED_ELEMENT__BANDWIDTH_BPS;
                            case DELAY -> org.patchbay.model.PatchbayPackage.Literals.SHAPED_ELEMENT__DELAY_MS;
                            default -> org.patchbay.model.PatchbayPackage.Literals.SHAPED_ELEMENT__LOSS_RATE;
                        };
                        Object parsed = switch (parameter.getKind()) {
                            case BANDWIDTH -> ShapingText.parseBandwidth(value);
                            case DELAY -> ShapingText.parseDelay(value);
                            default -> ShapingText.parseLoss(value);
                        };
                        ValueRules.check(feature, parsed).ifPresent(p -> problems.add(name + ": " + value + ": " + p));
                    } catch (IllegalArgumentException e) {
                        problems.add(name + ": " + e.getMessage());
                    }
                }
            }
            case ACTIVE_NODES -> {
                for (String value : values) {
                    if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < 1) {
                        problems.add(name + ": " + value + " is not a number of nodes; write whole numbers from 1, e.g. 1, 2, 4, 8");
                    }
                }
            }
            case VARIABLE -> {
                // any text: the workload decides what it means
            }
        }
        return problems;
    }

    private static List<String> measureProblems(String experiment, Measure measure) {
        List<String> problems = new ArrayList<>();
        String name = experiment + ", measure " + measure.getName();
        if (measure.getName() == null || !measure.getName().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(name + ": a measure's name must be letters, digits or _ (it is a column of the results)");
        }
        switch (measure.getKind()) {
            case OUTPUT_PATTERN -> {
                if (measure.getStep() == null) {
                    problems.add(name + " reads no step's output; choose the step in Properties");
                }
                if (measure.getPattern() == null || measure.getPattern().isBlank()) {
                    problems.add(name + " has no pattern; write a regular expression whose first group is the number, e.g. ([0-9.]+) Mbits/sec");
                } else {
                    try {
                        Pattern.compile(measure.getPattern());
                    } catch (PatternSyntaxException e) {
                        problems.add(name + ": the pattern is not a regular expression: " + e.getDescription() + " near position " + e.getIndex());
                    }
                }
            }
            case WALL_TIME, CPU_TIME -> {
                if (measure.getStep() == null) {
                    problems.add(name + " times no step; choose the step in Properties");
                }
            }
            case AGENT_SAMPLE -> {
                if (measure.getStep() == null) {
                    problems.add(name + " samples no step's nodes; choose the step in Properties");
                }
            }
            case LINK_BYTES -> {
                if (measure.getLink() == null) {
                    problems.add(name + " counts no link; choose the link or LAN in Properties");
                }
            }
        }
        return problems;
    }
}
