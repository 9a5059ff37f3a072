package org.patchbay.nsfile.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ns-2's and Emulab's units: bandwidths in bits per second with k, M or G (powers of ten; "B" for
 * bytes), delays in seconds unless a unit says otherwise, loss as a fraction.
 */
public final class NsUnits {

    private static final Pattern BANDWIDTH = Pattern.compile("([0-9]*\\.?[0-9]+(?:[eE][0-9]+)?)\\s*([kKmMgG]?)(b|B|bps|bit|bits)?");
    private static final Pattern DELAY = Pattern.compile("([0-9]*\\.?[0-9]+(?:[eE]-?[0-9]+)?)\\s*(ms|s|us|ns|sec)?");

    private NsUnits() {
    }

    /** Bits per second of "100Mb", "1.5Mb", "56kb", "1Gb", "1MB" or a plain number of bits per second. */
    public static long bandwidth(String text) {
        Matcher m = BANDWIDTH.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a bandwidth; write it as Emulab does, e.g. 100Mb, 1.5Mb, 56kb or 1Gb");
        }
        double value = Double.parseDouble(m.group(1)) * switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "g" -> 1e9;
            default -> 1;
        };
        if ("B".equals(m.group(3))) {
            value *= 8;
        }
        long bps = Math.round(value);
        if (bps <= 0) {
            throw new IllegalArgumentException("\"" + text + "\" is no bandwidth at all; a link needs more than 0 bits per second");
        }
        return bps;
    }

    /** Milliseconds of "10ms", "1.5s", "500us" or a plain number of seconds (ns-2's unit). */
    public static double delayMs(String text) {
        Matcher m = DELAY.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a delay; write it as Emulab does, e.g. 10ms, 0ms or 1.5s");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> value;
            case "us" -> value / 1e3;
            case "ns" -> value / 1e6;
            default -> value * 1e3;
        };
    }

    /** A loss rate: a fraction from 0 to 1. */
    public static double loss(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a loss rate; write a fraction from 0 to 1, e.g. 0.01 for 1 %");
        }
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("loss " + text + " is outside 0..1; write a fraction, e.g. 0.01 for 1 %");
        }
        return value;
    }

    /** "100Mb", "1.5Mb", "56kb", "1Gb", "300b": how the exporter writes a bandwidth. */
    public static String formatBandwidth(long bps) {
        if (bps % 1_000_000_000L == 0) {
            return bps / 1_000_000_000L + "Gb";
        }
        if (bps >= 1_000_000L && bps % 1000 == 0) {
            return number(bps / 1e6) + "Mb";
        }
        if (bps >= 1_000L) {
            return number(bps / 1e3) + "kb";
        }
        return bps + "b";
    }

    public static String formatDelay(double ms) {
        return number(ms) + "ms";
    }

    /** The shortest decimal that reads back as the same double. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
