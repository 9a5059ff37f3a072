package org.patchbay.model.edit.domain;

import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.provider.PatchbayItemProviderAdapterFactory;

/** Makes the editing domain a topology editor works through: every edit is a command on its stack. */
public final class TopologyEditingDomain {

    private TopologyEditingDomain() {
    }

    public static AdapterFactoryEditingDomain create() {
        ComposedAdapterFactory adapters = new ComposedAdapterFactory();
        adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapters.addAdapterFactory(new PatchbayItemProviderAdapterFactory());
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), new HashMap<>());
        ClusterFiles.configure(domain.getResourceSet());
        return domain;
    }
}
