package org.patchbay.model.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;

/**
 * Finds elements of a topology as a user asks for them: words match a name (part of it), an IPv4
 * address or a MAC (whole or its start); {@code role:router}, {@code state:down}, {@code ip:10.0.},
 * {@code mac:02:00}, {@code name:left} narrow it. Every word must match (so {@code role:compute
 * state:down} is the compute nodes that are down). States come from whoever knows them (the live
 * session), as a set of words per node: up, down, failed, busy, connecting.
 */
public final class TopologySearch {

    public static final List<String> KEYS = List.of("name", "ip", "mac", "role", "state");

    /** A parsed query: plain words and key:value filters, lower-cased. */
    public record Query(List<String> words, Map<String, List<String>> filters) {
        public boolean isEmpty() {
            return words.isEmpty() && filters.isEmpty();
        }
    }

    private TopologySearch() {
    }

    /** The query {@code text} writes; an unknown key is refused with the keys there are. */
    public static Query parse(String text) {
        List<String> words = new ArrayList<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int colon = word.indexOf(':');
            String key = colon > 0 ? word.substring(0, colon) : "";
            // a MAC or an IPv6-looking word has colons but no key before them
            if (colon > 0 && KEYS.contains(key)) {
                filters.computeIfAbsent(key, k -> new ArrayList<>()).add(word.substring(colon + 1));
            } else if (colon > 0 && key.matches("[a-z]{3,}")) {
                throw new IllegalArgumentException("'" + key + ":' is not something to search by; use " + String.join(":, ", KEYS)
                        + ": (e.g. role:router state:down), or plain words for names, addresses and MACs");
            } else {
                words.add(word);
            }
        }
        return new Query(words, filters);
    }

    /** The elements {@code query} finds, in the topology's order: nodes, then switches and LANs (by name). */
    public static List<DiagramElement> find(Cluster cluster, Query query, Function<Node, Set<String>> states) {
        List<DiagramElement> found = new ArrayList<>();
        if (query.isEmpty()) {
            return found;
        }
        for (DiagramElement element : Wiring.diagramElements(cluster)) {
            if (matches(element, query, states)) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean matches(DiagramElement element, Query query, Function<Node, Set<String>> states) {
        Node node = element instanceof Node n ? n : null;
        for (String word : query.words()) {
            if (!name(element, word) && (node == null || !address(node, word) && !mac(node, word))) {
                return false;
            }
        }
        for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
            for (String value : filter.getValue()) {
                boolean ok = switch (filter.getKey()) {
                    case "name" -> name(element, value);
                    case "ip" -> node != null && address(node, value);
                    case "mac" -> node != null && mac(node, value);
                    case "role" -> node != null && node.getRole() != null && node.getRole().getLiteral().equalsIgnoreCase(value);
                    case "state" -> node != null && states.apply(node).contains(value);
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean name(DiagramElement element, String word) {
        return element.getName() != null && element.getName().toLowerCase(Locale.ROOT).contains(word);
    }

    private static boolean address(Node node, String word) {
        for (Interface iface : node.getInterfaces()) {
            if (iface.getIpv4Address() != null && (iface.getIpv4Address().equals(word) || word.endsWith(".") && iface.getIpv4Address().startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mac(Node node, String word) {
        if (word.length() < 5 || !word.matches("[0-9a-f:]+")) {
            return false;
        }
        for (Interface iface : node.getInterfaces()) {
            if (iface.getMac() != null && iface.getMac().toLowerCase(Locale.ROOT).startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
