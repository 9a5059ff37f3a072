package org.patchbay.experiment;

/** Progress of a sweep, called on the sweep's thread. */
public interface SweepListener {

    /** Run {@code run} begins; {@code done} runs of {@code total} are recorded (this one excluded); {@code estimateSeconds} is left, or -1 before anything is known. */
    default void runStarting(PlannedRun run, int done, int total, double estimateSeconds) {
    }

    default void runRecorded(RunRecord record) {
    }

    /** A line for the log: shaping applied, a step started, a run's processes ended. */
    default void note(String line) {
    }
}
