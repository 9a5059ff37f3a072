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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.Outlet;
import org.patchbay.model.PatchbayPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getHardwareType <em>Hardware Type</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getCpuCores <em>Cpu Cores</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getMemoryMb <em>Memory Mb</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getDiskGb <em>Disk Gb</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getPowerOutlet <em>Power Outlet</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getConsoleEndpoint <em>Console Endpoint</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getAgentEndpoint <em>Agent Endpoint</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getReservedBy <em>Reserved By</em>}</li>
 *   <li>{@link org.patchbay.model.impl.MachineImpl#getReservedUntil <em>Reserved Until</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineImpl extends DiagramElementImpl implements Machine {
	/**
	 * The default value of the '{@link #getHardwareType() <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareType()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareType() <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareType()
	 * @generated
	 * @ordered
	 */
	protected String hardwareType = HARDWARE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> features;

	/**
	 * The default value of the '{@link #getCpuCores() <em>Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCores()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_CORES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuCores() <em>Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCores()
	 * @generated
	 * @ordered
	 */
	protected int cpuCores = CPU_CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMb() <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_MB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryMb() <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected long memoryMb = MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskGb() <em>Disk Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskGb()
	 * @generated
	 * @ordered
	 */
	protected static final long DISK_GB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDiskGb() <em>Disk Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskGb()
	 * @generated
	 * @ordered
	 */
	protected long diskGb = DISK_GB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<Interface> interfaces;

	/**
	 * The cached value of the '{@link #getPowerOutlet() <em>Power Outlet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerOutlet()
	 * @generated
	 * @ordered
	 */
	protected Outlet powerOutlet;

	/**
	 * The default value of the '{@link #getConsoleEndpoint() <em>Console Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsoleEndpoint()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSOLE_ENDPOINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsoleEndpoint() <em>Console Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsoleEndpoint()
	 * @generated
	 * @ordered
	 */
	protected String consoleEndpoint = CONSOLE_ENDPOINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgentEndpoint() <em>Agent Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentEndpoint()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENT_ENDPOINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgentEndpoint() <em>Agent Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentEndpoint()
	 * @generated
	 * @ordered
	 */
	protected String agentEndpoint = AGENT_ENDPOINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReservedBy() <em>Reserved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RESERVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReservedBy() <em>Reserved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservedBy()
	 * @generated
	 * @ordered
	 */
	protected String reservedBy = RESERVED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReservedUntil() <em>Reserved Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final String RESERVED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReservedUntil() <em>Reserved Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservedUntil()
	 * @generated
	 * @ordered
	 */
	protected String reservedUntil = RESERVED_UNTIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareType() {
		return hardwareType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareType(String newHardwareType) {
		String oldHardwareType = hardwareType;
		hardwareType = newHardwareType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__HARDWARE_TYPE, oldHardwareType, hardwareType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatures() {
		if (features == null) {
			features = new EDataTypeUniqueEList<String>(String.class, this, PatchbayPackage.MACHINE__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuCores() {
		return cpuCores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuCores(int newCpuCores) {
		int oldCpuCores = cpuCores;
		cpuCores = newCpuCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__CPU_CORES, oldCpuCores, cpuCores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryMb() {
		return memoryMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMb(long newMemoryMb) {
		long oldMemoryMb = memoryMb;
		memoryMb = newMemoryMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__MEMORY_MB, oldMemoryMb, memoryMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskGb() {
		return diskGb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskGb(long newDiskGb) {
		long oldDiskGb = diskGb;
		diskGb = newDiskGb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__DISK_GB, oldDiskGb, diskGb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interface> getInterfaces() {
		if (interfaces == null) {
			interfaces = new EObjectContainmentEList<Interface>(Interface.class, this, PatchbayPackage.MACHINE__INTERFACES);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outlet getPowerOutlet() {
		if (powerOutlet != null && powerOutlet.eIsProxy()) {
			InternalEObject oldPowerOutlet = (InternalEObject)powerOutlet;
			powerOutlet = (Outlet)eResolveProxy(oldPowerOutlet);
			if (powerOutlet != oldPowerOutlet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.MACHINE__POWER_OUTLET, oldPowerOutlet, powerOutlet));
			}
		}
		return powerOutlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Outlet basicGetPowerOutlet() {
		return powerOutlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerOutlet(Outlet newPowerOutlet) {
		Outlet oldPowerOutlet = powerOutlet;
		powerOutlet = newPowerOutlet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__POWER_OUTLET, oldPowerOutlet, powerOutlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsoleEndpoint() {
		return consoleEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsoleEndpoint(String newConsoleEndpoint) {
		String oldConsoleEndpoint = consoleEndpoint;
		consoleEndpoint = newConsoleEndpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__CONSOLE_ENDPOINT, oldConsoleEndpoint, consoleEndpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgentEndpoint() {
		return agentEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentEndpoint(String newAgentEndpoint) {
		String oldAgentEndpoint = agentEndpoint;
		agentEndpoint = newAgentEndpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__AGENT_ENDPOINT, oldAgentEndpoint, agentEndpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReservedBy() {
		return reservedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReservedBy(String newReservedBy) {
		String oldReservedBy = reservedBy;
		reservedBy = newReservedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__RESERVED_BY, oldReservedBy, reservedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReservedUntil() {
		return reservedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReservedUntil(String newReservedUntil) {
		String oldReservedUntil = reservedUntil;
		reservedUntil = newReservedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.MACHINE__RESERVED_UNTIL, oldReservedUntil, reservedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.MACHINE__INTERFACES:
				return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
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
			case PatchbayPackage.MACHINE__HARDWARE_TYPE:
				return getHardwareType();
			case PatchbayPackage.MACHINE__FEATURES:
				return getFeatures();
			case PatchbayPackage.MACHINE__CPU_CORES:
				return getCpuCores();
			case PatchbayPackage.MACHINE__MEMORY_MB:
				return getMemoryMb();
			case PatchbayPackage.MACHINE__DISK_GB:
				return getDiskGb();
			case PatchbayPackage.MACHINE__INTERFACES:
				return getInterfaces();
			case PatchbayPackage.MACHINE__POWER_OUTLET:
				if (resolve) return getPowerOutlet();
				return basicGetPowerOutlet();
			case PatchbayPackage.MACHINE__CONSOLE_ENDPOINT:
				return getConsoleEndpoint();
			case PatchbayPackage.MACHINE__AGENT_ENDPOINT:
				return getAgentEndpoint();
			case PatchbayPackage.MACHINE__RESERVED_BY:
				return getReservedBy();
			case PatchbayPackage.MACHINE__RESERVED_UNTIL:
				return getReservedUntil();
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
			case PatchbayPackage.MACHINE__HARDWARE_TYPE:
				setHardwareType((String)newValue);
				return;
			case PatchbayPackage.MACHINE__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case PatchbayPackage.MACHINE__CPU_CORES:
				setCpuCores((Integer)newValue);
				return;
			case PatchbayPackage.MACHINE__MEMORY_MB:
				setMemoryMb((Long)newValue);
				return;
			case PatchbayPackage.MACHINE__DISK_GB:
				setDiskGb((Long)newValue);
				return;
			case PatchbayPackage.MACHINE__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends Interface>)newValue);
				return;
			case PatchbayPackage.MACHINE__POWER_OUTLET:
				setPowerOutlet((Outlet)newValue);
				return;
			case PatchbayPackage.MACHINE__CONSOLE_ENDPOINT:
				setConsoleEndpoint((String)newValue);
				return;
			case PatchbayPackage.MACHINE__AGENT_ENDPOINT:
				setAgentEndpoint((String)newValue);
				return;
			case PatchbayPackage.MACHINE__RESERVED_BY:
				setReservedBy((String)newValue);
				return;
			case PatchbayPackage.MACHINE__RESERVED_UNTIL:
				setReservedUntil((String)newValue);
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
			case PatchbayPackage.MACHINE__HARDWARE_TYPE:
				setHardwareType(HARDWARE_TYPE_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__FEATURES:
				getFeatures().clear();
				return;
			case PatchbayPackage.MACHINE__CPU_CORES:
				setCpuCores(CPU_CORES_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__MEMORY_MB:
				setMemoryMb(MEMORY_MB_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__DISK_GB:
				setDiskGb(DISK_GB_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__INTERFACES:
				getInterfaces().clear();
				return;
			case PatchbayPackage.MACHINE__POWER_OUTLET:
				setPowerOutlet((Outlet)null);
				return;
			case PatchbayPackage.MACHINE__CONSOLE_ENDPOINT:
				setConsoleEndpoint(CONSOLE_ENDPOINT_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__AGENT_ENDPOINT:
				setAgentEndpoint(AGENT_ENDPOINT_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__RESERVED_BY:
				setReservedBy(RESERVED_BY_EDEFAULT);
				return;
			case PatchbayPackage.MACHINE__RESERVED_UNTIL:
				setReservedUntil(RESERVED_UNTIL_EDEFAULT);
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
			case PatchbayPackage.MACHINE__HARDWARE_TYPE:
				return HARDWARE_TYPE_EDEFAULT == null ? hardwareType != null : !HARDWARE_TYPE_EDEFAULT.equals(hardwareType);
			case PatchbayPackage.MACHINE__FEATURES:
				return features != null && !features.isEmpty();
			case PatchbayPackage.MACHINE__CPU_CORES:
				return cpuCores != CPU_CORES_EDEFAULT;
			case PatchbayPackage.MACHINE__MEMORY_MB:
				return memoryMb != MEMORY_MB_EDEFAULT;
			case PatchbayPackage.MACHINE__DISK_GB:
				return diskGb != DISK_GB_EDEFAULT;
			case PatchbayPackage.MACHINE__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case PatchbayPackage.MACHINE__POWER_OUTLET:
				return powerOutlet != null;
			case PatchbayPackage.MACHINE__CONSOLE_ENDPOINT:
				return CONSOLE_ENDPOINT_EDEFAULT == null ? consoleEndpoint != null : !CONSOLE_ENDPOINT_EDEFAULT.equals(consoleEndpoint);
			case PatchbayPackage.MACHINE__AGENT_ENDPOINT:
				return AGENT_ENDPOINT_EDEFAULT == null ? agentEndpoint != null : !AGENT_ENDPOINT_EDEFAULT.equals(agentEndpoint);
			case PatchbayPackage.MACHINE__RESERVED_BY:
				return RESERVED_BY_EDEFAULT == null ? reservedBy != null : !RESERVED_BY_EDEFAULT.equals(reservedBy);
			case PatchbayPackage.MACHINE__RESERVED_UNTIL:
				return RESERVED_UNTIL_EDEFAULT == null ? reservedUntil != null : !RESERVED_UNTIL_EDEFAULT.equals(reservedUntil);
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
		result.append(" (hardwareType: ");
		result.append(hardwareType);
		result.append(", features: ");
		result.append(features);
		result.append(", cpuCores: ");
		result.append(cpuCores);
		result.append(", memoryMb: ");
		result.append(memoryMb);
		result.append(", diskGb: ");
		result.append(diskGb);
		result.append(", consoleEndpoint: ");
		result.append(consoleEndpoint);
		result.append(", agentEndpoint: ");
		result.append(agentEndpoint);
		result.append(", reservedBy: ");
		result.append(reservedBy);
		result.append(", reservedUntil: ");
		result.append(reservedUntil);
		result.append(')');
		return result.toString();
	}

} //MachineImpl
