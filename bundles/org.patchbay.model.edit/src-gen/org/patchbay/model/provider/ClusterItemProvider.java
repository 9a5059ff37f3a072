/**
 */
package org.patchbay.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.patchbay.model.Cluster;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PatchbayPackage;

/**
 * This is the item provider adapter for a {@link org.patchbay.model.Cluster} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ClusterItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addRoutingPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Routing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoutingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Cluster_routing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Cluster_routing_feature", "_UI_Cluster_type"),
				 PatchbayPackage.Literals.CLUSTER__ROUTING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__NODES);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__SWITCHES);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__POWER_CONTROLLERS);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__LINKS);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__LANS);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__IMAGES);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__EVENTS);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__ACTIVITIES);
			childrenFeatures.add(PatchbayPackage.Literals.CLUSTER__EXPERIMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Cluster.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Cluster"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Cluster)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Cluster_type") :
			getString("_UI_Cluster_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Cluster.class)) {
			case PatchbayPackage.CLUSTER__ROUTING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PatchbayPackage.CLUSTER__NODES:
			case PatchbayPackage.CLUSTER__SWITCHES:
			case PatchbayPackage.CLUSTER__POWER_CONTROLLERS:
			case PatchbayPackage.CLUSTER__LINKS:
			case PatchbayPackage.CLUSTER__LANS:
			case PatchbayPackage.CLUSTER__IMAGES:
			case PatchbayPackage.CLUSTER__EVENTS:
			case PatchbayPackage.CLUSTER__ACTIVITIES:
			case PatchbayPackage.CLUSTER__EXPERIMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__NODES,
				 PatchbayFactory.eINSTANCE.createNode()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__SWITCHES,
				 PatchbayFactory.eINSTANCE.createSwitch()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__POWER_CONTROLLERS,
				 PatchbayFactory.eINSTANCE.createPowerController()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__LINKS,
				 PatchbayFactory.eINSTANCE.createLink()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__LANS,
				 PatchbayFactory.eINSTANCE.createLan()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__IMAGES,
				 PatchbayFactory.eINSTANCE.createDiskImage()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__EVENTS,
				 PatchbayFactory.eINSTANCE.createScheduledEvent()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__ACTIVITIES,
				 PatchbayFactory.eINSTANCE.createProgram()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__ACTIVITIES,
				 PatchbayFactory.eINSTANCE.createTrafficFlow()));

		newChildDescriptors.add
			(createChildParameter
				(PatchbayPackage.Literals.CLUSTER__EXPERIMENTS,
				 PatchbayFactory.eINSTANCE.createExperiment()));
	}

}
