/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One axis of a sweep: a link's or LAN's bandwidth, delay or loss (applied live, as Properties writes them: 10Mb, 20ms, 1%), how many of each step's nodes take part, or a variable the workload reads as ${name}.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.SweepParameter#getKind <em>Kind</em>}</li>
 *   <li>{@link org.patchbay.model.SweepParameter#getLink <em>Link</em>}</li>
 *   <li>{@link org.patchbay.model.SweepParameter#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getSweepParameter()
 * @model
 * @generated
 */
public interface SweepParameter extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.ParameterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.patchbay.model.ParameterKind
	 * @see #setKind(ParameterKind)
	 * @see org.patchbay.model.PatchbayPackage#getSweepParameter_Kind()
	 * @model
	 * @generated
	 */
	ParameterKind getKind();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SweepParameter#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.patchbay.model.ParameterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ParameterKind value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The link or LAN a bandwidth, delay or loss parameter shapes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link</em>' reference.
	 * @see #setLink(ShapedElement)
	 * @see org.patchbay.model.PatchbayPackage#getSweepParameter_Link()
	 * @model
	 * @generated
	 */
	ShapedElement getLink();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SweepParameter#getLink <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' reference.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(ShapedElement value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values, separated by commas: 1Mb, 5Mb, 10Mb or 1, 2, 4, 8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(String)
	 * @see org.patchbay.model.PatchbayPackage#getSweepParameter_Values()
	 * @model
	 * @generated
	 */
	String getValues();

	/**
	 * Sets the value of the '{@link org.patchbay.model.SweepParameter#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(String value);

} // SweepParameter
