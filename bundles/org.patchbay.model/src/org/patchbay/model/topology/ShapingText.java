package org.patchbay.model.topology;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchbay.model.ShapedElement;

/**
 * Writes and reads shaping values the way testbed users write them: "100Mb 10ms 1%",
 * bandwidths like "1.5Mb", "56k", "10 Gbps", delays like "20ms" or "0.5 s".
 */
public final class ShapingText {

    private static final Pattern BANDWIDTH = Pattern.compile(
            "\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgG]?)(?:b|bit|bps|b/s|bits?/s)?\\s*");
    private static final Pattern DELAY = Pattern.compile("\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|us)?\\s*");

    private ShapingText() {
    }

    /** "100Mb 10ms 1%": bandwidth always, delay and loss only when not zero. */
    public static String summary(ShapedElement shaped) {
        StringBuilder text = new StringBuilder(bandwidth(shaped.getBandwidthBps()));
        if (shaped.getDelayMs() != 0) {
            text.append(' ').append(delay(shaped.getDelayMs()));
        }
        if (shaped.getLossRate() != 0) {
            text.append(' ').append(loss(shaped.getLossRate()));
        }
        return text.toString();
    }

    public static String bandwidth(long bitsPerSecond) {
        if (bitsPerSecond >= 1_000_000_000L && bitsPerSecond % 1_000_000_000L == 0) {
            return bitsPerSecond / 1_000_000_000L + "Gb";
        }
        if (bitsPerSecond >= 1_000_000L) {
            return trim(bitsPerSecond / 1e6) + "Mb";
        }
        if (bitsPerSecond >= 1_000L) {
            return trim(bitsPerSecond / 1e3) + "kb";
        }
        return bitsPerSecond + "b";
    }

    public static String delay(double milliseconds) {
        return trim(milliseconds) + "ms";
    }

    public static String loss(double rate) {
        return trim(rate * 100) + "%";
    }

    /**
     * Parses a bandwidth such as "100Mb", "1.5M", "56k", "1000000".
     *
     * @throws IllegalArgumentException with a message that shows accepted forms
     */
    public static long parseBandwidth(String text) {
        Matcher m = BANDWIDTH.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a bandwidth. Write a number of bits per second with an optional unit, e.g. 100Mb, 1.5M, 56k.");
        }
        double value = Double.parseDouble(m.group(1));
        double scale = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "g" -> 1e9;
            default -> 1;
        };
        return Math.round(value * scale);
    }

    /** Parses "20", "20ms", "0.5s", "500us" into milliseconds. */
    public static double parseDelay(String text) {
        Matcher m = DELAY.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a delay. Write milliseconds, e.g. 10, 10ms, 0.5s.");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "s" -> value * 1000;
            case "us" -> value / 1000;
            default -> value;
        };
    }

    /** "10.5", "3": a time in seconds as a schedule shows it. */
    public static String seconds(double seconds) {
        return trim(seconds);
    }

    /** Parses "1%", "0.5 %" or "0.01" into a fraction. */
    public static double parseLoss(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            return trimmed.endsWith("%") ? Double.parseDouble(trimmed.substring(0, trimmed.length() - 1).trim()) / 100 : Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a loss rate. Write a fraction such as 0.01 or a percentage such as 1%.");
        }
    }

    private static String trim(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.3f", value);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
