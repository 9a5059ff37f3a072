/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Testbed</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inventory of real hardware (a .testbed file): the machines, the switches they are cabled to, the trunks between switches and the power controllers. Experiments (virtual topologies) are mapped onto it at swap-in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Testbed#getMachines <em>Machines</em>}</li>
 *   <li>{@link org.patchbay.model.Testbed#getSwitches <em>Switches</em>}</li>
 *   <li>{@link org.patchbay.model.Testbed#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link org.patchbay.model.Testbed#getPowerControllers <em>Power Controllers</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getTestbed()
 * @model
 * @generated
 */
public interface Testbed extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Machines</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Machine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Machines</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getTestbed_Machines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Machine> getMachines();

	/**
	 * Returns the value of the '<em><b>Switches</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Switch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Switches</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getTestbed_Switches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Switch> getSwitches();

	/**
	 * Returns the value of the '<em><b>Trunks</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Trunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trunks</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getTestbed_Trunks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trunk> getTrunks();

	/**
	 * Returns the value of the '<em><b>Power Controllers</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.PowerController}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Controllers</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getTestbed_PowerControllers()
	 * @model containment="true"
	 * @generated
	 */
	EList<PowerController> getPowerControllers();

} // Testbed
