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

import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Switch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.SwitchImpl#getSnmp <em>Snmp</em>}</li>
 *   <li>{@link org.patchbay.model.impl.SwitchImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.patchbay.model.impl.SwitchImpl#getVlanRange <em>Vlan Range</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SwitchImpl extends DiagramElementImpl implements Switch {
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
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<SwitchPort> ports;

	/**
	 * The default value of the '{@link #getVlanRange() <em>Vlan Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlanRange()
	 * @generated
	 * @ordered
	 */
	protected static final String VLAN_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVlanRange() <em>Vlan Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlanRange()
	 * @generated
	 * @ordered
	 */
	protected String vlanRange = VLAN_RANGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SwitchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.SWITCH;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PatchbayPackage.SWITCH__SNMP, oldSnmp, newSnmp);
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
				msgs = ((InternalEObject)snmp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PatchbayPackage.SWITCH__SNMP, null, msgs);
			if (newSnmp != null)
				msgs = ((InternalEObject)newSnmp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PatchbayPackage.SWITCH__SNMP, null, msgs);
			msgs = basicSetSnmp(newSnmp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SWITCH__SNMP, newSnmp, newSnmp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwitchPort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<SwitchPort>(SwitchPort.class, this, PatchbayPackage.SWITCH__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVlanRange() {
		return vlanRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlanRange(String newVlanRange) {
		String oldVlanRange = vlanRange;
		vlanRange = newVlanRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SWITCH__VLAN_RANGE, oldVlanRange, vlanRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.SWITCH__SNMP:
				return basicSetSnmp(null, msgs);
			case PatchbayPackage.SWITCH__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
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
			case PatchbayPackage.SWITCH__SNMP:
				return getSnmp();
			case PatchbayPackage.SWITCH__PORTS:
				return getPorts();
			case PatchbayPackage.SWITCH__VLAN_RANGE:
				return getVlanRange();
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
			case PatchbayPackage.SWITCH__SNMP:
				setSnmp((SnmpTarget)newValue);
				return;
			case PatchbayPackage.SWITCH__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends SwitchPort>)newValue);
				return;
			case PatchbayPackage.SWITCH__VLAN_RANGE:
				setVlanRange((String)newValue);
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
			case PatchbayPackage.SWITCH__SNMP:
				setSnmp((SnmpTarget)null);
				return;
			case PatchbayPackage.SWITCH__PORTS:
				getPorts().clear();
				return;
			case PatchbayPackage.SWITCH__VLAN_RANGE:
				setVlanRange(VLAN_RANGE_EDEFAULT);
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
			case PatchbayPackage.SWITCH__SNMP:
				return snmp != null;
			case PatchbayPackage.SWITCH__PORTS:
				return ports != null && !ports.isEmpty();
			case PatchbayPackage.SWITCH__VLAN_RANGE:
				return VLAN_RANGE_EDEFAULT == null ? vlanRange != null : !VLAN_RANGE_EDEFAULT.equals(vlanRange);
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
		result.append(" (vlanRange: ");
		result.append(vlanRange);
		result.append(')');
		return result.toString();
	}

} //SwitchImpl
