/**
 */
package org.patchbay.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.patchbay.model.Outlet;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.PduProfile;
import org.patchbay.model.PowerController;
import org.patchbay.model.SnmpTarget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Power Controller</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.PowerControllerImpl#getVendorProfile <em>Vendor Profile</em>}</li>
 *   <li>{@link org.patchbay.model.impl.PowerControllerImpl#getSnmp <em>Snmp</em>}</li>
 *   <li>{@link org.patchbay.model.impl.PowerControllerImpl#getOutlets <em>Outlets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PowerControllerImpl extends DiagramElementImpl implements PowerController {
	/**
	 * The default value of the '{@link #getVendorProfile() <em>Vendor Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorProfile()
	 * @generated
	 * @ordered
	 */
	protected static final PduProfile VENDOR_PROFILE_EDEFAULT = PduProfile.APC_RACK_PDU;

	/**
	 * The cached value of the '{@link #getVendorProfile() <em>Vendor Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorProfile()
	 * @generated
	 * @ordered
	 */
	protected PduProfile vendorProfile = VENDOR_PROFILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSnmp() <em>Snmp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnmp()
	 * @generated
	 * @ordered
	 */
	protected SnmpTarget snmp;

	/**
	 * The cached value of the '{@link #getOutlets() <em>Outlets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlets()
	 * @generated
	 * @ordered
	 */
	protected EList<Outlet> outlets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PowerControllerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.POWER_CONTROLLER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PduProfile getVendorProfile() {
		return vendorProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorProfile(PduProfile newVendorProfile) {
		PduProfile oldVendorProfile = vendorProfile;
		vendorProfile = newVendorProfile == null ? VENDOR_PROFILE_EDEFAULT : newVendorProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.POWER_CONTROLLER__VENDOR_PROFILE, oldVendorProfile, vendorProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnmpTarget getSnmp() {
		return snmp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSnmp(SnmpTarget newSnmp, NotificationChain msgs) {
		SnmpTarget oldSnmp = snmp;
		snmp = newSnmp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PatchbayPackage.POWER_CONTROLLER__SNMP, oldSnmp, newSnmp);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnmp(SnmpTarget newSnmp) {
		if (newSnmp != snmp) {
			NotificationChain msgs = null;
			if (snmp != null)
				msgs = ((InternalEObject)snmp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PatchbayPackage.POWER_CONTROLLER__SNMP, null, msgs);
			if (newSnmp != null)
				msgs = ((InternalEObject)newSnmp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PatchbayPackage.POWER_CONTROLLER__SNMP, null, msgs);
			msgs = basicSetSnmp(newSnmp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.POWER_CONTROLLER__SNMP, newSnmp, newSnmp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outlet> getOutlets() {
		if (outlets == null) {
			outlets = new EObjectContainmentEList<Outlet>(Outlet.class, this, PatchbayPackage.POWER_CONTROLLER__OUTLETS);
		}
		return outlets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.POWER_CONTROLLER__SNMP:
				return basicSetSnmp(null, msgs);
			case PatchbayPackage.POWER_CONTROLLER__OUTLETS:
				return ((InternalEList<?>)getOutlets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.POWER_CONTROLLER__VENDOR_PROFILE:
				return getVendorProfile();
			case PatchbayPackage.POWER_CONTROLLER__SNMP:
				return getSnmp();
			case PatchbayPackage.POWER_CONTROLLER__OUTLETS:
				return getOutlets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchbayPackage.POWER_CONTROLLER__VENDOR_PROFILE:
				setVendorProfile((PduProfile)newValue);
				return;
			case PatchbayPackage.POWER_CONTROLLER__SNMP:
				setSnmp((SnmpTarget)newValue);
				return;
			case PatchbayPackage.POWER_CONTROLLER__OUTLETS:
				getOutlets().clear();
				getOutlets().addAll((Collection<? extends Outlet>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PatchbayPackage.POWER_CONTROLLER__VENDOR_PROFILE:
				setVendorProfile(VENDOR_PROFILE_EDEFAULT);
				return;
			case PatchbayPackage.POWER_CONTROLLER__SNMP:
				setSnmp((SnmpTarget)null);
				return;
			case PatchbayPackage.POWER_CONTROLLER__OUTLETS:
				getOutlets().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PatchbayPackage.POWER_CONTROLLER__VENDOR_PROFILE:
				return vendorProfile != VENDOR_PROFILE_EDEFAULT;
			case PatchbayPackage.POWER_CONTROLLER__SNMP:
				return snmp != null;
			case PatchbayPackage.POWER_CONTROLLER__OUTLETS:
				return outlets != null && !outlets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vendorProfile: ");
		result.append(vendorProfile);
		result.append(')');
		return result.toString();
	}

} //PowerControllerImpl
