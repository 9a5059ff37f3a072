package org.patchbay.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The topologies opened or saved last (File > Open Recent), newest first, at most {@link #LIMIT},
 * kept in the workbench's settings for this bundle; the folder of the newest is where Open and Save As
 * start (the user's home before anything was opened).
 */
public final class RecentFiles {

    public static final int LIMIT = 8;
    private static final String SECTION = "recentTopologies";
    private static final String KEY = "files";
    private final IDialogSettings settings;

    public RecentFiles() {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RecentFiles.class)).getDialogSettings();
        IDialogSettings section = all.getSection(SECTION);
        settings = section != null ? section : all.addNewSection(SECTION);
    }

    /** The remembered files that still exist, newest first. */
    public List<Path> files() {
        String[] stored = settings.getArray(KEY);
        List<Path> files = new ArrayList<>();
        if (stored != null) {
            for (String name : stored) {
                Path file = Path.of(name);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        names.add(absolute.toString());
        String[] stored = settings.getArray(KEY);
        if (stored != null) {
            for (String name : stored) {
                if (!name.equals(absolute.toString()) && names.size() < LIMIT) {
                    names.add(name);
                }
            }
        }
        settings.put(KEY, names.toArray(String[]::new));
    }

    /** Where file dialogs start: the folder of the newest file, else the user's home. */
    public String folder() {
        List<Path> files = files();
        return files.isEmpty() ? System.getProperty("user.home") : files.get(0).getParent().toString();
    }
}
