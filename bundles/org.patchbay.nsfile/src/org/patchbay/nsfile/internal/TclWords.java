package org.patchbay.nsfile.internal;

import java.util.regex.Pattern;

/** Writing values as Tcl words and names as Tcl variables, so what the exporter writes reads back the same. */
public final class TclWords {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./:=+,@%-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private TclWords() {
    }

    /** The value as one Tcl word: bare when it is safe, else in double quotes with \, ", $, [ and ] escaped. */
    public static String word(String value) {
        if (value != null && BARE.matcher(value).matches()) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : (value == null ? "" : value).toCharArray()) {
            switch (c) {
                case '\\', '"', '$', '[', ']' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Whether {@code name} can be an NS variable (and so an Emulab name): letters, digits, _, . and -. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.contains("..");
    }

    /** {@code $name}, braced when the name has characters Tcl's $ would stop at. */
    public static String ref(String name) {
        return name.matches("[A-Za-z0-9_]+") ? "$" + name : "${" + name + "}";
    }
}
