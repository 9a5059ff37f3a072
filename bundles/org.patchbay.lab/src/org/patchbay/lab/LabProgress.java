package org.patchbay.lab;

/** Reports how far a lab start or stop has got, and asks whether the user cancelled it. */
public interface LabProgress {

    void step(String what, int done, int total);

    boolean cancelled();

    LabProgress NONE = new LabProgress() {
        @Override
        public void step(String what, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
