/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a run records: a number the step prints (the first group of a pattern), the step's wall time, its CPU time, the bytes that crossed a link, or what the step's nodes' agents sampled during the run (CPU or memory, percent).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Measure#getSample <em>Sample</em>}</li>
 *   <li>{@link org.patchbay.model.Measure#getKind <em>Kind</em>}</li>
 *   <li>{@link org.patchbay.model.Measure#getStep <em>Step</em>}</li>
 *   <li>{@link org.patchbay.model.Measure#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.patchbay.model.Measure#getLink <em>Link</em>}</li>
 *   <li>{@link org.patchbay.model.Measure#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sample</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.AgentSample}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an agent sample: which value of the agents' samples, averaged over the run and the step's nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample</em>' attribute.
	 * @see org.patchbay.model.AgentSample
	 * @see #setSample(AgentSample)
	 * @see org.patchbay.model.PatchbayPackage#getMeasure_Sample()
	 * @model
	 * @generated
	 */
	AgentSample getSample();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Measure#getSample <em>Sample</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample</em>' attribute.
	 * @see org.patchbay.model.AgentSample
	 * @see #getSample()
	 * @generated
	 */
	void setSample(AgentSample value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.patchbay.model.MeasureKind
	 * @see #setKind(MeasureKind)
	 * @see org.patchbay.model.PatchbayPackage#getMeasure_Kind()
	 * @model
	 * @generated
	 */
	MeasureKind getKind();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Measure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.patchbay.model.MeasureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeasureKind value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(WorkloadStep)
	 * @see org.patchbay.model.PatchbayPackage#getMeasure_Step()
	 * @model
	 * @generated
	 */
	WorkloadStep getStep();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Measure#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(WorkloadStep value);

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regular expression over the step output; its first group (or the whole match) is the value. The last match counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.patchbay.model.PatchbayPackage#getMeasure_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Measure#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' reference.
	 * @see #setLink(ShapedElement)
	 * @see org.patchbay.model.PatchbayPackage#getMeasure_Link()
	 * @model
	 * @generated
	 */
	ShapedElement getLink();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Measure#getLink <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' reference.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(ShapedElement value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.patchbay.model.PatchbayPackage#getMeasure_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Measure#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

} // Measure
