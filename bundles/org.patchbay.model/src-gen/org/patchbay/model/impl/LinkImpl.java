/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.patchbay.model.Link;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Port;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.LinkImpl#getEndA <em>End A</em>}</li>
 *   <li>{@link org.patchbay.model.impl.LinkImpl#getEndB <em>End B</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkImpl extends ShapedElementImpl implements Link {
	/**
	 * The cached value of the '{@link #getEndA() <em>End A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndA()
	 * @generated
	 * @ordered
	 */
	protected Port endA;

	/**
	 * The cached value of the '{@link #getEndB() <em>End B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndB()
	 * @generated
	 * @ordered
	 */
	protected Port endB;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getEndA() {
		if (endA != null && endA.eIsProxy()) {
			InternalEObject oldEndA = (InternalEObject)endA;
			endA = (Port)eResolveProxy(oldEndA);
			if (endA != oldEndA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.LINK__END_A, oldEndA, endA));
			}
		}
		return endA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetEndA() {
		return endA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndA(Port newEndA) {
		Port oldEndA = endA;
		endA = newEndA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.LINK__END_A, oldEndA, endA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getEndB() {
		if (endB != null && endB.eIsProxy()) {
			InternalEObject oldEndB = (InternalEObject)endB;
			endB = (Port)eResolveProxy(oldEndB);
			if (endB != oldEndB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.LINK__END_B, oldEndB, endB));
			}
		}
		return endB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetEndB() {
		return endB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndB(Port newEndB) {
		Port oldEndB = endB;
		endB = newEndB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.LINK__END_B, oldEndB, endB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.LINK__END_A:
				if (resolve) return getEndA();
				return basicGetEndA();
			case PatchbayPackage.LINK__END_B:
				if (resolve) return getEndB();
				return basicGetEndB();
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
			case PatchbayPackage.LINK__END_A:
				setEndA((Port)newValue);
				return;
			case PatchbayPackage.LINK__END_B:
				setEndB((Port)newValue);
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
			case PatchbayPackage.LINK__END_A:
				setEndA((Port)null);
				return;
			case PatchbayPackage.LINK__END_B:
				setEndB((Port)null);
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
			case PatchbayPackage.LINK__END_A:
				return endA != null;
			case PatchbayPackage.LINK__END_B:
				return endB != null;
		}
		return super.eIsSet(featureID);
	}

} //LinkImpl
