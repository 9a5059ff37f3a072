package org.patchbay.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchbay.snmp.IfMibPoller;
import org.patchbay.snmp.InterfaceCounters;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentialFile;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;
import org.patchbay.snmp.SnmpException;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * Against Debian's net-snmp snmpd, started by the test on loopback: IF-MIB counters of a veth pair
 * the test made (one end in a namespace it made) during a bounded transfer; SNMPv3 authPriv with
 * SHA-256 and AES; a wrong key said to be an authentication failure, not a timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnmpdTest {

    private static final String USER = "pbuser";
    private static final String AUTH = "auth-passphrase-1";
    private static final String PRIV = "priv-passphrase-1";

    private Path dir;
    private Process snmpd;
    private SnmpClient client;
    private int port;
    private final String suffix = HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(2));
    private final String namespace = "pbtest-snmp-" + suffix;
    private final String hostEnd = "pbs" + suffix;

    /** net-snmp caches its interface table for a few seconds; polls further apart than this see fresh counters. */
    private static final long IF_CACHE_MILLIS = 4000;

    @BeforeAll
    void start() throws Exception {
        assertEquals("0", run("id", "-u").trim(), "the snmpd tests make a veth pair and run as root (CI does)");
        // the veth exists before snmpd starts, so its first interface table already has it
        run("ip", "netns", "add", namespace);
        run("ip", "link", "add", hostEnd, "type", "veth", "peer", "name", "eth0", "netns", namespace);
        run("ip", "addr", "add", "10.201.77.1/30", "dev", hostEnd);
        run("ip", "link", "set", hostEnd, "up");
        run("ip", "-n", namespace, "addr", "add", "10.201.77.2/30", "dev", "eth0");
        run("ip", "-n", namespace, "link", "set", "eth0", "up");
        run("ip", "-n", namespace, "link", "set", "lo", "up");
        dir = Files.createTempDirectory("patchbay-snmpd");
        Files.createDirectories(dir.resolve("persist"));
        port = Daemons.freeUdpPort();
        snmpd = Daemons.snmpd(dir, port, """
                rocommunity patchbay-test 127.0.0.1
                createUser %s SHA-256 "%s" AES "%s"
                rouser %s priv
                """.formatted(USER, AUTH, PRIV, USER));
        client = new SnmpClient();
        Daemons.awaitAnswer(client, v2c(), snmpd, dir.resolve("snmpd.log"));
    }

    @AfterAll
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        Daemons.stop(snmpd);
        run("ip", "netns", "del", namespace);
    }

    private SnmpDevice v2c() {
        return SnmpDevice.of("test snmpd", "127.0.0.1", port, SnmpCredentials.community(SnmpCredentials.Version.V2C, "patchbay-test"));
    }

    private SnmpDevice v3(String auth, String priv) {
        return SnmpDevice.of("test snmpd", "127.0.0.1", port,
                SnmpCredentials.v3(USER, SnmpCredentials.Auth.SHA256, auth, SnmpCredentials.Privacy.AES128, priv));
    }

    @Test
    void ifMibOctetsOfAVethAgreeWithTheBytesSentThroughIt() throws Exception {
        Thread.sleep(IF_CACHE_MILLIS);
        IfMibPoller poller = new IfMibPoller(client);
        InterfaceCounters before = find(poller.poll(v2c()).get(10, TimeUnit.SECONDS).interfaces());
        assertTrue(before.highCapacity(), "v2c reads the 64-bit ifHC counters");
        int datagrams = 3000;
        int payload = 1000;
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] data = new byte[payload];
            for (int i = 0; i < datagrams; i++) {
                socket.send(new DatagramPacket(data, data.length, InetAddress.getByName("10.201.77.2"), 9));
            }
        }
        Thread.sleep(IF_CACHE_MILLIS);
        InterfaceCounters after = find(poller.poll(v2c()).get(10, TimeUnit.SECONDS).interfaces());
        long sentOnTheWire = (long) datagrams * (payload + 8 + 20 + 14);
        long counted = after.outOctets() - before.outOctets();
        double error = Math.abs(counted - sentOnTheWire) / (double) sentOnTheWire;
        System.out.printf("IF-MIB ifHCOutOctets of %s: %d octets counted, %d sent on the wire (%.2f %% apart)%n", hostEnd, counted, sentOnTheWire,
                error * 100);
        assertTrue(error < 0.01, "counted " + counted + " octets, sent " + sentOnTheWire);
    }

    @Test
    void snmpV1FallsBackToThirtyTwoBitCountersAndStillWalksTheTable() throws Exception {
        SnmpDevice v1 = SnmpDevice.of("test snmpd", "127.0.0.1", port, SnmpCredentials.community(SnmpCredentials.Version.V1, "patchbay-test"));
        List<InterfaceCounters> interfaces = new IfMibPoller(client).poll(v1).get(10, TimeUnit.SECONDS).interfaces();
        InterfaceCounters lo = interfaces.stream().filter(i -> i.name().equals("lo")).findFirst().orElseThrow();
        assertTrue(!lo.highCapacity(), "SNMPv1 cannot carry Counter64: the ifTable octets are used");
        assertTrue(lo.inOctets() > 0);
        assertEquals(find(poll64()).ifIndex(), find(interfaces).ifIndex(), "the same interfaces, walked with GETNEXT");
    }

    private List<InterfaceCounters> poll64() throws Exception {
        return new IfMibPoller(client).poll(v2c()).get(10, TimeUnit.SECONDS).interfaces();
    }

    @Test
    void ratesNeedTwoPollsAndThenAppear() throws Exception {
        IfMibPoller poller = new IfMibPoller(client);
        List<IfMibPoller.Load> first = poller.pollRates(v2c()).get(10, TimeUnit.SECONDS);
        assertTrue(first.stream().allMatch(l -> l.rate() == null), "the first poll is a baseline");
        Thread.sleep(IF_CACHE_MILLIS);
        List<IfMibPoller.Load> second = poller.pollRates(v2c()).get(10, TimeUnit.SECONDS);
        IfMibPoller.Load lo = second.stream().filter(l -> l.counters().name().equals("lo")).findFirst().orElseThrow();
        assertNotNull(lo.rate());
        assertTrue(lo.rate().inBitsPerSecond() > 0, "our own SNMP traffic crosses lo");
    }

    @Test
    void aRealSwitchIsPolledIntoLiveStateAndItsPortsMatchLinksByIfIndex() throws Exception {
        org.patchbay.model.PatchbayFactory f = org.patchbay.model.PatchbayFactory.eINSTANCE;
        org.patchbay.model.Switch sw = f.createSwitch();
        sw.setName("core1");
        org.patchbay.model.SwitchPort lo = f.createSwitchPort();
        lo.setIfIndex(1);
        sw.getPorts().add(lo);
        org.patchbay.model.Node node = f.createNode();
        node.setName("n1");
        org.patchbay.model.Interface eth0 = f.createInterface();
        eth0.setName("eth0");
        node.getInterfaces().add(eth0);
        org.patchbay.model.Link link = f.createLink();
        link.setEndA(eth0);
        link.setEndB(lo);
        org.patchbay.model.Cluster cluster = f.createCluster();
        cluster.getSwitches().add(sw);
        cluster.getNodes().add(node);
        cluster.getLinks().add(link);

        org.patchbay.core.live.LiveState live = new org.patchbay.core.live.LiveState();
        try (org.patchbay.core.live.SwitchMonitor monitor = new org.patchbay.core.live.SwitchMonitor(client, live, java.time.Duration.ofMillis(500))) {
            monitor.follow(java.util.Map.of("core1", v3(AUTH, PRIV)));
            long deadline = System.currentTimeMillis() + 15_000;
            while (org.patchbay.core.live.LinkLoad.switchMeasured(link, live).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            var load = org.patchbay.core.live.LinkLoad.switchMeasured(link, live).orElseThrow();
            assertEquals("core1/lo", load.measuredAt(), "ifIndex 1 of the model's switch is the device's ifIndex 1");
            assertEquals(null, live.switchPorts("core1").problem());
            monitor.follow(java.util.Map.of("core1", v3("wrong-passphrase", PRIV)));
            Thread.sleep(1500);
            assertTrue(live.switchPorts("core1").problem().contains("authentication failure"), live.switchPorts("core1").problem());
        }
    }

    @Test
    void aDeviceThatNeverAnswersDoesNotHoldUpAnother() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            SnmpDevice mute = SnmpDevice.of("mute", "127.0.0.1", silent.getLocalPort(),
                    SnmpCredentials.community(SnmpCredentials.Version.V2C, "x")).withTimeout(3000, 0);
            var pending = client.get(mute, IfMibPoller.SYS_UP_TIME);
            long started = System.currentTimeMillis();
            client.get(v2c(), IfMibPoller.SYS_UP_TIME).get(10, TimeUnit.SECONDS);
            long took = System.currentTimeMillis() - started;
            assertTrue(took < 500, "the live device answered in " + took + " ms");
            assertTrue(!pending.isDone(), "while the mute one is still waiting");
            ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
            assertEquals(SnmpException.Kind.TIMEOUT, ((SnmpException) e.getCause()).kind());
        }
    }

    @Test
    void snmpV3AuthPrivWithSha256AndAesWorks() throws Exception {
        Variable descr = client.get(v3(AUTH, PRIV), new org.snmp4j.smi.OID("1.3.6.1.2.1.1.1.0")).get(10, TimeUnit.SECONDS);
        assertTrue(descr instanceof OctetString && descr.toString().contains("Linux"), descr.toString());
        assertNull(v3(AUTH, PRIV).credentials().warning(), "authPriv needs no warning");
        assertNotNull(v2c().credentials().warning(), "v2c is flagged");
    }

    @Test
    void aWrongAuthenticationKeyIsAnAuthenticationFailureNotATimeout() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.get(v3("wrong-passphrase", PRIV), IfMibPoller.SYS_UP_TIME).get(10, TimeUnit.SECONDS));
        SnmpException cause = (SnmpException) e.getCause();
        assertEquals(SnmpException.Kind.AUTHENTICATION, cause.kind(), cause.getMessage());
        assertTrue(cause.getMessage().contains("authentication failure"), cause.getMessage());
        assertTrue(!cause.getMessage().contains("wrong-passphrase"), "secrets never appear in messages");
    }

    @Test
    void anUnknownUserAndADeadPortAreToldApart() {
        ExecutionException unknown = assertThrows(ExecutionException.class, () -> client.get(SnmpDevice.of("test snmpd", "127.0.0.1", port,
                SnmpCredentials.v3("nobody-here", SnmpCredentials.Auth.SHA256, AUTH, SnmpCredentials.Privacy.AES128, PRIV)), IfMibPoller.SYS_UP_TIME)
                .get(10, TimeUnit.SECONDS));
        assertTrue(unknown.getCause().getMessage().contains("no SNMPv3 user 'nobody-here'"), unknown.getCause().getMessage());

        long started = System.currentTimeMillis();
        ExecutionException dead = assertThrows(ExecutionException.class, () -> client.get(SnmpDevice.of("nobody", "127.0.0.1", 9,
                SnmpCredentials.community(SnmpCredentials.Version.V2C, "x")).withTimeout(300, 1), IfMibPoller.SYS_UP_TIME).get(10, TimeUnit.SECONDS));
        assertEquals(SnmpException.Kind.TIMEOUT, ((SnmpException) dead.getCause()).kind());
        assertTrue(System.currentTimeMillis() - started < 3000, "the bound is the device's timeout x tries");
    }

    @Test
    void credentialsComeFromAPrivateFileAndNeverShowTheirSecrets() throws Exception {
        Path file = dir.resolve("credentials");
        Files.writeString(file, """
                pdu1.version = v3
                pdu1.user = %s
                pdu1.auth = SHA256
                pdu1.authPassphrase = %s
                pdu1.privacy = AES128
                pdu1.privacyPassphrase = %s
                """.formatted(USER, AUTH, PRIV));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        java.io.IOException open = assertThrows(java.io.IOException.class, () -> SnmpCredentialFile.open(file));
        assertTrue(open.getMessage().contains("chmod 600"), open.getMessage());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        SnmpCredentials credentials = SnmpCredentialFile.open(file).lookup("pdu1").orElseThrow();
        assertTrue(!credentials.toString().contains(AUTH) && !credentials.toString().contains(PRIV), credentials.toString());
        Variable upTime = client.get(SnmpDevice.of("test snmpd", "127.0.0.1", port, credentials), IfMibPoller.SYS_UP_TIME).get(10, TimeUnit.SECONDS);
        assertTrue(upTime.toLong() > 0);
    }

    private InterfaceCounters find(List<InterfaceCounters> interfaces) {
        return interfaces.stream().filter(i -> i.name().equals(hostEnd)).findFirst()
                .orElseThrow(() -> new AssertionError(hostEnd + " not in IF-MIB: " + interfaces));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }
}
