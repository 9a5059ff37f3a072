package org.patchbay.releng;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator outside Eclipse: model code into org.patchbay.model/src-gen and item
 * providers into org.patchbay.model.edit/src-gen. A genmodel that lists no classes yet (a fresh
 * settings-only file) is first initialised from the .ecore, keeping its settings, and saved back.
 */
public final class GenerateEmfCode {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
        for (String bundle : List.of("org.patchbay.model", "org.patchbay.model.edit")) {
            Files.createDirectories(bundles.resolve(bundle));
            platformMap.put(bundle, URI.createFileURI(bundles.resolve(bundle) + File.separator));
        }

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getURIConverter().getURIMap().put(URI.createURI("platform:/resource/"),
                URI.createFileURI(bundles + File.separator));

        URI genModelUri = URI.createFileURI(bundles.resolve("org.patchbay.model/model/patchbay.genmodel").toString());
        Resource genModelResource = resources.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        if (genModel.getGenPackages().isEmpty() || genModel.getGenPackages().get(0).getGenClasses().isEmpty()) {
            initialiseFromEcore(genModel, resources, genModelUri);
            genModelResource.save(Map.of());
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);
        Diagnostic problems = genModel.diagnose();
        if (problems.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is invalid: " + problems);
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException(projectType + " generation failed: " + result);
            }
        }
        System.out.println("generated model and edit code under " + bundles);
    }

    private static void initialiseFromEcore(GenModel genModel, ResourceSet resources, URI genModelUri) {
        GenPackage settings = genModel.getGenPackages().isEmpty() ? null : genModel.getGenPackages().get(0);
        URI ecoreUri = URI.createURI(genModel.getForeignModel().get(0)).resolve(genModelUri);
        EPackage ePackage = (EPackage) resources.getResource(ecoreUri, true).getContents().get(0);
        genModel.getGenPackages().clear();
        genModel.initialize(List.of(ePackage));
        GenPackage generated = genModel.getGenPackages().get(0);
        if (settings != null) {
            generated.setPrefix(settings.getPrefix());
            generated.setBasePackage(settings.getBasePackage());
            generated.setDisposableProviderFactory(settings.isDisposableProviderFactory());
            generated.setMultipleEditorPages(settings.isMultipleEditorPages());
            generated.setGenerateExampleClass(settings.isGenerateExampleClass());
            generated.setGenerateModelWizard(settings.isGenerateModelWizard());
        }
    }
}
