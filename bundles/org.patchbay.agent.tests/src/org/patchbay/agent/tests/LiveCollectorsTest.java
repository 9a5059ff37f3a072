package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.collect.HostCollector;
import org.patchbay.agent.collect.HostSample;
import org.patchbay.agent.collect.InterfaceCollector;
import org.patchbay.agent.collect.InterfaceSample;
import org.patchbay.agent.collect.ProcessCollector;
import org.patchbay.agent.collect.ProcessSample;
import org.patchbay.agent.collect.SystemRoots;

/** Collectors on this machine's real /proc and /sys. */
class LiveCollectorsTest {

    private final SystemRoots live = SystemRoots.live();

    @Test
    void hostFiguresArePlausible() throws Exception {
        HostSample first = new HostCollector(live).sample();
        assertEquals(Runtime.getRuntime().availableProcessors(), first.cpus());
        assertTrue(first.memoryTotalBytes() > 256L << 20);
        assertTrue(first.memoryAvailableBytes() > 0 && first.memoryAvailableBytes() <= first.memoryTotalBytes());
        assertTrue(first.uptimeSeconds() > 0);
        long end = System.nanoTime() + 200_000_000L;
        long spin = 0;
        while (System.nanoTime() < end) {
            spin++;
        }
        HostSample second = new HostCollector(live).sample();
        double cpu = second.cpuPercentSince(first);
        assertTrue(cpu > 0 && cpu <= 100, "busy-looping 200 ms must show as CPU use: " + cpu + " after " + spin + " spins");
    }

    @Test
    void aStartedProcessAppearsWithParentCommandAndMemory() throws Exception {
        Process child = new ProcessBuilder("sleep", "37.5").start();
        try {
            List<ProcessSample> processes = new ProcessCollector(live).sample();
            Optional<ProcessSample> found = processes.stream().filter(p -> p.pid() == child.pid()).findFirst();
            assertTrue(found.isPresent(), "the child process is listed");
            assertEquals("sleep 37.5", found.get().command());
            assertEquals(ProcessHandle.current().pid(), found.get().ppid());
            assertEquals(System.getProperty("user.name"), found.get().user());
            long vmRssKb = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + child.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElseThrow();
            assertEquals(vmRssKb * 1024, found.get().rssBytes(), "resident memory is the kernel's VmRSS (stat's pages times the page size)");
            ProcessSample self = processes.stream().filter(p -> p.pid() == ProcessHandle.current().pid()).findFirst().orElseThrow();
            assertTrue(self.command().contains("java"), self.command());
            assertTrue(self.rssBytes() > 10L << 20, "a JVM holds more than 10 MB");
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void loopbackCountersGrowByWhatIsSent() throws Exception {
        InterfaceSample before = loopback();
        byte[] payload = new byte[1000];
        int packets = 500;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            DatagramPacket packet = new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), socket.getLocalPort());
            for (int i = 0; i < packets; i++) {
                socket.send(packet);
            }
        }
        InterfaceSample after = loopback();
        long sent = after.txBytes() - before.txBytes();
        // Each datagram is 1000 bytes of payload plus IP and UDP headers; other loopback traffic may add a little.
        assertTrue(sent >= packets * 1028L, "loopback counted " + sent + " bytes for " + packets * 1028L + " sent");
        assertTrue(after.txPackets() - before.txPackets() >= packets);
    }

    private InterfaceSample loopback() throws Exception {
        return new InterfaceCollector(live).sample().stream().filter(i -> i.name().equals("lo")).findFirst().orElseThrow();
    }
}
