package org.patchbay.snmp.tests;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpDevice;

/** Real SNMP agents for the tests: net-snmp's snmpd and snmpsim, each on a free loopback port, stopped after. */
final class Daemons {

    private Daemons() {
    }

    static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** snmpd with only our configuration (-C), persistent state in {@code dir}, listening on 127.0.0.1:port. */
    static Process snmpd(Path dir, int port, String config) throws IOException {
        Path conf = dir.resolve("snmpd.conf");
        Files.writeString(conf, "agentAddress udp:127.0.0.1:" + port + "\n" + config);
        ProcessBuilder builder = new ProcessBuilder("snmpd", "-f", "-Lo", "-C", "-c", conf.toString(), "-p", dir.resolve("snmpd.pid").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.log").toFile());
        builder.environment().put("SNMP_PERSISTENT_DIR", dir.resolve("persist").toString());
        return builder.start();
    }

    /** snmpsim serving every .snmprec in {@code data} (the file name is the community). It drops root to nobody. */
    static Process snmpsim(Path data, Path work, int port) throws IOException {
        Path served = work.resolve("data");
        Files.createDirectories(served);
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".snmprec")).toList()) {
                Files.copy(f, served.resolve(f.getFileName()));
                Files.setPosixFilePermissions(served.resolve(f.getFileName()), PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        Path cache = work.resolve("cache");
        Files.createDirectories(cache);
        for (Path p : List.of(work, served, cache)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        return new ProcessBuilder("snmpsimd", "--data-dir=" + served, "--cache-dir=" + cache, "--agent-udpv4-endpoint=127.0.0.1:" + port,
                "--process-user=nobody", "--process-group=nogroup", "--logging-method=file:" + work.resolve("snmpsim.log"))
                .redirectErrorStream(true).redirectOutput(work.resolve("snmpsim.out").toFile()).start();
    }

    /**
     * Waits until the agent answers a GET of sysUpTime. A daemon that exits fails at once; one that runs is given two
     * minutes, since snmpsim (Python, compiling its records) can take well over 15 s to answer on a loaded machine.
     */
    static void awaitAnswer(SnmpClient client, SnmpDevice device, Process daemon, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            try {
                client.get(device.withTimeout(300, 0), org.patchbay.snmp.IfMibPoller.SYS_UP_TIME).get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                if (!daemon.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new AssertionError(device + " did not start: " + (Files.exists(log) ? Files.readString(log) : "no log"), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    static void stop(Process daemon) throws InterruptedException {
        if (daemon != null) {
            daemon.destroy();
            if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
            }
        }
    }
}
