package org.patchbay.lab;

import org.patchbay.core.session.Testbed;

/** Reports how far a lab start or stop has got, and asks whether the user cancelled it. */
public interface LabProgress extends Testbed.Progress {

    LabProgress NONE = new LabProgress() {
        @Override
        public void step(String what, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Ends a start the user cancelled; the caller removes what it had made. */
    default void checkCancelled() throws LabException {
        if (cancelled()) {
            throw new LabException("Lab start cancelled; everything it had made is removed");
        }
    }

    /** A testbed's progress as the lab's. */
    static LabProgress of(Testbed.Progress progress) {
        return progress instanceof LabProgress lab ? lab : new LabProgress() {
            @Override
            public void step(String what, int done, int total) {
                progress.step(what, done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }
}
