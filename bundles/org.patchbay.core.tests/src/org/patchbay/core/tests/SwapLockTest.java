package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.core.swapin.SwapException;
import org.patchbay.core.swapin.SwapIns;

/**
 * One console swaps on a testbed at a time: the lock a console holds while it reads, swaps and
 * saves the inventory is taken again by its own swap steps, makes another console wait a moment,
 * and refuses it, named, when the hold goes on.
 */
class SwapLockTest {

    private static SwapIns swaps(Path journals) {
        return new SwapIns(journals, sw -> {
            throw new SwapException("no switches in this test");
        });
    }

    @Test
    void theHolderTakesItsLockAgainAndAnotherConsoleWaitsForIt() throws Exception {
        Path journals = Files.createTempDirectory("patchbay-swap-lock");
        SwapIns mine = swaps(journals);
        assertEquals("inner", mine.locked("rack", () -> mine.locked("rack", () -> "inner")), "a swap step inside a locked look takes the lock again");

        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return mine.locked("rack", () -> {
                    holding.countDown();
                    sleep(1_000);
                    return "first";
                });
            } catch (SwapException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        long asked = System.nanoTime();
        assertEquals("second", swaps(journals).locked("rack", () -> "second"), "another console gets the testbed once the first lets go");
        assertTrue(System.nanoTime() - asked >= 500_000_000L, "and not before");
        assertEquals("first", first.get(30, TimeUnit.SECONDS));
    }

    @Test
    void anotherConsoleIsRefusedWhileTheHoldGoesOn() throws Exception {
        Path journals = Files.createTempDirectory("patchbay-swap-lock");
        SwapIns mine = swaps(journals);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try {
                mine.locked("rack", () -> {
                    holding.countDown();
                    awaitQuietly(release);
                    return null;
                });
            } catch (SwapException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        try {
            SwapException refused = assertThrows(SwapException.class, () -> swaps(journals).locked("rack", () -> "never"));
            assertTrue(refused.getMessage().contains("Another console is swapping on testbed rack") && refused.getMessage().contains("wait for it"),
                    refused.getMessage());
        } finally {
            release.countDown();
        }
        holder.get(30, TimeUnit.SECONDS);
        assertEquals("after", swaps(journals).locked("rack", () -> "after"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
