package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.patchbay.core.events.EventSchedule;
import org.patchbay.model.Cluster;
import org.patchbay.model.EventAction;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.templates.TopologyTemplates;

/** The event schedule against fake actions: order, pause stops the clock, reset undoes, a failed event fails alone. */
class EventScheduleTest {

    private static final class RecordingActions implements EventSchedule.Actions {
        final List<String> fired = new CopyOnWriteArrayList<>();
        final AtomicInteger resets = new AtomicInteger();

        @Override
        public CompletionStage<String> fire(ScheduledEvent event) {
            fired.add(event.getAction().getLiteral() + " " + (event.getLink() == null ? "" : event.getLink().getName()));
            return event.getAction() == EventAction.DELAY ? CompletableFuture.failedFuture(new IllegalStateException("no delay node"))
                    : CompletableFuture.completedFuture("done");
        }

        @Override
        public void reset() {
            resets.incrementAndGet();
        }
    }

    private static void event(Cluster cluster, double at, EventAction action, org.patchbay.model.ShapedElement link, org.patchbay.model.Node node,
            String value) {
        ScheduledEvent event = org.patchbay.model.PatchbayFactory.eINSTANCE.createScheduledEvent();
        event.setAtSeconds(at);
        event.setAction(action);
        event.setLink(link);
        event.setNode(node);
        event.setValue(value);
        cluster.getEvents().add(event);
    }

    private static void await(String what, long millis, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void eventsFireInOrderAFailureFailsAlonePauseStopsTheClockAndResetUndoes() throws Exception {
        Cluster ring = TopologyTemplates.ring(3);
        var link = ring.getLinks().get(0);
        event(ring, 0.1, EventAction.LINK_DOWN, link, null, null);
        event(ring, 0.2, EventAction.DELAY, link, null, "20ms");
        event(ring, 0.3, EventAction.LINK_UP, link, null, null);
        event(ring, 30, EventAction.LINK_DOWN, link, null, null);
        RecordingActions actions = new RecordingActions();
        try (EventSchedule schedule = new EventSchedule(ring, actions, Runnable::run)) {
            schedule.start();
            await("three events", 30_000, () -> schedule.fired().size() >= 3 && schedule.fired().get(2).ok() != null);
            assertEquals(List.of("linkDown link0", "delay link0", "linkUp link0"), actions.fired);
            assertEquals(Boolean.FALSE, schedule.fired().get(1).ok(), "the failed event is recorded as failed");
            assertTrue(schedule.fired().get(1).outcome().contains("no delay node"), schedule.fired().get(1).outcome());
            assertEquals(Boolean.TRUE, schedule.fired().get(2).ok(), "and the next one still ran");

            schedule.pause();
            double paused = schedule.elapsedSeconds();
            Thread.sleep(300);
            assertEquals(paused, schedule.elapsedSeconds(), 1e-9, "the clock stands still while paused");
            assertEquals(EventSchedule.State.PAUSED, schedule.state());

            schedule.reset();
            assertEquals(1, actions.resets.get(), "reset undoes the events' runtime changes");
            assertEquals(EventSchedule.State.READY, schedule.state());
            assertTrue(schedule.fired().isEmpty());
            assertEquals(0.0, schedule.elapsedSeconds(), 1e-9);
        }
    }
}
