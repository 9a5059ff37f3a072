package org.patchbay.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchbay.snmp.OutletState;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.PowerCommand;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;
import org.patchbay.snmp.SnmpException;

/** Each PDU profile against snmpsim serving data files written from the vendors' MIBs (data/). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PduSimulatorTest {

    private RecordedDevices devices;
    private SnmpClient client;

    @BeforeAll
    void start() throws Exception {
        devices = RecordedDevices.start("apc-rack");
        client = devices.client;
    }

    @AfterAll
    void stop() throws Exception {
        if (devices != null) {
            devices.close();
        }
    }

    private SnmpDevice device(String community) {
        return devices.device(community);
    }

    private PduDriver driver(String community, PduProfile expected) throws Exception {
        PduProfile detected = PduDriver.detect(client, device(community)).get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(expected, detected, "detected from sysObjectID");
        return new PduDriver(client, device(community), detected, detected.defaultUnit());
    }

    @Test
    void apcRackPduSwitchesAndReadsBack() throws Exception {
        PduDriver pdu = driver("apc-rack", PduProfile.APC_RACK_PDU);
        assertEquals(OutletState.ON, pdu.read(1).get(10, TimeUnit.SECONDS));
        assertEquals(OutletState.OFF, pdu.read(2).get(10, TimeUnit.SECONDS));
        PduDriver.Outcome off = pdu.command(1, PowerCommand.OFF).get(10, TimeUnit.SECONDS);
        assertTrue(off.succeeded(), off.describe());
        assertEquals(OutletState.ON, off.before());
        assertEquals(OutletState.OFF, pdu.read(1).get(10, TimeUnit.SECONDS));
        assertTrue(pdu.command(1, PowerCommand.ON).get(10, TimeUnit.SECONDS).succeeded());
        PduDriver.Outcome cycle = pdu.command(2, PowerCommand.CYCLE).get(10, TimeUnit.SECONDS);
        assertTrue(cycle.succeeded(), cycle.describe());
    }

    @Test
    void apcMasterSwitchSwitchesAndReadsBack() throws Exception {
        PduDriver pdu = driver("apc-masterswitch", PduProfile.APC_MASTERSWITCH);
        assertEquals(OutletState.OFF, pdu.read(2).get(10, TimeUnit.SECONDS));
        PduDriver.Outcome on = pdu.command(2, PowerCommand.ON).get(10, TimeUnit.SECONDS);
        assertTrue(on.succeeded(), on.describe());
        assertEquals("outlet 2 on: now on", on.describe());
    }

    @Test
    void raritanAcceptsTheCommandAndTheDriverSaysTheStateDidNotFollow() throws Exception {
        PduDriver pdu = driver("raritan-pdu2", PduProfile.RARITAN_PDU2);
        assertEquals(OutletState.ON, pdu.read(1).get(10, TimeUnit.SECONDS), "outletSwitchingState on(7)");
        assertEquals(OutletState.OFF, pdu.read(2).get(10, TimeUnit.SECONDS), "outletSwitchingState off(8)");
        PduDriver.Outcome on = pdu.command(2, PowerCommand.ON).get(10, TimeUnit.SECONDS);
        assertFalse(on.succeeded());
        assertTrue(on.describe().contains("state unchanged, still off"), on.describe());
        assertEquals(1, client.get(device("raritan-pdu2"), PduProfile.RARITAN_PDU2.commandOid(PowerCommand.ON, 1, 2)).get(10, TimeUnit.SECONDS).toInt(),
                "switchingOperation holds on(1) as written");
    }

    @Test
    void eatonWritesADelayToTheCommandsOwnColumn() throws Exception {
        PduDriver pdu = driver("eaton-epdu", PduProfile.EATON_EPDU);
        assertEquals(OutletState.ON, pdu.read(1).get(10, TimeUnit.SECONDS));
        PduDriver.Outcome on = pdu.command(2, PowerCommand.ON).get(10, TimeUnit.SECONDS);
        assertTrue(on.describe().contains("state unchanged"), on.describe());
        assertEquals(0, client.get(device("eaton-epdu"), PduProfile.EATON_EPDU.commandOid(PowerCommand.ON, 0, 2)).get(10, TimeUnit.SECONDS).toInt(),
                "outletControlOnCmd.0.2 = 0 seconds: now");
        assertEquals(-1, client.get(device("eaton-epdu"), PduProfile.EATON_EPDU.commandOid(PowerCommand.OFF, 0, 2)).get(10, TimeUnit.SECONDS).toInt(),
                "the other commands untouched");
    }

    @Test
    void theConsoleReadsTheOutletsOfTheTopologysPdusAndFlagsClearTextSnmp() throws Exception {
        org.patchbay.model.PatchbayFactory f = org.patchbay.model.PatchbayFactory.eINSTANCE;
        org.patchbay.model.Cluster cluster = f.createCluster();
        for (String name : List.of("rack-a", "rack-b")) {
            org.patchbay.model.PowerController pdu = f.createPowerController();
            pdu.setName(name);
            pdu.setVendorProfile(org.patchbay.model.PduProfile.APC_RACK_PDU);
            org.patchbay.model.SnmpTarget target = f.createSnmpTarget();
            target.setHost("127.0.0.1");
            target.setPort(devices.port);
            target.setCredentialId(name.equals("rack-a") ? "apc-rack" : "missing");
            pdu.setSnmp(target);
            for (int n = 1; n <= 2; n++) {
                org.patchbay.model.Outlet outlet = f.createOutlet();
                outlet.setNumber(n);
                pdu.getOutlets().add(outlet);
            }
            cluster.getPowerControllers().add(pdu);
        }
        java.util.Set<String> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (org.patchbay.core.power.PduMonitor monitor = new org.patchbay.core.power.PduMonitor(client,
                id -> id.equals("apc-rack") ? java.util.Optional.of(SnmpCredentials.community(SnmpCredentials.Version.V2C, "apc-rack")) : java.util.Optional.empty(),
                name -> java.util.Optional.empty(), java.time.Duration.ofMillis(300), changed::add)) {
            monitor.follow(cluster);
            long deadline = System.currentTimeMillis() + 10_000;
            while (monitor.status("rack-a").map(s -> s.outlets().isEmpty()).orElse(true) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            var a = monitor.status("rack-a").orElseThrow();
            assertEquals(java.util.Map.of(1, OutletState.ON, 2, OutletState.OFF), a.outlets());
            assertTrue(a.warning() != null && a.warning().contains("clear text"), "v2c is flagged: " + a.warning());
            var b = monitor.status("rack-b").orElseThrow();
            assertTrue(b.problem().contains("no credentials 'missing'"), b.problem());
            assertTrue(changed.containsAll(List.of("rack-a", "rack-b")), "the console is told which PDU changed");
        }
    }

    @Test
    void aGenericPduDescribedByTheUserSwitchesAndReadsBack() throws Exception {
        java.util.Properties description = new java.util.Properties();
        description.load(new java.io.StringReader("""
                rack9.stateOid = 1.3.6.1.4.1.99999.1.3.<outlet>
                rack9.states = 1:on, 0:off
                rack9.commandOid = 1.3.6.1.4.1.99999.1.3.<outlet>
                rack9.commands = on:1, off:0
                """));
        PduProfile generic = org.patchbay.snmp.GenericPduProfiles.parse(description, "pdu-profiles.properties").get("rack9");
        PduDriver pdu = new PduDriver(client, device("generic-pdu"), generic, generic.defaultUnit());
        assertEquals(OutletState.ON, pdu.read(1).get(10, TimeUnit.SECONDS));
        PduDriver.Outcome off = pdu.command(1, PowerCommand.OFF).get(10, TimeUnit.SECONDS);
        assertTrue(off.succeeded(), off.describe());
        assertEquals(OutletState.OFF, pdu.read(1).get(10, TimeUnit.SECONDS));

        java.util.Properties broken = new java.util.Properties();
        broken.setProperty("rack9.stateOid", "1.3.6.1.4.1.99999.1.3.<outlet>");
        broken.setProperty("rack9.states", "1:on, 0:off");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> org.patchbay.snmp.GenericPduProfiles.parse(broken, "pdu-profiles.properties"));
        assertTrue(e.getMessage().contains("pdu-profiles.properties: the generic PDU 'rack9' needs rack9.commandOid"), e.getMessage());
    }

    @Test
    void aPduThatReportsAnErrorButSwitchedIsShownAsItReallyIs() throws Exception {
        int faultyPort = Daemons.freeUdpPort();
        FaultyPdu faulty = new FaultyPdu(devices.work.resolve("faulty-boots").toFile(), faultyPort);
        faulty.start();
        try {
            SnmpDevice device = SnmpDevice.of("faulty", "127.0.0.1", faultyPort,
                    SnmpCredentials.v3(FaultyPdu.USER, SnmpCredentials.Auth.SHA256, FaultyPdu.KEY, SnmpCredentials.Privacy.AES128, FaultyPdu.KEY));
            PduDriver pdu = new PduDriver(client, device, PduProfile.APC_RACK_PDU, 1);
            PduDriver.Outcome off = pdu.command(1, PowerCommand.OFF).get(10, TimeUnit.SECONDS);
            assertTrue(off.deviceError() != null, "the PDU's error is kept: " + off);
            assertTrue(off.succeeded(), off.describe());
            assertTrue(off.describe().startsWith("outlet 1 off: now off (the PDU reported an error but did switch"), off.describe());
        } finally {
            faulty.stop();
        }
    }

    @Test
    void anUnknownCommunityIsATimeoutWithinTheBound() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.get(device("not-a-pdu").withTimeout(300, 1), PduDriver.SYS_OBJECT_ID).get(10, TimeUnit.SECONDS));
        assertEquals(SnmpException.Kind.TIMEOUT, ((SnmpException) e.getCause()).kind());
        assertTrue(e.getCause().getMessage().contains("no answer in 300 ms x 2 tries"), e.getCause().getMessage());
    }
}
