package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.patchbay.model.Link;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.topology.ShapingText;

class ShapingTextTest {

    @Test
    void summaryReadsLikeATestbedUserWritesIt() {
        Link link = PatchbayFactory.eINSTANCE.createLink();
        assertEquals("100Mb", ShapingText.summary(link));
        link.setDelayMs(10);
        link.setLossRate(0.01);
        assertEquals("100Mb 10ms 1%", ShapingText.summary(link));
        link.setBandwidthBps(1_544_000);
        link.setDelayMs(0.5);
        link.setLossRate(0.125);
        assertEquals("1.544Mb 0.5ms 12.5%", ShapingText.summary(link));
        link.setBandwidthBps(56_000);
        assertTrue(ShapingText.summary(link).startsWith("56kb"));
        link.setBandwidthBps(10_000_000_000L);
        assertTrue(ShapingText.summary(link).startsWith("10Gb"));
    }

    @Test
    void bandwidthsParseInTheUsualUnits() {
        assertEquals(100_000_000L, ShapingText.parseBandwidth("100Mb"));
        assertEquals(1_500_000L, ShapingText.parseBandwidth("1.5M"));
        assertEquals(56_000L, ShapingText.parseBandwidth("56k"));
        assertEquals(10_000_000_000L, ShapingText.parseBandwidth("10 Gbps"));
        assertEquals(1234L, ShapingText.parseBandwidth("1234"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapingText.parseBandwidth("fast"));
        assertTrue(e.getMessage().contains("100Mb"), e.getMessage());
    }

    @Test
    void delaysParseToMilliseconds() {
        assertEquals(20.0, ShapingText.parseDelay("20"));
        assertEquals(20.0, ShapingText.parseDelay("20ms"));
        assertEquals(500.0, ShapingText.parseDelay("0.5s"));
        assertEquals(0.25, ShapingText.parseDelay("250us"));
        assertThrows(IllegalArgumentException.class, () -> ShapingText.parseDelay("soon"));
    }
}
