package org.patchbay.lab;

import java.util.List;
import java.util.Map;

import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShaperProcess;
import org.patchbay.shaping.ShapingException;

/**
 * One running {@code pb-shaper}: the user-space delay node of one wire ({@link ShaperProcess}, its
 * failures as lab errors). It exits when its standard input closes, so a console that dies takes its
 * shapers with it.
 */
final class DelayNodeProcess {

    private final LabPlan.DelayNode node;
    private final ShaperProcess shaper;

    DelayNodeProcess(LabPlan.DelayNode node, Process process) throws LabException {
        this.node = node;
        try {
            this.shaper = new ShaperProcess("delay node for " + node.what(), process);
        } catch (ShapingException e) {
            throw new LabException(e.getMessage(), e);
        }
    }

    LabPlan.DelayNode node() {
        return node;
    }

    long pid() {
        return shaper.pid();
    }

    boolean alive() {
        return shaper.alive();
    }

    /** Sends one command and returns its reply lines ({@code lines} of them); an "error" reply is thrown. */
    List<String> command(String line, int lines) throws LabException {
        try {
            return shaper.command(line, lines);
        } catch (ShapingException e) {
            throw new LabException(e.getMessage() + (shaper.alive() ? "" : "; restart the lab"), e);
        }
    }

    /** What each direction ("ab", "ba") runs now, read back. */
    Map<String, PipeSpec> shown() throws LabException {
        try {
            return shaper.shown();
        } catch (ShapingException e) {
            throw new LabException(e.getMessage(), e);
        }
    }

    /** Asks the shaper to end without waiting for it: a lab of hundreds of links asks them all, then waits ({@link #stop}). */
    void stopSoon() {
        shaper.stopSoon();
    }

    void stop() {
        shaper.stop();
    }
}
