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

} // Lan
