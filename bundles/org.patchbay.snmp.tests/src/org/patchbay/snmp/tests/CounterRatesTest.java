package org.patchbay.snmp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.patchbay.snmp.CounterRates;
import org.patchbay.snmp.CounterRates.Reading;

/** Rates from counters: wraps only when plausible, new baselines on restarts and discontinuities. */
class CounterRatesTest {

    private final CounterRates rates = new CounterRates();

    @Test
    void theFirstReadingIsABaselineAndTheSecondGivesBitsPerSecondOverTheDevicesOwnInterval() {
        assertTrue(rates.update("p1", new Reading(1000, 0, 0, 0, 64, 1_000_000_000L)).isEmpty());
        CounterRates.Rate rate = rates.update("p1", new Reading(1500, 0, 1_250_000, 625_000, 64, 1_000_000_000L)).orElseThrow();
        assertEquals(2_000_000, rate.inBitsPerSecond(), 1e-6, "1.25 MB in 5 s of sysUpTime is 2 Mb/s");
        assertEquals(1_000_000, rate.outBitsPerSecond(), 1e-6);
    }

    @Test
    void aThirtyTwoBitCounterThatWrappedIsUnwrappedWhenTheRateIsPossible() {
        long nearTop = 4294967296L - 1_000_000;
        rates.update("p", new Reading(0, 0, nearTop, 0, 32, 100_000_000L));
        CounterRates.Rate rate = rates.update("p", new Reading(100, 0, 1_000_000, 0, 32, 100_000_000L)).orElseThrow();
        assertEquals(16_000_000, rate.inBitsPerSecond(), 1e-6, "2 MB across the wrap in 1 s");
    }

    @Test
    void aDropThatWouldMeanMoreThanTheLinkCarriesIsARestartNotAWrap() {
        rates.update("p", new Reading(0, 0, 3_000_000_000L, 0, 32, 10_000_000L));
        assertTrue(rates.update("p", new Reading(100, 0, 5_000, 0, 32, 10_000_000L)).isEmpty(), "1.3 GB in 1 s on a 10 Mb/s port is not a wrap");
        assertTrue(rates.update("p", new Reading(200, 0, 130_000, 0, 32, 10_000_000L)).isPresent(), "and the next reading is measured again");
    }

    @Test
    void sixtyFourBitCountersNeverWrapInPracticeSoAFallIsADiscontinuity() {
        rates.update("p", new Reading(0, 0, 5_000_000, 0, 64, 0));
        assertTrue(rates.update("p", new Reading(100, 0, 10, 0, 64, 0)).isEmpty());
    }

    @Test
    void aRestartedDeviceOrADiscontinuityStartsANewBaseline() {
        rates.update("p", new Reading(50_000, 0, 1000, 1000, 64, 0));
        assertTrue(rates.update("p", new Reading(300, 0, 2000, 2000, 64, 0)).isEmpty(), "sysUpTime went back: the agent restarted");
        assertTrue(rates.update("p", new Reading(400, 0, 3000, 3000, 64, 0)).isPresent());
        assertTrue(rates.update("p", new Reading(500, 390, 4000, 4000, 64, 0)).isEmpty(), "ifCounterDiscontinuityTime changed");
    }
}
