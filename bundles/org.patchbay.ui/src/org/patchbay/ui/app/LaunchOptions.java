package org.patchbay.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options of the console:
 * {@code --open FILE}, {@code --template ID} (a template id, {@code cluster:N} or {@code random:N}),
 * {@code --screenshot FILE.png} (write a picture of the window and quit), {@code --arrange}, {@code --lab}
 * (start the local lab on it).
 */
public final class LaunchOptions {

    private Path open;
    private String template;
    private Path screenshot;
    private boolean arrange;
    private boolean lab;
    private long maxFileSizeMb;
    private int exitCode;
    private final List<String> errors = new ArrayList<>();

    public static LaunchOptions parse(String[] args) {
        LaunchOptions options = new LaunchOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--open" -> options.open = Path.of(value(args, ++i, arg, options));
                case "--template" -> options.template = value(args, ++i, arg, options);
                case "--screenshot" -> options.screenshot = Path.of(value(args, ++i, arg, options)).toAbsolutePath();
                case "--arrange" -> options.arrange = true;
                case "--lab" -> options.lab = true;
                case "--max-file-size" -> {
                    String value = value(args, ++i, arg, options);
                    if (!value.matches("[0-9]{1,6}") || Long.parseLong(value) < 1) {
                        options.errors.add("--max-file-size takes megabytes, a whole number from 1 to 999999, not '" + value + "'");
                    } else {
                        options.maxFileSizeMb = Long.parseLong(value);
                    }
                }
                default -> {
                    // Eclipse passes its own options (-product, -data ...) through; those are not ours.
                }
            }
        }
        return options;
    }

    private static String value(String[] args, int index, String option, LaunchOptions options) {
        if (index >= args.length || args[index].startsWith("--")) {
            options.errors.add(option + " needs a value, e.g. " + option + (option.equals("--template") ? " dumbbell" : " file"));
            return ".";
        }
        return args[index];
    }

    /** The --max-file-size the user gave, in MB, or 0. */
    public long maxFileSizeMb() {
        return maxFileSizeMb;
    }

    public Path open() {
        return open;
    }

    public String template() {
        return template;
    }

    public Path screenshot() {
        return screenshot;
    }

    public boolean arrange() {
        return arrange;
    }

    /** Start the lab on the opened topology as soon as the window is up. */
    public boolean lab() {
        return lab;
    }

    public List<String> errors() {
        return errors;
    }

    public int exitCode() {
        return exitCode;
    }

    public void fail(int code) {
        exitCode = code;
    }
}
