package org.patchbay.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Makes the XMI resources behind {@code .cluster} files. Elements get UUIDs so references
 * (link ends, outlets, images) survive reordering and stay readable in a diff.
 */
public final class ClusterResourceFactory extends XMIResourceFactoryImpl {

    public static final String FILE_EXTENSION = "cluster";

    /** Testbed inventories share the format: same package, same UUID references. */
    public static final String TESTBED_FILE_EXTENSION = "testbed";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        resource.getDefaultLoadOptions().put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return resource;
    }
}
