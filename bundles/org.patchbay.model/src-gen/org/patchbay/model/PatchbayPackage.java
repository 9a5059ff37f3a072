/**
 */
package org.patchbay.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The topology of a cluster or network testbed: what exists and how it is wired. Live state (load, power, processes) is kept elsewhere and never stored here.
 * <!-- end-model-doc -->
 * @see org.patchbay.model.PatchbayFactory
 * @model kind="package"
 * @generated
 */
public interface PatchbayPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://patchbay.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pb";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PatchbayPackage eINSTANCE = org.patchbay.model.impl.PatchbayPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.NamedElementImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.DiagramElementImpl <em>Diagram Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.DiagramElementImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getDiagramElement()
	 * @generated
	 */
	int DIAGRAM_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__X = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT__Y = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Diagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Diagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ClusterImpl <em>Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ClusterImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getCluster()
	 * @generated
	 */
	int CLUSTER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NODES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Switches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SWITCHES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Power Controllers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__POWER_CONTROLLERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__LINKS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__LANS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__IMAGES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__EVENTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.NodeImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ROLE = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hardware Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__HARDWARE_TYPE = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Os Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__OS_IMAGE = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Boot Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__BOOT_MODE = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Agent Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__AGENT_ENDPOINT = DIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__INTERFACES = DIAGRAM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Power Outlet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__POWER_OUTLET = DIAGRAM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.PortImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__SPEED_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.InterfaceImpl <em>Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.InterfaceImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getInterface()
	 * @generated
	 */
	int INTERFACE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__NAME = PORT__NAME;

	/**
	 * The feature id for the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__SPEED_MBPS = PORT__SPEED_MBPS;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MAC = PORT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ipv4 Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__IPV4_ADDRESS = PORT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Prefix Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PREFIX_LENGTH = PORT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__KIND = PORT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FEATURE_COUNT = PORT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_OPERATION_COUNT = PORT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.SwitchImpl <em>Switch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.SwitchImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSwitch()
	 * @generated
	 */
	int SWITCH = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Snmp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__SNMP = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__PORTS = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.SwitchPortImpl <em>Switch Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.SwitchPortImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSwitchPort()
	 * @generated
	 */
	int SWITCH_PORT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_PORT__NAME = PORT__NAME;

	/**
	 * The feature id for the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_PORT__SPEED_MBPS = PORT__SPEED_MBPS;

	/**
	 * The feature id for the '<em><b>If Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_PORT__IF_INDEX = PORT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Switch Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_PORT_FEATURE_COUNT = PORT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Switch Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_PORT_OPERATION_COUNT = PORT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.PowerControllerImpl <em>Power Controller</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.PowerControllerImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPowerController()
	 * @generated
	 */
	int POWER_CONTROLLER = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Vendor Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER__VENDOR_PROFILE = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Snmp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER__SNMP = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outlets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER__OUTLETS = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Power Controller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Power Controller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_CONTROLLER_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.OutletImpl <em>Outlet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.OutletImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getOutlet()
	 * @generated
	 */
	int OUTLET = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLET__NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Outlet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Outlet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.SnmpTargetImpl <em>Snmp Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.SnmpTargetImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSnmpTarget()
	 * @generated
	 */
	int SNMP_TARGET = 10;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNMP_TARGET__HOST = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNMP_TARGET__PORT = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNMP_TARGET__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Credential Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNMP_TARGET__CREDENTIAL_ID = 3;

	/**
	 * The number of structural features of the '<em>Snmp Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNMP_TARGET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Snmp Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNMP_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ShapedElementImpl <em>Shaped Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ShapedElementImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getShapedElement()
	 * @generated
	 */
	int SHAPED_ELEMENT = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__BANDWIDTH_BPS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__DELAY_MS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__LOSS_RATE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Queue Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__QUEUE_LIMIT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Queue Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__QUEUE_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Queue Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__QUEUE_KIND = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Shaped Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Shaped Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.LinkImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = SHAPED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__BANDWIDTH_BPS = SHAPED_ELEMENT__BANDWIDTH_BPS;

	/**
	 * The feature id for the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DELAY_MS = SHAPED_ELEMENT__DELAY_MS;

	/**
	 * The feature id for the '<em><b>Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LOSS_RATE = SHAPED_ELEMENT__LOSS_RATE;

	/**
	 * The feature id for the '<em><b>Queue Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__QUEUE_LIMIT = SHAPED_ELEMENT__QUEUE_LIMIT;

	/**
	 * The feature id for the '<em><b>Queue Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__QUEUE_UNIT = SHAPED_ELEMENT__QUEUE_UNIT;

	/**
	 * The feature id for the '<em><b>Queue Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__QUEUE_KIND = SHAPED_ELEMENT__QUEUE_KIND;

	/**
	 * The feature id for the '<em><b>End A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__END_A = SHAPED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__END_B = SHAPED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = SHAPED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = SHAPED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.LanImpl <em>Lan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.LanImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getLan()
	 * @generated
	 */
	int LAN = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__NAME = SHAPED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__BANDWIDTH_BPS = SHAPED_ELEMENT__BANDWIDTH_BPS;

	/**
	 * The feature id for the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__DELAY_MS = SHAPED_ELEMENT__DELAY_MS;

	/**
	 * The feature id for the '<em><b>Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__LOSS_RATE = SHAPED_ELEMENT__LOSS_RATE;

	/**
	 * The feature id for the '<em><b>Queue Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__QUEUE_LIMIT = SHAPED_ELEMENT__QUEUE_LIMIT;

	/**
	 * The feature id for the '<em><b>Queue Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__QUEUE_UNIT = SHAPED_ELEMENT__QUEUE_UNIT;

	/**
	 * The feature id for the '<em><b>Queue Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__QUEUE_KIND = SHAPED_ELEMENT__QUEUE_KIND;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__X = SHAPED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__Y = SHAPED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__MEMBERS = SHAPED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Lan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN_FEATURE_COUNT = SHAPED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Lan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN_OPERATION_COUNT = SHAPED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.DiskImageImpl <em>Disk Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.DiskImageImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getDiskImage()
	 * @generated
	 */
	int DISK_IMAGE = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__OS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__LOCATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__SIZE_BYTES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Disk Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Disk Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ScheduledEventImpl <em>Scheduled Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ScheduledEventImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getScheduledEvent()
	 * @generated
	 */
	int SCHEDULED_EVENT = 15;

	/**
	 * The feature id for the '<em><b>At Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__AT_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__LINK = 2;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__NODE = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Scheduled Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Scheduled Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.NodeRole <em>Node Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.NodeRole
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNodeRole()
	 * @generated
	 */
	int NODE_ROLE = 16;

	/**
	 * The meta object id for the '{@link org.patchbay.model.BootMode <em>Boot Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.BootMode
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getBootMode()
	 * @generated
	 */
	int BOOT_MODE = 17;

	/**
	 * The meta object id for the '{@link org.patchbay.model.InterfaceKind <em>Interface Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.InterfaceKind
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getInterfaceKind()
	 * @generated
	 */
	int INTERFACE_KIND = 18;

	/**
	 * The meta object id for the '{@link org.patchbay.model.PduProfile <em>Pdu Profile</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.PduProfile
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPduProfile()
	 * @generated
	 */
	int PDU_PROFILE = 19;

	/**
	 * The meta object id for the '{@link org.patchbay.model.SnmpVersion <em>Snmp Version</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.SnmpVersion
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSnmpVersion()
	 * @generated
	 */
	int SNMP_VERSION = 20;

	/**
	 * The meta object id for the '{@link org.patchbay.model.QueueUnit <em>Queue Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.QueueUnit
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getQueueUnit()
	 * @generated
	 */
	int QUEUE_UNIT = 21;

	/**
	 * The meta object id for the '{@link org.patchbay.model.QueueKind <em>Queue Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.QueueKind
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getQueueKind()
	 * @generated
	 */
	int QUEUE_KIND = 22;


	/**
	 * The meta object id for the '{@link org.patchbay.model.EventAction <em>Event Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.EventAction
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getEventAction()
	 * @generated
	 */
	int EVENT_ACTION = 23;


	/**
	 * Returns the meta object for class '{@link org.patchbay.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.patchbay.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.patchbay.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.DiagramElement <em>Diagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element</em>'.
	 * @see org.patchbay.model.DiagramElement
	 * @generated
	 */
	EClass getDiagramElement();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiagramElement#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.patchbay.model.DiagramElement#getX()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_X();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiagramElement#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.patchbay.model.DiagramElement#getY()
	 * @see #getDiagramElement()
	 * @generated
	 */
	EAttribute getDiagramElement_Y();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster</em>'.
	 * @see org.patchbay.model.Cluster
	 * @generated
	 */
	EClass getCluster();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.patchbay.model.Cluster#getNodes()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getSwitches <em>Switches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Switches</em>'.
	 * @see org.patchbay.model.Cluster#getSwitches()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Switches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getPowerControllers <em>Power Controllers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Power Controllers</em>'.
	 * @see org.patchbay.model.Cluster#getPowerControllers()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_PowerControllers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.patchbay.model.Cluster#getLinks()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getLans <em>Lans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lans</em>'.
	 * @see org.patchbay.model.Cluster#getLans()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Lans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.patchbay.model.Cluster#getImages()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.patchbay.model.Cluster#getEvents()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Events();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.patchbay.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Node#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.patchbay.model.Node#getRole()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Node#getHardwareType <em>Hardware Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Type</em>'.
	 * @see org.patchbay.model.Node#getHardwareType()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_HardwareType();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Node#getOsImage <em>Os Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Os Image</em>'.
	 * @see org.patchbay.model.Node#getOsImage()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_OsImage();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Node#getBootMode <em>Boot Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Mode</em>'.
	 * @see org.patchbay.model.Node#getBootMode()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_BootMode();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Node#getAgentEndpoint <em>Agent Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Endpoint</em>'.
	 * @see org.patchbay.model.Node#getAgentEndpoint()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_AgentEndpoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Node#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.patchbay.model.Node#getInterfaces()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Interfaces();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Node#getPowerOutlet <em>Power Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Power Outlet</em>'.
	 * @see org.patchbay.model.Node#getPowerOutlet()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_PowerOutlet();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see org.patchbay.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Port#getSpeedMbps <em>Speed Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed Mbps</em>'.
	 * @see org.patchbay.model.Port#getSpeedMbps()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_SpeedMbps();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface</em>'.
	 * @see org.patchbay.model.Interface
	 * @generated
	 */
	EClass getInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Interface#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see org.patchbay.model.Interface#getMac()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Mac();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Interface#getIpv4Address <em>Ipv4 Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipv4 Address</em>'.
	 * @see org.patchbay.model.Interface#getIpv4Address()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Ipv4Address();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Interface#getPrefixLength <em>Prefix Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix Length</em>'.
	 * @see org.patchbay.model.Interface#getPrefixLength()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_PrefixLength();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Interface#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.patchbay.model.Interface#getKind()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Kind();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Switch <em>Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Switch</em>'.
	 * @see org.patchbay.model.Switch
	 * @generated
	 */
	EClass getSwitch();

	/**
	 * Returns the meta object for the containment reference '{@link org.patchbay.model.Switch#getSnmp <em>Snmp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Snmp</em>'.
	 * @see org.patchbay.model.Switch#getSnmp()
	 * @see #getSwitch()
	 * @generated
	 */
	EReference getSwitch_Snmp();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Switch#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.patchbay.model.Switch#getPorts()
	 * @see #getSwitch()
	 * @generated
	 */
	EReference getSwitch_Ports();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.SwitchPort <em>Switch Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Switch Port</em>'.
	 * @see org.patchbay.model.SwitchPort
	 * @generated
	 */
	EClass getSwitchPort();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SwitchPort#getIfIndex <em>If Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>If Index</em>'.
	 * @see org.patchbay.model.SwitchPort#getIfIndex()
	 * @see #getSwitchPort()
	 * @generated
	 */
	EAttribute getSwitchPort_IfIndex();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.PowerController <em>Power Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Power Controller</em>'.
	 * @see org.patchbay.model.PowerController
	 * @generated
	 */
	EClass getPowerController();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.PowerController#getVendorProfile <em>Vendor Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Profile</em>'.
	 * @see org.patchbay.model.PowerController#getVendorProfile()
	 * @see #getPowerController()
	 * @generated
	 */
	EAttribute getPowerController_VendorProfile();

	/**
	 * Returns the meta object for the containment reference '{@link org.patchbay.model.PowerController#getSnmp <em>Snmp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Snmp</em>'.
	 * @see org.patchbay.model.PowerController#getSnmp()
	 * @see #getPowerController()
	 * @generated
	 */
	EReference getPowerController_Snmp();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.PowerController#getOutlets <em>Outlets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outlets</em>'.
	 * @see org.patchbay.model.PowerController#getOutlets()
	 * @see #getPowerController()
	 * @generated
	 */
	EReference getPowerController_Outlets();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Outlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outlet</em>'.
	 * @see org.patchbay.model.Outlet
	 * @generated
	 */
	EClass getOutlet();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Outlet#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.patchbay.model.Outlet#getNumber()
	 * @see #getOutlet()
	 * @generated
	 */
	EAttribute getOutlet_Number();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.SnmpTarget <em>Snmp Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snmp Target</em>'.
	 * @see org.patchbay.model.SnmpTarget
	 * @generated
	 */
	EClass getSnmpTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SnmpTarget#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.patchbay.model.SnmpTarget#getHost()
	 * @see #getSnmpTarget()
	 * @generated
	 */
	EAttribute getSnmpTarget_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SnmpTarget#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.patchbay.model.SnmpTarget#getPort()
	 * @see #getSnmpTarget()
	 * @generated
	 */
	EAttribute getSnmpTarget_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SnmpTarget#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.patchbay.model.SnmpTarget#getVersion()
	 * @see #getSnmpTarget()
	 * @generated
	 */
	EAttribute getSnmpTarget_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SnmpTarget#getCredentialId <em>Credential Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credential Id</em>'.
	 * @see org.patchbay.model.SnmpTarget#getCredentialId()
	 * @see #getSnmpTarget()
	 * @generated
	 */
	EAttribute getSnmpTarget_CredentialId();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.ShapedElement <em>Shaped Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shaped Element</em>'.
	 * @see org.patchbay.model.ShapedElement
	 * @generated
	 */
	EClass getShapedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getBandwidthBps <em>Bandwidth Bps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Bps</em>'.
	 * @see org.patchbay.model.ShapedElement#getBandwidthBps()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_BandwidthBps();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getDelayMs <em>Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Ms</em>'.
	 * @see org.patchbay.model.ShapedElement#getDelayMs()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_DelayMs();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getLossRate <em>Loss Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Rate</em>'.
	 * @see org.patchbay.model.ShapedElement#getLossRate()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_LossRate();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getQueueLimit <em>Queue Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Limit</em>'.
	 * @see org.patchbay.model.ShapedElement#getQueueLimit()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_QueueLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getQueueUnit <em>Queue Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Unit</em>'.
	 * @see org.patchbay.model.ShapedElement#getQueueUnit()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_QueueUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getQueueKind <em>Queue Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Kind</em>'.
	 * @see org.patchbay.model.ShapedElement#getQueueKind()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_QueueKind();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.patchbay.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Link#getEndA <em>End A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End A</em>'.
	 * @see org.patchbay.model.Link#getEndA()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_EndA();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Link#getEndB <em>End B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End B</em>'.
	 * @see org.patchbay.model.Link#getEndB()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_EndB();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Lan <em>Lan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lan</em>'.
	 * @see org.patchbay.model.Lan
	 * @generated
	 */
	EClass getLan();

	/**
	 * Returns the meta object for the reference list '{@link org.patchbay.model.Lan#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.patchbay.model.Lan#getMembers()
	 * @see #getLan()
	 * @generated
	 */
	EReference getLan_Members();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.DiskImage <em>Disk Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk Image</em>'.
	 * @see org.patchbay.model.DiskImage
	 * @generated
	 */
	EClass getDiskImage();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os</em>'.
	 * @see org.patchbay.model.DiskImage#getOs()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_Os();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.patchbay.model.DiskImage#getLocation()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.patchbay.model.DiskImage#getSizeBytes()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_SizeBytes();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.ScheduledEvent <em>Scheduled Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduled Event</em>'.
	 * @see org.patchbay.model.ScheduledEvent
	 * @generated
	 */
	EClass getScheduledEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ScheduledEvent#getAtSeconds <em>At Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Seconds</em>'.
	 * @see org.patchbay.model.ScheduledEvent#getAtSeconds()
	 * @see #getScheduledEvent()
	 * @generated
	 */
	EAttribute getScheduledEvent_AtSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ScheduledEvent#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.patchbay.model.ScheduledEvent#getAction()
	 * @see #getScheduledEvent()
	 * @generated
	 */
	EAttribute getScheduledEvent_Action();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.ScheduledEvent#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Link</em>'.
	 * @see org.patchbay.model.ScheduledEvent#getLink()
	 * @see #getScheduledEvent()
	 * @generated
	 */
	EReference getScheduledEvent_Link();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.ScheduledEvent#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.patchbay.model.ScheduledEvent#getNode()
	 * @see #getScheduledEvent()
	 * @generated
	 */
	EReference getScheduledEvent_Node();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ScheduledEvent#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.patchbay.model.ScheduledEvent#getValue()
	 * @see #getScheduledEvent()
	 * @generated
	 */
	EAttribute getScheduledEvent_Value();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.NodeRole <em>Node Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Role</em>'.
	 * @see org.patchbay.model.NodeRole
	 * @generated
	 */
	EEnum getNodeRole();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.BootMode <em>Boot Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boot Mode</em>'.
	 * @see org.patchbay.model.BootMode
	 * @generated
	 */
	EEnum getBootMode();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.InterfaceKind <em>Interface Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Kind</em>'.
	 * @see org.patchbay.model.InterfaceKind
	 * @generated
	 */
	EEnum getInterfaceKind();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.PduProfile <em>Pdu Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pdu Profile</em>'.
	 * @see org.patchbay.model.PduProfile
	 * @generated
	 */
	EEnum getPduProfile();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.SnmpVersion <em>Snmp Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Snmp Version</em>'.
	 * @see org.patchbay.model.SnmpVersion
	 * @generated
	 */
	EEnum getSnmpVersion();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.QueueUnit <em>Queue Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Queue Unit</em>'.
	 * @see org.patchbay.model.QueueUnit
	 * @generated
	 */
	EEnum getQueueUnit();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.QueueKind <em>Queue Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Queue Kind</em>'.
	 * @see org.patchbay.model.QueueKind
	 * @generated
	 */
	EEnum getQueueKind();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.EventAction <em>Event Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Action</em>'.
	 * @see org.patchbay.model.EventAction
	 * @generated
	 */
	EEnum getEventAction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PatchbayFactory getPatchbayFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.NamedElementImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.DiagramElementImpl <em>Diagram Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.DiagramElementImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getDiagramElement()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT = eINSTANCE.getDiagramElement();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__X = eINSTANCE.getDiagramElement_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT__Y = eINSTANCE.getDiagramElement_Y();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.ClusterImpl <em>Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.ClusterImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getCluster()
		 * @generated
		 */
		EClass CLUSTER = eINSTANCE.getCluster();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__NODES = eINSTANCE.getCluster_Nodes();

		/**
		 * The meta object literal for the '<em><b>Switches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__SWITCHES = eINSTANCE.getCluster_Switches();

		/**
		 * The meta object literal for the '<em><b>Power Controllers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__POWER_CONTROLLERS = eINSTANCE.getCluster_PowerControllers();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__LINKS = eINSTANCE.getCluster_Links();

		/**
		 * The meta object literal for the '<em><b>Lans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__LANS = eINSTANCE.getCluster_Lans();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__IMAGES = eINSTANCE.getCluster_Images();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__EVENTS = eINSTANCE.getCluster_Events();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.NodeImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ROLE = eINSTANCE.getNode_Role();

		/**
		 * The meta object literal for the '<em><b>Hardware Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__HARDWARE_TYPE = eINSTANCE.getNode_HardwareType();

		/**
		 * The meta object literal for the '<em><b>Os Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__OS_IMAGE = eINSTANCE.getNode_OsImage();

		/**
		 * The meta object literal for the '<em><b>Boot Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__BOOT_MODE = eINSTANCE.getNode_BootMode();

		/**
		 * The meta object literal for the '<em><b>Agent Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__AGENT_ENDPOINT = eINSTANCE.getNode_AgentEndpoint();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__INTERFACES = eINSTANCE.getNode_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Power Outlet</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__POWER_OUTLET = eINSTANCE.getNode_PowerOutlet();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.PortImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Speed Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__SPEED_MBPS = eINSTANCE.getPort_SpeedMbps();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.InterfaceImpl <em>Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.InterfaceImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getInterface()
		 * @generated
		 */
		EClass INTERFACE = eINSTANCE.getInterface();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__MAC = eINSTANCE.getInterface_Mac();

		/**
		 * The meta object literal for the '<em><b>Ipv4 Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__IPV4_ADDRESS = eINSTANCE.getInterface_Ipv4Address();

		/**
		 * The meta object literal for the '<em><b>Prefix Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__PREFIX_LENGTH = eINSTANCE.getInterface_PrefixLength();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__KIND = eINSTANCE.getInterface_Kind();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.SwitchImpl <em>Switch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.SwitchImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSwitch()
		 * @generated
		 */
		EClass SWITCH = eINSTANCE.getSwitch();

		/**
		 * The meta object literal for the '<em><b>Snmp</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWITCH__SNMP = eINSTANCE.getSwitch_Snmp();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWITCH__PORTS = eINSTANCE.getSwitch_Ports();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.SwitchPortImpl <em>Switch Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.SwitchPortImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSwitchPort()
		 * @generated
		 */
		EClass SWITCH_PORT = eINSTANCE.getSwitchPort();

		/**
		 * The meta object literal for the '<em><b>If Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCH_PORT__IF_INDEX = eINSTANCE.getSwitchPort_IfIndex();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.PowerControllerImpl <em>Power Controller</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.PowerControllerImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPowerController()
		 * @generated
		 */
		EClass POWER_CONTROLLER = eINSTANCE.getPowerController();

		/**
		 * The meta object literal for the '<em><b>Vendor Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_CONTROLLER__VENDOR_PROFILE = eINSTANCE.getPowerController_VendorProfile();

		/**
		 * The meta object literal for the '<em><b>Snmp</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_CONTROLLER__SNMP = eINSTANCE.getPowerController_Snmp();

		/**
		 * The meta object literal for the '<em><b>Outlets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_CONTROLLER__OUTLETS = eINSTANCE.getPowerController_Outlets();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.OutletImpl <em>Outlet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.OutletImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getOutlet()
		 * @generated
		 */
		EClass OUTLET = eINSTANCE.getOutlet();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTLET__NUMBER = eINSTANCE.getOutlet_Number();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.SnmpTargetImpl <em>Snmp Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.SnmpTargetImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSnmpTarget()
		 * @generated
		 */
		EClass SNMP_TARGET = eINSTANCE.getSnmpTarget();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNMP_TARGET__HOST = eINSTANCE.getSnmpTarget_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNMP_TARGET__PORT = eINSTANCE.getSnmpTarget_Port();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNMP_TARGET__VERSION = eINSTANCE.getSnmpTarget_Version();

		/**
		 * The meta object literal for the '<em><b>Credential Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNMP_TARGET__CREDENTIAL_ID = eINSTANCE.getSnmpTarget_CredentialId();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.ShapedElementImpl <em>Shaped Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.ShapedElementImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getShapedElement()
		 * @generated
		 */
		EClass SHAPED_ELEMENT = eINSTANCE.getShapedElement();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Bps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__BANDWIDTH_BPS = eINSTANCE.getShapedElement_BandwidthBps();

		/**
		 * The meta object literal for the '<em><b>Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__DELAY_MS = eINSTANCE.getShapedElement_DelayMs();

		/**
		 * The meta object literal for the '<em><b>Loss Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__LOSS_RATE = eINSTANCE.getShapedElement_LossRate();

		/**
		 * The meta object literal for the '<em><b>Queue Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__QUEUE_LIMIT = eINSTANCE.getShapedElement_QueueLimit();

		/**
		 * The meta object literal for the '<em><b>Queue Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__QUEUE_UNIT = eINSTANCE.getShapedElement_QueueUnit();

		/**
		 * The meta object literal for the '<em><b>Queue Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__QUEUE_KIND = eINSTANCE.getShapedElement_QueueKind();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.LinkImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>End A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__END_A = eINSTANCE.getLink_EndA();

		/**
		 * The meta object literal for the '<em><b>End B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__END_B = eINSTANCE.getLink_EndB();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.LanImpl <em>Lan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.LanImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getLan()
		 * @generated
		 */
		EClass LAN = eINSTANCE.getLan();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAN__MEMBERS = eINSTANCE.getLan_Members();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.DiskImageImpl <em>Disk Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.DiskImageImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getDiskImage()
		 * @generated
		 */
		EClass DISK_IMAGE = eINSTANCE.getDiskImage();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__OS = eINSTANCE.getDiskImage_Os();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__LOCATION = eINSTANCE.getDiskImage_Location();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__SIZE_BYTES = eINSTANCE.getDiskImage_SizeBytes();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.ScheduledEventImpl <em>Scheduled Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.ScheduledEventImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getScheduledEvent()
		 * @generated
		 */
		EClass SCHEDULED_EVENT = eINSTANCE.getScheduledEvent();

		/**
		 * The meta object literal for the '<em><b>At Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_EVENT__AT_SECONDS = eINSTANCE.getScheduledEvent_AtSeconds();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_EVENT__ACTION = eINSTANCE.getScheduledEvent_Action();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_EVENT__LINK = eINSTANCE.getScheduledEvent_Link();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_EVENT__NODE = eINSTANCE.getScheduledEvent_Node();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_EVENT__VALUE = eINSTANCE.getScheduledEvent_Value();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.NodeRole <em>Node Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.NodeRole
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNodeRole()
		 * @generated
		 */
		EEnum NODE_ROLE = eINSTANCE.getNodeRole();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.BootMode <em>Boot Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.BootMode
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getBootMode()
		 * @generated
		 */
		EEnum BOOT_MODE = eINSTANCE.getBootMode();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.InterfaceKind <em>Interface Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.InterfaceKind
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getInterfaceKind()
		 * @generated
		 */
		EEnum INTERFACE_KIND = eINSTANCE.getInterfaceKind();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.PduProfile <em>Pdu Profile</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.PduProfile
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPduProfile()
		 * @generated
		 */
		EEnum PDU_PROFILE = eINSTANCE.getPduProfile();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.SnmpVersion <em>Snmp Version</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.SnmpVersion
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSnmpVersion()
		 * @generated
		 */
		EEnum SNMP_VERSION = eINSTANCE.getSnmpVersion();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.QueueUnit <em>Queue Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.QueueUnit
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getQueueUnit()
		 * @generated
		 */
		EEnum QUEUE_UNIT = eINSTANCE.getQueueUnit();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.QueueKind <em>Queue Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.QueueKind
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getQueueKind()
		 * @generated
		 */
		EEnum QUEUE_KIND = eINSTANCE.getQueueKind();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.EventAction <em>Event Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.EventAction
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getEventAction()
		 * @generated
		 */
		EEnum EVENT_ACTION = eINSTANCE.getEventAction();

	}

} //PatchbayPackage
