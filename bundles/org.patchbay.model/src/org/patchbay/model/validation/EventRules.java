package org.patchbay.model.validation;

import java.util.Optional;

import org.patchbay.model.EventAction;
import org.patchbay.model.Lan;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.topology.ShapingText;

/**
 * What makes a scheduled event runnable: a time not before the start, the link or node its action
 * needs, and a value that parses and passes the same rules as Properties. The validator reports
 * these on the topology and the schedule refuses to start while any remains.
 */
public final class EventRules {

    private EventRules() {
    }

    /** Why {@code event} cannot run, or empty. */
    public static Optional<String> problem(ScheduledEvent event) {
        String at = "at " + ShapingText.seconds(event.getAtSeconds()) + " s (" + actionWords(event) + ")";
        if (event.getAtSeconds() < 0 || Double.isNaN(event.getAtSeconds())) {
            return Optional.of(at + " is before the start; give a time of 0 s or later.");
        }
        EventAction action = event.getAction();
        String value = event.getValue() == null ? "" : event.getValue().trim();
        if (action == EventAction.RUN_COMMAND) {
            if (event.getNode() == null) {
                return Optional.of(at + " names no node to run it on; choose the node in Properties.");
            }
            return value.isEmpty() ? Optional.of(at + " has no command to run; enter it as the value, e.g. iperf3 -c 10.0.0.2 -t 10.") : Optional.empty();
        }
        if (action == EventAction.START || action == EventAction.STOP) {
            if (event.getActivity() == null) {
                return Optional.of(at + " names no program or traffic flow; choose it in Properties.");
            }
            return event.getActivity().getNode() == null
                    ? Optional.of(at + ": " + event.getActivity().getName() + " runs on no node; choose its node in Properties.")
                    : Optional.empty();
        }
        if (event.getLink() == null) {
            return Optional.of(at + " names no link; choose the link or LAN in Properties.");
        }
        try {
            return switch (action) {
                case BANDWIDTH -> ValueRules.check(org.patchbay.model.PatchbayPackage.Literals.SHAPED_ELEMENT__BANDWIDTH_BPS, ShapingText.parseBandwidth(value))
                        .map(p -> at + ": " + p);
                case DELAY -> ValueRules.check(org.patchbay.model.PatchbayPackage.Literals.SHAPED_ELEMENT__DELAY_MS, ShapingText.parseDelay(value))
                        .map(p -> at + ": " + p);
                case LOSS -> ValueRules.check(org.patchbay.model.PatchbayPackage.Literals.SHAPED_ELEMENT__LOSS_RATE, ShapingText.parseLoss(value))
                        .map(p -> at + ": " + p);
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.of(at + ": " + e.getMessage());
        }
    }

    /** "at 10.5 s: bottleneck bandwidth 1Mb", as the timeline lists it. */
    public static String describe(ScheduledEvent event) {
        String target = switch (event.getAction()) {
            case RUN_COMMAND -> name(event.getNode() == null ? null : event.getNode().getName());
            case START, STOP -> name(event.getActivity() == null ? null : event.getActivity().getName());
            default -> name(event.getLink() == null ? null : kind(event.getLink()) + event.getLink().getName());
        };
        String what = switch (event.getAction()) {
            case LINK_DOWN -> target + " down";
            case LINK_UP -> target + " up";
            case BANDWIDTH -> target + " bandwidth " + value(event);
            case DELAY -> target + " delay " + value(event);
            case LOSS -> target + " loss " + value(event);
            case RUN_COMMAND -> "on " + target + ": " + value(event);
            case START -> target + " start";
            case STOP -> target + " stop";
        };
        return "at " + ShapingText.seconds(event.getAtSeconds()) + " s: " + what;
    }

    private static String actionWords(ScheduledEvent event) {
        return switch (event.getAction()) {
            case LINK_DOWN -> "link down";
            case LINK_UP -> "link up";
            case BANDWIDTH -> "bandwidth " + value(event);
            case DELAY -> "delay " + value(event);
            case LOSS -> "loss " + value(event);
            case RUN_COMMAND -> "run command";
            case START -> "start";
            case STOP -> "stop";
        };
    }

    private static String kind(ShapedElement e) {
        return e instanceof Lan ? "LAN " : "";
    }

    private static String name(String name) {
        return name == null ? "(none)" : name;
    }

    private static String value(ScheduledEvent event) {
        return event.getValue() == null || event.getValue().isBlank() ? "(no value)" : event.getValue().trim();
    }
}
