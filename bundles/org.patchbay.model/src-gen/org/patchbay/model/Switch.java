/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Switch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Switch#getSnmp <em>Snmp</em>}</li>
 *   <li>{@link org.patchbay.model.Switch#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.patchbay.model.Switch#getVlanRange <em>Vlan Range</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getSwitch()
 * @model
 * @generated
 */
public interface Switch extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Snmp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snmp</em>' containment reference.
	 * @see #setSnmp(SnmpTarget)
	 * @see org.patchbay.model.PatchbayPackage#getSwitch_Snmp()
	 * @model containment="true"
	 * @generated
	 */
	SnmpTarget getSnmp();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Switch#getSnmp <em>Snmp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snmp</em>' containment reference.
	 * @see #getSnmp()
	 * @generated
	 */
	void setSnmp(SnmpTarget value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.SwitchPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getSwitch_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwitchPort> getPorts();

	/**
	 * Returns the value of the '<em><b>Vlan Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a testbed inventory: the VLAN IDs swap-in may create on this switch, e.g. '100-999' or '100-199,300'. Empty: 2-4094.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vlan Range</em>' attribute.
	 * @see #setVlanRange(String)
	 * @see org.patchbay.model.PatchbayPackage#getSwitch_VlanRange()
	 * @model
	 * @generated
	 */
	String getVlanRange();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Switch#getVlanRange <em>Vlan Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlan Range</em>' attribute.
	 * @see #getVlanRange()
	 * @generated
	 */
	void setVlanRange(String value);

} // Switch
