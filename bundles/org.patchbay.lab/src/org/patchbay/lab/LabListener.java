package org.patchbay.lab;

/** Hears about the lab's nodes while it runs, on the lab's own threads. */
public interface LabListener {

    /** Where a node's start has got, from the first second; the console adds connecting and up. */
    enum Phase {
        NAMESPACE("creating its namespace"), LINKS("wiring its links"), AGENT_STARTING("starting its agent"), AGENT_LISTENING("agent listening"),
        /** A VM node (hardware type qemu): booting from the network, in its imaging environment, running its disk, or off. */
        VM_NETWORK_BOOT("VM booting from the network"), VM_IMAGING("VM in its imaging environment"), VM_RUNNING("VM running its disk", true),
        VM_OFF("VM powered off");

        public final String words;
        /** The node runs (without an agent the console could reach, so this is all it will hear of it). */
        public final boolean running;

        Phase(String words) {
            this(words, false);
        }

        Phase(String words, boolean running) {
            this.words = words;
            this.running = running;
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
