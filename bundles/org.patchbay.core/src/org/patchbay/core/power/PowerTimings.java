package org.patchbay.core.power;

import java.time.Duration;
import java.util.List;

/**
 * How long each step of a power operation may take before the next escalation or a give-up, and
 * the pauses between retries of a PDU command that got no answer.
 */
public record PowerTimings(Duration agentGoneWithin, Duration backWithin, Duration afterPowerBackWithin, List<Duration> pduRetries) {

    /** For real machines: BIOS and boot take minutes; retries 5, 10, 20, 25 s. */
    public static PowerTimings standard() {
        return new PowerTimings(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5),
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(25)));
    }

    /** For the local lab, where a node "boots" in about a second. */
    public static PowerTimings lab() {
        return new PowerTimings(Duration.ofSeconds(4), Duration.ofSeconds(20), Duration.ofSeconds(20),
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)));
    }
}
