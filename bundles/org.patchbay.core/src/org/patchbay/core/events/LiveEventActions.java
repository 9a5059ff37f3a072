package org.patchbay.core.events;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.patchbay.core.shaping.RuntimeShaping;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.model.Activity;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.topology.ShapingText;

/**
 * Events on the running topology: link changes through the shaping follower (runtime only, never the
 * topology file), commands through whatever runs them on a node (the lab).
 */
public final class LiveEventActions implements EventSchedule.Actions {

    /** Runs a shell command on a node; completes with a one-line outcome. */
    public interface CommandRunner {
        CompletionStage<String> run(String node, String command);

        /** Starts a program or traffic flow in the background; completes once it runs. */
        CompletionStage<String> start(Activity activity);

        /** Stops what {@link #start} started for {@code activity}; completes at once when nothing runs. */
        CompletionStage<String> stop(Activity activity);

        /** Stops every activity still running (the schedule was reset). */
        void stopAll();
    }

    private final Supplier<ShapingFollower> shaping;
    private final CommandRunner commands;

    public LiveEventActions(Supplier<ShapingFollower> shaping, CommandRunner commands) {
        this.shaping = shaping;
        this.commands = commands;
    }

    @Override
    public CompletionStage<String> fire(ScheduledEvent event) {
        switch (event.getAction()) {
            case RUN_COMMAND:
                return commands.run(event.getNode().getName(), event.getValue().trim());
            case START:
                return commands.start(event.getActivity());
            case STOP:
                return commands.stop(event.getActivity());
            default:
                break;
        }
        ShapingFollower follower = shaping.get();
        if (follower == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no running links: start the lab (as root) before the schedule"));
        }
        ShapedElement link = event.getLink();
        RuntimeShaping now = follower.runtime(link);
        String value = event.getValue() == null ? "" : event.getValue().trim();
        RuntimeShaping next = switch (event.getAction()) {
            case LINK_DOWN -> now.withDown(true);
            case LINK_UP -> now.withDown(false);
            case BANDWIDTH -> now.withBandwidth(ShapingText.parseBandwidth(value));
            case DELAY -> now.withDelay(ShapingText.parseDelay(value));
            case LOSS -> now.withLoss(ShapingText.parseLoss(value));
            case RUN_COMMAND, START, STOP -> now;
        };
        // composed, never waited on: a link event must not queue behind anything else
        return follower.setRuntime(link, next).thenApply(applied -> {
            java.util.Optional<String> problem = follower.problem(link.getName());
            if (problem.isPresent()) {
                throw new IllegalStateException(problem.get());
            }
            return "applied to " + link.getName();
        });
    }

    @Override
    public void reset() {
        commands.stopAll();
        ShapingFollower follower = shaping.get();
        if (follower != null) {
            follower.clearRuntime();
        }
    }
}
