package org.patchbay.ui.app;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.patchbay.model.persistence.ClusterFiles;

/**
 * The largest .cluster file the console opens: the preference {@code org.patchbay.ui/maxFileSizeMB}
 * (64 MB unless set), which {@code --max-file-size MB} sets.
 */
public final class FileSizeLimit {

    private static final String NODE = "org.patchbay.ui";
    private static final String KEY = "maxFileSizeMB";

    private FileSizeLimit() {
    }

    public static long bytes() {
        return Platform.getPreferencesService().getLong(NODE, KEY, ClusterFiles.DEFAULT_MAX_BYTES >> 20, null) << 20;
    }

    /** Remembers a limit the user chose (it stays until changed again). */
    public static void set(long megabytes) {
        var node = InstanceScope.INSTANCE.getNode(NODE);
        node.putLong(KEY, megabytes);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session at least
        }
    }
}
