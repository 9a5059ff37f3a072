/**
 */
package org.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member Shaping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one LAN member's attachment is shaped where it differs from the LAN: 'to' is from the member into the LAN, 'from' out of the LAN to the member. An unset value is the LAN's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.MemberShaping#getMember <em>Member</em>}</li>
 *   <li>{@link org.patchbay.model.MemberShaping#getToBandwidthBps <em>To Bandwidth Bps</em>}</li>
 *   <li>{@link org.patchbay.model.MemberShaping#getToDelayMs <em>To Delay Ms</em>}</li>
 *   <li>{@link org.patchbay.model.MemberShaping#getToLossRate <em>To Loss Rate</em>}</li>
 *   <li>{@link org.patchbay.model.MemberShaping#getFromBandwidthBps <em>From Bandwidth Bps</em>}</li>
 *   <li>{@link org.patchbay.model.MemberShaping#getFromDelayMs <em>From Delay Ms</em>}</li>
 *   <li>{@link org.patchbay.model.MemberShaping#getFromLossRate <em>From Loss Rate</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getMemberShaping()
 * @model
 * @generated
 */
public interface MemberShaping extends EObject {
	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Port)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_Member()
	 * @model
	 * @generated
	 */
	Port getMember();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Port value);

	/**
	 * Returns the value of the '<em><b>To Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Bandwidth Bps</em>' attribute.
	 * @see #setToBandwidthBps(Long)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_ToBandwidthBps()
	 * @model
	 * @generated
	 */
	Long getToBandwidthBps();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getToBandwidthBps <em>To Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Bandwidth Bps</em>' attribute.
	 * @see #getToBandwidthBps()
	 * @generated
	 */
	void setToBandwidthBps(Long value);

	/**
	 * Returns the value of the '<em><b>To Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Delay Ms</em>' attribute.
	 * @see #setToDelayMs(Double)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_ToDelayMs()
	 * @model
	 * @generated
	 */
	Double getToDelayMs();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getToDelayMs <em>To Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Delay Ms</em>' attribute.
	 * @see #getToDelayMs()
	 * @generated
	 */
	void setToDelayMs(Double value);

	/**
	 * Returns the value of the '<em><b>To Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Loss Rate</em>' attribute.
	 * @see #setToLossRate(Double)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_ToLossRate()
	 * @model
	 * @generated
	 */
	Double getToLossRate();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getToLossRate <em>To Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Loss Rate</em>' attribute.
	 * @see #getToLossRate()
	 * @generated
	 */
	void setToLossRate(Double value);

	/**
	 * Returns the value of the '<em><b>From Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Bandwidth Bps</em>' attribute.
	 * @see #setFromBandwidthBps(Long)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_FromBandwidthBps()
	 * @model
	 * @generated
	 */
	Long getFromBandwidthBps();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getFromBandwidthBps <em>From Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Bandwidth Bps</em>' attribute.
	 * @see #getFromBandwidthBps()
	 * @generated
	 */
	void setFromBandwidthBps(Long value);

	/**
	 * Returns the value of the '<em><b>From Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Delay Ms</em>' attribute.
	 * @see #setFromDelayMs(Double)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_FromDelayMs()
	 * @model
	 * @generated
	 */
	Double getFromDelayMs();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getFromDelayMs <em>From Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Delay Ms</em>' attribute.
	 * @see #getFromDelayMs()
	 * @generated
	 */
	void setFromDelayMs(Double value);

	/**
	 * Returns the value of the '<em><b>From Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Loss Rate</em>' attribute.
	 * @see #setFromLossRate(Double)
	 * @see org.patchbay.model.PatchbayPackage#getMemberShaping_FromLossRate()
	 * @model
	 * @generated
	 */
	Double getFromLossRate();

	/**
	 * Sets the value of the '{@link org.patchbay.model.MemberShaping#getFromLossRate <em>From Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Loss Rate</em>' attribute.
	 * @see #getFromLossRate()
	 * @generated
	 */
	void setFromLossRate(Double value);

} // MemberShaping
