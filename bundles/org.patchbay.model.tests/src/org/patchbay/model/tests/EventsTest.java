package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.model.Cluster;
import org.patchbay.model.EventAction;
import org.patchbay.model.Link;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.EventText;
import org.patchbay.model.validation.EventRules;
import org.patchbay.model.validation.TopologyDiagnostician;

/** Timed events: written as testbed users write them, kept with the topology, and checked before they run. */
class EventsTest {

    @TempDir
    Path dir;

    @Test
    void eventsAreReadAsWrittenPlainOrInEmulabsNsDress() {
        Cluster dumbbell = TopologyTemplates.dumbbell();
        Link bottleneck = dumbbell.getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow();

        ScheduledEvent down = EventText.parse(dumbbell, "$ns at 10.5 \"$bottleneck down\"");
        assertEquals(10.5, down.getAtSeconds());
        assertEquals(EventAction.LINK_DOWN, down.getAction());
        assertSame(bottleneck, down.getLink());

        ScheduledEvent bandwidth = EventText.parse(dumbbell, "12 bottleneck bandwidth 1Mb");
        assertEquals(EventAction.BANDWIDTH, bandwidth.getAction());
        assertEquals("1Mb", bandwidth.getValue());
        assertEquals("at 12 s: bottleneck bandwidth 1Mb", EventRules.describe(bandwidth));

        String node = dumbbell.getNodes().get(0).getName();
        ScheduledEvent run = EventText.parse(dumbbell, "15 " + node + " run iperf3 -c 10.0.0.2 -t 5");
        assertEquals(EventAction.RUN_COMMAND, run.getAction());
        assertEquals("iperf3 -c 10.0.0.2 -t 5", run.getValue());
        assertEquals(Optional.empty(), EventRules.problem(run));

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> EventText.parse(dumbbell, "3 nowhere down"));
        assertTrue(unknown.getMessage().contains("No link or LAN is named 'nowhere'; links and LANs: ") && unknown.getMessage().contains("bottleneck"),
                unknown.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventText.parse(dumbbell, "soon bottleneck down")).getMessage()
                .contains("'soon' is not a time"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventText.parse(dumbbell, "3 bottleneck explode")).getMessage()
                .contains("use down, up, bandwidth, delay, loss, run, start or stop"));

        org.patchbay.model.Program program = org.patchbay.model.PatchbayFactory.eINSTANCE.createProgram();
        program.setName("logger");
        program.setNode(dumbbell.getNodes().get(0));
        program.setCommand("tcpdump -c 10");
        dumbbell.getActivities().add(program);
        ScheduledEvent start = EventText.parse(dumbbell, "$ns at 4 \"$logger start\"");
        assertEquals(EventAction.START, start.getAction());
        assertSame(program, start.getActivity());
        assertEquals("at 4 s: logger start", EventRules.describe(start));
        assertEquals(Optional.empty(), EventRules.problem(start));
        assertEquals(EventAction.STOP, EventText.parse(dumbbell, "6 logger stop").getAction());
        program.setNode(null);
        assertEquals(Optional.of("at 4 s (start): logger runs on no node; choose its node in Properties."), EventRules.problem(start));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventText.parse(dumbbell, "6 nothing start")).getMessage()
                .contains("No program or traffic flow is named 'nothing'; they are: logger"));
    }

    @Test
    void badEventsAreReportedOnTheTopologyWithTheFix() {
        Cluster dumbbell = TopologyTemplates.dumbbell();
        ScheduledEvent negative = EventText.parse(dumbbell, "-1 bottleneck down");
        ScheduledEvent lossy = EventText.parse(dumbbell, "5 bottleneck loss 150%");
        dumbbell.getEvents().add(negative);
        dumbbell.getEvents().add(lossy);
        String messages = new TopologyDiagnostician().validate(dumbbell).stream().map(TopologyDiagnostician.Problem::message)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(messages.contains("at -1 s (link down) is before the start; give a time of 0 s or later."), messages);
        assertTrue(messages.contains("at 5 s (loss 150%): Loss must be between 0% and 100% (got 150%)"), messages);
    }

    @Test
    void eventsAreSavedWithTheTopologyAndKeepTheirLinks() throws Exception {
        Cluster dumbbell = TopologyTemplates.dumbbell();
        dumbbell.getEvents().add(EventText.parse(dumbbell, "10 bottleneck delay 50ms"));
        dumbbell.getEvents().add(EventText.parse(dumbbell, "20 bottleneck up"));
        Path file = dir.resolve("dumbbell.cluster");
        ClusterFiles.save(dumbbell, file);
        Cluster loaded = ClusterFiles.load(file);
        assertEquals(2, loaded.getEvents().size());
        assertEquals("at 10 s: bottleneck delay 50ms", EventRules.describe(loaded.getEvents().get(0)));
        assertSame(loaded.getLinks().stream().filter(l -> "bottleneck".equals(l.getName())).findFirst().orElseThrow(), loaded.getEvents().get(1).getLink(),
                "the event refers to the loaded link, not a copy");
    }
}
