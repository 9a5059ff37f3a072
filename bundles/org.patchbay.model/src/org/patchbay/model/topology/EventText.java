package org.patchbay.model.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.patchbay.model.Cluster;
import org.patchbay.model.EventAction;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;

/**
 * Reads a timed event the way testbed users write them, with or without Emulab's NS dressing:
 * {@code 10.5 bottleneck down}, {@code 12 bottleneck bandwidth 1Mb}, {@code 20 lan0 loss 2%},
 * {@code 15 node0 run iperf3 -c 10.0.0.2 -t 5}, {@code 20 cbr0 start}, or {@code $ns at 10.5 "$bottleneck down"}.
 */
public final class EventText {

    private EventText() {
    }

    /**
     * A new event (not yet in the cluster) from {@code text}, with its names resolved in {@code cluster}.
     *
     * @throws IllegalArgumentException naming what is wrong and showing the accepted forms
     */
    public static ScheduledEvent parse(Cluster cluster, String text) {
        String line = text == null ? "" : text.trim();
        if (line.startsWith("$ns")) {
            line = line.substring(3).trim();
            if (line.startsWith("at")) {
                line = line.substring(2).trim();
            }
        }
        line = line.replace("\"", " ").replace("$", " ").trim();
        String[] words = line.split("\\s+", 4);
        if (words.length < 3) {
            throw new IllegalArgumentException("'" + text + "' is not an event. Write: TIME LINK down|up, TIME LINK bandwidth|delay|loss VALUE, "
                    + "or TIME NODE run COMMAND (e.g. 10.5 bottleneck down).");
        }
        double at;
        try {
            at = Double.parseDouble(words[0].replaceAll("s$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + words[0] + "' is not a time; start the event with seconds from the start, e.g. 10.5");
        }
        String name = words[1];
        String verb = words[2].toLowerCase(Locale.ROOT);
        String rest = words.length > 3 ? words[3].trim() : "";
        ScheduledEvent event = PatchbayFactory.eINSTANCE.createScheduledEvent();
        event.setAtSeconds(at);
        if (verb.equals("run")) {
            event.setAction(EventAction.RUN_COMMAND);
            event.setNode(cluster.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No node is named '" + name + "'; nodes: " + names(cluster.getNodes()))));
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("'run' needs a command after it, e.g. 15 " + name + " run iperf3 -s -1");
            }
            event.setValue(rest);
            return event;
        }
        if (verb.equals("start") || verb.equals("stop")) {
            event.setAction(verb.equals("start") ? EventAction.START : EventAction.STOP);
            event.setActivity(cluster.getActivities().stream().filter(a -> name.equals(a.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No program or traffic flow is named '" + name + "'; they are: " + names(cluster.getActivities()))));
            return event;
        }
        EventAction action = switch (verb) {
            case "down" -> EventAction.LINK_DOWN;
            case "up" -> EventAction.LINK_UP;
            case "bandwidth", "bw" -> EventAction.BANDWIDTH;
            case "delay" -> EventAction.DELAY;
            case "loss", "plr" -> EventAction.LOSS;
            default -> throw new IllegalArgumentException("'" + words[2] + "' is not an event action; use down, up, bandwidth, delay, loss, run, start or stop");
        };
        event.setAction(action);
        event.setLink(shaped(cluster, name));
        if (action == EventAction.BANDWIDTH || action == EventAction.DELAY || action == EventAction.LOSS) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("'" + verb + "' needs a value, e.g. " + switch (action) {
                    case BANDWIDTH -> "10Mb";
                    case DELAY -> "20ms";
                    default -> "1%";
                });
            }
            event.setValue(rest);
        }
        return event;
    }

    private static ShapedElement shaped(Cluster cluster, String name) {
        for (Link link : cluster.getLinks()) {
            if (name.equals(link.getName())) {
                return link;
            }
        }
        for (Lan lan : cluster.getLans()) {
            if (name.equals(lan.getName())) {
                return lan;
            }
        }
        List<Object> all = new ArrayList<>(cluster.getLinks());
        all.addAll(cluster.getLans());
        throw new IllegalArgumentException("No link or LAN is named '" + name + "'; links and LANs: " + names(all));
    }

    private static String names(List<?> elements) {
        List<String> names = new ArrayList<>();
        for (Object e : elements) {
            String n = ((org.patchbay.model.NamedElement) e).getName();
            if (n != null) {
                names.add(n);
            }
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
