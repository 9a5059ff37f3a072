package org.patchbay.core.swapin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.core.jobs.NodeLoad;
import org.patchbay.core.live.KernelInterfaceNames;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;

/**
 * When each machine was last seen working, from what its agent reports: busy while its processes
 * want at least {@code busyCores} of CPU or its experiment interfaces (not the management one) move
 * at least {@code bitsPerSecond}. A machine is counted from the moment it is first seen, so an
 * experiment is idle only after a whole idle period has been watched. The basis for swapping out
 * idle experiments, as Emulab does.
 */
public final class MachineActivity implements LiveState.Listener, AutoCloseable {

    private final LiveState live;
    private final Clock clock;
    private final double busyCores;
    private final double bitsPerSecond;
    private final Map<String, Instant> lastBusy = new ConcurrentHashMap<>();

    public MachineActivity(LiveState live, Clock clock, double busyCores, double bitsPerSecond) {
        this.live = live;
        this.clock = clock;
        this.busyCores = busyCores;
        this.bitsPerSecond = bitsPerSecond;
        live.addListener(this);
        live.nodes().keySet().forEach(this::changed);
    }

    @Override
    public void changed(String node) {
        LiveNode n = live.node(node);
        if (n == null || !n.up() || n.status() == null) {
            return;
        }
        Instant now = clock.instant();
        if (busy(n)) {
            lastBusy.put(node, now);
        } else {
            lastBusy.putIfAbsent(node, now);
        }
    }

    private boolean busy(LiveNode n) {
        if (NodeLoad.busyCores(n) >= busyCores) {
            return true;
        }
        for (InterfaceInfo iface : n.interfaces().values()) {
            if (!iface.name().equals(KernelInterfaceNames.MANAGEMENT) && !iface.name().equals("lo")
                    && iface.rxBitsPerSecond() + iface.txBitsPerSecond() >= bitsPerSecond) {
                return true;
            }
        }
        return false;
    }

    /** When the machine was last busy (or first seen); empty for a machine never heard from. */
    public Optional<Instant> lastBusy(String machine) {
        return Optional.ofNullable(lastBusy.get(machine));
    }

    /** Starts the machine's count afresh (it went to another experiment): its past quiet is not the new experiment's. */
    public void forget(String machine) {
        lastBusy.remove(machine);
    }

    @Override
    public void close() {
        live.removeListener(this);
    }
}
