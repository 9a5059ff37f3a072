package org.patchbay.ui.views;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF.Edit item providers, images cached and disposed with the provider. */
public final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapters;
    private final Map<Object, Image> images = new HashMap<>();

    public ItemProviderLabelProvider(AdapterFactory adapters) {
        this.adapters = adapters;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
        Object image = provider == null ? null : provider.getImage(element);
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url.toString(), key -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public void dispose() {
        images.values().forEach(image -> {
            if (image != null) {
                image.dispose();
            }
        });
        images.clear();
        super.dispose();
    }
}
