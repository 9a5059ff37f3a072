/**
 */
package org.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snmp Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a device answers SNMP. Secrets are not here: credentialId names an entry in secure storage or a credentials file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.SnmpTarget#getHost <em>Host</em>}</li>
 *   <li>{@link org.patchbay.model.SnmpTarget#getPort <em>Port</em>}</li>
 *   <li>{@link org.patchbay.model.SnmpTarget#getVersion <em>Version</em>}</li>
 *   <li>{@link org.patchbay.model.SnmpTarget#getCredentialId <em>Credential Id</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getSnmpTarget()
 * @model
 * @generated
 */
public interface SnmpTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.patchbay.model.PatchbayPackage#getSnmpTarget_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SnmpTarget#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"161"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.patchbay.model.PatchbayPackage#getSnmpTarget_Port()
	 * @model default="161"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SnmpTarget#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.SnmpVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see org.patchbay.model.SnmpVersion
	 * @see #setVersion(SnmpVersion)
	 * @see org.patchbay.model.PatchbayPackage#getSnmpTarget_Version()
	 * @model
	 * @generated
	 */
	SnmpVersion getVersion();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SnmpTarget#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see org.patchbay.model.SnmpVersion
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(SnmpVersion value);

	/**
	 * Returns the value of the '<em><b>Credential Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credential Id</em>' attribute.
	 * @see #setCredentialId(String)
	 * @see org.patchbay.model.PatchbayPackage#getSnmpTarget_CredentialId()
	 * @model
	 * @generated
	 */
	String getCredentialId();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SnmpTarget#getCredentialId <em>Credential Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential Id</em>' attribute.
	 * @see #getCredentialId()
	 * @generated
	 */
	void setCredentialId(String value);

} // SnmpTarget
