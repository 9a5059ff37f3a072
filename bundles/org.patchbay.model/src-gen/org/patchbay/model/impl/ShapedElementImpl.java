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
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getRedMinThreshold <em>Red Min Threshold</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getRedMaxThreshold <em>Red Max Threshold</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getRedQueueWeight <em>Red Queue Weight</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#getRedLinterm <em>Red Linterm</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ShapedElementImpl#isRedGentle <em>Red Gentle</em>}</li>
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
	 * The default value of the '{@link #getRedMinThreshold() <em>Red Min Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedMinThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_MIN_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getRedMinThreshold() <em>Red Min Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedMinThreshold()
	 * @generated
	 * @ordered
	 */
	protected double redMinThreshold = RED_MIN_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRedMaxThreshold() <em>Red Max Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedMaxThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_MAX_THRESHOLD_EDEFAULT = 15.0;

	/**
	 * The cached value of the '{@link #getRedMaxThreshold() <em>Red Max Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedMaxThreshold()
	 * @generated
	 * @ordered
	 */
	protected double redMaxThreshold = RED_MAX_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRedQueueWeight() <em>Red Queue Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedQueueWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_QUEUE_WEIGHT_EDEFAULT = 0.002;

	/**
	 * The cached value of the '{@link #getRedQueueWeight() <em>Red Queue Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedQueueWeight()
	 * @generated
	 * @ordered
	 */
	protected double redQueueWeight = RED_QUEUE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRedLinterm() <em>Red Linterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedLinterm()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_LINTERM_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getRedLinterm() <em>Red Linterm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedLinterm()
	 * @generated
	 * @ordered
	 */
	protected double redLinterm = RED_LINTERM_EDEFAULT;

	/**
	 * The default value of the '{@link #isRedGentle() <em>Red Gentle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRedGentle()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RED_GENTLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRedGentle() <em>Red Gentle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRedGentle()
	 * @generated
	 * @ordered
	 */
	protected boolean redGentle = RED_GENTLE_EDEFAULT;

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
	public double getRedMinThreshold() {
		return redMinThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedMinThreshold(double newRedMinThreshold) {
		double oldRedMinThreshold = redMinThreshold;
		redMinThreshold = newRedMinThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__RED_MIN_THRESHOLD, oldRedMinThreshold, redMinThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRedMaxThreshold() {
		return redMaxThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedMaxThreshold(double newRedMaxThreshold) {
		double oldRedMaxThreshold = redMaxThreshold;
		redMaxThreshold = newRedMaxThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__RED_MAX_THRESHOLD, oldRedMaxThreshold, redMaxThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRedQueueWeight() {
		return redQueueWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedQueueWeight(double newRedQueueWeight) {
		double oldRedQueueWeight = redQueueWeight;
		redQueueWeight = newRedQueueWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__RED_QUEUE_WEIGHT, oldRedQueueWeight, redQueueWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRedLinterm() {
		return redLinterm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedLinterm(double newRedLinterm) {
		double oldRedLinterm = redLinterm;
		redLinterm = newRedLinterm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__RED_LINTERM, oldRedLinterm, redLinterm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRedGentle() {
		return redGentle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedGentle(boolean newRedGentle) {
		boolean oldRedGentle = redGentle;
		redGentle = newRedGentle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SHAPED_ELEMENT__RED_GENTLE, oldRedGentle, redGentle));
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
			case PatchbayPackage.SHAPED_ELEMENT__RED_MIN_THRESHOLD:
				return getRedMinThreshold();
			case PatchbayPackage.SHAPED_ELEMENT__RED_MAX_THRESHOLD:
				return getRedMaxThreshold();
			case PatchbayPackage.SHAPED_ELEMENT__RED_QUEUE_WEIGHT:
				return getRedQueueWeight();
			case PatchbayPackage.SHAPED_ELEMENT__RED_LINTERM:
				return getRedLinterm();
			case PatchbayPackage.SHAPED_ELEMENT__RED_GENTLE:
				return isRedGentle();
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
			case PatchbayPackage.SHAPED_ELEMENT__RED_MIN_THRESHOLD:
				setRedMinThreshold((Double)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_MAX_THRESHOLD:
				setRedMaxThreshold((Double)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_QUEUE_WEIGHT:
				setRedQueueWeight((Double)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_LINTERM:
				setRedLinterm((Double)newValue);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_GENTLE:
				setRedGentle((Boolean)newValue);
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
			case PatchbayPackage.SHAPED_ELEMENT__RED_MIN_THRESHOLD:
				setRedMinThreshold(RED_MIN_THRESHOLD_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_MAX_THRESHOLD:
				setRedMaxThreshold(RED_MAX_THRESHOLD_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_QUEUE_WEIGHT:
				setRedQueueWeight(RED_QUEUE_WEIGHT_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_LINTERM:
				setRedLinterm(RED_LINTERM_EDEFAULT);
				return;
			case PatchbayPackage.SHAPED_ELEMENT__RED_GENTLE:
				setRedGentle(RED_GENTLE_EDEFAULT);
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
			case PatchbayPackage.SHAPED_ELEMENT__RED_MIN_THRESHOLD:
				return redMinThreshold != RED_MIN_THRESHOLD_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__RED_MAX_THRESHOLD:
				return redMaxThreshold != RED_MAX_THRESHOLD_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__RED_QUEUE_WEIGHT:
				return redQueueWeight != RED_QUEUE_WEIGHT_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__RED_LINTERM:
				return redLinterm != RED_LINTERM_EDEFAULT;
			case PatchbayPackage.SHAPED_ELEMENT__RED_GENTLE:
				return redGentle != RED_GENTLE_EDEFAULT;
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
		result.append(", redMinThreshold: ");
		result.append(redMinThreshold);
		result.append(", redMaxThreshold: ");
		result.append(redMaxThreshold);
		result.append(", redQueueWeight: ");
		result.append(redQueueWeight);
		result.append(", redLinterm: ");
		result.append(redLinterm);
		result.append(", redGentle: ");
		result.append(redGentle);
		result.append(')');
		return result.toString();
	}

} //ShapedElementImpl
