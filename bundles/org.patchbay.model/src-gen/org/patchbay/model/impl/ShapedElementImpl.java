/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.ShapedElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shaped Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getBandwidthBps <em>Bandwidth Bps</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getDelayMs <em>Delay Ms</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getLossRate <em>Loss Rate</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getQueueLimit <em>Queue Limit</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getQueueUnit <em>Queue Unit</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getQueueKind <em>Queue Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ShapedElementImpl extends NamedElementImpl implements ShapedElement {
	/**
	 * The default value of the '{@link #getBandwidthBps() <em>Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthBps()
	 * @generated
	 * @ordered
	 */
	protected static final long BANDWIDTH_BPS_EDEFAULT = 100000000L;

	/**
	 * The cached value of the '{@link #getBandwidthBps() <em>Bandwidth Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthBps()
	 * @generated
	 * @ordered
	 */
	protected long bandwidthBps = BANDWIDTH_BPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelayMs() <em>Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMs()
	 * @generated
	 * @ordered
	 */
	protected static final double DELAY_MS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDelayMs() <em>Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMs()
	 * @generated
	 * @ordered
	 */
	protected double delayMs = DELAY_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossRate() <em>Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LOSS_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLossRate() <em>Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossRate()
	 * @generated
	 * @ordered
	 */
	protected double lossRate = LOSS_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueLimit() <em>Queue Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueLimit()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_LIMIT_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getQueueLimit() <em>Queue Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueLimit()
	 * @generated
	 * @ordered
	 */
	protected int queueLimit = QUEUE_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueUnit() <em>Queue Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueUnit()
	 * @generated
	 * @ordered
	 */
	protected static final QueueUnit QUEUE_UNIT_EDEFAULT = QueueUnit.PACKETS;

	/**
	 * The cached value of the '{@link #getQueueUnit() <em>Queue Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueUnit()
	 * @generated
	 * @ordered
	 */
	protected QueueUnit queueUnit = QUEUE_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueKind() <em>Queue Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueKind()
	 * @generated
	 * @ordered
	 */
	protected static final QueueKind QUEUE_KIND_EDEFAULT = QueueKind.DROP_TAIL;

	/**
	 * The cached value of the '{@link #getQueueKind() <em>Queue Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueKind()
	 * @generated
	 * @ordered
	 */
	protected QueueKind queueKind = QUEUE_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShapedElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.SHAPED_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBandwidthBps() {
		return bandwidthBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthBps(long newBandwidthBps) {
		long oldBandwidthBps = bandwidthBps;
		bandwidthBps = newBandwidthBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__BANDWIDTH_BPS, oldBandwidthBps, bandwidthBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDelayMs() {
		return delayMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayMs(double newDelayMs) {
		double oldDelayMs = delayMs;
		delayMs = newDelayMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__DELAY_MS, oldDelayMs, delayMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLossRate() {
		return lossRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossRate(double newLossRate) {
		double oldLossRate = lossRate;
		lossRate = newLossRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__LOSS_RATE, oldLossRate, lossRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueueLimit() {
		return queueLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueLimit(int newQueueLimit) {
		int oldQueueLimit = queueLimit;
		queueLimit = newQueueLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__QUEUE_LIMIT, oldQueueLimit, queueLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueueUnit getQueueUnit() {
		return queueUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueUnit(QueueUnit newQueueUnit) {
		QueueUnit oldQueueUnit = queueUnit;
		queueUnit = newQueueUnit == null ? QUEUE_UNIT_EDEFAULT : newQueueUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__QUEUE_UNIT, oldQueueUnit, queueUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueueKind getQueueKind() {
		return queueKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueKind(QueueKind newQueueKind) {
		QueueKind oldQueueKind = queueKind;
		queueKind = newQueueKind == null ? QUEUE_KIND_EDEFAULT : newQueueKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__QUEUE_KIND, oldQueueKind, queueKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.SHAPED_ELEMENT__BANDWIDTH_BPS:
				return getBandwidthBps();
			case PatchbayPackage.SHAPED_ELEMENT__DELAY_MS:
				return getDelayMs();
			case PatchbayPackage.SHAPED_ELEMENT__LOSS_RATE:
				return getLossRate();
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_LIMIT:
				return getQueueLimit();
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_UNIT:
				return getQueueUnit();
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_KIND:
				return getQueueKind();
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
			case PatchbayPackage.SHAPED_ELEMENT__BANDWIDTH_BPS:
				setBandwidthBps((Long)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__DELAY_MS:
				setDelayMs((Double)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__LOSS_RATE:
				setLossRate((Double)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_LIMIT:
				setQueueLimit((Integer)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_UNIT:
				setQueueUnit((QueueUnit)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_KIND:
				setQueueKind((QueueKind)newValue);
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
			case PatchbayPackage.SHAPED_ELEMENT__BANDWIDTH_BPS:
				setBandwidthBps(BANDWIDTH_BPS_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__DELAY_MS:
				setDelayMs(DELAY_MS_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__LOSS_RATE:
				setLossRate(LOSS_RATE_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_LIMIT:
				setQueueLimit(QUEUE_LIMIT_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_UNIT:
				setQueueUnit(QUEUE_UNIT_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_KIND:
				setQueueKind(QUEUE_KIND_EDEFAULT);
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
			case PatchbayPackage.SHAPED_ELEMENT__BANDWIDTH_BPS:
				return bandwidthBps != BANDWIDTH_BPS_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__DELAY_MS:
				return delayMs != DELAY_MS_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__LOSS_RATE:
				return lossRate != LOSS_RATE_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_LIMIT:
				return queueLimit != QUEUE_LIMIT_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_UNIT:
				return queueUnit != QUEUE_UNIT_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__QUEUE_KIND:
				return queueKind != QUEUE_KIND_EDEFAULT;
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
		result.append(" (bandwidthBps: ");
		result.append(bandwidthBps);
		result.append(", delayMs: ");
		result.append(delayMs);
		result.append(", lossRate: ");
		result.append(lossRate);
		result.append(", queueLimit: ");
		result.append(queueLimit);
		result.append(", queueUnit: ");
		result.append(queueUnit);
		result.append(", queueKind: ");
		result.append(queueKind);
		result.append(')');
		return result.toString();
	}

} //ShapedElementImpl
