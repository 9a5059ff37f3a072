package org.patchbay.lab;

/** Hears about the lab's nodes while it runs, on the lab's own threads. */
public interface LabListener {

    /** {@code rebooting} is true when the agent exited asking for a restart, which the lab does after a pause. */
    void agentExited(String node, int exitCode, boolean rebooting);

    void agentStarted(String node);

    LabListener NONE = new LabListener() {
        @Override
        public void agentExited(String node, int exitCode, boolean rebooting) {
        }

        @Override
        public void agentStarted(String node) {
        }
    };
}
