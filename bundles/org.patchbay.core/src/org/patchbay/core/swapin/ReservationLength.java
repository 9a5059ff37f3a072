package org.patchbay.core.swapin;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time as testbed users write them for reservations and idle limits: a number and a
 * unit, {@code 45s}, {@code 90m}, {@code 8h}, {@code 2d}; at most {@link #LONGEST}.
 */
public final class ReservationLength {

    /** The longest length accepted. */
    public static final Duration LONGEST = Duration.ofDays(365);

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    private ReservationLength() {
    }

    /** {@code text} as a duration; refused naming {@code what} (an option or a field) and the forms it takes. */
    public static Duration parse(String what, String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " takes a number and a unit (s, m, h or d), like 8h or 90m; not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        Duration length = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(what + " must be more than 0 and at most 365d, not '" + text + "'");
        }
        return length;
    }

    /** A length as a user reads it: "2 h", "30 min", "45 s" (the largest unit that divides it). */
    public static String describe(Duration length) {
        long seconds = length.toSeconds();
        if (seconds > 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + " d";
        }
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
