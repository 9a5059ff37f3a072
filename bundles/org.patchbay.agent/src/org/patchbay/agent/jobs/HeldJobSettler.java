package org.patchbay.agent.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Settles a job held stopped after a hand-over whose last answer was lost: asks the target what
 * became of the hand-over until it can say. The job runs there (the target committed it): the
 * stopped copy here is to be ended. The target's copy was called off or failed, or it was restored
 * but never let run and the target agrees to end it: the copy here is to run again. While the target
 * cannot be asked or no longer knows the hand-over, nothing is decided: running the copy here then
 * could run the job twice, so it stays held for a person to resume.
 */
public final class HeldJobSettler {

    /** What is known after asking. */
    public enum Verdict {
        /** The target runs the job; end the stopped copy here. */
        RUNS_THERE,
        /** No copy runs at the target; wake the one here. */
        RUNS_HERE,
        /** The target could not say; keep holding. */
        UNSETTLED
    }

    /** The hand-over as the target sees it. */
    public interface HandOver {
        /** The target's state of the hand-over ("restored", "running", "aborted"…), empty when it cannot be asked or has forgotten it. */
        Optional<String> state();

        /** Asks the target to end its restored copy that never ran; true once it has (it refuses once the copy runs). */
        boolean callOff();
    }

    /** How to wait between questions (tests pass one that does not sleep). */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration pause) throws InterruptedException;
    }

    private HeldJobSettler() {
    }

    /** One question to the target and what it settles. */
    public static Verdict ask(HandOver handOver) {
        Optional<String> state = handOver.state();
        if (state.isEmpty()) {
            return Verdict.UNSETTLED;
        }
        return switch (state.get()) {
            case "running" -> Verdict.RUNS_THERE;
            case "aborted", "failed" -> Verdict.RUNS_HERE;
            // restored but never let run: it ends only if the target agrees, so a commit that arrives meanwhile wins cleanly
            case "restored", "prepared" -> handOver.callOff() ? Verdict.RUNS_HERE : Verdict.UNSETTLED;
            default -> Verdict.UNSETTLED;
        };
    }

    /**
     * Asks up to {@code attempts} times, each after {@code pause} (the target was just asked in vain), while
     * {@code stillHeld} (a person may resume or kill the job meanwhile); the first settled verdict, else
     * {@link Verdict#UNSETTLED}.
     */
    public static Verdict settle(HandOver handOver, BooleanSupplier stillHeld, int attempts, Duration pause, Pause sleeper)
            throws InterruptedException {
        for (int attempt = 0; attempt < attempts; attempt++) {
            sleeper.sleep(pause);
            if (!stillHeld.getAsBoolean()) {
                break;
            }
            Verdict verdict = ask(handOver);
            if (verdict != Verdict.UNSETTLED) {
                return verdict;
            }
        }
        return Verdict.UNSETTLED;
    }
}
