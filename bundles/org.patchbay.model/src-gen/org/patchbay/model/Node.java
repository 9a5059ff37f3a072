/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Node#getRole <em>Role</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getHardwareType <em>Hardware Type</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getOsImage <em>Os Image</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getBootMode <em>Boot Mode</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getAgentEndpoint <em>Agent Endpoint</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getPowerOutlet <em>Power Outlet</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getFixedTo <em>Fixed To</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getStartCommand <em>Start Command</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getDesiredFeatures <em>Desired Features</em>}</li>
 *   <li>{@link org.patchbay.model.Node#getTarfiles <em>Tarfiles</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.NodeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.patchbay.model.NodeRole
	 * @see #setRole(NodeRole)
	 * @see org.patchbay.model.PatchbayPackage#getNode_Role()
	 * @model
	 * @generated
	 */
	NodeRole getRole();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.patchbay.model.NodeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(NodeRole value);

	/**
	 * Returns the value of the '<em><b>Hardware Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware Type</em>' attribute.
	 * @see #setHardwareType(String)
	 * @see org.patchbay.model.PatchbayPackage#getNode_HardwareType()
	 * @model
	 * @generated
	 */
	String getHardwareType();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getHardwareType <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Type</em>' attribute.
	 * @see #getHardwareType()
	 * @generated
	 */
	void setHardwareType(String value);

	/**
	 * Returns the value of the '<em><b>Os Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os Image</em>' reference.
	 * @see #setOsImage(DiskImage)
	 * @see org.patchbay.model.PatchbayPackage#getNode_OsImage()
	 * @model
	 * @generated
	 */
	DiskImage getOsImage();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getOsImage <em>Os Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os Image</em>' reference.
	 * @see #getOsImage()
	 * @generated
	 */
	void setOsImage(DiskImage value);

	/**
	 * Returns the value of the '<em><b>Boot Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.BootMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot Mode</em>' attribute.
	 * @see org.patchbay.model.BootMode
	 * @see #setBootMode(BootMode)
	 * @see org.patchbay.model.PatchbayPackage#getNode_BootMode()
	 * @model
	 * @generated
	 */
	BootMode getBootMode();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getBootMode <em>Boot Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Mode</em>' attribute.
	 * @see org.patchbay.model.BootMode
	 * @see #getBootMode()
	 * @generated
	 */
	void setBootMode(BootMode value);

	/**
	 * Returns the value of the '<em><b>Agent Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * host:port of the node agent (HTTPS, mutual TLS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Endpoint</em>' attribute.
	 * @see #setAgentEndpoint(String)
	 * @see org.patchbay.model.PatchbayPackage#getNode_AgentEndpoint()
	 * @model
	 * @generated
	 */
	String getAgentEndpoint();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getAgentEndpoint <em>Agent Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Endpoint</em>' attribute.
	 * @see #getAgentEndpoint()
	 * @generated
	 */
	void setAgentEndpoint(String value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Interface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getNode_Interfaces()
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
	 * @see org.patchbay.model.PatchbayPackage#getNode_PowerOutlet()
	 * @model
	 * @generated
	 */
	Outlet getPowerOutlet();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getPowerOutlet <em>Power Outlet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Outlet</em>' reference.
	 * @see #getPowerOutlet()
	 * @generated
	 */
	void setPowerOutlet(Outlet value);

	/**
	 * Returns the value of the '<em><b>Fixed To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical machine this node must be mapped to (Emulab's tb-fix-node); empty lets the mapper choose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed To</em>' attribute.
	 * @see #setFixedTo(String)
	 * @see org.patchbay.model.PatchbayPackage#getNode_FixedTo()
	 * @model
	 * @generated
	 */
	String getFixedTo();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getFixedTo <em>Fixed To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed To</em>' attribute.
	 * @see #getFixedTo()
	 * @generated
	 */
	void setFixedTo(String value);

	/**
	 * Returns the value of the '<em><b>Start Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A command the node runs once when it has started (Emulab's tb-set-node-startcmd).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Command</em>' attribute.
	 * @see #setStartCommand(String)
	 * @see org.patchbay.model.PatchbayPackage#getNode_StartCommand()
	 * @model
	 * @generated
	 */
	String getStartCommand();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Node#getStartCommand <em>Start Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Command</em>' attribute.
	 * @see #getStartCommand()
	 * @generated
	 */
	void setStartCommand(String value);

	/**
	 * Returns the value of the '<em><b>Desired Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Features the physical machine this node is mapped to must have (Emulab's node desires), each a name from a machine's features, e.g. 'gpu'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Desired Features</em>' attribute list.
	 * @see org.patchbay.model.PatchbayPackage#getNode_DesiredFeatures()
	 * @model
	 * @generated
	 */
	EList<String> getDesiredFeatures();

	/**
	 * Returns the value of the '<em><b>Tarfiles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Archives unpacked on the node before it starts, each 'DIRECTORY ARCHIVE' (Emulab's tb-set-node-tarfiles).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tarfiles</em>' attribute list.
	 * @see org.patchbay.model.PatchbayPackage#getNode_Tarfiles()
	 * @model
	 * @generated
	 */
	EList<String> getTarfiles();

} // Node
