package org.patchbay.ui.views;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.IPageSite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * The Outline: the cluster as a tree (nodes with their interfaces, switches with ports, PDUs with
 * outlets, links, LANs, images) and beneath it an overview of the whole canvas with the visible
 * part framed (press or drag in it to move there). Its selection and the canvas's follow each other.
 */
public final class TopologyOutlinePage extends ContentOutlinePage implements org.eclipse.core.runtime.IAdaptable {

    private final TopologyEditor editor;
    private final INotifyChangedListener modelListener = notification -> refreshSoon();
    private final ISelectionChangedListener canvasListener = this::canvasSelectionChanged;
    private boolean refreshPending;
    private boolean syncing;
    private org.eclipse.swt.custom.SashForm sash;
    private org.eclipse.swt.widgets.Control overview;

    public TopologyOutlinePage(TopologyEditor editor) {
        this.editor = editor;
    }

    @Override
    public void init(IPageSite pageSite) {
        super.init(pageSite);
        editor.contributeGlobalActions(pageSite.getActionBars());
    }

    @Override
    public void createControl(Composite parent) {
        sash = new org.eclipse.swt.custom.SashForm(parent, org.eclipse.swt.SWT.VERTICAL);
        super.createControl(sash);
        overview = editor.viewer().renderer().createOverview(sash);
        sash.setWeights(3, 2);
        AdapterFactory adapters = ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory();
        TreeViewer tree = getTreeViewer();
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ItemProviderContentProvider(adapters));
        tree.setLabelProvider(new ItemProviderLabelProvider(adapters));
        tree.setInput(editor.cluster().eResource());
        tree.expandToLevel(2);
        ((IChangeNotifier) adapters).addListener(modelListener);
        editor.viewer().addSelectionChangedListener(canvasListener);
    }

    /** The tree above, the overview of the canvas below. */
    @Override
    public org.eclipse.swt.widgets.Control getControl() {
        return sash;
    }

    /** The miniature of the canvas under the tree. */
    public org.eclipse.swt.widgets.Control overview() {
        return overview;
    }

    private void refreshSoon() {
        if (refreshPending || getControl() == null || getControl().isDisposed()) {
            return;
        }
        refreshPending = true;
        getControl().getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (getControl() != null && !getControl().isDisposed()) {
                getTreeViewer().refresh();
            }
        });
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!syncing) {
            syncing = true;
            try {
                editor.viewer().setSelection(event.getSelection(), true);
            } finally {
                syncing = false;
            }
        }
    }

    private void canvasSelectionChanged(SelectionChangedEvent event) {
        if (syncing || getControl() == null || getControl().isDisposed()) {
            return;
        }
        syncing = true;
        try {
            ISelection selection = event.getSelection();
            getTreeViewer().setSelection(selection, true);
        } finally {
            syncing = false;
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(editor.newPropertySheetPage());
        }
        return null;
    }

    @Override
    public void dispose() {
        AdapterFactory adapters = ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory();
        ((IChangeNotifier) adapters).removeListener(modelListener);
        if (editor.viewer() != null) {
            editor.viewer().removeSelectionChangedListener(canvasListener);
        }
        super.dispose();
    }
}
