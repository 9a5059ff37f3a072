package org.patchbay.core.swapin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;

/**
 * One look of a testbed's keeper, as Emulab's expiry daemon makes them: under the testbed's lock, the
 * inventory read as saved now, any swap a dead console left half way finished or rolled back, every
 * experiment whose reservation ended swapped out (and whatever {@code more} swaps out, e.g. idle ones),
 * the inventory saved when a reservation changed. {@code patchbay-cli swap watch} and the console's
 * Mapping view both look this way, so neither overwrites a reservation the other made.
 */
public final class ReservationKeeper {

    /** Further swap-outs made in the same look, on the inventory read for it (e.g. idle experiments). */
    public interface MoreSwapOuts {
        List<String> run(Testbed testbed) throws SwapException;
    }

    private ReservationKeeper() {
    }

    /** Answers what was done, a line each ("expA swapped out: its reservation ended"); empty when nothing was due. */
    public static List<String> look(SwapIns swaps, Path inventory, Instant now, Consumer<String> step, MoreSwapOuts more) throws SwapException {
        List<String> done = new ArrayList<>();
        swaps.locked(inventory.getFileName().toString(), () -> {
            Testbed testbed = load(inventory);
            Map<String, String> before = SwapIns.reservations(testbed);
            try {
                swaps.recover(testbed, step).forEach(line -> done.add("recovered: " + line));
                done.addAll(swaps.swapOutExpired(testbed, now, step));
                if (more != null) {
                    done.addAll(more.run(testbed));
                }
            } finally {
                // a swap-out that failed half way may still have freed machines: save whatever changed
                if (!SwapIns.reservations(testbed).equals(before)) {
                    save(testbed, inventory);
                }
            }
            return null;
        });
        return done;
    }

    /** The inventory as saved now; unreadable, a refusal of the look. */
    public static Testbed load(Path inventory) throws SwapException {
        try {
            return ClusterFiles.loadTestbed(inventory);
        } catch (ClusterFileException e) {
            throw new SwapException(e.getMessage(), e);
        }
    }

    /** Saves the inventory atomically; a failure is the look's. */
    public static void save(Testbed testbed, Path inventory) throws SwapException {
        try {
            ClusterFiles.saveTestbed(testbed, inventory);
        } catch (ClusterFileException e) {
            throw new SwapException("the inventory could not be saved: " + e.getMessage(), e);
        }
    }
}
