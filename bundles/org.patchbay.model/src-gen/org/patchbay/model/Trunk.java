/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trunk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cable between two switches of a testbed that carries the VLANs of links spanning both.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Trunk#getEndA <em>End A</em>}</li>
 *   <li>{@link org.patchbay.model.Trunk#getEndB <em>End B</em>}</li>
 *   <li>{@link org.patchbay.model.Trunk#getCapacityMbps <em>Capacity Mbps</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getTrunk()
 * @model
 * @generated
 */
public interface Trunk extends NamedElement {
	/**
	 * Returns the value of the '<em><b>End A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End A</em>' reference.
	 * @see #setEndA(SwitchPort)
	 * @see org.patchbay.model.PatchbayPackage#getTrunk_EndA()
	 * @model
	 * @generated
	 */
	SwitchPort getEndA();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Trunk#getEndA <em>End A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End A</em>' reference.
	 * @see #getEndA()
	 * @generated
	 */
	void setEndA(SwitchPort value);

	/**
	 * Returns the value of the '<em><b>End B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End B</em>' reference.
	 * @see #setEndB(SwitchPort)
	 * @see org.patchbay.model.PatchbayPackage#getTrunk_EndB()
	 * @model
	 * @generated
	 */
	SwitchPort getEndB();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Trunk#getEndB <em>End B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End B</em>' reference.
	 * @see #getEndB()
	 * @generated
	 */
	void setEndB(SwitchPort value);

	/**
	 * Returns the value of the '<em><b>Capacity Mbps</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity Mbps</em>' attribute.
	 * @see #setCapacityMbps(long)
	 * @see org.patchbay.model.PatchbayPackage#getTrunk_CapacityMbps()
	 * @model default="1000"
	 * @generated
	 */
	long getCapacityMbps();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Trunk#getCapacityMbps <em>Capacity Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Mbps</em>' attribute.
	 * @see #getCapacityMbps()
	 * @generated
	 */
	void setCapacityMbps(long value);

} // Trunk
