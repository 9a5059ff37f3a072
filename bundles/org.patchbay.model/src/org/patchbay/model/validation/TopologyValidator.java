package org.patchbay.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Interface;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.NamedElement;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.Port;
import org.patchbay.model.topology.Wiring;

/**
 * The rules a topology must keep before it can be run. Every diagnostic names the element, says
 * what is wrong and how to fix it, and carries the offending elements as its data so the Problems
 * view can select them.
 */
public final class TopologyValidator implements EValidator {

    public static final String SOURCE = "org.patchbay.model";

    /** Codes let tests and quick fixes tell rules apart without parsing messages. */
    public enum Rule {
        DUPLICATE_NAME, DUPLICATE_MAC, DUPLICATE_IP, LINK_SAME_NODE, MISSING_INTERFACE, BAD_VALUE,
        OUTLET_SHARED, MISSING_IMAGE, BAD_EVENT, BAD_EXPERIMENT
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int before = errorCount(diagnostics);
        checkValues(object, diagnostics);
        if (object instanceof Cluster cluster) {
            checkUniqueNames(cluster, diagnostics);
            checkUniqueAddresses(cluster, diagnostics);
            checkOutlets(cluster, diagnostics);
        } else if (object instanceof Link link) {
            checkLink(link, diagnostics);
        } else if (object instanceof Lan lan) {
            checkLan(lan, diagnostics);
        } else if (object instanceof Node node) {
            checkImage(node, diagnostics);
        } else if (object instanceof org.patchbay.model.ScheduledEvent event) {
            EventRules.problem(event).ifPresent(problem -> report(diagnostics, Rule.BAD_EVENT, "Event " + problem, event));
        } else if (object instanceof org.patchbay.model.Experiment experiment) {
            ExperimentRules.problems(experiment).forEach(problem -> report(diagnostics, Rule.BAD_EXPERIMENT, problem, experiment));
        }
        return errorCount(diagnostics) == before;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    private static void checkValues(EObject object, DiagnosticChain diagnostics) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            // An outlet is known by its number; its name is an optional label.
            if (attribute.isMany() || object instanceof Outlet && attribute == org.patchbay.model.PatchbayPackage.Literals.NAMED_ELEMENT__NAME) {
                continue;
            }
            Object value = object.eGet(attribute);
            if (value == null && attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
                continue;
            }
            ValueRules.check(attribute, value).ifPresent(problem -> report(diagnostics, Rule.BAD_VALUE,
                    describe(object) + ": " + problem, object));
        }
    }

    private static void checkUniqueNames(Cluster cluster, DiagnosticChain diagnostics) {
        reportDuplicates(diagnostics, Wiring.diagramElements(cluster), "name",
                element -> element.getName(), "Rename one of them; names identify machines in the lab and in scripts.");
        reportDuplicates(diagnostics, cluster.getLinks(), "name", NamedElement::getName, "Rename one of the links.");
        reportDuplicates(diagnostics, cluster.getImages(), "name", NamedElement::getName, "Rename one of the disk images.");
        for (DiagramElement element : Wiring.diagramElements(cluster)) {
            reportDuplicates(diagnostics, Wiring.portsOf(element), "name", Port::getName, "Rename one of the interfaces of " + element.getName() + ".");
        }
    }

    private static void checkUniqueAddresses(Cluster cluster, DiagnosticChain diagnostics) {
        List<Interface> interfaces = new ArrayList<>();
        cluster.getNodes().forEach(node -> interfaces.addAll(node.getInterfaces()));
        reportDuplicates(diagnostics, interfaces, "MAC address",
                iface -> iface.getMac() == null || iface.getMac().isEmpty() ? null : iface.getMac().toLowerCase(Locale.ROOT),
                "Give each interface its own MAC address.", Rule.DUPLICATE_MAC);
        reportDuplicates(diagnostics, interfaces, "IP address",
                iface -> iface.getIpv4Address() == null || iface.getIpv4Address().isEmpty() ? null : iface.getIpv4Address(),
                "Give each interface its own IPv4 address.", Rule.DUPLICATE_IP);
    }

    private static void checkOutlets(Cluster cluster, DiagnosticChain diagnostics) {
        Map<Outlet, List<Node>> powered = new HashMap<>();
        for (Node node : cluster.getNodes()) {
            if (node.getPowerOutlet() != null) {
                powered.computeIfAbsent(node.getPowerOutlet(), o -> new ArrayList<>()).add(node);
            }
        }
        powered.forEach((outlet, nodes) -> {
            if (nodes.size() > 1) {
                report(diagnostics, Rule.OUTLET_SHARED, "Outlet " + describe(outlet) + " powers " + nodes.size() + " nodes ("
                        + names(nodes) + "). Power control would switch them together; give each node its own outlet.",
                        nodes.toArray());
            }
        });
    }

    private static void checkLink(Link link, DiagnosticChain diagnostics) {
        Port a = link.getEndA();
        Port b = link.getEndB();
        if (a == null || b == null || Wiring.ownerOf(a) == null || Wiring.ownerOf(b) == null) {
            report(diagnostics, Rule.MISSING_INTERFACE, "Link " + link.getName()
                    + " is missing an end: each end must be an interface of a node or a switch port. Reconnect it or delete it.", link);
            return;
        }
        if (Wiring.ownerOf(a) == Wiring.ownerOf(b)) {
            report(diagnostics, Rule.LINK_SAME_NODE, "Link " + link.getName() + " has both ends on " + Wiring.ownerOf(a).getName()
                    + ". A link joins two different machines; reconnect one end to another node or switch.", link);
        }
    }

    private static void checkLan(Lan lan, DiagnosticChain diagnostics) {
        for (Port member : lan.getMembers()) {
            if (member == null || member.eIsProxy() || Wiring.ownerOf(member) == null) {
                report(diagnostics, Rule.MISSING_INTERFACE, "LAN " + lan.getName()
                        + " has a member that is not an interface of any node or switch. Remove it from the LAN or reconnect it.", lan);
            }
        }
    }

    private static void checkImage(Node node, DiagnosticChain diagnostics) {
        DiskImage image = node.getOsImage();
        if (image == null) {
            return;
        }
        Cluster cluster = node.eContainer() instanceof Cluster c ? c : null;
        if (image.eIsProxy() || cluster == null || !cluster.getImages().contains(image)) {
            report(diagnostics, Rule.MISSING_IMAGE, "Node " + node.getName() + " boots disk image "
                    + (image.eIsProxy() ? "(unresolved)" : image.getName())
                    + ", which is not in this topology. Add the image to the cluster or choose another one.", node);
        }
    }

    private static <T extends EObject> void reportDuplicates(DiagnosticChain diagnostics, List<? extends T> elements, String what,
            java.util.function.Function<T, String> key, String fix) {
        reportDuplicates(diagnostics, elements, what, key, fix, Rule.DUPLICATE_NAME);
    }

    private static <T extends EObject> void reportDuplicates(DiagnosticChain diagnostics, List<? extends T> elements, String what,
            java.util.function.Function<T, String> key, String fix, Rule rule) {
        Map<String, List<T>> byKey = new HashMap<>();
        for (T element : elements) {
            String k = key.apply(element);
            if (k != null && !k.isEmpty()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(element);
            }
        }
        byKey.forEach((k, same) -> {
            if (same.size() > 1) {
                report(diagnostics, rule, same.size() + " elements share the " + what + " " + k + " (" + names(same) + "). " + fix,
                        same.toArray());
            }
        });
    }

    private static void report(DiagnosticChain diagnostics, Rule rule, String message, Object... elements) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, rule.ordinal(), message, elements));
        }
    }

    private static String names(List<?> elements) {
        List<String> names = new ArrayList<>();
        for (Object element : elements) {
            names.add(describe((EObject) element));
        }
        return String.join(", ", names);
    }

    static String describe(EObject object) {
        String name = object instanceof NamedElement named && named.getName() != null ? named.getName() : "(unnamed)";
        if (object instanceof Port port && Wiring.ownerOf(port) != null) {
            return Wiring.ownerOf(port).getName() + "." + name;
        }
        if (object instanceof Outlet outlet && outlet.eContainer() instanceof NamedElement pdu) {
            return pdu.getName() + "#" + outlet.getNumber();
        }
        return object.eClass().getName() + " " + name;
    }

    private static int errorCount(DiagnosticChain diagnostics) {
        return diagnostics instanceof Diagnostic d ? d.getChildren().size() : 0;
    }
}
