package org.patchbay.core.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.patchbay.snmp.IfMibPoller;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpDevice;

/**
 * Polls switches' IF-MIB counters at a fixed interval and puts the per-port rates into
 * {@link LiveState}, beside what node agents measure. Each switch is polled on its own: one that is
 * slow or down only delays itself (a poll still running when the next is due is skipped). The
 * interval must be longer than the time a switch keeps its interface table cached (net-snmp: 3 s
 * unless told otherwise; the lab's switches 1 s), else a poll can read the previous poll's counters.
 */
public final class SwitchMonitor implements AutoCloseable {

    private final SnmpClient client;
    private final IfMibPoller poller;
    private final LiveState live;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "switch-poller");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SnmpDevice> devices = new LinkedHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public SwitchMonitor(SnmpClient client, LiveState live, Duration interval) {
        this.client = client;
        this.poller = new IfMibPoller(client);
        this.live = live;
        clock.scheduleAtFixedRate(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void follow(Map<String, SnmpDevice> switches) {
        for (String gone : new HashMap<>(devices).keySet()) {
            if (!switches.containsKey(gone)) {
                devices.remove(gone);
                live.forgetSwitch(gone);
            }
        }
        devices.putAll(switches);
    }

    private void pollAll() {
        Map<String, SnmpDevice> now;
        synchronized (this) {
            now = new LinkedHashMap<>(devices);
        }
        now.forEach((name, device) -> {
            if (!inFlight.add(name)) {
                return;
            }
            poller.pollRates(device).whenComplete((loads, failure) -> {
                inFlight.remove(name);
                synchronized (this) {
                    if (!devices.containsKey(name)) {
                        return;
                    }
                }
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    live.switchFailed(name, cause.getMessage());
                    return;
                }
                Map<Integer, LiveState.SwitchPortLoad> ports = new HashMap<>();
                for (IfMibPoller.Load load : loads) {
                    var c = load.counters();
                    ports.put(c.ifIndex(), new LiveState.SwitchPortLoad(c.ifIndex(), c.name(), load.rate() == null ? Double.NaN : load.rate().inBitsPerSecond(),
                            load.rate() == null ? Double.NaN : load.rate().outBitsPerSecond(), c.speedBitsPerSecond(), c.up()));
                }
                live.switchPolled(name, ports);
            });
        });
    }

    @Override
    public void close() {
        clock.shutdownNow();
        synchronized (this) {
            devices.keySet().forEach(live::forgetSwitch);
            devices.clear();
        }
    }

    public SnmpClient client() {
        return client;
    }
}
