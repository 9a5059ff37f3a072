package org.patchbay.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.patchbay.model.Cluster;
import org.patchbay.model.PatchbayPackage;

/**
 * Validates a whole cluster with Patchbay's rules. Uses its own validator registry rather than
 * EMF's global one, so nothing process-wide has to be registered first.
 */
public final class TopologyDiagnostician {

    /** One problem: what is wrong, in words, and which elements it concerns. */
    public record Problem(String message, List<EObject> elements, TopologyValidator.Rule rule) {
    }

    private final Diagnostician diagnostician;

    public TopologyDiagnostician() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(PatchbayPackage.eINSTANCE, new TopologyValidator());
        diagnostician = new Diagnostician(registry);
    }

    public List<Problem> validate(Cluster cluster) {
        BasicDiagnostic root = new BasicDiagnostic(TopologyValidator.SOURCE, 0, "topology", new Object[] {cluster});
        // The diagnostician walks the containment tree itself, so one call covers every element.
        diagnostician.validate(cluster.eClass(), cluster, root, diagnostician.createDefaultContext());
        List<Problem> problems = new ArrayList<>();
        collect(root, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR && TopologyValidator.SOURCE.equals(child.getSource())) {
                List<EObject> elements = new ArrayList<>();
                for (Object datum : child.getData()) {
                    if (datum instanceof EObject e) {
                        elements.add(e);
                    }
                }
                TopologyValidator.Rule[] rules = TopologyValidator.Rule.values();
                TopologyValidator.Rule rule = child.getCode() >= 0 && child.getCode() < rules.length ? rules[child.getCode()] : null;
                problems.add(new Problem(child.getMessage(), elements, rule));
            }
            collect(child, problems);
        }
    }
}
