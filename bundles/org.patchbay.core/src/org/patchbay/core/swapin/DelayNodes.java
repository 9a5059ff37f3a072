package org.patchbay.core.swapin;

import org.patchbay.model.Machine;
import org.patchbay.shaping.PipeSpec;

/**
 * The machines a swap-in makes delay nodes: each bridges two of its interfaces through a pipe each
 * way ({@code ab} from the interface towards the link's end A to the one towards B), until unbridged.
 */
public interface DelayNodes {

    void bridge(Machine machine, String name, String towardsA, String towardsB, PipeSpec ab, PipeSpec ba) throws SwapException;

    /** Ends the bridge; one that is not there (never made, or gone with a restarted agent) is no failure. */
    void unbridge(Machine machine, String name) throws SwapException;

    /** Why a swap that reaches no agents cannot make {@code machine} a delay node, and what to do. */
    static String unreachable(Machine machine) {
        return "this swap cannot reach the agents of delay machines such as " + machine.getName()
                + "; swap in from the console, or give patchbay-cli swap the console's CA folder (--ca DIR)";
    }

    /** For a console that reaches no agents: a mapping with delay nodes is refused before anything changes. */
    DelayNodes NONE = new DelayNodes() {
        @Override
        public void bridge(Machine machine, String name, String towardsA, String towardsB, PipeSpec ab, PipeSpec ba) throws SwapException {
            throw new SwapException(unreachable(machine));
        }

        @Override
        public void unbridge(Machine machine, String name) throws SwapException {
            throw new SwapException("this swap cannot reach the agent of delay machine " + machine.getName() + " to end its delay " + name
                    + "; swap out from the console, or give patchbay-cli swap the console's CA folder (--ca DIR)");
        }
    };
}
