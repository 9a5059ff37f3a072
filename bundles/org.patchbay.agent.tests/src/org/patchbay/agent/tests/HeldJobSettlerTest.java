package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.jobs.HeldJobSettler;
import org.patchbay.agent.jobs.HeldJobSettler.Verdict;

/**
 * A job held stopped after a hand-over's answer was lost: the source asks the target again until it
 * can say, and never runs its copy while the target's may run.
 */
class HeldJobSettlerTest {

    /** A target that answers from a script: a state per question, empty while unreachable. */
    private static final class ScriptedTarget implements HeldJobSettler.HandOver {
        final Deque<Optional<String>> answers = new ArrayDeque<>();
        boolean agreesToCallOff;
        int asked;
        int callOffs;

        ScriptedTarget(List<Optional<String>> script) {
            answers.addAll(script);
        }

        @Override
        public Optional<String> state() {
            asked++;
            return answers.isEmpty() ? Optional.empty() : answers.poll();
        }

        @Override
        public boolean callOff() {
            callOffs++;
            return agreesToCallOff;
        }
    }

    private final List<Duration> pauses = new ArrayList<>();

    private Verdict settle(ScriptedTarget target, int attempts) throws InterruptedException {
        return HeldJobSettler.settle(target, () -> true, attempts, Duration.ofSeconds(15), pauses::add);
    }

    @Test
    void aTargetThatComesBackRunningTheJobEndsTheCopyHere() throws Exception {
        ScriptedTarget target = new ScriptedTarget(List.of(Optional.empty(), Optional.empty(), Optional.of("running")));
        assertEquals(Verdict.RUNS_THERE, settle(target, 10));
        assertEquals(3, target.asked, "asked until it could say");
        assertEquals(List.of(Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(15)), pauses, "a pause before each question");
    }

    @Test
    void aTargetWhoseCopyWasCalledOffOrFailedLetsTheCopyHereRun() throws Exception {
        assertEquals(Verdict.RUNS_HERE, settle(new ScriptedTarget(List.of(Optional.of("aborted"))), 3));
        assertEquals(Verdict.RUNS_HERE, settle(new ScriptedTarget(List.of(Optional.of("failed"))), 3));
    }

    @Test
    void aRestoredCopyThatNeverRanIsEndedThereFirstAndOnlyThenTheCopyHereRuns() throws Exception {
        ScriptedTarget agrees = new ScriptedTarget(List.of(Optional.of("restored")));
        agrees.agreesToCallOff = true;
        assertEquals(Verdict.RUNS_HERE, settle(agrees, 3));
        assertEquals(1, agrees.callOffs);

        // the commit got through meanwhile: the target refuses to end a copy that runs, and says so when asked again
        ScriptedTarget refuses = new ScriptedTarget(List.of(Optional.of("restored"), Optional.of("running")));
        assertEquals(Verdict.RUNS_THERE, settle(refuses, 3));
    }

    @Test
    void whileTheTargetCannotSayNothingIsDecidedAndTheQuestionsAreBounded() throws Exception {
        ScriptedTarget silent = new ScriptedTarget(List.of());
        assertEquals(Verdict.UNSETTLED, settle(silent, 5));
        assertEquals(5, silent.asked);
        ScriptedTarget restoring = new ScriptedTarget(List.of(Optional.of("restoring"), Optional.of("restoring")));
        assertEquals(Verdict.UNSETTLED, settle(restoring, 2), "a restore in progress may still be committed");
    }

    @Test
    void aJobSomeoneResumedOrKilledMeanwhileIsLeftAlone() throws Exception {
        ScriptedTarget target = new ScriptedTarget(List.of(Optional.of("aborted")));
        assertEquals(Verdict.UNSETTLED, HeldJobSettler.settle(target, () -> false, 5, Duration.ofSeconds(15), pauses::add));
        assertEquals(0, target.asked, "not asked once the job is no longer held");
    }
}
