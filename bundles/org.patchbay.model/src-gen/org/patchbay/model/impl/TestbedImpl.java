/**
 */
package org.patchbay.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.patchbay.model.Machine;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.PowerController;
import org.patchbay.model.Switch;
import org.patchbay.model.Testbed;
import org.patchbay.model.Trunk;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Testbed</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.TestbedImpl#getMachines <em>Machines</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TestbedImpl#getSwitches <em>Switches</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TestbedImpl#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TestbedImpl#getPowerControllers <em>Power Controllers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TestbedImpl extends NamedElementImpl implements Testbed {
	/**
	 * The cached value of the '{@link #getMachines() <em>Machines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<Machine> machines;

	/**
	 * The cached value of the '{@link #getSwitches() <em>Switches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitches()
	 * @generated
	 * @ordered
	 */
	protected EList<Switch> switches;

	/**
	 * The cached value of the '{@link #getTrunks() <em>Trunks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Trunk> trunks;

	/**
	 * The cached value of the '{@link #getPowerControllers() <em>Power Controllers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerControllers()
	 * @generated
	 * @ordered
	 */
	protected EList<PowerController> powerControllers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TestbedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.TESTBED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Machine> getMachines() {
		if (machines == null) {
			machines = new EObjectContainmentEList<Machine>(Machine.class, this, PatchbayPackage.TESTBED__MACHINES);
		}
		return machines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Switch> getSwitches() {
		if (switches == null) {
			switches = new EObjectContainmentEList<Switch>(Switch.class, this, PatchbayPackage.TESTBED__SWITCHES);
		}
		return switches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trunk> getTrunks() {
		if (trunks == null) {
			trunks = new EObjectContainmentEList<Trunk>(Trunk.class, this, PatchbayPackage.TESTBED__TRUNKS);
		}
		return trunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PowerController> getPowerControllers() {
		if (powerControllers == null) {
			powerControllers = new EObjectContainmentEList<PowerController>(PowerController.class, this, PatchbayPackage.TESTBED__POWER_CONTROLLERS);
		}
		return powerControllers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.TESTBED__MACHINES:
				return ((InternalEList<?>)getMachines()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.TESTBED__SWITCHES:
				return ((InternalEList<?>)getSwitches()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.TESTBED__TRUNKS:
				return ((InternalEList<?>)getTrunks()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.TESTBED__POWER_CONTROLLERS:
				return ((InternalEList<?>)getPowerControllers()).basicRemove(otherEnd, msgs);
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
			case PatchbayPackage.TESTBED__MACHINES:
				return getMachines();
			case PatchbayPackage.TESTBED__SWITCHES:
				return getSwitches();
			case PatchbayPackage.TESTBED__TRUNKS:
				return getTrunks();
			case PatchbayPackage.TESTBED__POWER_CONTROLLERS:
				return getPowerControllers();
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
			case PatchbayPackage.TESTBED__MACHINES:
				getMachines().clear();
				getMachines().addAll((Collection<? extends Machine>)newValue);
				return;
			case PatchbayPackage.TESTBED__SWITCHES:
				getSwitches().clear();
				getSwitches().addAll((Collection<? extends Switch>)newValue);
				return;
			case PatchbayPackage.TESTBED__TRUNKS:
				getTrunks().clear();
				getTrunks().addAll((Collection<? extends Trunk>)newValue);
				return;
			case PatchbayPackage.TESTBED__POWER_CONTROLLERS:
				getPowerControllers().clear();
				getPowerControllers().addAll((Collection<? extends PowerController>)newValue);
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
			case PatchbayPackage.TESTBED__MACHINES:
				getMachines().clear();
				return;
			case PatchbayPackage.TESTBED__SWITCHES:
				getSwitches().clear();
				return;
			case PatchbayPackage.TESTBED__TRUNKS:
				getTrunks().clear();
				return;
			case PatchbayPackage.TESTBED__POWER_CONTROLLERS:
				getPowerControllers().clear();
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
			case PatchbayPackage.TESTBED__MACHINES:
				return machines != null && !machines.isEmpty();
			case PatchbayPackage.TESTBED__SWITCHES:
				return switches != null && !switches.isEmpty();
			case PatchbayPackage.TESTBED__TRUNKS:
				return trunks != null && !trunks.isEmpty();
			case PatchbayPackage.TESTBED__POWER_CONTROLLERS:
				return powerControllers != null && !powerControllers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TestbedImpl
