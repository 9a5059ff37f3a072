package org.patchbay.lab;

/** Hears about the lab's nodes while it runs, on the lab's own threads. */
public interface LabListener {

    /** Where a node's start has got, from the first second; the console adds connecting and up. */
    enum Phase {
        NAMESPACE("creating its namespace"), LINKS("wiring its links"), AGENT_STARTING("starting its agent"), AGENT_LISTENING("agent listening");

        public final String words;

        Phase(String words) {
            this.words = words;
        }
    }

    /** {@code rebooting} is true when the agent exited asking for a restart, which the lab does after a pause. */
    void agentExited(String node, int exitCode, boolean rebooting);

    void agentStarted(String node);

    default void nodePhase(String node, Phase phase) {
    }

    /** The node could not be started (its agent exited or hung); the rest of the lab runs. Retry with {@link Lab#retry}. */
    default void nodeFailed(String node, String reason) {
    }

    /**
     * What of the running lab broke outside the lab's control (a namespace or a wire deleted by hand, a
     * delay node that exited), by element name (node, link or LAN) with why; the whole current set, empty
     * when nothing is broken. Told within {@link Lab#WATCH_MILLIS} of a change.
     */
    default void broken(java.util.Map<String, String> elements) {
    }

    LabListener NONE = new LabListener() {
        @Override
        public void agentExited(String node, int exitCode, boolean rebooting) {
        }

        @Override
        public void agentStarted(String node) {
        }
    };
}
