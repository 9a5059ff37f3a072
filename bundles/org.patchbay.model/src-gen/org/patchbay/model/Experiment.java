/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sweep: every combination of its parameters' values, each run repetitions times, runs the workload and records the measures, one row per run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Experiment#getRepetitions <em>Repetitions</em>}</li>
 *   <li>{@link org.patchbay.model.Experiment#isRandomOrder <em>Random Order</em>}</li>
 *   <li>{@link org.patchbay.model.Experiment#getRunTimeLimitSeconds <em>Run Time Limit Seconds</em>}</li>
 *   <li>{@link org.patchbay.model.Experiment#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.patchbay.model.Experiment#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.patchbay.model.Experiment#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Repetitions</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often each combination runs (the openMosix study: three times).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repetitions</em>' attribute.
	 * @see #setRepetitions(int)
	 * @see org.patchbay.model.PatchbayPackage#getExperiment_Repetitions()
	 * @model default="1"
	 * @generated
	 */
	int getRepetitions();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Experiment#getRepetitions <em>Repetitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repetitions</em>' attribute.
	 * @see #getRepetitions()
	 * @generated
	 */
	void setRepetitions(int value);

	/**
	 * Returns the value of the '<em><b>Random Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs in a shuffled order (seeded, so a resumed sweep keeps it), so slow drift of the host does not line up with one parameter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Random Order</em>' attribute.
	 * @see #setRandomOrder(boolean)
	 * @see org.patchbay.model.PatchbayPackage#getExperiment_RandomOrder()
	 * @model
	 * @generated
	 */
	boolean isRandomOrder();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Experiment#isRandomOrder <em>Random Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Order</em>' attribute.
	 * @see #isRandomOrder()
	 * @generated
	 */
	void setRandomOrder(boolean value);

	/**
	 * Returns the value of the '<em><b>Run Time Limit Seconds</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A run still going after this many seconds is stopped and recorded as timed out; the sweep goes on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Time Limit Seconds</em>' attribute.
	 * @see #setRunTimeLimitSeconds(int)
	 * @see org.patchbay.model.PatchbayPackage#getExperiment_RunTimeLimitSeconds()
	 * @model default="120"
	 * @generated
	 */
	int getRunTimeLimitSeconds();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Experiment#getRunTimeLimitSeconds <em>Run Time Limit Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Time Limit Seconds</em>' attribute.
	 * @see #getRunTimeLimitSeconds()
	 * @generated
	 */
	void setRunTimeLimitSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.SweepParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getExperiment_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.WorkloadStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What each run does: steps start in their order (equal orders together); a run ends when every foreground step has ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getExperiment_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkloadStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getExperiment_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

} // Experiment
