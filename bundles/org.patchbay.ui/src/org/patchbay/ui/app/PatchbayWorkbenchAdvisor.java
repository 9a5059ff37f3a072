package org.patchbay.ui.app;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class PatchbayWorkbenchAdvisor extends WorkbenchAdvisor {

    private final LaunchOptions options;

    PatchbayWorkbenchAdvisor(LaunchOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Topologies are reopened from files, not from a restored workbench with stale editors.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TopologyPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PatchbayWindowAdvisor(configurer, options);
    }
}
