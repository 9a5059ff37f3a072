package org.patchbay.core.power;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.patchbay.model.Cluster;
import org.patchbay.model.Outlet;
import org.patchbay.model.PowerController;
import org.patchbay.model.SnmpTarget;
import org.patchbay.snmp.OutletState;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * Reads the outlet states of the topology's PDUs at a fixed interval, so their figures show which
 * outlets are on. A PDU without an SNMP target, a supported profile or credentials is reported as
 * such rather than polled; one that does not answer only delays itself.
 */
public final class PduMonitor implements AutoCloseable {

    /** What the console knows of one PDU: outlet number -> state, the warning its SNMP version deserves, or why it cannot be read. */
    public record PduStatus(Map<Integer, OutletState> outlets, String warning, String problem) {
    }

    private final SnmpClient snmp;
    private final Function<String, Optional<SnmpCredentials>> credentials;
    private final Function<String, Optional<PduProfile>> genericProfiles;
    private final Consumer<String> changed;
    private final Map<String, PduStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pdu-poller");
        t.setDaemon(true);
        return t;
    });
    private volatile List<Pdu> pdus = List.of();

    private record Pdu(String name, SnmpDevice device, PduProfile profile, List<Integer> outlets) {
    }

    public PduMonitor(SnmpClient snmp, Function<String, Optional<SnmpCredentials>> credentials, Function<String, Optional<PduProfile>> genericProfiles,
            Duration interval, Consumer<String> changed) {
        this.snmp = snmp;
        this.credentials = credentials;
        this.genericProfiles = genericProfiles;
        this.changed = changed;
        clock.scheduleAtFixedRate(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Optional<PduStatus> status(String pduName) {
        return Optional.ofNullable(statuses.get(pduName));
    }

    /** Polls the PDUs of this topology (read on the caller's thread, which must own the model). */
    public void follow(Cluster cluster) {
        List<Pdu> now = new java.util.ArrayList<>();
        for (PowerController pdu : cluster.getPowerControllers()) {
            String name = pdu.getName();
            if (name == null) {
                continue;
            }
            SnmpTarget target = pdu.getSnmp();
            Optional<PduProfile> profile = PduProfiles.of(pdu, genericProfiles);
            Optional<SnmpCredentials> creds = target == null || target.getCredentialId() == null ? Optional.empty() : credentials.apply(target.getCredentialId());
            if (target == null || target.getHost() == null || target.getHost().isBlank()) {
                report(name, new PduStatus(Map.of(), null, "no SNMP address; set it in Properties"));
            } else if (profile.isEmpty()) {
                report(name, new PduStatus(Map.of(), null, pdu.getVendorProfile() == org.patchbay.model.PduProfile.GENERIC
                        ? "generic PDU '" + name + "' is not described in the PDU profile file"
                        : "profile " + pdu.getVendorProfile().getLiteral() + " is not supported"));
            } else if (creds.isEmpty()) {
                report(name, new PduStatus(Map.of(), null, "no credentials '" + target.getCredentialId() + "' in the SNMP credential file"));
            } else {
                List<Integer> numbers = pdu.getOutlets().stream().map(Outlet::getNumber).toList();
                now.add(new Pdu(name, SnmpDevice.of(name, target.getHost(), target.getPort() > 0 ? target.getPort() : 161, creds.get()).withTimeout(2000, 1),
                        profile.get(), numbers));
            }
        }
        pdus = List.copyOf(now);
    }

    private void pollAll() {
        for (Pdu pdu : pdus) {
            if (inFlight.putIfAbsent(pdu.name(), true) != null) {
                continue;
            }
            PduDriver driver = new PduDriver(snmp, pdu.device(), pdu.profile(), pdu.profile().defaultUnit());
            Map<Integer, CompletableFuture<OutletState>> reads = new LinkedHashMap<>();
            for (int outlet : pdu.outlets()) {
                reads.put(outlet, driver.read(outlet));
            }
            CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> {
                inFlight.remove(pdu.name());
                String warning = pdu.device().credentials().warning();
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    report(pdu.name(), new PduStatus(Map.of(), warning, cause.getMessage()));
                    return;
                }
                Map<Integer, OutletState> states = new LinkedHashMap<>();
                reads.forEach((outlet, read) -> states.put(outlet, read.join()));
                report(pdu.name(), new PduStatus(states, warning, null));
            });
        }
    }

    private void report(String name, PduStatus status) {
        if (!status.equals(statuses.put(name, status))) {
            changed.accept(name);
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
