/**
 */
package org.patchbay.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.patchbay.model.Experiment;
import org.patchbay.model.Measure;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.WorkloadStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.ExperimentImpl#getRepetitions <em>Repetitions</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ExperimentImpl#isRandomOrder <em>Random Order</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ExperimentImpl#getRunTimeLimitSeconds <em>Run Time Limit Seconds</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ExperimentImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ExperimentImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ExperimentImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends NamedElementImpl implements Experiment {
	/**
	 * The default value of the '{@link #getRepetitions() <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepetitions()
	 * @generated
	 * @ordered
	 */
	protected static final int REPETITIONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRepetitions() <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepetitions()
	 * @generated
	 * @ordered
	 */
	protected int repetitions = REPETITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRandomOrder() <em>Random Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandomOrder()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RANDOM_ORDER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRandomOrder() <em>Random Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandomOrder()
	 * @generated
	 * @ordered
	 */
	protected boolean randomOrder = RANDOM_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunTimeLimitSeconds() <em>Run Time Limit Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunTimeLimitSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int RUN_TIME_LIMIT_SECONDS_EDEFAULT = 120;

	/**
	 * The cached value of the '{@link #getRunTimeLimitSeconds() <em>Run Time Limit Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunTimeLimitSeconds()
	 * @generated
	 * @ordered
	 */
	protected int runTimeLimitSeconds = RUN_TIME_LIMIT_SECONDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<SweepParameter> parameters;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkloadStep> steps;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepetitions() {
		return repetitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepetitions(int newRepetitions) {
		int oldRepetitions = repetitions;
		repetitions = newRepetitions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.EXPERIMENT__REPETITIONS, oldRepetitions, repetitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRandomOrder() {
		return randomOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomOrder(boolean newRandomOrder) {
		boolean oldRandomOrder = randomOrder;
		randomOrder = newRandomOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.EXPERIMENT__RANDOM_ORDER, oldRandomOrder, randomOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRunTimeLimitSeconds() {
		return runTimeLimitSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunTimeLimitSeconds(int newRunTimeLimitSeconds) {
		int oldRunTimeLimitSeconds = runTimeLimitSeconds;
		runTimeLimitSeconds = newRunTimeLimitSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.EXPERIMENT__RUN_TIME_LIMIT_SECONDS, oldRunTimeLimitSeconds, runTimeLimitSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SweepParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<SweepParameter>(SweepParameter.class, this, PatchbayPackage.EXPERIMENT__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkloadStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<WorkloadStep>(WorkloadStep.class, this, PatchbayPackage.EXPERIMENT__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, PatchbayPackage.EXPERIMENT__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.EXPERIMENT__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.EXPERIMENT__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.EXPERIMENT__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.EXPERIMENT__REPETITIONS:
				return getRepetitions();
			case PatchbayPackage.EXPERIMENT__RANDOM_ORDER:
				return isRandomOrder();
			case PatchbayPackage.EXPERIMENT__RUN_TIME_LIMIT_SECONDS:
				return getRunTimeLimitSeconds();
			case PatchbayPackage.EXPERIMENT__PARAMETERS:
				return getParameters();
			case PatchbayPackage.EXPERIMENT__STEPS:
				return getSteps();
			case PatchbayPackage.EXPERIMENT__MEASURES:
				return getMeasures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchbayPackage.EXPERIMENT__REPETITIONS:
				setRepetitions((Integer)newValue);
				return;
			case PatchbayPackage.EXPERIMENT__RANDOM_ORDER:
				setRandomOrder((Boolean)newValue);
				return;
			case PatchbayPackage.EXPERIMENT__RUN_TIME_LIMIT_SECONDS:
				setRunTimeLimitSeconds((Integer)newValue);
				return;
			case PatchbayPackage.EXPERIMENT__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends SweepParameter>)newValue);
				return;
			case PatchbayPackage.EXPERIMENT__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends WorkloadStep>)newValue);
				return;
			case PatchbayPackage.EXPERIMENT__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
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
			case PatchbayPackage.EXPERIMENT__REPETITIONS:
				setRepetitions(REPETITIONS_EDEFAULT);
				return;
			case PatchbayPackage.EXPERIMENT__RANDOM_ORDER:
				setRandomOrder(RANDOM_ORDER_EDEFAULT);
				return;
			case PatchbayPackage.EXPERIMENT__RUN_TIME_LIMIT_SECONDS:
				setRunTimeLimitSeconds(RUN_TIME_LIMIT_SECONDS_EDEFAULT);
				return;
			case PatchbayPackage.EXPERIMENT__PARAMETERS:
				getParameters().clear();
				return;
			case PatchbayPackage.EXPERIMENT__STEPS:
				getSteps().clear();
				return;
			case PatchbayPackage.EXPERIMENT__MEASURES:
				getMeasures().clear();
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
			case PatchbayPackage.EXPERIMENT__REPETITIONS:
				return repetitions != REPETITIONS_EDEFAULT;
			case PatchbayPackage.EXPERIMENT__RANDOM_ORDER:
				return randomOrder != RANDOM_ORDER_EDEFAULT;
			case PatchbayPackage.EXPERIMENT__RUN_TIME_LIMIT_SECONDS:
				return runTimeLimitSeconds != RUN_TIME_LIMIT_SECONDS_EDEFAULT;
			case PatchbayPackage.EXPERIMENT__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case PatchbayPackage.EXPERIMENT__STEPS:
				return steps != null && !steps.isEmpty();
			case PatchbayPackage.EXPERIMENT__MEASURES:
				return measures != null && !measures.isEmpty();
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
		result.append(" (repetitions: ");
		result.append(repetitions);
		result.append(", randomOrder: ");
		result.append(randomOrder);
		result.append(", runTimeLimitSeconds: ");
		result.append(runTimeLimitSeconds);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
