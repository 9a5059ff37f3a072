package org.patchbay.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

/** Writes a PNG of a real window as it is drawn on screen (used for the README and by tests). */
public final class WindowScreenshot {

    private WindowScreenshot() {
    }

    public static Path write(Shell shell, Path file) throws IOException {
        Point size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(shell);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            loader.save(absolute.toString(), SWT.IMAGE_PNG);
            return absolute;
        } finally {
            image.dispose();
        }
    }
}
