/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Lan#getMembers <em>Members</em>}</li>
 *   <li>{@link org.patchbay.model.Lan#isCloud <em>Cloud</em>}</li>
 *   <li>{@link org.patchbay.model.Lan#getMemberShaping <em>Member Shaping</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getLan()
 * @model
 * @generated
 */
public interface Lan extends ShapedElement, DiagramElement {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.patchbay.model.Port}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.patchbay.model.PatchbayPackage#getLan_Members()
	 * @model
	 * @generated
	 */
	EList<Port> getMembers();

	/**
	 * Returns the value of the '<em><b>Cloud</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Made as Emulab's make-cloud: a LAN that stands for a routed network the experiment does not look inside.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cloud</em>' attribute.
	 * @see #setCloud(boolean)
	 * @see org.patchbay.model.PatchbayPackage#getLan_Cloud()
	 * @model
	 * @generated
	 */
	boolean isCloud();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Lan#isCloud <em>Cloud</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cloud</em>' attribute.
	 * @see #isCloud()
	 * @generated
	 */
	void setCloud(boolean value);

	/**
	 * Returns the value of the '<em><b>Member Shaping</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.MemberShaping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-member values that differ from the LAN's (Emulab's tb-set-node-lan-* and tb-set-lan-simplex-params).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Shaping</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getLan_MemberShaping()
	 * @model containment="true"
	 * @generated
	 */
	EList<MemberShaping> getMemberShaping();

} // Lan
