package org.patchbay.lab;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.patchbay.model.Cluster;
import org.patchbay.model.NamedElement;
import org.patchbay.model.QueueKind;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.validation.TopologyDiagnostician;
import org.patchbay.model.validation.TopologyValidator.Rule;

/** What the lab refuses before it makes anything: topologies it could not build or shape as drawn. */
final class LabValidation {

    /** Problems that would break a running lab; others (an outlet on two nodes, a bad event) wait until used. */
    private static final Set<Rule> BLOCKING = EnumSet.of(Rule.DUPLICATE_NAME, Rule.DUPLICATE_IP, Rule.LINK_SAME_NODE, Rule.MISSING_INTERFACE,
            Rule.BAD_VALUE);
    private static final int LISTED = 8;

    private LabValidation() {
    }

    static void refuseInvalid(Cluster cluster) throws LabException {
        refuseInvalid(cluster, "The lab was not started, nothing was made");
    }

    /** {@code refusal} says what did not happen ("The lab was not started…"). */
    static void refuseInvalid(Cluster cluster, String refusal) throws LabException {
        List<String> problems = new ArrayList<>();
        for (TopologyDiagnostician.Problem problem : new TopologyDiagnostician().validate(cluster)) {
            if (BLOCKING.contains(problem.rule())) {
                problems.add(problem.message() + names(problem.elements()));
            }
        }
        List<ShapedElement> shaped = new ArrayList<>(cluster.getLinks());
        shaped.addAll(cluster.getLans());
        for (ShapedElement element : shaped) {
            if (element.getQueueKind() == QueueKind.RED) {
                problems.add(element.getName() + ": the lab's delay nodes queue DropTail only; set the queue kind to DropTail");
            }
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.subList(0, Math.min(LISTED, problems.size()));
            throw new LabException(refusal + ": fix " + (problems.size() == 1 ? "this problem" : problems.size() + " problems")
                    + " first (Problems view lists them):\n  " + String.join("\n  ", shown) + (problems.size() > LISTED ? "\n  …" : ""));
        }
    }

    private static String names(List<EObject> elements) {
        List<String> names = new ArrayList<>();
        for (EObject e : elements) {
            if (e instanceof NamedElement named && named.getName() != null) {
                names.add(named.getName());
            }
        }
        return names.isEmpty() ? "" : " [" + String.join(", ", names) + "]";
    }
}
