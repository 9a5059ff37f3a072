package org.patchbay.model.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchbay.model.SweepParameter;

/**
 * A sweep parameter's values as written ("1Mb, 5Mb, 10Mb", or "-P 1", "-P 4" quoted), and the ${name} references a workload
 * command makes. Values stay text: a run records what the user wrote, and the shaping parameters are
 * parsed where they are applied, with the same rules as Properties.
 */
public final class SweepValues {

    /** Names every command may use besides the parameters. */
    public static final Set<String> BUILT_IN = Set.of("node", "index", "count", "run", "repetition");
    /** ${address:NODE}: the first IPv4 address of NODE. */
    public static final String ADDRESS_PREFIX = "address:";
    /**
     * ${name} or ${address:NODE}; $${ is a literal ${ for the shell, and the shell's own forms with an
     * operator (${d%ms}, ${x:-1}) are not references and pass through untouched.
     */
    private static final Pattern REFERENCE = Pattern.compile("\\$?\\$\\{([A-Za-z_][A-Za-z0-9_]*|address:[^}\\s]+)}");

    private SweepValues() {
    }

    public static List<String> of(SweepParameter parameter) {
        return of(parameter.getValues());
    }

    /** The values of {@code text}: separated by commas; a value in double quotes may hold commas ("a, b"), "" is a quote. */
    public static List<String> of(String text) {
        List<String> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"' && value.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                value.setLength(0);
            } else if (c == ',') {
                add(values, value, wasQuoted);
                value.setLength(0);
                wasQuoted = false;
            } else {
                value.append(c);
            }
        }
        add(values, value, wasQuoted);
        return values;
    }

    private static void add(List<String> values, StringBuilder value, boolean quoted) {
        String text = quoted ? value.toString() : value.toString().strip();
        if (!text.isEmpty()) {
            values.add(text);
        }
    }

    /** Every name a command refers to as ${name}, in order of first use. */
    public static Set<String> references(String command) {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (command == null) {
            return names;
        }
        Matcher m = REFERENCE.matcher(command);
        while (m.find()) {
            if (!m.group().startsWith("$$")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The command with each ${name} replaced by {@code values.apply(name)}; a name it has no value for
     * is refused with the names it does know.
     */
    public static String substitute(String command, java.util.function.Function<String, Optional<String>> values) {
        Matcher m = REFERENCE.matcher(command);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group().startsWith("$$")) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group().substring(1)));
                continue;
            }
            String name = m.group(1);
            String value = values.apply(name).orElseThrow(() -> new IllegalArgumentException("${" + name + "} is neither a parameter of the experiment nor one of "
                    + new TreeSet<>(BUILT_IN) + " or ${address:NODE}; rename it or add the parameter"));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
