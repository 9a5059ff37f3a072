package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.collect.CollectorException;
import org.patchbay.agent.collect.HostCollector;
import org.patchbay.agent.collect.HostSample;
import org.patchbay.agent.collect.InterfaceCollector;
import org.patchbay.agent.collect.InterfaceSample;
import org.patchbay.agent.collect.ProcessCollector;
import org.patchbay.agent.collect.ProcessSample;
import org.patchbay.agent.collect.SystemRoots;

/** Collectors on hand-made /proc and /sys trees whose every value is known. */
class FixtureCollectorsTest {

    @TempDir
    Path root;

    private SystemRoots roots;

    @BeforeEach
    void writeFixture() throws IOException {
        roots = SystemRoots.under(root);
        write("proc/stat", """
                cpu  1000 50 250 8000 200 10 40 0 0 0
                cpu0 500 25 125 4000 100 5 20 0 0 0
                cpu1 500 25 125 4000 100 5 20 0 0 0
                intr 12345
                ctxt 999
                """);
        write("proc/loadavg", "0.52 0.41 0.30 2/311 4242\n");
        write("proc/meminfo", """
                MemTotal:        2048000 kB
                MemFree:          512000 kB
                MemAvailable:    1024000 kB
                Buffers:           10000 kB
                """);
        write("proc/uptime", "12345.67 23456.78\n");
        write("proc/net/dev", """
                Inter-|   Receive                                                |  Transmit
                 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                    lo:  123456     789    0    0    0     0          0         0   123456     789    0    0    0     0       0          0
                  eth0: 9876543210 1234567  3    7    0     0          0        12 1234567890  765432    1    2    0     0       0          0
                veth-a:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
                """);
        write("sys/class/net/eth0/operstate", "up\n");
        write("sys/class/net/eth0/speed", "1000\n");
        write("sys/class/net/veth-a/operstate", "down\n");
        write("sys/class/net/lo/operstate", "unknown\n");
        write("etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\n");
        process(1, "systemd", 'S', 0, 0, 12000, "/sbin/init\0splash\0", 150, 75);
        process(2, "kthreadd", 'S', 0, 0, 0, "", 0, 3);
        // A command name with spaces and a parenthesis, as a hostile program can choose.
        process(4242, "evil ) (name", 'R', 1, 1000, 51200, "./evil\0--flag\0", 700, 300);
        // A process that exits between listing and reading: only its directory remains.
        Files.createDirectories(root.resolve("proc/5000"));
    }

    private void process(int pid, String name, char state, int ppid, int uid, long rssKb, String cmdline, long utime, long stime)
            throws IOException {
        write("proc/" + pid + "/status", "Name:\t" + name + "\nState:\t" + state + " (x)\nPPid:\t" + ppid + "\nUid:\t" + uid + "\t" + uid
                + "\t" + uid + "\t" + uid + "\n" + (rssKb > 0 ? "VmRSS:\t" + rssKb + " kB\n" : ""));
        write("proc/" + pid + "/stat", pid + " (" + name + ") " + state + " " + ppid + " " + pid + " " + pid + " 0 -1 4194560 100 0 0 0 "
                + utime + " " + stime + " 0 0 20 0 1 0 100 1000000 " + rssKb / 4 + " 18446744073709551615\n");
        // statm in pages of 4 KiB (the fixture has no auxv, so the collector takes the common page size)
        write("proc/" + pid + "/statm", (rssKb / 4 + 100) + " " + rssKb / 4 + " 50 10 0 80 0\n");
        write("proc/" + pid + "/cmdline", cmdline);
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void hostFigures() throws Exception {
        HostSample host = new HostCollector(roots).sample();
        assertEquals(2, host.cpus());
        assertEquals(1000 + 50 + 250 + 8000 + 200 + 10 + 40, host.cpuTotalTicks());
        assertEquals(1000 + 50 + 250 + 10 + 40, host.cpuBusyTicks());
        assertEquals(0.52, host.load1());
        assertEquals(0.30, host.load15());
        assertEquals(2048000L * 1024, host.memoryTotalBytes());
        assertEquals(1024000L * 1024, host.memoryAvailableBytes());
        assertEquals(12345.67, host.uptimeSeconds());
    }

    @Test
    void cpuPercentBetweenTwoSamples() throws Exception {
        HostSample before = new HostCollector(roots).sample();
        write("proc/stat", "cpu  1300 50 350 8500 200 10 40 0 0 0\ncpu0 0 0 0 0\ncpu1 0 0 0 0\n");
        HostSample after = new HostCollector(roots).sample();
        assertEquals(100.0 * 400 / 900, after.cpuPercentSince(before), 1e-9);
    }

    @Test
    void processTableWithOwnersCommandLinesAndHostileNames() throws Exception {
        List<ProcessSample> processes = new ProcessCollector(roots).sample();
        assertEquals(List.of(1, 2, 4242), processes.stream().map(ProcessSample::pid).toList(), "the vanished process is skipped");
        ProcessSample init = processes.get(0);
        assertEquals("root", init.user());
        assertEquals("/sbin/init splash", init.command());
        assertEquals(225, init.cpuTicks());
        assertEquals(12000L * 1024, init.rssBytes());
        assertEquals("[kthreadd]", processes.get(1).command(), "kernel threads show their name in brackets");
        ProcessSample evil = processes.get(2);
        assertEquals(1, evil.ppid());
        assertEquals('R', evil.state());
        assertEquals("alice", evil.user());
        assertEquals(1000, evil.cpuTicks(), "fields are read after the last ')' of the name");
        assertEquals("./evil --flag", evil.command());
    }

    @Test
    void aCommandLineIsReadAgainAfterAnExecAndAtLeastEveryTenSamples() throws Exception {
        ProcessCollector collector = new ProcessCollector(roots);
        assertEquals("./evil --flag", command(collector.sample(), 4242));
        // exec: same pid and start time, another program (its name changes)
        process(4242, "worker", 'R', 1, 1000, 51200, "/usr/bin/worker\0-v\0", 800, 300);
        assertEquals("/usr/bin/worker -v", command(collector.sample(), 4242), "the new program's command line at once");
        // the process rewrites its own command line (as sshd does): seen within ten samples, not read every second
        process(4242, "worker", 'R', 1, 1000, 51200, "worker: busy\0", 900, 300);
        int seenAfter = 0;
        while (!command(collector.sample(), 4242).equals("worker: busy") && seenAfter < 20) {
            seenAfter++;
        }
        assertTrue(seenAfter > 0 && seenAfter < 10, "a rewritten command line shows within ten samples (after " + seenAfter + ")");
    }

    private static String command(List<ProcessSample> processes, int pid) {
        return processes.stream().filter(p -> p.pid() == pid).findFirst().orElseThrow().command();
    }

    @Test
    void interfacesWithCountersStateAndSpeed() throws Exception {
        Map<String, InterfaceSample> byName = new java.util.HashMap<>();
        new InterfaceCollector(roots).sample().forEach(i -> byName.put(i.name(), i));
        assertEquals(3, byName.size());
        InterfaceSample eth0 = byName.get("eth0");
        assertEquals(9876543210L, eth0.rxBytes());
        assertEquals(1234567L, eth0.rxPackets());
        assertEquals(3, eth0.rxErrors());
        assertEquals(7, eth0.rxDrops());
        assertEquals(1234567890L, eth0.txBytes());
        assertEquals(765432L, eth0.txPackets());
        assertEquals(1, eth0.txErrors());
        assertEquals(2, eth0.txDrops());
        assertEquals("up", eth0.operState());
        assertEquals(1000, eth0.speedMbps());
        assertEquals("down", byName.get("veth-a").operState());
        assertEquals(-1, byName.get("veth-a").speedMbps(), "no speed file: unknown, not zero");
    }

    @Test
    void ratesFromCounterDeltasAndResetsReadAsZero() {
        InterfaceSample a = new InterfaceSample("eth0", 1_000, 0, 0, 0, 5_000, 0, 0, 0, "up", 1000);
        InterfaceSample b = new InterfaceSample("eth0", 1_251_000, 0, 0, 0, 5_000, 0, 0, 0, "up", 1000);
        assertEquals(5_000_000.0, b.rxBitsPerSecondSince(a, 2.0), "1 250 000 bytes in 2 s");
        assertEquals(0.0, a.rxBitsPerSecondSince(b, 2.0), "a counter that went back (reset) is not a negative rate");
    }

    @Test
    void brokenFilesAreNamedInTheError() throws Exception {
        write("proc/meminfo", "nothing useful\n");
        CollectorException e = assertThrows(CollectorException.class, () -> new HostCollector(roots).sample());
        assertTrue(e.getMessage().contains("meminfo") && e.getMessage().contains("MemTotal"), e.getMessage());
        write("proc/net/dev", "x|y\n z|w\n  eth9: 1 2 3\n");
        e = assertThrows(CollectorException.class, () -> new InterfaceCollector(roots).sample());
        assertTrue(e.getMessage().contains("eth9"), e.getMessage());
    }
}
