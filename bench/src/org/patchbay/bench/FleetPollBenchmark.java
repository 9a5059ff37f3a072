package org.patchbay.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.patchbay.snmp.IfMibPoller;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * One poll cycle over many switches: every device's interfaces read at once by the IF-MIB poller
 * (the way the console will poll), timed from the first request to the last answer. Prints the
 * median of the measured cycles. Arguments: ADDRESSES_FILE CYCLES
 */
public final class FleetPollBenchmark {

    public static void main(String[] args) throws Exception {
        List<String> addresses = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).toList();
        int cycles = Integer.parseInt(args[1]);
        List<SnmpDevice> devices = new ArrayList<>();
        for (String address : addresses) {
            devices.add(SnmpDevice.of(address, address, 161, SnmpCredentials.community(SnmpCredentials.Version.V2C, "bench")).withTimeout(3000, 1));
        }
        try (SnmpClient client = new SnmpClient()) {
            IfMibPoller poller = new IfMibPoller(client);
            cycle(poller, devices); // baseline for rates, and warm-up
            cycle(poller, devices);
            List<Double> times = new ArrayList<>();
            int ports = 0;
            int rated = 0;
            long requests = client.requestsSent();
            for (int c = 0; c < cycles; c++) {
                long t0 = System.nanoTime();
                List<List<IfMibPoller.Load>> result = cycle(poller, devices);
                times.add((System.nanoTime() - t0) / 1e9);
                ports = result.stream().mapToInt(List::size).sum();
                rated = (int) result.stream().flatMap(List::stream).filter(l -> l.rate() != null).count();
                Thread.sleep(1000);
            }
            double perCycle = (client.requestsSent() - requests) / (double) cycles;
            times.sort(null);
            double median = times.get(times.size() / 2);
            System.out.printf("%npoll cycle over %d snmpd devices: %d interfaces (%d with rates), %.0f requests per cycle%n", devices.size(), ports, rated,
                    perCycle);
            System.out.printf("%-34s %10s %10s %8s%n", "", "measured", "goal", "ratio");
            System.out.printf("%-34s %10.2f %10s %8.2fx%n", "full poll cycle, median (s)", median, "<= 5", median / 5);
            System.out.printf("%-34s %10.2f %10s%n", "slowest cycle (s)", times.get(times.size() - 1), "");
            System.out.printf("LibreNMS publishes about 1 000 devices per 300 s per poller: %.1f devices/s; this cycle: %.0f devices/s%n", 1000 / 300.0,
                    devices.size() / median);
        }
    }

    private static List<List<IfMibPoller.Load>> cycle(IfMibPoller poller, List<SnmpDevice> devices) throws Exception {
        List<CompletableFuture<List<IfMibPoller.Load>>> polls = new ArrayList<>();
        for (SnmpDevice device : devices) {
            polls.add(poller.pollRates(device));
        }
        List<List<IfMibPoller.Load>> result = new ArrayList<>();
        for (CompletableFuture<List<IfMibPoller.Load>> poll : polls) {
            result.add(poll.get(60, TimeUnit.SECONDS));
        }
        return result;
    }
}
