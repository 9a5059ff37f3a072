package org.patchbay.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.patchbay.ui.views.ProblemsView;

/** Canvas in the middle, Outline on the left, Properties, Problems and Progress below. */
public final class TopologyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.patchbay.ui.perspectives.topology";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.LEFT, 0.18f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        bottom.addView(org.patchbay.ui.views.NodeDetailView.ID);
        bottom.addView(org.patchbay.ui.views.EventTimelineView.ID);
        bottom.addView(org.patchbay.ui.views.MigrationsView.ID);
        bottom.addPlaceholder(org.patchbay.ui.views.OperationsView.ID);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(org.patchbay.ui.views.NodeDetailView.ID);
        layout.addShowViewShortcut(org.patchbay.ui.views.OperationsView.ID);
        layout.addShowViewShortcut(org.patchbay.ui.views.EventTimelineView.ID);
    }
}
