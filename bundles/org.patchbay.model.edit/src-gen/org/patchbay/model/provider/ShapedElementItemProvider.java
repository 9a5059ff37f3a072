/**
 */
package org.patchbay.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.ShapedElement;

/**
 * This is the item provider adapter for a {@link org.patchbay.model.ShapedElement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ShapedElementItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShapedElementItemProvider(AdapterFactory adapterFactory) {
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

			addBandwidthBpsPropertyDescriptor(object);
			addDelayMsPropertyDescriptor(object);
			addLossRatePropertyDescriptor(object);
			addQueueLimitPropertyDescriptor(object);
			addQueueUnitPropertyDescriptor(object);
			addQueueKindPropertyDescriptor(object);
			addRedMinThresholdPropertyDescriptor(object);
			addRedMaxThresholdPropertyDescriptor(object);
			addRedQueueWeightPropertyDescriptor(object);
			addRedLintermPropertyDescriptor(object);
			addRedGentlePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Bandwidth Bps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBandwidthBpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_bandwidthBps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_bandwidthBps_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__BANDWIDTH_BPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Delay Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDelayMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_delayMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_delayMs_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__DELAY_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Loss Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLossRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_lossRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_lossRate_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__LOSS_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Queue Limit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQueueLimitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_queueLimit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_queueLimit_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__QUEUE_LIMIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Queue Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQueueUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_queueUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_queueUnit_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__QUEUE_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Queue Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQueueKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_queueKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_queueKind_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__QUEUE_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Red Min Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedMinThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_redMinThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_redMinThreshold_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__RED_MIN_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Red Max Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedMaxThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_redMaxThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_redMaxThreshold_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__RED_MAX_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Red Queue Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedQueueWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_redQueueWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_redQueueWeight_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__RED_QUEUE_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Red Linterm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedLintermPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_redLinterm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_redLinterm_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__RED_LINTERM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Red Gentle feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedGentlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ShapedElement_redGentle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ShapedElement_redGentle_feature", "_UI_ShapedElement_type"),
				 PatchbayPackage.Literals.SHAPED_ELEMENT__RED_GENTLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
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
		String label = ((ShapedElement)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ShapedElement_type") :
			getString("_UI_ShapedElement_type") + " " + label;
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

		switch (notification.getFeatureID(ShapedElement.class)) {
			case PatchbayPackage.SHAPED_ELEMENT__BANDWIDTH_BPS:
			case PatchbayPackage.SHAPED_ELEMENT__DELAY_MS:
			case PatchbayPackage.SHAPED_ELEMENT__LOSS_RATE:
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_LIMIT:
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_UNIT:
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_KIND:
			case PatchbayPackage.SHAPED_ELEMENT__RED_MIN_THRESHOLD:
			case PatchbayPackage.SHAPED_ELEMENT__RED_MAX_THRESHOLD:
			case PatchbayPackage.SHAPED_ELEMENT__RED_QUEUE_WEIGHT:
			case PatchbayPackage.SHAPED_ELEMENT__RED_LINTERM:
			case PatchbayPackage.SHAPED_ELEMENT__RED_GENTLE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
