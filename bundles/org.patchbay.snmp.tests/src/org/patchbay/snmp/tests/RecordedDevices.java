package org.patchbay.snmp.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/** snmpsim serving every recorded device of {@code data/} on a free loopback port, each reached with its file name as community. */
final class RecordedDevices implements AutoCloseable {

    final SnmpClient client;
    /** A folder of the test's own, for what a test starts beside the recorded devices. */
    final Path work;
    final int port;
    private final Process snmpsim;

    private RecordedDevices(SnmpClient client, Path work, Process snmpsim, int port) {
        this.client = client;
        this.work = work;
        this.snmpsim = snmpsim;
        this.port = port;
    }

    /** Starts snmpsim and waits (bounded) until {@code probe} answers. */
    static RecordedDevices start(String probe) throws Exception {
        Path work = Files.createTempDirectory("patchbay-snmpsim");
        int port = Daemons.freeUdpPort();
        Process snmpsim = Daemons.snmpsim(Path.of(System.getProperty("patchbay.snmp.data", "data")), work, port);
        RecordedDevices devices = new RecordedDevices(new SnmpClient(), work, snmpsim, port);
        try {
            Daemons.awaitAnswer(devices.client, devices.device(probe), snmpsim, work.resolve("snmpsim.out"));
        } catch (Exception | AssertionError e) {
            devices.close();
            throw e;
        }
        return devices;
    }

    SnmpDevice device(String community) {
        return SnmpDevice.of(community, "127.0.0.1", port, SnmpCredentials.community(SnmpCredentials.Version.V2C, community));
    }

    @Override
    public void close() throws Exception {
        client.close();
        Daemons.stop(snmpsim);
    }
}
