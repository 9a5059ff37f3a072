package org.patchbay.core.imaging;

import java.util.concurrent.TimeUnit;

/** Ending a helper the console started (dnsmasq, pb-image serve): asked first, killed if it does not go within a bound. */
final class ChildProcess {

    private static final long STOP_WAIT_SECONDS = 5;

    private ChildProcess() {
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
