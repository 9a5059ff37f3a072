package org.patchbay.snmp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * Switches a PDU's outlets and reads them back. After every command the outlet is read again and the
 * outcome says what is true: switched as asked, still switching, or unchanged; a PDU that answers
 * the SET with an error but did switch is reported in the state it is really in.
 */
public final class PduDriver {

    public static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    public static final List<PduProfile> KNOWN = List.of(PduProfile.APC_MASTERSWITCH, PduProfile.APC_RACK_PDU, PduProfile.RARITAN_PDU2,
            PduProfile.EATON_EPDU);

    private final SnmpClient client;
    private final SnmpDevice device;
    private final PduProfile profile;
    private final int unit;

    /** What a command achieved, in the words of the outlet's read-back state. */
    public record Outcome(int outlet, PowerCommand command, OutletState before, OutletState after, String deviceError) {
        public boolean succeeded() {
            return after == command.expected() || (command == PowerCommand.CYCLE && (after == OutletState.ON || after == OutletState.PENDING));
        }

        public String describe() {
            String what = "outlet " + outlet + " " + command.name().toLowerCase() + ": ";
            if (succeeded()) {
                return what + "now " + after.name().toLowerCase() + (deviceError == null ? "" : " (the PDU reported an error but did switch: " + deviceError + ")");
            }
            return what + "state unchanged, still " + after.name().toLowerCase() + (deviceError == null ? "" : " (" + deviceError + ")");
        }
    }

    public PduDriver(SnmpClient client, SnmpDevice device, PduProfile profile, int unit) {
        this.client = client;
        this.device = device;
        this.profile = profile;
        this.unit = unit;
    }

    public PduProfile profile() {
        return profile;
    }

    /** The profile whose sysObjectID prefix matches the device's, the longest match winning. */
    public static CompletableFuture<Optional<PduProfile>> detect(SnmpClient client, SnmpDevice device) {
        return client.get(device, SYS_OBJECT_ID).thenApply(value -> {
            if (!(value instanceof OID sysObjectId)) {
                return Optional.empty();
            }
            PduProfile best = null;
            for (PduProfile p : KNOWN) {
                if (sysObjectId.startsWith(new OID(p.sysObjectIdPrefix()))
                        && (best == null || p.sysObjectIdPrefix().length() > best.sysObjectIdPrefix().length())) {
                    best = p;
                }
            }
            return Optional.ofNullable(best);
        });
    }

    public CompletableFuture<OutletState> read(int outlet) {
        return client.get(device, profile.stateOid(unit, outlet)).thenApply(value -> profile.state(value.toInt()));
    }

    public CompletableFuture<Outcome> command(int outlet, PowerCommand command) {
        OID oid = profile.commandOid(command, unit, outlet);
        Variable value = new Integer32(profile.commandValues().get(command));
        return read(outlet).thenCompose(before -> client.set(device, oid, value).handle((answer, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof SnmpException e && e.kind() != SnmpException.Kind.REFUSED) {
                throw new CompletionException(e);
            }
            return cause == null ? "" : cause.getMessage();
        }).thenCompose(error -> read(outlet).thenApply(after -> new Outcome(outlet, command, before, after, error.isEmpty() ? null : error))));
    }
}
