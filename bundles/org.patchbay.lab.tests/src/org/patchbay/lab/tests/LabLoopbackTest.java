package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.lab.Lab;
import org.patchbay.model.templates.TopologyTemplates;

/** The degraded mode (what a non-root user gets): agents as loopback processes, labelled so. */
class LabLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void loopbackAgentsComeUpAndSayTheyAreDegraded() throws Exception {
        try (LabFixture fixture = new LabFixture(TopologyTemplates.star(2), dir, true)) {
            assertEquals(Lab.Mode.LOOPBACK, fixture.lab.mode());
            assertTrue(fixture.lab.mode().description.startsWith("degraded"));
            fixture.awaitAllUp(20_000);
            assertEquals("loopback", fixture.live.node("node0").status().mode());
            assertTrue(fixture.lab.endpoints().values().stream().allMatch(uri -> uri.getHost().equals("127.0.0.1")));
        }
    }
}
