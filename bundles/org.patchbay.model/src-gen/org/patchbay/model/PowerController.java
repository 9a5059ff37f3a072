/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Power Controller</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.PowerController#getVendorProfile <em>Vendor Profile</em>}</li>
 *   <li>{@link org.patchbay.model.PowerController#getSnmp <em>Snmp</em>}</li>
 *   <li>{@link org.patchbay.model.PowerController#getOutlets <em>Outlets</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getPowerController()
 * @model
 * @generated
 */
public interface PowerController extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Vendor Profile</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.PduProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor Profile</em>' attribute.
	 * @see org.patchbay.model.PduProfile
	 * @see #setVendorProfile(PduProfile)
	 * @see org.patchbay.model.PatchbayPackage#getPowerController_VendorProfile()
	 * @model
	 * @generated
	 */
	PduProfile getVendorProfile();

	/**
	 * Sets the value of the '{@link org.patchbay.model.PowerController#getVendorProfile <em>Vendor Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Profile</em>' attribute.
	 * @see org.patchbay.model.PduProfile
	 * @see #getVendorProfile()
	 * @generated
	 */
	void setVendorProfile(PduProfile value);

	/**
	 * Returns the value of the '<em><b>Snmp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snmp</em>' containment reference.
	 * @see #setSnmp(SnmpTarget)
	 * @see org.patchbay.model.PatchbayPackage#getPowerController_Snmp()
	 * @model containment="true"
	 * @generated
	 */
	SnmpTarget getSnmp();

	/**
	 * Sets the value of the '{@link org.patchbay.model.PowerController#getSnmp <em>Snmp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snmp</em>' containment reference.
	 * @see #getSnmp()
	 * @generated
	 */
	void setSnmp(SnmpTarget value);

	/**
	 * Returns the value of the '<em><b>Outlets</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Outlet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outlets</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getPowerController_Outlets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Outlet> getOutlets();

} // PowerController
