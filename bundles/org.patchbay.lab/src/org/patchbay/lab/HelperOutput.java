package org.patchbay.lab;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code name=value} words of one line printed by a native helper (pb-shaper, pb-probe). */
public final class HelperOutput {

    private HelperOutput() {
    }

    public static Map<String, String> fields(String line) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String word : line.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                f.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return f;
    }
}
