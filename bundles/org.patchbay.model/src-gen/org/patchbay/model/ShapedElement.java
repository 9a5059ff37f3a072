/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shaped Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dummynet-style pipe settings, applied per direction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.ShapedElement#getBandwidthBps <em>Bandwidth Bps</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getDelayMs <em>Delay Ms</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getLossRate <em>Loss Rate</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getQueueLimit <em>Queue Limit</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getQueueUnit <em>Queue Unit</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getQueueKind <em>Queue Kind</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getShapedElement()
 * @model abstract="true"
 * @generated
 */
public interface ShapedElement extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Bandwidth Bps</b></em>' attribute.
	 * The default value is <code>"100000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bandwidth Bps</em>' attribute.
	 * @see #setBandwidthBps(long)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_BandwidthBps()
	 * @model default="100000000"
	 * @generated
	 */
	long getBandwidthBps();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getBandwidthBps <em>Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Bps</em>' attribute.
	 * @see #getBandwidthBps()
	 * @generated
	 */
	void setBandwidthBps(long value);

	/**
	 * Returns the value of the '<em><b>Delay Ms</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Ms</em>' attribute.
	 * @see #setDelayMs(double)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_DelayMs()
	 * @model default="0"
	 * @generated
	 */
	double getDelayMs();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getDelayMs <em>Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Ms</em>' attribute.
	 * @see #getDelayMs()
	 * @generated
	 */
	void setDelayMs(double value);

	/**
	 * Returns the value of the '<em><b>Loss Rate</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss Rate</em>' attribute.
	 * @see #setLossRate(double)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_LossRate()
	 * @model default="0"
	 * @generated
	 */
	double getLossRate();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getLossRate <em>Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Rate</em>' attribute.
	 * @see #getLossRate()
	 * @generated
	 */
	void setLossRate(double value);

	/**
	 * Returns the value of the '<em><b>Queue Limit</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Limit</em>' attribute.
	 * @see #setQueueLimit(int)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_QueueLimit()
	 * @model default="50"
	 * @generated
	 */
	int getQueueLimit();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getQueueLimit <em>Queue Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Limit</em>' attribute.
	 * @see #getQueueLimit()
	 * @generated
	 */
	void setQueueLimit(int value);

	/**
	 * Returns the value of the '<em><b>Queue Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.QueueUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Unit</em>' attribute.
	 * @see org.patchbay.model.QueueUnit
	 * @see #setQueueUnit(QueueUnit)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_QueueUnit()
	 * @model
	 * @generated
	 */
	QueueUnit getQueueUnit();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getQueueUnit <em>Queue Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Unit</em>' attribute.
	 * @see org.patchbay.model.QueueUnit
	 * @see #getQueueUnit()
	 * @generated
	 */
	void setQueueUnit(QueueUnit value);

	/**
	 * Returns the value of the '<em><b>Queue Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.QueueKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Kind</em>' attribute.
	 * @see org.patchbay.model.QueueKind
	 * @see #setQueueKind(QueueKind)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_QueueKind()
	 * @model
	 * @generated
	 */
	QueueKind getQueueKind();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getQueueKind <em>Queue Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Kind</em>' attribute.
	 * @see org.patchbay.model.QueueKind
	 * @see #getQueueKind()
	 * @generated
	 */
	void setQueueKind(QueueKind value);

} // ShapedElement
