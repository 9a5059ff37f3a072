package org.patchbay.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;

/** The lab switches' SNMP agents: net-snmp's snmpd in each switch namespace, serving its bridge ports' kernel counters. */
final class LabSwitchAgents {

    private final Path dir;
    private final ExecutorService launcher;
    private String auth;
    private String privacy;
    private Path credentials;

    LabSwitchAgents(Path dir, ExecutorService launcher) {
        this.dir = dir;
        this.launcher = launcher;
    }

    /** The 0600 file with the switches' SNMPv3 credentials, once a switch runs snmpd; null before (or without snmpd). */
    Path credentials() {
        return credentials;
    }

    /**
     * net-snmp's snmpd in every switch namespace, so switch-port counters are the bridge ports' real
     * kernel counters, served with SNMPv3 authPriv under fresh random passphrases (one pair per lab).
     */
    void start(List<LabPlan.Box> switches, Map<String, String> switchAddresses, LabProgress progress) throws LabException, IOException {
        if (switchAddresses.isEmpty() || !snmpdInstalled()) {
            return;
        }
        int done = 0;
        for (LabPlan.Box sw : switches) {
            progress.step("Starting snmpd on " + sw.element(), done++, switches.size());
            startOne(sw, switchAddresses.get(sw.element()));
        }
        freshCounters(switchAddresses);
    }

    /** snmpd on a switch added while the lab runs, with the lab's switch credentials. */
    void add(LabPlan.Box sw, String address) throws LabException, IOException {
        if (!snmpdInstalled()) {
            return;
        }
        startOne(sw, address);
        freshCounters(Map.of(sw.element(), address));
    }

    private static boolean snmpdInstalled() {
        if (!Files.isExecutable(Path.of("/usr/sbin/snmpd"))) {
            System.err.println("patchbay lab: net-snmp's snmpd is not installed (apt-get install snmpd); switch counters will not be measured");
            return false;
        }
        return true;
    }

    private synchronized void writeCredentials() throws IOException {
        if (credentials != null) {
            return;
        }
        auth = Lab.randomSecret();
        privacy = Lab.randomSecret();
        Path file = dir.resolve("switch-snmp.credentials");
        Files.writeString(file, "");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.writeString(file, String.join("\n", Lab.SWITCH_CREDENTIAL_ID + ".version = v3", Lab.SWITCH_CREDENTIAL_ID + ".user = patchbay",
                Lab.SWITCH_CREDENTIAL_ID + ".auth = SHA256", Lab.SWITCH_CREDENTIAL_ID + ".authPassphrase = " + auth, Lab.SWITCH_CREDENTIAL_ID + ".privacy = AES128",
                Lab.SWITCH_CREDENTIAL_ID + ".privacyPassphrase = " + privacy, ""));
        credentials = file;
    }

    private void startOne(LabPlan.Box sw, String address) throws LabException, IOException {
        writeCredentials();
        Path swDir = dir.resolve("switches").resolve(sw.element().replaceAll("[^A-Za-z0-9_.-]", "_"));
        Files.createDirectories(swDir.resolve("persist"));
        Path conf = swDir.resolve("snmpd.conf");
        // read everything; write only NET-SNMP-AGENT-MIB's cache table, to turn the interface cache off
        Files.writeString(conf, String.join("\n", "agentAddress udp:" + address + ":161",
                "createUser patchbay SHA-256 \"" + auth + "\" AES \"" + privacy + "\"", "group patchbay usm patchbay", "view all included .1",
                "view cache included .1.3.6.1.4.1.8072.1.5", "access patchbay \"\" usm priv exact all cache none", ""));
        Files.setPosixFilePermissions(conf, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Future<Process> started = launcher.submit(() -> {
            ProcessBuilder builder = new ProcessBuilder("setpriv", "--pdeathsig", "KILL", "--", "ip", "netns", "exec", sw.namespace(), "/usr/sbin/snmpd",
                    "-f", "-Lo", "-C", "-c", conf.toString(), "-p", swDir.resolve("snmpd.pid").toString()).redirectErrorStream(true)
                    .redirectOutput(swDir.resolve("snmpd.log").toFile());
            builder.environment().put("SNMP_PERSISTENT_DIR", swDir.resolve("persist").toString());
            return builder.start();
        });
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new LabException("Cannot start snmpd on switch " + sw.element() + ": " + e.getMessage(), e);
        }
    }

    /**
     * net-snmp caches its interface table for 3 s, which would make rates computed against sysUpTime
     * wrong by up to the cache age; the lab's switches keep it 1 s, less than the console's poll
     * interval, so every poll reads the kernel once and the requests of one walk share that read
     * (with no cache each request re-read every interface: 1 500 system calls per request, about
     * 3 % of a core per switch snmpd at 1 000 nodes).
     */
    private void freshCounters(Map<String, String> switchAddresses) throws LabException {
        SnmpCredentials credentials = SnmpCredentials.v3("patchbay", SnmpCredentials.Auth.SHA256, auth, SnmpCredentials.Privacy.AES128, privacy);
        try (SnmpClient client = new SnmpClient()) {
            for (Map.Entry<String, String> sw : switchAddresses.entrySet()) {
                SnmpDevice device = SnmpDevice.of(sw.getKey(), sw.getValue(), 161, credentials).withTimeout(500, 0);
                long deadline = System.currentTimeMillis() + 15_000;
                while (true) {
                    try {
                        client.set(device, IF_TABLE_CACHE_TIMEOUT, new Integer32(1)).get(5, TimeUnit.SECONDS);
                        break;
                    } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                        if (System.currentTimeMillis() > deadline) {
                            throw new LabException("snmpd on switch " + sw.getKey() + " did not answer: " + notYet.getMessage(), notYet);
                        }
                        Thread.sleep(100);
                    }
                }
            }
        } catch (IOException e) {
            throw new LabException("Cannot open an SNMP socket: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while starting the switches' snmpd", e);
        }
    }

    /** NET-SNMP-AGENT-MIB nsCacheTimeout for the ifTable handler (.1.3.6.1.2.1.2.2), which ifXTable shares. */
    private static final OID IF_TABLE_CACHE_TIMEOUT = new OID("1.3.6.1.4.1.8072.1.5.3.1.2.1.3.6.1.2.1.2.2");

}
