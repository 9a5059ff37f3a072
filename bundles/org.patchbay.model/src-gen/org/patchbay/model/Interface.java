/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Interface#getMac <em>Mac</em>}</li>
 *   <li>{@link org.patchbay.model.Interface#getIpv4Address <em>Ipv4 Address</em>}</li>
 *   <li>{@link org.patchbay.model.Interface#getPrefixLength <em>Prefix Length</em>}</li>
 *   <li>{@link org.patchbay.model.Interface#getKind <em>Kind</em>}</li>
 *   <li>{@link org.patchbay.model.Interface#getCabledTo <em>Cabled To</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getInterface()
 * @model
 * @generated
 */
public interface Interface extends Port {
	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see org.patchbay.model.PatchbayPackage#getInterface_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Interface#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Ipv4 Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipv4 Address</em>' attribute.
	 * @see #setIpv4Address(String)
	 * @see org.patchbay.model.PatchbayPackage#getInterface_Ipv4Address()
	 * @model
	 * @generated
	 */
	String getIpv4Address();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Interface#getIpv4Address <em>Ipv4 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipv4 Address</em>' attribute.
	 * @see #getIpv4Address()
	 * @generated
	 */
	void setIpv4Address(String value);

	/**
	 * Returns the value of the '<em><b>Prefix Length</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix Length</em>' attribute.
	 * @see #setPrefixLength(int)
	 * @see org.patchbay.model.PatchbayPackage#getInterface_PrefixLength()
	 * @model default="24"
	 * @generated
	 */
	int getPrefixLength();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Interface#getPrefixLength <em>Prefix Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix Length</em>' attribute.
	 * @see #getPrefixLength()
	 * @generated
	 */
	void setPrefixLength(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.InterfaceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.patchbay.model.InterfaceKind
	 * @see #setKind(InterfaceKind)
	 * @see org.patchbay.model.PatchbayPackage#getInterface_Kind()
	 * @model
	 * @generated
	 */
	InterfaceKind getKind();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Interface#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.patchbay.model.InterfaceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InterfaceKind value);

	/**
	 * Returns the value of the '<em><b>Cabled To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a testbed inventory: the switch port this machine interface is cabled to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cabled To</em>' reference.
	 * @see #setCabledTo(SwitchPort)
	 * @see org.patchbay.model.PatchbayPackage#getInterface_CabledTo()
	 * @model
	 * @generated
	 */
	SwitchPort getCabledTo();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Interface#getCabledTo <em>Cabled To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cabled To</em>' reference.
	 * @see #getCabledTo()
	 * @generated
	 */
	void setCabledTo(SwitchPort value);

} // Interface
