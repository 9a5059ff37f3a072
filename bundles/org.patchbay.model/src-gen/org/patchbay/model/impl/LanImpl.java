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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.eclipse.emf.ecore.util.InternalEList;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Lan;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Port;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.LanImpl#getX <em>X</em>}</li>
 *   <li>{@link org.patchbay.model.impl.LanImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.patchbay.model.impl.LanImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.patchbay.model.impl.LanImpl#isCloud <em>Cloud</em>}</li>
 *   <li>{@link org.patchbay.model.impl.LanImpl#getMemberShaping <em>Member Shaping</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LanImpl extends ShapedElementImpl implements Lan {
	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final int X_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected int x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final int Y_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected int y = Y_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Port> members;

	/**
	 * The default value of the '{@link #isCloud() <em>Cloud</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCloud()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLOUD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCloud() <em>Cloud</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCloud()
	 * @generated
	 * @ordered
	 */
	protected boolean cloud = CLOUD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMemberShaping() <em>Member Shaping</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberShaping()
	 * @generated
	 * @ordered
	 */
	protected EList<MemberShaping> memberShaping;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.LAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(int newX) {
		int oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.LAN__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(int newY) {
		int oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.LAN__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Port> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Port>(Port.class, this, PatchbayPackage.LAN__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCloud() {
		return cloud;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloud(boolean newCloud) {
		boolean oldCloud = cloud;
		cloud = newCloud;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.LAN__CLOUD, oldCloud, cloud));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MemberShaping> getMemberShaping() {
		if (memberShaping == null) {
			memberShaping = new EObjectContainmentEList<MemberShaping>(MemberShaping.class, this, PatchbayPackage.LAN__MEMBER_SHAPING);
		}
		return memberShaping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.LAN__MEMBER_SHAPING:
				return ((InternalEList<?>)getMemberShaping()).basicRemove(otherEnd, msgs);
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
			case PatchbayPackage.LAN__X:
				return getX();
			case PatchbayPackage.LAN__Y:
				return getY();
			case PatchbayPackage.LAN__MEMBERS:
				return getMembers();
			case PatchbayPackage.LAN__CLOUD:
				return isCloud();
			case PatchbayPackage.LAN__MEMBER_SHAPING:
				return getMemberShaping();
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
			case PatchbayPackage.LAN__X:
				setX((Integer)newValue);
				return;
			case PatchbayPackage.LAN__Y:
				setY((Integer)newValue);
				return;
			case PatchbayPackage.LAN__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Port>)newValue);
				return;
			case PatchbayPackage.LAN__CLOUD:
				setCloud((Boolean)newValue);
				return;
			case PatchbayPackage.LAN__MEMBER_SHAPING:
				getMemberShaping().clear();
				getMemberShaping().addAll((Collection<? extends MemberShaping>)newValue);
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
			case PatchbayPackage.LAN__X:
				setX(X_EDEFAULT);
				return;
			case PatchbayPackage.LAN__Y:
				setY(Y_EDEFAULT);
				return;
			case PatchbayPackage.LAN__MEMBERS:
				getMembers().clear();
				return;
			case PatchbayPackage.LAN__CLOUD:
				setCloud(CLOUD_EDEFAULT);
				return;
			case PatchbayPackage.LAN__MEMBER_SHAPING:
				getMemberShaping().clear();
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
			case PatchbayPackage.LAN__X:
				return x != X_EDEFAULT;
			case PatchbayPackage.LAN__Y:
				return y != Y_EDEFAULT;
			case PatchbayPackage.LAN__MEMBERS:
				return members != null && !members.isEmpty();
			case PatchbayPackage.LAN__CLOUD:
				return cloud != CLOUD_EDEFAULT;
			case PatchbayPackage.LAN__MEMBER_SHAPING:
				return memberShaping != null && !memberShaping.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == DiagramElement.class) {
			switch (derivedFeatureID) {
				case PatchbayPackage.LAN__X: return PatchbayPackage.DIAGRAM_ELEMENT__X;
				case PatchbayPackage.LAN__Y: return PatchbayPackage.DIAGRAM_ELEMENT__Y;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == DiagramElement.class) {
			switch (baseFeatureID) {
				case PatchbayPackage.DIAGRAM_ELEMENT__X: return PatchbayPackage.LAN__X;
				case PatchbayPackage.DIAGRAM_ELEMENT__Y: return PatchbayPackage.LAN__Y;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", cloud: ");
		result.append(cloud);
		result.append(')');
		return result.toString();
	}

} //LanImpl
