/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Trunk;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trunk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.TrunkImpl#getEndA <em>End A</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TrunkImpl#getEndB <em>End B</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TrunkImpl#getCapacityMbps <em>Capacity Mbps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrunkImpl extends NamedElementImpl implements Trunk {
	/**
	 * The cached value of the '{@link #getEndA() <em>End A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndA()
	 * @generated
	 * @ordered
	 */
	protected SwitchPort endA;

	/**
	 * The cached value of the '{@link #getEndB() <em>End B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndB()
	 * @generated
	 * @ordered
	 */
	protected SwitchPort endB;

	/**
	 * The default value of the '{@link #getCapacityMbps() <em>Capacity Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMbps()
	 * @generated
	 * @ordered
	 */
	protected static final long CAPACITY_MBPS_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getCapacityMbps() <em>Capacity Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMbps()
	 * @generated
	 * @ordered
	 */
	protected long capacityMbps = CAPACITY_MBPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrunkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.TRUNK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchPort getEndA() {
		if (endA != null && endA.eIsProxy()) {
			InternalEObject oldEndA = (InternalEObject)endA;
			endA = (SwitchPort)eResolveProxy(oldEndA);
			if (endA != oldEndA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.TRUNK__END_A, oldEndA, endA));
			}
		}
		return endA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwitchPort basicGetEndA() {
		return endA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndA(SwitchPort newEndA) {
		SwitchPort oldEndA = endA;
		endA = newEndA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRUNK__END_A, oldEndA, endA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchPort getEndB() {
		if (endB != null && endB.eIsProxy()) {
			InternalEObject oldEndB = (InternalEObject)endB;
			endB = (SwitchPort)eResolveProxy(oldEndB);
			if (endB != oldEndB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.TRUNK__END_B, oldEndB, endB));
			}
		}
		return endB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwitchPort basicGetEndB() {
		return endB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndB(SwitchPort newEndB) {
		SwitchPort oldEndB = endB;
		endB = newEndB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRUNK__END_B, oldEndB, endB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCapacityMbps() {
		return capacityMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityMbps(long newCapacityMbps) {
		long oldCapacityMbps = capacityMbps;
		capacityMbps = newCapacityMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRUNK__CAPACITY_MBPS, oldCapacityMbps, capacityMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.TRUNK__END_A:
				if (resolve) return getEndA();
				return basicGetEndA();
			case PatchbayPackage.TRUNK__END_B:
				if (resolve) return getEndB();
				return basicGetEndB();
			case PatchbayPackage.TRUNK__CAPACITY_MBPS:
				return getCapacityMbps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchbayPackage.TRUNK__END_A:
				setEndA((SwitchPort)newValue);
				return;
			case PatchbayPackage.TRUNK__END_B:
				setEndB((SwitchPort)newValue);
				return;
			case PatchbayPackage.TRUNK__CAPACITY_MBPS:
				setCapacityMbps((Long)newValue);
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
			case PatchbayPackage.TRUNK__END_A:
				setEndA((SwitchPort)null);
				return;
			case PatchbayPackage.TRUNK__END_B:
				setEndB((SwitchPort)null);
				return;
			case PatchbayPackage.TRUNK__CAPACITY_MBPS:
				setCapacityMbps(CAPACITY_MBPS_EDEFAULT);
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
			case PatchbayPackage.TRUNK__END_A:
				return endA != null;
			case PatchbayPackage.TRUNK__END_B:
				return endB != null;
			case PatchbayPackage.TRUNK__CAPACITY_MBPS:
				return capacityMbps != CAPACITY_MBPS_EDEFAULT;
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
		result.append(" (capacityMbps: ");
		result.append(capacityMbps);
		result.append(')');
		return result.toString();
	}

} //TrunkImpl
