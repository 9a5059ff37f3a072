/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something a link or LAN attaches to: a node's interface or a switch port.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Port#getSpeedMbps <em>Speed Mbps</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getPort()
 * @model abstract="true"
 * @generated
 */
public interface Port extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Speed Mbps</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed Mbps</em>' attribute.
	 * @see #setSpeedMbps(long)
	 * @see org.patchbay.model.PatchbayPackage#getPort_SpeedMbps()
	 * @model default="1000"
	 * @generated
	 */
	long getSpeedMbps();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Port#getSpeedMbps <em>Speed Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed Mbps</em>' attribute.
	 * @see #getSpeedMbps()
	 * @generated
	 */
	void setSpeedMbps(long value);

} // Port
