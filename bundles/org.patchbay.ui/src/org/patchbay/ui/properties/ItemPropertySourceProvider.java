package org.patchbay.ui.properties;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view an editable view of any model element, backed by EMF.Edit descriptors. */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactoryEditingDomain domain;
    private final Consumer<String> status;

    /** @param status shows a refusal (or clears it with null) where the user will see it */
    public ItemPropertySourceProvider(AdapterFactoryEditingDomain domain, Consumer<String> status) {
        this.domain = domain;
        this.status = status;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        if (object instanceof EObject eObject) {
            IItemPropertySource itemSource = (IItemPropertySource) domain.getAdapterFactory().adapt(eObject, IItemPropertySource.class);
            if (itemSource != null) {
                return new ItemPropertySource(eObject, itemSource, domain, status);
            }
        }
        return null;
    }
}
