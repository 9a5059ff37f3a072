package org.patchbay.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The whole ifXTable of one snmpd, walked three ways in one run: Patchbay's SnmpClient table read,
 * bare SNMP4J GETBULK walking the subtree, and net-snmp's snmpbulkwalk (timed by the calling script,
 * which passes its figures in). Prints ms per walk and requests per second with 8 walks in flight.
 * Arguments: PORT COMMUNITY SECONDS SNMPBULKWALK_MS SNMPBULKWALK_REQ_PER_S
 */
public final class SnmpWalkBenchmark {

    private static final OID IF_X_TABLE = new OID("1.3.6.1.2.1.31.1.1.1");
    private static final int REPETITIONS = 25;
    private static final int IN_FLIGHT = 8;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String community = args[1];
        int seconds = Integer.parseInt(args[2]);
        double bulkwalkMs = Double.parseDouble(args[3]);
        double bulkwalkRate = Double.parseDouble(args[4]);
        List<OID> columns = new ArrayList<>();
        for (int c = 1; c <= 19; c++) {
            columns.add(new OID(IF_X_TABLE).append(c));
        }
        SnmpDevice device = SnmpDevice.of("bench", "127.0.0.1", port, SnmpCredentials.community(SnmpCredentials.Version.V2C, community)).withTimeout(2000, 1);

        try (SnmpClient client = new SnmpClient(); Bare bare = new Bare(port, community)) {
            int rows = client.table(device, columns).get(30, TimeUnit.SECONDS).size();
            int walked = client.walk(device, IF_X_TABLE).get(30, TimeUnit.SECONDS).size();
            int bareVbs = bare.walk().get(30, TimeUnit.SECONDS).intValue();
            for (int i = 0; i < 20; i++) { // warm-up
                client.walk(device, IF_X_TABLE).get(30, TimeUnit.SECONDS);
                client.table(device, columns).get(30, TimeUnit.SECONDS);
                bare.walk().get(30, TimeUnit.SECONDS);
            }
            // best of three rounds (this machine is shared), with the load average beside each
            double patchbayMs = Double.MAX_VALUE, tableMs = Double.MAX_VALUE, bareMs = Double.MAX_VALUE;
            double patchbayRate = 0, patchbayReqs = 0, tableRate = 0, tableReqs = 0, bareRate = 0, bareReqs = 0;
            for (int round = 1; round <= 3; round++) {
                patchbayMs = Math.min(patchbayMs, median(() -> client.walk(device, IF_X_TABLE).get(30, TimeUnit.SECONDS)));
                tableMs = Math.min(tableMs, median(() -> client.table(device, columns).get(30, TimeUnit.SECONDS)));
                bareMs = Math.min(bareMs, median(() -> bare.walk().get(30, TimeUnit.SECONDS)));
                long before = client.requestsSent();
                patchbayRate = Math.max(patchbayRate, inFlight(seconds, () -> client.walk(device, IF_X_TABLE)));
                patchbayReqs = Math.max(patchbayReqs, (client.requestsSent() - before) / (double) seconds);
                long tableBefore = client.requestsSent();
                tableRate = Math.max(tableRate, inFlight(seconds, () -> client.table(device, columns)));
                tableReqs = Math.max(tableReqs, (client.requestsSent() - tableBefore) / (double) seconds);
                long bareBefore = bare.requests.get();
                bareRate = Math.max(bareRate, inFlight(seconds, bare::walk));
                bareReqs = Math.max(bareReqs, (bare.requests.get() - bareBefore) / (double) seconds);
                System.out.printf("round %d done, load average %s%n", round, loadAverage());
            }

            System.out.printf("%nifXTable of one snmpd: %d interfaces, %d values per walk (GETBULK, %d repetitions; Patchbay walked %d); best of 3 rounds%n",
                    rows, bareVbs, REPETITIONS, walked);
            System.out.printf("%-32s %12s %18s %14s%n", "", "ms / walk", "requests/s (8 in flight)", "walks/s");
            System.out.printf("%-32s %12.1f %18.0f %14.1f%n", "Patchbay SnmpClient.walk", patchbayMs, patchbayReqs, patchbayRate);
            System.out.printf("%-32s %12.1f %18.0f %14.1f%n", "Patchbay table, 19 columns", tableMs, tableReqs, tableRate);
            System.out.printf("%-32s %12.1f %18.0f %14.1f%n", "bare SNMP4J subtree walk", bareMs, bareReqs, bareRate);
            System.out.printf("%-32s %12.1f %18.0f %14s%n", "net-snmp snmpbulkwalk", bulkwalkMs, bulkwalkRate, "");
            System.out.printf("Patchbay vs bare SNMP4J: %.2fx the request rate (goal >= 0.9x), walk time %.2fx%n", patchbayReqs / bareReqs, patchbayMs / bareMs);
            // the poller's read asks for 19 columns side by side (38 values an answer), so it compares by whole tables, not requests
            System.out.printf("IF-MIB poller's table read vs bare SNMP4J walk: %.2fx the whole-table reads per second (goal >= 0.9x), read time %.2fx%n",
                    tableRate / bareRate, tableMs / bareMs);
            System.out.printf("Patchbay vs snmpbulkwalk: %.2fx the request rate (goal >= 1x), walk time %.2fx%n", patchbayReqs / bulkwalkRate,
                    patchbayMs / bulkwalkMs);
            System.out.printf("load average at the end: %s%n", loadAverage());
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private interface Walk {
        Object run() throws Exception;
    }

    private static double median(Walk walk) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long t0 = System.nanoTime();
            walk.run();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    /** Keeps 8 walks running for the given time; returns walks per second. */
    private static double inFlight(int seconds, java.util.function.Supplier<CompletableFuture<?>> walk) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong walks = new AtomicLong();
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            CompletableFuture<Void> lane = new CompletableFuture<>();
            lanes.add(lane);
            next(walk, end, walks, lane);
        }
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        return walks.get() / (double) seconds;
    }

    private static void next(java.util.function.Supplier<CompletableFuture<?>> walk, long end, AtomicLong walks, CompletableFuture<Void> lane) {
        if (System.nanoTime() >= end) {
            lane.complete(null);
            return;
        }
        walk.get().whenComplete((r, e) -> {
            if (e != null) {
                lane.completeExceptionally(e);
            } else {
                walks.incrementAndGet();
                next(walk, end, walks, lane);
            }
        });
    }

    /** SNMP4J by itself: GETBULK from the subtree root until the answers leave it. */
    private static final class Bare implements AutoCloseable {
        final AtomicLong requests = new AtomicLong();
        private final Snmp snmp;
        private final CommunityTarget<UdpAddress> target = new CommunityTarget<>();

        Bare(int port, String community) throws IOException {
            snmp = new Snmp(new DefaultUdpTransportMapping());
            snmp.listen();
            target.setAddress(new UdpAddress("127.0.0.1/" + port));
            target.setCommunity(new OctetString(community));
            target.setVersion(SnmpConstants.version2c);
            target.setTimeout(2000);
            target.setRetries(1);
        }

        CompletableFuture<Long> walk() {
            CompletableFuture<Long> done = new CompletableFuture<>();
            step(IF_X_TABLE, 0, done);
            return done;
        }

        private void step(OID from, long count, CompletableFuture<Long> done) {
            PDU pdu = new PDU();
            pdu.setType(PDU.GETBULK);
            pdu.setMaxRepetitions(REPETITIONS);
            pdu.add(new VariableBinding(from));
            requests.incrementAndGet();
            try {
                snmp.send(pdu, target, null, new ResponseListener() {
                    @Override
                    public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                        ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                        PDU response = event.getResponse();
                        if (response == null) {
                            done.completeExceptionally(new IOException("timeout"));
                            return;
                        }
                        long n = count;
                        OID last = null;
                        for (VariableBinding vb : response.getVariableBindings()) {
                            if (!vb.getOid().startsWith(IF_X_TABLE) || vb.getVariable().isException()) {
                                done.complete(n);
                                return;
                            }
                            n++;
                            last = vb.getOid();
                        }
                        step(last, n, done);
                    }
                });
            } catch (IOException e) {
                done.completeExceptionally(e);
            }
        }

        @Override
        public void close() throws IOException {
            snmp.close();
        }
    }
}
