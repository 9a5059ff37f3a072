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
 *   <li>{@link org.patchbay.model.ShapedElement#getRedMinThreshold <em>Red Min Threshold</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getRedMaxThreshold <em>Red Max Threshold</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getRedQueueWeight <em>Red Queue Weight</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#getRedLinterm <em>Red Linterm</em>}</li>
 *   <li>{@link org.patchbay.model.ShapedElement#isRedGentle <em>Red Gentle</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Red Min Threshold</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RED: average queue length (in the queue's unit) below which nothing is dropped (ns-2 thresh_).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Min Threshold</em>' attribute.
	 * @see #setRedMinThreshold(double)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_RedMinThreshold()
	 * @model default="5"
	 * @generated
	 */
	double getRedMinThreshold();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getRedMinThreshold <em>Red Min Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Min Threshold</em>' attribute.
	 * @see #getRedMinThreshold()
	 * @generated
	 */
	void setRedMinThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Red Max Threshold</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RED: average queue length above which every packet is dropped, or in gentle RED the drop probability rises to 1 at twice this (ns-2 maxthresh_).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Max Threshold</em>' attribute.
	 * @see #setRedMaxThreshold(double)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_RedMaxThreshold()
	 * @model default="15"
	 * @generated
	 */
	double getRedMaxThreshold();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getRedMaxThreshold <em>Red Max Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Max Threshold</em>' attribute.
	 * @see #getRedMaxThreshold()
	 * @generated
	 */
	void setRedMaxThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Red Queue Weight</b></em>' attribute.
	 * The default value is <code>"0.002"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RED: weight of the newest sample in the average queue length (ns-2 q_weight_).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Queue Weight</em>' attribute.
	 * @see #setRedQueueWeight(double)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_RedQueueWeight()
	 * @model default="0.002"
	 * @generated
	 */
	double getRedQueueWeight();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getRedQueueWeight <em>Red Queue Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Queue Weight</em>' attribute.
	 * @see #getRedQueueWeight()
	 * @generated
	 */
	void setRedQueueWeight(double value);

	/**
	 * Returns the value of the '<em><b>Red Linterm</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RED: 1 / the drop probability at the maximum threshold (ns-2 linterm_).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Linterm</em>' attribute.
	 * @see #setRedLinterm(double)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_RedLinterm()
	 * @model default="10"
	 * @generated
	 */
	double getRedLinterm();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#getRedLinterm <em>Red Linterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Linterm</em>' attribute.
	 * @see #getRedLinterm()
	 * @generated
	 */
	void setRedLinterm(double value);

	/**
	 * Returns the value of the '<em><b>Red Gentle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gentle RED (Emulab's GRED): past the maximum threshold the drop probability rises gradually instead of jumping to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Gentle</em>' attribute.
	 * @see #setRedGentle(boolean)
	 * @see org.patchbay.model.PatchbayPackage#getShapedElement_RedGentle()
	 * @model
	 * @generated
	 */
	boolean isRedGentle();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ShapedElement#isRedGentle <em>Red Gentle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Gentle</em>' attribute.
	 * @see #isRedGentle()
	 * @generated
	 */
	void setRedGentle(boolean value);

} // ShapedElement
