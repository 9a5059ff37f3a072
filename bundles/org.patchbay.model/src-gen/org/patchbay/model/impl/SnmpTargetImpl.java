/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.SnmpVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snmp Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.SnmpTargetImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.patchbay.model.impl.SnmpTargetImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.patchbay.model.impl.SnmpTargetImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.patchbay.model.impl.SnmpTargetImpl#getCredentialId <em>Credential Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnmpTargetImpl extends MinimalEObjectImpl.Container implements SnmpTarget {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 161;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final SnmpVersion VERSION_EDEFAULT = SnmpVersion.V3;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected SnmpVersion version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentialId() <em>Credential Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialId()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredentialId() <em>Credential Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialId()
	 * @generated
	 * @ordered
	 */
	protected String credentialId = CREDENTIAL_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnmpTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.SNMP_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SNMP_TARGET__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SNMP_TARGET__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnmpVersion getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(SnmpVersion newVersion) {
		SnmpVersion oldVersion = version;
		version = newVersion == null ? VERSION_EDEFAULT : newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SNMP_TARGET__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredentialId() {
		return credentialId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialId(String newCredentialId) {
		String oldCredentialId = credentialId;
		credentialId = newCredentialId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SNMP_TARGET__CREDENTIAL_ID, oldCredentialId, credentialId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.SNMP_TARGET__HOST:
				return getHost();
			case PatchbayPackage.SNMP_TARGET__PORT:
				return getPort();
			case PatchbayPackage.SNMP_TARGET__VERSION:
				return getVersion();
			case PatchbayPackage.SNMP_TARGET__CREDENTIAL_ID:
				return getCredentialId();
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
			case PatchbayPackage.SNMP_TARGET__HOST:
				setHost((String)newValue);
				return;
			case PatchbayPackage.SNMP_TARGET__PORT:
				setPort((Integer)newValue);
				return;
			case PatchbayPackage.SNMP_TARGET__VERSION:
				setVersion((SnmpVersion)newValue);
				return;
			case PatchbayPackage.SNMP_TARGET__CREDENTIAL_ID:
				setCredentialId((String)newValue);
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
			case PatchbayPackage.SNMP_TARGET__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case PatchbayPackage.SNMP_TARGET__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case PatchbayPackage.SNMP_TARGET__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case PatchbayPackage.SNMP_TARGET__CREDENTIAL_ID:
				setCredentialId(CREDENTIAL_ID_EDEFAULT);
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
			case PatchbayPackage.SNMP_TARGET__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case PatchbayPackage.SNMP_TARGET__PORT:
				return port != PORT_EDEFAULT;
			case PatchbayPackage.SNMP_TARGET__VERSION:
				return version != VERSION_EDEFAULT;
			case PatchbayPackage.SNMP_TARGET__CREDENTIAL_ID:
				return CREDENTIAL_ID_EDEFAULT == null ? credentialId != null : !CREDENTIAL_ID_EDEFAULT.equals(credentialId);
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
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", version: ");
		result.append(version);
		result.append(", credentialId: ");
		result.append(credentialId);
		result.append(')');
		return result.toString();
	}

} //SnmpTargetImpl
