package org.patchbay.ui.views;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Tree content from EMF.Edit item providers: the JFace side of what emf.edit.ui's
 * AdapterFactoryContentProvider does (that bundle is not on Maven Central).
 */
public final class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapters;

    public ItemProviderContentProvider(AdapterFactory adapters) {
        this.adapters = adapters;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider provider(Object element) {
        return (ITreeItemContentProvider) adapters.adapt(element, ITreeItemContentProvider.class);
    }
}
