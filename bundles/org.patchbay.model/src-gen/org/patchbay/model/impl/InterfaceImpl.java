/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.SwitchPort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.InterfaceImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link org.patchbay.model.impl.InterfaceImpl#getIpv4Address <em>Ipv4 Address</em>}</li>
 *   <li>{@link org.patchbay.model.impl.InterfaceImpl#getPrefixLength <em>Prefix Length</em>}</li>
 *   <li>{@link org.patchbay.model.impl.InterfaceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.patchbay.model.impl.InterfaceImpl#getCabledTo <em>Cabled To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceImpl extends PortImpl implements Interface {
	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpv4Address() <em>Ipv4 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpv4Address()
	 * @generated
	 * @ordered
	 */
	protected static final String IPV4_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpv4Address() <em>Ipv4 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpv4Address()
	 * @generated
	 * @ordered
	 */
	protected String ipv4Address = IPV4_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefixLength() <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixLength()
	 * @generated
	 * @ordered
	 */
	protected static final int PREFIX_LENGTH_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getPrefixLength() <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixLength()
	 * @generated
	 * @ordered
	 */
	protected int prefixLength = PREFIX_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceKind KIND_EDEFAULT = InterfaceKind.ETHERNET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InterfaceKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCabledTo() <em>Cabled To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCabledTo()
	 * @generated
	 * @ordered
	 */
	protected SwitchPort cabledTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.INTERFACE__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpv4Address() {
		return ipv4Address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpv4Address(String newIpv4Address) {
		String oldIpv4Address = ipv4Address;
		ipv4Address = newIpv4Address;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.INTERFACE__IPV4_ADDRESS, oldIpv4Address, ipv4Address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPrefixLength() {
		return prefixLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefixLength(int newPrefixLength) {
		int oldPrefixLength = prefixLength;
		prefixLength = newPrefixLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.INTERFACE__PREFIX_LENGTH, oldPrefixLength, prefixLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InterfaceKind newKind) {
		InterfaceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.INTERFACE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchPort getCabledTo() {
		if (cabledTo != null && cabledTo.eIsProxy()) {
			InternalEObject oldCabledTo = (InternalEObject)cabledTo;
			cabledTo = (SwitchPort)eResolveProxy(oldCabledTo);
			if (cabledTo != oldCabledTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.INTERFACE__CABLED_TO, oldCabledTo, cabledTo));
			}
		}
		return cabledTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwitchPort basicGetCabledTo() {
		return cabledTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCabledTo(SwitchPort newCabledTo) {
		SwitchPort oldCabledTo = cabledTo;
		cabledTo = newCabledTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.INTERFACE__CABLED_TO, oldCabledTo, cabledTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.INTERFACE__MAC:
				return getMac();
			case PatchbayPackage.INTERFACE__IPV4_ADDRESS:
				return getIpv4Address();
			case PatchbayPackage.INTERFACE__PREFIX_LENGTH:
				return getPrefixLength();
			case PatchbayPackage.INTERFACE__KIND:
				return getKind();
			case PatchbayPackage.INTERFACE__CABLED_TO:
				if (resolve) return getCabledTo();
				return basicGetCabledTo();
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
			case PatchbayPackage.INTERFACE__MAC:
				setMac((String)newValue);
				return;
			case PatchbayPackage.INTERFACE__IPV4_ADDRESS:
				setIpv4Address((String)newValue);
				return;
			case PatchbayPackage.INTERFACE__PREFIX_LENGTH:
				setPrefixLength((Integer)newValue);
				return;
			case PatchbayPackage.INTERFACE__KIND:
				setKind((InterfaceKind)newValue);
				return;
			case PatchbayPackage.INTERFACE__CABLED_TO:
				setCabledTo((SwitchPort)newValue);
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
			case PatchbayPackage.INTERFACE__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case PatchbayPackage.INTERFACE__IPV4_ADDRESS:
				setIpv4Address(IPV4_ADDRESS_EDEFAULT);
				return;
			case PatchbayPackage.INTERFACE__PREFIX_LENGTH:
				setPrefixLength(PREFIX_LENGTH_EDEFAULT);
				return;
			case PatchbayPackage.INTERFACE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PatchbayPackage.INTERFACE__CABLED_TO:
				setCabledTo((SwitchPort)null);
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
			case PatchbayPackage.INTERFACE__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case PatchbayPackage.INTERFACE__IPV4_ADDRESS:
				return IPV4_ADDRESS_EDEFAULT == null ? ipv4Address != null : !IPV4_ADDRESS_EDEFAULT.equals(ipv4Address);
			case PatchbayPackage.INTERFACE__PREFIX_LENGTH:
				return prefixLength != PREFIX_LENGTH_EDEFAULT;
			case PatchbayPackage.INTERFACE__KIND:
				return kind != KIND_EDEFAULT;
			case PatchbayPackage.INTERFACE__CABLED_TO:
				return cabledTo != null;
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
		result.append(" (mac: ");
		result.append(mac);
		result.append(", ipv4Address: ");
		result.append(ipv4Address);
		result.append(", prefixLength: ");
		result.append(prefixLength);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //InterfaceImpl
