/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Switch Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.SwitchPort#getIfIndex <em>If Index</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getSwitchPort()
 * @model
 * @generated
 */
public interface SwitchPort extends Port {
	/**
	 * Returns the value of the '<em><b>If Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>If Index</em>' attribute.
	 * @see #setIfIndex(int)
	 * @see org.patchbay.model.PatchbayPackage#getSwitchPort_IfIndex()
	 * @model
	 * @generated
	 */
	int getIfIndex();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SwitchPort#getIfIndex <em>If Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>If Index</em>' attribute.
	 * @see #getIfIndex()
	 * @generated
	 */
	void setIfIndex(int value);

} // SwitchPort
