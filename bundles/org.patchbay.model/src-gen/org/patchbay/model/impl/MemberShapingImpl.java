/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.patchbay.model.MemberShaping;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.Port;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member Shaping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getMember <em>Member</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getToBandwidthBps <em>To Bandwidth Bps</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getToDelayMs <em>To Delay Ms</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getToLossRate <em>To Loss Rate</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getFromBandwidthBps <em>From Bandwidth Bps</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getFromDelayMs <em>From Delay Ms</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MemberShapingImpl#getFromLossRate <em>From Loss Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberShapingImpl extends MinimalEObjectImpl.Container implements MemberShaping {
	/**
	 * The cached value of the '{@link #getMember() <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMember()
	 * @generated
	 * @ordered
	 */
	protected Port member;

	/**
	 * The default value of the '{@link #getToBandwidthBps() <em>To Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToBandwidthBps()
	 * @generated
	 * @ordered
	 */
	protected static final Long TO_BANDWIDTH_BPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToBandwidthBps() <em>To Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToBandwidthBps()
	 * @generated
	 * @ordered
	 */
	protected Long toBandwidthBps = TO_BANDWIDTH_BPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getToDelayMs() <em>To Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToDelayMs()
	 * @generated
	 * @ordered
	 */
	protected static final Double TO_DELAY_MS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToDelayMs() <em>To Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToDelayMs()
	 * @generated
	 * @ordered
	 */
	protected Double toDelayMs = TO_DELAY_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getToLossRate() <em>To Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLossRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double TO_LOSS_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToLossRate() <em>To Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLossRate()
	 * @generated
	 * @ordered
	 */
	protected Double toLossRate = TO_LOSS_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromBandwidthBps() <em>From Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromBandwidthBps()
	 * @generated
	 * @ordered
	 */
	protected static final Long FROM_BANDWIDTH_BPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromBandwidthBps() <em>From Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromBandwidthBps()
	 * @generated
	 * @ordered
	 */
	protected Long fromBandwidthBps = FROM_BANDWIDTH_BPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromDelayMs() <em>From Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromDelayMs()
	 * @generated
	 * @ordered
	 */
	protected static final Double FROM_DELAY_MS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromDelayMs() <em>From Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromDelayMs()
	 * @generated
	 * @ordered
	 */
	protected Double fromDelayMs = FROM_DELAY_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromLossRate() <em>From Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLossRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double FROM_LOSS_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromLossRate() <em>From Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLossRate()
	 * @generated
	 * @ordered
	 */
	protected Double fromLossRate = FROM_LOSS_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberShapingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.MEMBER_SHAPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getMember() {
		if (member != null && member.eIsProxy()) {
			InternalEObject oldMember = (InternalEObject)member;
			member = (Port)eResolveProxy(oldMember);
			if (member != oldMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.MEMBER_SHAPING__MEMBER, oldMember, member));
			}
		}
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetMember() {
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMember(Port newMember) {
		Port oldMember = member;
		member = newMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__MEMBER, oldMember, member));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getToBandwidthBps() {
		return toBandwidthBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToBandwidthBps(Long newToBandwidthBps) {
		Long oldToBandwidthBps = toBandwidthBps;
		toBandwidthBps = newToBandwidthBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__TO_BANDWIDTH_BPS, oldToBandwidthBps, toBandwidthBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getToDelayMs() {
		return toDelayMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToDelayMs(Double newToDelayMs) {
		Double oldToDelayMs = toDelayMs;
		toDelayMs = newToDelayMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__TO_DELAY_MS, oldToDelayMs, toDelayMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getToLossRate() {
		return toLossRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToLossRate(Double newToLossRate) {
		Double oldToLossRate = toLossRate;
		toLossRate = newToLossRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__TO_LOSS_RATE, oldToLossRate, toLossRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getFromBandwidthBps() {
		return fromBandwidthBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromBandwidthBps(Long newFromBandwidthBps) {
		Long oldFromBandwidthBps = fromBandwidthBps;
		fromBandwidthBps = newFromBandwidthBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__FROM_BANDWIDTH_BPS, oldFromBandwidthBps, fromBandwidthBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getFromDelayMs() {
		return fromDelayMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromDelayMs(Double newFromDelayMs) {
		Double oldFromDelayMs = fromDelayMs;
		fromDelayMs = newFromDelayMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__FROM_DELAY_MS, oldFromDelayMs, fromDelayMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getFromLossRate() {
		return fromLossRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromLossRate(Double newFromLossRate) {
		Double oldFromLossRate = fromLossRate;
		fromLossRate = newFromLossRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MEMBER_SHAPING__FROM_LOSS_RATE, oldFromLossRate, fromLossRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.MEMBER_SHAPING__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
			case PatchbayPackage.MEMBER_SHAPING__TO_BANDWIDTH_BPS:
				return getToBandwidthBps();
			case PatchbayPackage.MEMBER_SHAPING__TO_DELAY_MS:
				return getToDelayMs();
			case PatchbayPackage.MEMBER_SHAPING__TO_LOSS_RATE:
				return getToLossRate();
			case PatchbayPackage.MEMBER_SHAPING__FROM_BANDWIDTH_BPS:
				return getFromBandwidthBps();
			case PatchbayPackage.MEMBER_SHAPING__FROM_DELAY_MS:
				return getFromDelayMs();
			case PatchbayPackage.MEMBER_SHAPING__FROM_LOSS_RATE:
				return getFromLossRate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchbayPackage.MEMBER_SHAPING__MEMBER:
				setMember((Port)newValue);
				return;
			case PatchbayPackage.MEMBER_SHAPING__TO_BANDWIDTH_BPS:
				setToBandwidthBps((Long)newValue);
				return;
			case PatchbayPackage.MEMBER_SHAPING__TO_DELAY_MS:
				setToDelayMs((Double)newValue);
				return;
			case PatchbayPackage.MEMBER_SHAPING__TO_LOSS_RATE:
				setToLossRate((Double)newValue);
				return;
			case PatchbayPackage.MEMBER_SHAPING__FROM_BANDWIDTH_BPS:
				setFromBandwidthBps((Long)newValue);
				return;
			case PatchbayPackage.MEMBER_SHAPING__FROM_DELAY_MS:
				setFromDelayMs((Double)newValue);
				return;
			case PatchbayPackage.MEMBER_SHAPING__FROM_LOSS_RATE:
				setFromLossRate((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PatchbayPackage.MEMBER_SHAPING__MEMBER:
				setMember((Port)null);
				return;
			case PatchbayPackage.MEMBER_SHAPING__TO_BANDWIDTH_BPS:
				setToBandwidthBps(TO_BANDWIDTH_BPS_EDEFAULT);
				return;
			case PatchbayPackage.MEMBER_SHAPING__TO_DELAY_MS:
				setToDelayMs(TO_DELAY_MS_EDEFAULT);
				return;
			case PatchbayPackage.MEMBER_SHAPING__TO_LOSS_RATE:
				setToLossRate(TO_LOSS_RATE_EDEFAULT);
				return;
			case PatchbayPackage.MEMBER_SHAPING__FROM_BANDWIDTH_BPS:
				setFromBandwidthBps(FROM_BANDWIDTH_BPS_EDEFAULT);
				return;
			case PatchbayPackage.MEMBER_SHAPING__FROM_DELAY_MS:
				setFromDelayMs(FROM_DELAY_MS_EDEFAULT);
				return;
			case PatchbayPackage.MEMBER_SHAPING__FROM_LOSS_RATE:
				setFromLossRate(FROM_LOSS_RATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PatchbayPackage.MEMBER_SHAPING__MEMBER:
				return member != null;
			case PatchbayPackage.MEMBER_SHAPING__TO_BANDWIDTH_BPS:
				return TO_BANDWIDTH_BPS_EDEFAULT == null ? toBandwidthBps != null : !TO_BANDWIDTH_BPS_EDEFAULT.equals(toBandwidthBps);
			case PatchbayPackage.MEMBER_SHAPING__TO_DELAY_MS:
				return TO_DELAY_MS_EDEFAULT == null ? toDelayMs != null : !TO_DELAY_MS_EDEFAULT.equals(toDelayMs);
			case PatchbayPackage.MEMBER_SHAPING__TO_LOSS_RATE:
				return TO_LOSS_RATE_EDEFAULT == null ? toLossRate != null : !TO_LOSS_RATE_EDEFAULT.equals(toLossRate);
			case PatchbayPackage.MEMBER_SHAPING__FROM_BANDWIDTH_BPS:
				return FROM_BANDWIDTH_BPS_EDEFAULT == null ? fromBandwidthBps != null : !FROM_BANDWIDTH_BPS_EDEFAULT.equals(fromBandwidthBps);
			case PatchbayPackage.MEMBER_SHAPING__FROM_DELAY_MS:
				return FROM_DELAY_MS_EDEFAULT == null ? fromDelayMs != null : !FROM_DELAY_MS_EDEFAULT.equals(fromDelayMs);
			case PatchbayPackage.MEMBER_SHAPING__FROM_LOSS_RATE:
				return FROM_LOSS_RATE_EDEFAULT == null ? fromLossRate != null : !FROM_LOSS_RATE_EDEFAULT.equals(fromLossRate);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (toBandwidthBps: ");
		result.append(toBandwidthBps);
		result.append(", toDelayMs: ");
		result.append(toDelayMs);
		result.append(", toLossRate: ");
		result.append(toLossRate);
		result.append(", fromBandwidthBps: ");
		result.append(fromBandwidthBps);
		result.append(", fromDelayMs: ");
		result.append(fromDelayMs);
		result.append(", fromLossRate: ");
		result.append(fromLossRate);
		result.append(')');
		return result.toString();
	}

} //MemberShapingImpl
