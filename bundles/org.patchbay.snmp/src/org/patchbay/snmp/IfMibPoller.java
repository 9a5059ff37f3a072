package org.patchbay.snmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * Reads a switch's interfaces: GETBULK over ifXTable (ifName, ifHCInOctets, ifHCOutOctets,
 * ifHighSpeed, ifCounterDiscontinuityTime) and ifTable (ifDescr, ifOperStatus, ifSpeed, and the
 * 32-bit octet counters, used only where the 64-bit ones are missing, as on SNMPv1), plus sysUpTime,
 * and turns successive polls into rates with {@link CounterRates}.
 */
public final class IfMibPoller {

    public static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    /** The object before sysUpTime.0, so GETNEXT/GETBULK non-repeaters answer sysUpTime.0. */
    private static final OID SYS_UP_TIME_COLUMN = new OID("1.3.6.1.2.1.1.3");
    static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
    static final OID IF_SPEED = new OID("1.3.6.1.2.1.2.2.1.5");
    static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");
    static final OID IF_IN_OCTETS = new OID("1.3.6.1.2.1.2.2.1.10");
    static final OID IF_OUT_OCTETS = new OID("1.3.6.1.2.1.2.2.1.16");
    static final OID IF_NAME = new OID("1.3.6.1.2.1.31.1.1.1.1");
    static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
    static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
    static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");
    static final OID IF_COUNTER_DISCONTINUITY = new OID("1.3.6.1.2.1.31.1.1.1.19");

    private static final List<OID> COLUMNS = List.of(IF_DESCR, IF_SPEED, IF_OPER_STATUS, IF_IN_OCTETS, IF_OUT_OCTETS, IF_NAME, IF_HC_IN_OCTETS,
            IF_HC_OUT_OCTETS, IF_HIGH_SPEED, IF_COUNTER_DISCONTINUITY);

    /** One poll: the device's uptime and its interfaces, each with the uptime read in the same answer as its counters. */
    public record Poll(long upTimeCentis, List<InterfaceCounters> interfaces, Map<Integer, Long> upTimeOf) {
    }

    /** An interface's counters and, from the second poll on, its rates. */
    public record Load(InterfaceCounters counters, CounterRates.Rate rate) {
    }

    private final SnmpClient client;
    private final CounterRates rates = new CounterRates();

    public IfMibPoller(SnmpClient client) {
        this.client = client;
    }

    public CompletableFuture<Poll> poll(SnmpDevice device) {
        // sysUpTime rides along in every request, so a slow or repeated answer cannot skew a rate
        return client.table(device, COLUMNS, SYS_UP_TIME_COLUMN).thenApply(table -> {
            List<InterfaceCounters> interfaces = new ArrayList<>();
            Map<Integer, Long> upTimes = new java.util.HashMap<>();
            long latest = 0;
            for (var row : table.rows().entrySet()) {
                int ifIndex = row.getKey().get(0);
                interfaces.add(counters(ifIndex, row.getValue()));
                Variable upTime = table.alongside().get(row.getKey());
                long centis = upTime == null ? 0 : upTime.toLong();
                upTimes.put(ifIndex, centis);
                latest = Math.max(latest, centis);
            }
            return new Poll(latest, interfaces, upTimes);
        });
    }

    /** Polls and computes rates against the previous poll of the same device (none on the first). */
    public CompletableFuture<List<Load>> pollRates(SnmpDevice device) {
        return poll(device).thenApply(poll -> {
            List<Load> loads = new ArrayList<>();
            synchronized (rates) {
                for (InterfaceCounters c : poll.interfaces()) {
                    CounterRates.Reading reading = new CounterRates.Reading(poll.upTimeOf().getOrDefault(c.ifIndex(), poll.upTimeCentis()),
                            c.discontinuity(), c.inOctets(), c.outOctets(),
                            c.highCapacity() ? 64 : 32, c.speedBitsPerSecond());
                    loads.add(new Load(c, rates.update(device.host() + ":" + device.port() + "/" + c.ifIndex(), reading).orElse(null)));
                }
            }
            return loads;
        });
    }

    private static InterfaceCounters counters(int ifIndex, Map<OID, Variable> row) {
        boolean hc = row.containsKey(IF_HC_IN_OCTETS) && row.containsKey(IF_HC_OUT_OCTETS);
        long in = hc ? row.get(IF_HC_IN_OCTETS).toLong() : value(row, IF_IN_OCTETS);
        long out = hc ? row.get(IF_HC_OUT_OCTETS).toLong() : value(row, IF_OUT_OCTETS);
        long highSpeed = value(row, IF_HIGH_SPEED);
        long speed = highSpeed > 0 ? highSpeed * 1_000_000L : value(row, IF_SPEED);
        String name = row.containsKey(IF_NAME) ? row.get(IF_NAME).toString() : row.containsKey(IF_DESCR) ? row.get(IF_DESCR).toString() : "if" + ifIndex;
        return new InterfaceCounters(ifIndex, name, value(row, IF_OPER_STATUS) == 1, speed, in, out, hc, value(row, IF_COUNTER_DISCONTINUITY));
    }

    private static long value(Map<OID, Variable> row, OID column) {
        Variable v = row.get(column);
        return v == null ? 0 : v.toLong();
    }
}
