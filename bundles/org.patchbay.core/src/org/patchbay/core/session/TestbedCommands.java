package org.patchbay.core.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.patchbay.core.events.LiveEventActions;
import org.patchbay.model.Activity;

/** The event schedule's commands, run by whichever testbed runs now; refused with the fix when none does. */
final class TestbedCommands implements LiveEventActions.CommandRunner {

    private final Supplier<Testbed> testbed;

    TestbedCommands(Supplier<Testbed> testbed) {
        this.testbed = testbed;
    }

    private LiveEventActions.CommandRunner current() {
        Testbed running = testbed.get();
        return running == null ? null : running.commands();
    }

    private static <T> CompletionStage<T> notRunning(String what) {
        return CompletableFuture.failedFuture(new IllegalStateException("nothing runs this topology: start the lab (Lab > Start Lab) or follow its real nodes (Lab > Connect Agents) before the schedule " + what));
    }

    @Override
    public CompletionStage<String> run(String node, String command) {
        LiveEventActions.CommandRunner runner = current();
        return runner == null ? notRunning("runs commands on " + node) : runner.run(node, command);
    }

    @Override
    public CompletionStage<String> start(Activity activity) {
        LiveEventActions.CommandRunner runner = current();
        return runner == null ? notRunning("starts " + activity.getName()) : runner.start(activity);
    }

    @Override
    public CompletionStage<String> stop(Activity activity) {
        LiveEventActions.CommandRunner runner = current();
        return runner == null ? CompletableFuture.completedFuture(activity.getName() + " was not running") : runner.stop(activity);
    }

    @Override
    public void stopAll() {
        LiveEventActions.CommandRunner runner = current();
        if (runner != null) {
            runner.stopAll();
        }
    }
}
