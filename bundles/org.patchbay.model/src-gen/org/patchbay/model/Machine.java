/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical machine of a testbed inventory, with what the mapper matches virtual nodes against.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Machine#getHardwareType <em>Hardware Type</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getCpuCores <em>Cpu Cores</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getMemoryMb <em>Memory Mb</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getDiskGb <em>Disk Gb</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getPowerOutlet <em>Power Outlet</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getConsoleEndpoint <em>Console Endpoint</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getAgentEndpoint <em>Agent Endpoint</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getReservedBy <em>Reserved By</em>}</li>
 *   <li>{@link org.patchbay.model.Machine#getReservedUntil <em>Reserved Until</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getMachine()
 * @model
 * @generated
 */
public interface Machine extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Hardware Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware Type</em>' attribute.
	 * @see #setHardwareType(String)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_HardwareType()
	 * @model
	 * @generated
	 */
	String getHardwareType();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getHardwareType <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Type</em>' attribute.
	 * @see #getHardwareType()
	 * @generated
	 */
	void setHardwareType(String value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named capabilities a virtual node may desire, e.g. 'gpu' or 'ssd'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.patchbay.model.PatchbayPackage#getMachine_Features()
	 * @model
	 * @generated
	 */
	EList<String> getFeatures();

	/**
	 * Returns the value of the '<em><b>Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Cores</em>' attribute.
	 * @see #setCpuCores(int)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_CpuCores()
	 * @model
	 * @generated
	 */
	int getCpuCores();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getCpuCores <em>Cpu Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Cores</em>' attribute.
	 * @see #getCpuCores()
	 * @generated
	 */
	void setCpuCores(int value);

	/**
	 * Returns the value of the '<em><b>Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mb</em>' attribute.
	 * @see #setMemoryMb(long)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_MemoryMb()
	 * @model
	 * @generated
	 */
	long getMemoryMb();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getMemoryMb <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mb</em>' attribute.
	 * @see #getMemoryMb()
	 * @generated
	 */
	void setMemoryMb(long value);

	/**
	 * Returns the value of the '<em><b>Disk Gb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Gb</em>' attribute.
	 * @see #setDiskGb(long)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_DiskGb()
	 * @model
	 * @generated
	 */
	long getDiskGb();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getDiskGb <em>Disk Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Gb</em>' attribute.
	 * @see #getDiskGb()
	 * @generated
	 */
	void setDiskGb(long value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Interface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getMachine_Interfaces()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Power Outlet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Outlet</em>' reference.
	 * @see #setPowerOutlet(Outlet)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_PowerOutlet()
	 * @model
	 * @generated
	 */
	Outlet getPowerOutlet();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getPowerOutlet <em>Power Outlet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Outlet</em>' reference.
	 * @see #getPowerOutlet()
	 * @generated
	 */
	void setPowerOutlet(Outlet value);

	/**
	 * Returns the value of the '<em><b>Console Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where its serial console answers, host:port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console Endpoint</em>' attribute.
	 * @see #setConsoleEndpoint(String)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_ConsoleEndpoint()
	 * @model
	 * @generated
	 */
	String getConsoleEndpoint();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getConsoleEndpoint <em>Console Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Console Endpoint</em>' attribute.
	 * @see #getConsoleEndpoint()
	 * @generated
	 */
	void setConsoleEndpoint(String value);

	/**
	 * Returns the value of the '<em><b>Agent Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agent Endpoint</em>' attribute.
	 * @see #setAgentEndpoint(String)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_AgentEndpoint()
	 * @model
	 * @generated
	 */
	String getAgentEndpoint();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getAgentEndpoint <em>Agent Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Endpoint</em>' attribute.
	 * @see #getAgentEndpoint()
	 * @generated
	 */
	void setAgentEndpoint(String value);

	/**
	 * Returns the value of the '<em><b>Reserved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The experiment that holds this machine; empty when it is free.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reserved By</em>' attribute.
	 * @see #setReservedBy(String)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_ReservedBy()
	 * @model
	 * @generated
	 */
	String getReservedBy();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getReservedBy <em>Reserved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reserved By</em>' attribute.
	 * @see #getReservedBy()
	 * @generated
	 */
	void setReservedBy(String value);

	/**
	 * Returns the value of the '<em><b>Reserved Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the reservation expires (ISO-8601); empty: until swap-out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reserved Until</em>' attribute.
	 * @see #setReservedUntil(String)
	 * @see org.patchbay.model.PatchbayPackage#getMachine_ReservedUntil()
	 * @model
	 * @generated
	 */
	String getReservedUntil();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Machine#getReservedUntil <em>Reserved Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reserved Until</em>' attribute.
	 * @see #getReservedUntil()
	 * @generated
	 */
	void setReservedUntil(String value);

} // Machine
