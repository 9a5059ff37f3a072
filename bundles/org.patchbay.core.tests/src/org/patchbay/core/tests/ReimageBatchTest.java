package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.core.imaging.DiskImageFile;
import org.patchbay.core.imaging.ImagingTestbed;
import org.patchbay.core.imaging.ReimageBatch;
import org.patchbay.core.imaging.ReimageBatch.Phase;
import org.patchbay.core.imaging.ReimageRefused;

/**
 * The reimage sequence against a fake testbed whose imaging environments write an image in a few
 * steps as soon as their node is powered on: order of steps, one node failing alone, a stalled node,
 * a node that never comes up, cancel, and the checks made before anything is touched.
 */
class ReimageBatchTest {

    private static final DiskImageFile IMAGE = new DiskImageFile("debian12", Path.of("/images/debian12.pbi"), "Debian 12", "node7", 4L << 30,
            1_500L << 20, 500L << 20, "GPT; p1: ext4", "00", Instant.EPOCH);

    /** How one fake node's imaging environment behaves once powered on. */
    enum Behaviour {
        WRITES, FAILS, STALLS, NEVER_BOOTS
    }

    static final class FakeTestbed implements ImagingTestbed, ReimageBatch.Power, ReimageBatch.Watch {
        final Map<String, Behaviour> behaviour = new ConcurrentHashMap<>();
        final Map<String, Listener> imaging = new ConcurrentHashMap<>();
        final Set<String> up = ConcurrentHashMap.newKeySet();
        final List<String> log = new CopyOnWriteArrayList<>();
        long disk = 8L << 30;
        long space = 100L << 30;
        volatile boolean served;
        volatile boolean serverClosed;

        @Override
        public ImageServer serve(Path image, int rateMbps) {
            served = true;
            return new ImageServer() {
                @Override
                public String describe() {
                    return "fake group at " + rateMbps + " Mb/s";
                }

                @Override
                public void close() {
                    serverClosed = true;
                }
            };
        }

        @Override
        public void bootIntoImaging(String node, ImageServer server, Listener listener) {
            log.add(node + ": boot imaging");
            imaging.put(node, listener);
        }

        @Override
        public void bootFromDisk(String node) {
            log.add(node + ": boot disk");
        }

        @Override
        public OptionalLong diskBytes(String node) {
            return OptionalLong.of(disk);
        }

        @Override
        public OptionalLong spaceForDisks() {
            return OptionalLong.of(space);
        }

        @Override
        public String diskLocation() {
            return "/var/lib/lab-disks";
        }

        @Override
        public void off(String node) {
            log.add(node + ": off");
            up.remove(node);
        }

        @Override
        public void on(String node) {
            log.add(node + ": on");
            Listener listener = imaging.remove(node);
            if (listener == null) {
                return;
            }
            Behaviour b = behaviour.getOrDefault(node, Behaviour.WRITES);
            Thread.ofVirtual().start(() -> {
                try {
                    for (int chunk = 1; chunk <= 3; chunk++) {
                        Thread.sleep(20);
                        listener.progress(node, chunk, 6);
                        if (b == Behaviour.STALLS) {
                            return;
                        }
                        if (b == Behaviour.FAILS && chunk == 2) {
                            listener.ended(node, false, "chunk 2 could not be written: No space left on device");
                            return;
                        }
                    }
                    listener.progress(node, 6, 6);
                    listener.ended(node, true, "image written");
                    if (b != Behaviour.NEVER_BOOTS) {
                        Thread.sleep(20);
                        up.add(node);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        @Override
        public boolean up(String node) {
            return up.contains(node);
        }
    }

    private static ReimageBatch start(FakeTestbed fake, List<String> nodes, Duration stall, Duration boot) throws ReimageRefused {
        return ReimageBatch.start(IMAGE, nodes, fake, fake, fake, new ReimageBatch.Settings(100, stall, boot), s -> {
        });
    }

    @Test
    void eachNodeIsPoweredOffBootedIntoImagingPoweredOnAndEndsRunningTheImage() throws Exception {
        FakeTestbed fake = new FakeTestbed();
        List<ReimageBatch.NodeState> seen = new CopyOnWriteArrayList<>();
        ReimageBatch batch = ReimageBatch.start(IMAGE, List.of("a", "b"), fake, fake, fake, ReimageBatch.Settings.defaults(100), seen::add);
        batch.done().get(10, TimeUnit.SECONDS);
        for (ReimageBatch.NodeState s : batch.states()) {
            assertEquals(Phase.DONE, s.phase(), s.message());
            assertEquals(s.node() + " runs debian12", s.message());
            assertEquals(1.0, s.fraction());
        }
        List<String> a = fake.log.stream().filter(l -> l.startsWith("a:")).toList();
        assertEquals(List.of("a: off", "a: boot imaging", "a: on"), a, "off before the boot mode changes, on after");
        assertTrue(seen.stream().anyMatch(s -> s.node().equals("b") && s.phase() == Phase.RECEIVING && s.chunks() == 3 && s.totalChunks() == 6),
                "progress is reported as chunks of the image");
        assertTrue(fake.serverClosed, "the image server stops when the batch ends");
    }

    @Test
    void aNodeThatFailsFailsAloneWithItsReason() throws Exception {
        FakeTestbed fake = new FakeTestbed();
        fake.behaviour.put("b", Behaviour.FAILS);
        ReimageBatch batch = start(fake, List.of("a", "b", "c"), Duration.ofSeconds(30), Duration.ofSeconds(30));
        batch.done().get(10, TimeUnit.SECONDS);
        assertEquals(Phase.FAILED, batch.state("b").phase());
        assertEquals("chunk 2 could not be written: No space left on device", batch.state("b").message());
        assertEquals(Phase.DONE, batch.state("a").phase());
        assertEquals(Phase.DONE, batch.state("c").phase());
    }

    @Test
    void aNodeThatStopsWritingIsPoweredOffAtTheStallLimitAndOneThatNeverComesUpFailsAtTheBootLimit() throws Exception {
        FakeTestbed fake = new FakeTestbed();
        fake.behaviour.put("stalled", Behaviour.STALLS);
        fake.behaviour.put("mute", Behaviour.NEVER_BOOTS);
        long started = System.nanoTime();
        ReimageBatch batch = start(fake, List.of("stalled", "mute", "fine"), Duration.ofMillis(500), Duration.ofMillis(500));
        batch.done().get(20, TimeUnit.SECONDS);
        assertEquals(Phase.FAILED, batch.state("stalled").phase());
        assertTrue(batch.state("stalled").message().startsWith("no chunk written for 0.5 s; powered off"), batch.state("stalled").message());
        assertTrue(fake.log.lastIndexOf("stalled: off") > fake.log.indexOf("stalled: on"), "the stalled node was powered off: " + fake.log);
        assertEquals(Phase.FAILED, batch.state("mute").phase());
        assertTrue(batch.state("mute").message().contains("the image is on the disk but mute did not come up"), batch.state("mute").message());
        assertEquals(Phase.DONE, batch.state("fine").phase());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 500, "the limits were waited for");
    }

    @Test
    void cancelPowersOffNodesStillReceivingAndSaysTheirDisksAreIncomplete() throws Exception {
        FakeTestbed fake = new FakeTestbed();
        fake.behaviour.put("a", Behaviour.STALLS);
        ReimageBatch batch = start(fake, List.of("a"), Duration.ofSeconds(60), Duration.ofSeconds(60));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (batch.state("a").phase() != Phase.RECEIVING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Phase.RECEIVING, batch.state("a").phase(), "the node reached its imaging environment before the cancel");
        batch.cancel();
        batch.done().get(10, TimeUnit.SECONDS);
        assertEquals(Phase.CANCELLED, batch.state("a").phase());
        assertTrue(batch.state("a").message().contains("powered off, its disk is incomplete"), batch.state("a").message());
        assertEquals("a: off", fake.log.get(fake.log.size() - 1));
    }

    @Test
    void aDiskTooSmallOrTooLittleSpaceIsRefusedBeforeAnythingIsTouched() {
        FakeTestbed small = new FakeTestbed();
        small.disk = 2L << 30;
        ReimageRefused refused = assertThrows(ReimageRefused.class, () -> start(small, List.of("n1"), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertTrue(refused.getMessage().contains("The disk of n1 (2.0 GB) is smaller than image debian12 needs (4.0 GB)"), refused.getMessage());
        assertTrue(small.log.isEmpty() && !small.served, "nothing was powered or served");

        FakeTestbed crowded = new FakeTestbed();
        crowded.space = 10L << 30;
        List<String> ten = List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10");
        refused = assertThrows(ReimageRefused.class, () -> start(crowded, ten, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertTrue(refused.getMessage().contains("writes about 14.6 GB to their disks but only 10.0 GB is free in /var/lib/lab-disks"), refused.getMessage());
        assertTrue(crowded.log.isEmpty() && !crowded.served);
        assertEquals("Writes about 14.6 GB to 10 disk(s) (10.0 GB free in /var/lib/lab-disks)", ReimageBatch.budget(IMAGE, ten, crowded),
                "the budget a user sees before starting");
    }
}
