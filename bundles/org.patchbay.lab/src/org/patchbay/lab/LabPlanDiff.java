package org.patchbay.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must change to bring a running lab to a new plan, and the plan it then runs. Elements keep the
 * kernel names they run under (a switch's bridge port {@code p3}, a wire's delay namespace), so only
 * what really changed is touched; new wires get names no running wire uses. Plain data: computed
 * before anything is touched, and tested without root.
 */
public record LabPlanDiff(LabPlan next, List<LabPlan.Box> addedBoxes, List<LabPlan.Box> removedBoxes, List<LabPlan.Wire> addedWires,
        List<LabPlan.Wire> removedWires, List<LabPlan.Address> addedAddresses, List<LabPlan.Address> removedAddresses, List<LabPlan.Route> addedRoutes,
        List<LabPlan.Route> removedRoutes, List<LabPlan.DelayNode> addedDelayNodes, List<LabPlan.DelayNode> removedDelayNodes) {

    public boolean isEmpty() {
        return addedBoxes.isEmpty() && removedBoxes.isEmpty() && addedWires.isEmpty() && removedWires.isEmpty() && addedAddresses.isEmpty()
                && removedAddresses.isEmpty() && addedRoutes.isEmpty() && removedRoutes.isEmpty();
    }

    public static LabPlanDiff between(LabPlan current, LabPlan desired, String labId) {
        Map<String, LabPlan.Box> boxes = new HashMap<>();
        current.boxes().forEach(b -> boxes.put(b.namespace(), b));
        desired.boxes().forEach(b -> boxes.put(b.namespace(), b));

        Map<String, LabPlan.Wire> running = new LinkedHashMap<>();
        for (LabPlan.Wire wire : current.wires()) {
            running.put(key(wire, boxes), wire);
        }
        Map<String, Integer> nextPort = new HashMap<>();
        int nextDelay = 0;
        for (LabPlan.Wire wire : current.wires()) {
            countPort(wire.namespaceA(), wire.interfaceA(), boxes, nextPort);
            countPort(wire.namespaceB(), wire.interfaceB(), boxes, nextPort);
            nextDelay = Math.max(nextDelay, delayIndex(wire.delayNamespace()));
        }
        List<LabPlan.Wire> wires = new ArrayList<>();
        List<LabPlan.Wire> added = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>(); // "namespace/desired name" -> running name, for switch ports
        Set<String> kept = new HashSet<>();
        for (LabPlan.Wire wanted : desired.wires()) {
            String key = key(wanted, boxes);
            LabPlan.Wire wire = running.get(key);
            if (wire == null) {
                String a = boxes.get(wanted.namespaceA()).bridged() ? "p" + nextPort.merge(wanted.namespaceA(), 1, Integer::sum) : wanted.interfaceA();
                String b = boxes.get(wanted.namespaceB()).bridged() ? "p" + nextPort.merge(wanted.namespaceB(), 1, Integer::sum) : wanted.interfaceB();
                String delay = wanted.delayNamespace() == null ? null : "pb-" + labId + "-d-" + (++nextDelay);
                wire = new LabPlan.Wire(wanted.namespaceA(), a, wanted.namespaceB(), b, wanted.what(), delay);
                added.add(wire);
            } else {
                kept.add(key);
            }
            renamed.put(wanted.namespaceA() + "/" + wanted.interfaceA(), wire.interfaceA());
            renamed.put(wanted.namespaceB() + "/" + wanted.interfaceB(), wire.interfaceB());
            wires.add(wire);
        }
        List<LabPlan.Wire> removed = new ArrayList<>();
        running.forEach((key, wire) -> {
            if (!kept.contains(key)) {
                removed.add(wire);
            }
        });

        Map<String, String> switchPorts = new LinkedHashMap<>();
        Map<String, String> switchNamespaces = new HashMap<>();
        desired.boxes().stream().filter(b -> b.kind() == LabPlan.Kind.SWITCH).forEach(b -> switchNamespaces.put(b.element(), b.namespace()));
        desired.switchPorts().forEach((portKey, name) -> {
            String sw = portKey.substring(0, portKey.lastIndexOf('/'));
            switchPorts.put(portKey, renamed.getOrDefault(switchNamespaces.get(sw) + "/" + name, name));
        });

        List<LabPlan.DelayNode> delays = new ArrayList<>();
        for (LabPlan.Wire wire : wires) {
            if (wire.delayNamespace() != null) {
                LabPlan.Box a = boxes.get(wire.namespaceA());
                LabPlan.Box b = boxes.get(wire.namespaceB());
                delays.add(new LabPlan.DelayNode(wire.delayNamespace(), wire.what(), a.bridged() ? null : a.element(), a.bridged() ? null : wire.interfaceA(),
                        b.bridged() ? null : b.element(), b.bridged() ? null : wire.interfaceB()));
            }
        }
        LabPlan next = new LabPlan(desired.boxes(), List.copyOf(wires), desired.addresses(), desired.routes(), Map.copyOf(switchPorts), List.copyOf(delays));
        return new LabPlanDiff(next, minus(desired.boxes(), current.boxes()), minus(current.boxes(), desired.boxes()), added, removed,
                minus(desired.addresses(), current.addresses()), minus(current.addresses(), desired.addresses()), minus(desired.routes(), current.routes()),
                minus(current.routes(), desired.routes()), minus(delays, current.delayNodes()), minus(current.delayNodes(), delays));
    }

    /** A wire is the same wire while it joins the same ends for the same link or LAN member (bridge port names aside). */
    private static String key(LabPlan.Wire wire, Map<String, LabPlan.Box> boxes) {
        return wire.what() + "|" + wire.namespaceA() + "|" + (boxes.get(wire.namespaceA()).bridged() ? "" : wire.interfaceA()) + "|" + wire.namespaceB()
                + "|" + (boxes.get(wire.namespaceB()).bridged() ? "" : wire.interfaceB()) + "|" + (wire.delayNamespace() != null);
    }

    private static void countPort(String namespace, String name, Map<String, LabPlan.Box> boxes, Map<String, Integer> nextPort) {
        if (boxes.get(namespace).bridged() && name.matches("p[0-9]+")) {
            nextPort.merge(namespace, Integer.parseInt(name.substring(1)), Math::max);
        }
    }

    private static int delayIndex(String delayNamespace) {
        if (delayNamespace == null) {
            return 0;
        }
        return Integer.parseInt(delayNamespace.substring(delayNamespace.lastIndexOf('-') + 1));
    }

    private static <T> List<T> minus(List<T> a, List<T> b) {
        Set<T> drop = new HashSet<>(b);
        List<T> rest = new ArrayList<>();
        for (T item : a) {
            if (!drop.contains(item)) {
                rest.add(item);
            }
        }
        return rest;
    }
}
