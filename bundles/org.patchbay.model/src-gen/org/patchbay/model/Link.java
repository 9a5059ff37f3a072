/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Link#getEndA <em>End A</em>}</li>
 *   <li>{@link org.patchbay.model.Link#getEndB <em>End B</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends ShapedElement {
	/**
	 * Returns the value of the '<em><b>End A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End A</em>' reference.
	 * @see #setEndA(Port)
	 * @see org.patchbay.model.PatchbayPackage#getLink_EndA()
	 * @model
	 * @generated
	 */
	Port getEndA();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Link#getEndA <em>End A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End A</em>' reference.
	 * @see #getEndA()
	 * @generated
	 */
	void setEndA(Port value);

	/**
	 * Returns the value of the '<em><b>End B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End B</em>' reference.
	 * @see #setEndB(Port)
	 * @see org.patchbay.model.PatchbayPackage#getLink_EndB()
	 * @model
	 * @generated
	 */
	Port getEndB();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Link#getEndB <em>End B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End B</em>' reference.
	 * @see #getEndB()
	 * @generated
	 */
	void setEndB(Port value);

} // Link
