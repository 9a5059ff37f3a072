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
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ACTIVITIES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Experiments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__EXPERIMENTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ROUTING = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

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
	 * The feature id for the '<em><b>Fixed To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__FIXED_TO = DIAGRAM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Start Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__START_COMMAND = DIAGRAM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Desired Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DESIRED_FEATURES = DIAGRAM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tarfiles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TARFILES = DIAGRAM_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 11;

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
	 * The feature id for the '<em><b>Cabled To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__CABLED_TO = PORT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FEATURE_COUNT = PORT_FEATURE_COUNT + 5;

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
	 * The feature id for the '<em><b>Vlan Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__VLAN_RANGE = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

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
	 * The feature id for the '<em><b>Red Min Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__RED_MIN_THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Red Max Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__RED_MAX_THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Red Queue Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__RED_QUEUE_WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Red Linterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__RED_LINTERM = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Red Gentle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT__RED_GENTLE = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Shaped Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPED_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

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
	 * The feature id for the '<em><b>Red Min Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__RED_MIN_THRESHOLD = SHAPED_ELEMENT__RED_MIN_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Red Max Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__RED_MAX_THRESHOLD = SHAPED_ELEMENT__RED_MAX_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Red Queue Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__RED_QUEUE_WEIGHT = SHAPED_ELEMENT__RED_QUEUE_WEIGHT;

	/**
	 * The feature id for the '<em><b>Red Linterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__RED_LINTERM = SHAPED_ELEMENT__RED_LINTERM;

	/**
	 * The feature id for the '<em><b>Red Gentle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__RED_GENTLE = SHAPED_ELEMENT__RED_GENTLE;

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
	 * The feature id for the '<em><b>Red Min Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__RED_MIN_THRESHOLD = SHAPED_ELEMENT__RED_MIN_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Red Max Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__RED_MAX_THRESHOLD = SHAPED_ELEMENT__RED_MAX_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Red Queue Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__RED_QUEUE_WEIGHT = SHAPED_ELEMENT__RED_QUEUE_WEIGHT;

	/**
	 * The feature id for the '<em><b>Red Linterm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__RED_LINTERM = SHAPED_ELEMENT__RED_LINTERM;

	/**
	 * The feature id for the '<em><b>Red Gentle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__RED_GENTLE = SHAPED_ELEMENT__RED_GENTLE;

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
	 * The feature id for the '<em><b>Cloud</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__CLOUD = SHAPED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Member Shaping</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN__MEMBER_SHAPING = SHAPED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Lan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN_FEATURE_COUNT = SHAPED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Lan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAN_OPERATION_COUNT = SHAPED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.MemberShapingImpl <em>Member Shaping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.MemberShapingImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMemberShaping()
	 * @generated
	 */
	int MEMBER_SHAPING = 14;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__MEMBER = 0;

	/**
	 * The feature id for the '<em><b>To Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__TO_BANDWIDTH_BPS = 1;

	/**
	 * The feature id for the '<em><b>To Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__TO_DELAY_MS = 2;

	/**
	 * The feature id for the '<em><b>To Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__TO_LOSS_RATE = 3;

	/**
	 * The feature id for the '<em><b>From Bandwidth Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__FROM_BANDWIDTH_BPS = 4;

	/**
	 * The feature id for the '<em><b>From Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__FROM_DELAY_MS = 5;

	/**
	 * The feature id for the '<em><b>From Loss Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING__FROM_LOSS_RATE = 6;

	/**
	 * The number of structural features of the '<em>Member Shaping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Member Shaping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SHAPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ActivityImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NODE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ProgramImpl <em>Program</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ProgramImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getProgram()
	 * @generated
	 */
	int PROGRAM = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__NODE = ACTIVITY__NODE;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__COMMAND = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.TrafficFlowImpl <em>Traffic Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.TrafficFlowImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTrafficFlow()
	 * @generated
	 */
	int TRAFFIC_FLOW = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW__NODE = ACTIVITY__NODE;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW__PROTOCOL = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW__DESTINATION = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Packet Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW__PACKET_SIZE_BYTES = ACTIVITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rate Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW__RATE_BPS = ACTIVITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Traffic Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Traffic Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAFFIC_FLOW_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.DiskImageImpl <em>Disk Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.DiskImageImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getDiskImage()
	 * @generated
	 */
	int DISK_IMAGE = 18;

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
	 * The feature id for the '<em><b>Source Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__SOURCE_NODE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>File System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__FILE_SYSTEM = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__SHA256 = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE__CREATED = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Disk Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Disk Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_IMAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.TestbedImpl <em>Testbed</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.TestbedImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTestbed()
	 * @generated
	 */
	int TESTBED = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED__MACHINES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Switches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED__SWITCHES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Trunks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED__TRUNKS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Power Controllers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED__POWER_CONTROLLERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Testbed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Testbed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TESTBED_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.MachineImpl <em>Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.MachineImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMachine()
	 * @generated
	 */
	int MACHINE = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__NAME = DIAGRAM_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__X = DIAGRAM_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__Y = DIAGRAM_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Hardware Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__HARDWARE_TYPE = DIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__FEATURES = DIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CPU_CORES = DIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__MEMORY_MB = DIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Disk Gb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DISK_GB = DIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__INTERFACES = DIAGRAM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Power Outlet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__POWER_OUTLET = DIAGRAM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Console Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CONSOLE_ENDPOINT = DIAGRAM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Agent Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__AGENT_ENDPOINT = DIAGRAM_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reserved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__RESERVED_BY = DIAGRAM_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Reserved Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__RESERVED_UNTIL = DIAGRAM_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_FEATURE_COUNT = DIAGRAM_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_OPERATION_COUNT = DIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.TrunkImpl <em>Trunk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.TrunkImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTrunk()
	 * @generated
	 */
	int TRUNK = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>End A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__END_A = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__END_B = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Capacity Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__CAPACITY_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Trunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Trunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ScheduledEventImpl <em>Scheduled Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ScheduledEventImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getScheduledEvent()
	 * @generated
	 */
	int SCHEDULED_EVENT = 22;

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
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__ACTIVITY = 4;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT__VALUE = 5;

	/**
	 * The number of structural features of the '<em>Scheduled Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Scheduled Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.ExperimentImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Repetitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__REPETITIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Random Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RANDOM_ORDER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Run Time Limit Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RUN_TIME_LIMIT_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__MEASURES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.SweepParameterImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSweepParameter()
	 * @generated
	 */
	int SWEEP_PARAMETER = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__LINK = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.WorkloadStepImpl <em>Workload Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.WorkloadStepImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getWorkloadStep()
	 * @generated
	 */
	int WORKLOAD_STEP = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP__NODES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP__COMMAND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP__ORDER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP__BACKGROUND = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Workload Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Workload Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_STEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.impl.MeasureImpl
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Sample</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__SAMPLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__STEP = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PATTERN = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__LINK = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.patchbay.model.NodeRole <em>Node Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.NodeRole
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getNodeRole()
	 * @generated
	 */
	int NODE_ROLE = 27;

	/**
	 * The meta object id for the '{@link org.patchbay.model.BootMode <em>Boot Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.BootMode
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getBootMode()
	 * @generated
	 */
	int BOOT_MODE = 28;

	/**
	 * The meta object id for the '{@link org.patchbay.model.InterfaceKind <em>Interface Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.InterfaceKind
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getInterfaceKind()
	 * @generated
	 */
	int INTERFACE_KIND = 29;

	/**
	 * The meta object id for the '{@link org.patchbay.model.PduProfile <em>Pdu Profile</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.PduProfile
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getPduProfile()
	 * @generated
	 */
	int PDU_PROFILE = 30;

	/**
	 * The meta object id for the '{@link org.patchbay.model.SnmpVersion <em>Snmp Version</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.SnmpVersion
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSnmpVersion()
	 * @generated
	 */
	int SNMP_VERSION = 31;

	/**
	 * The meta object id for the '{@link org.patchbay.model.QueueUnit <em>Queue Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.QueueUnit
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getQueueUnit()
	 * @generated
	 */
	int QUEUE_UNIT = 32;

	/**
	 * The meta object id for the '{@link org.patchbay.model.QueueKind <em>Queue Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.QueueKind
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getQueueKind()
	 * @generated
	 */
	int QUEUE_KIND = 33;


	/**
	 * The meta object id for the '{@link org.patchbay.model.EventAction <em>Event Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.EventAction
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getEventAction()
	 * @generated
	 */
	int EVENT_ACTION = 34;


	/**
	 * The meta object id for the '{@link org.patchbay.model.Routing <em>Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.Routing
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getRouting()
	 * @generated
	 */
	int ROUTING = 35;

	/**
	 * The meta object id for the '{@link org.patchbay.model.TrafficProtocol <em>Traffic Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.TrafficProtocol
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTrafficProtocol()
	 * @generated
	 */
	int TRAFFIC_PROTOCOL = 36;


	/**
	 * The meta object id for the '{@link org.patchbay.model.ParameterKind <em>Parameter Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.ParameterKind
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getParameterKind()
	 * @generated
	 */
	int PARAMETER_KIND = 37;

	/**
	 * The meta object id for the '{@link org.patchbay.model.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.MeasureKind
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 38;


	/**
	 * The meta object id for the '{@link org.patchbay.model.AgentSample <em>Agent Sample</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.patchbay.model.AgentSample
	 * @see org.patchbay.model.impl.PatchbayPackageImpl#getAgentSample()
	 * @generated
	 */
	int AGENT_SAMPLE = 39;


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
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.patchbay.model.Cluster#getActivities()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Cluster#getExperiments <em>Experiments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Experiments</em>'.
	 * @see org.patchbay.model.Cluster#getExperiments()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Experiments();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Cluster#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.patchbay.model.Cluster#getRouting()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Routing();

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
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Node#getFixedTo <em>Fixed To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed To</em>'.
	 * @see org.patchbay.model.Node#getFixedTo()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_FixedTo();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Node#getStartCommand <em>Start Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Command</em>'.
	 * @see org.patchbay.model.Node#getStartCommand()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_StartCommand();

	/**
	 * Returns the meta object for the attribute list '{@link org.patchbay.model.Node#getDesiredFeatures <em>Desired Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Desired Features</em>'.
	 * @see org.patchbay.model.Node#getDesiredFeatures()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DesiredFeatures();

	/**
	 * Returns the meta object for the attribute list '{@link org.patchbay.model.Node#getTarfiles <em>Tarfiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tarfiles</em>'.
	 * @see org.patchbay.model.Node#getTarfiles()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Tarfiles();

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
	 * Returns the meta object for the reference '{@link org.patchbay.model.Interface#getCabledTo <em>Cabled To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cabled To</em>'.
	 * @see org.patchbay.model.Interface#getCabledTo()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_CabledTo();

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
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Switch#getVlanRange <em>Vlan Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vlan Range</em>'.
	 * @see org.patchbay.model.Switch#getVlanRange()
	 * @see #getSwitch()
	 * @generated
	 */
	EAttribute getSwitch_VlanRange();

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
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getRedMinThreshold <em>Red Min Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Min Threshold</em>'.
	 * @see org.patchbay.model.ShapedElement#getRedMinThreshold()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_RedMinThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getRedMaxThreshold <em>Red Max Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Max Threshold</em>'.
	 * @see org.patchbay.model.ShapedElement#getRedMaxThreshold()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_RedMaxThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getRedQueueWeight <em>Red Queue Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Queue Weight</em>'.
	 * @see org.patchbay.model.ShapedElement#getRedQueueWeight()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_RedQueueWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#getRedLinterm <em>Red Linterm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Linterm</em>'.
	 * @see org.patchbay.model.ShapedElement#getRedLinterm()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_RedLinterm();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.ShapedElement#isRedGentle <em>Red Gentle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Gentle</em>'.
	 * @see org.patchbay.model.ShapedElement#isRedGentle()
	 * @see #getShapedElement()
	 * @generated
	 */
	EAttribute getShapedElement_RedGentle();

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
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Lan#isCloud <em>Cloud</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cloud</em>'.
	 * @see org.patchbay.model.Lan#isCloud()
	 * @see #getLan()
	 * @generated
	 */
	EAttribute getLan_Cloud();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Lan#getMemberShaping <em>Member Shaping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Member Shaping</em>'.
	 * @see org.patchbay.model.Lan#getMemberShaping()
	 * @see #getLan()
	 * @generated
	 */
	EReference getLan_MemberShaping();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.MemberShaping <em>Member Shaping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member Shaping</em>'.
	 * @see org.patchbay.model.MemberShaping
	 * @generated
	 */
	EClass getMemberShaping();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.MemberShaping#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see org.patchbay.model.MemberShaping#getMember()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EReference getMemberShaping_Member();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.MemberShaping#getToBandwidthBps <em>To Bandwidth Bps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Bandwidth Bps</em>'.
	 * @see org.patchbay.model.MemberShaping#getToBandwidthBps()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EAttribute getMemberShaping_ToBandwidthBps();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.MemberShaping#getToDelayMs <em>To Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Delay Ms</em>'.
	 * @see org.patchbay.model.MemberShaping#getToDelayMs()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EAttribute getMemberShaping_ToDelayMs();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.MemberShaping#getToLossRate <em>To Loss Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Loss Rate</em>'.
	 * @see org.patchbay.model.MemberShaping#getToLossRate()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EAttribute getMemberShaping_ToLossRate();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.MemberShaping#getFromBandwidthBps <em>From Bandwidth Bps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Bandwidth Bps</em>'.
	 * @see org.patchbay.model.MemberShaping#getFromBandwidthBps()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EAttribute getMemberShaping_FromBandwidthBps();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.MemberShaping#getFromDelayMs <em>From Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Delay Ms</em>'.
	 * @see org.patchbay.model.MemberShaping#getFromDelayMs()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EAttribute getMemberShaping_FromDelayMs();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.MemberShaping#getFromLossRate <em>From Loss Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Loss Rate</em>'.
	 * @see org.patchbay.model.MemberShaping#getFromLossRate()
	 * @see #getMemberShaping()
	 * @generated
	 */
	EAttribute getMemberShaping_FromLossRate();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.patchbay.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Activity#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.patchbay.model.Activity#getNode()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Node();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Program <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Program</em>'.
	 * @see org.patchbay.model.Program
	 * @generated
	 */
	EClass getProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Program#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.patchbay.model.Program#getCommand()
	 * @see #getProgram()
	 * @generated
	 */
	EAttribute getProgram_Command();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.TrafficFlow <em>Traffic Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Traffic Flow</em>'.
	 * @see org.patchbay.model.TrafficFlow
	 * @generated
	 */
	EClass getTrafficFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.TrafficFlow#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.patchbay.model.TrafficFlow#getProtocol()
	 * @see #getTrafficFlow()
	 * @generated
	 */
	EAttribute getTrafficFlow_Protocol();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.TrafficFlow#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see org.patchbay.model.TrafficFlow#getDestination()
	 * @see #getTrafficFlow()
	 * @generated
	 */
	EReference getTrafficFlow_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.TrafficFlow#getPacketSizeBytes <em>Packet Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Size Bytes</em>'.
	 * @see org.patchbay.model.TrafficFlow#getPacketSizeBytes()
	 * @see #getTrafficFlow()
	 * @generated
	 */
	EAttribute getTrafficFlow_PacketSizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.TrafficFlow#getRateBps <em>Rate Bps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Bps</em>'.
	 * @see org.patchbay.model.TrafficFlow#getRateBps()
	 * @see #getTrafficFlow()
	 * @generated
	 */
	EAttribute getTrafficFlow_RateBps();

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
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getSourceNode <em>Source Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Node</em>'.
	 * @see org.patchbay.model.DiskImage#getSourceNode()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_SourceNode();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getFileSystem <em>File System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File System</em>'.
	 * @see org.patchbay.model.DiskImage#getFileSystem()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_FileSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.patchbay.model.DiskImage#getSha256()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.DiskImage#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.patchbay.model.DiskImage#getCreated()
	 * @see #getDiskImage()
	 * @generated
	 */
	EAttribute getDiskImage_Created();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Testbed <em>Testbed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Testbed</em>'.
	 * @see org.patchbay.model.Testbed
	 * @generated
	 */
	EClass getTestbed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Testbed#getMachines <em>Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Machines</em>'.
	 * @see org.patchbay.model.Testbed#getMachines()
	 * @see #getTestbed()
	 * @generated
	 */
	EReference getTestbed_Machines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Testbed#getSwitches <em>Switches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Switches</em>'.
	 * @see org.patchbay.model.Testbed#getSwitches()
	 * @see #getTestbed()
	 * @generated
	 */
	EReference getTestbed_Switches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Testbed#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trunks</em>'.
	 * @see org.patchbay.model.Testbed#getTrunks()
	 * @see #getTestbed()
	 * @generated
	 */
	EReference getTestbed_Trunks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Testbed#getPowerControllers <em>Power Controllers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Power Controllers</em>'.
	 * @see org.patchbay.model.Testbed#getPowerControllers()
	 * @see #getTestbed()
	 * @generated
	 */
	EReference getTestbed_PowerControllers();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine</em>'.
	 * @see org.patchbay.model.Machine
	 * @generated
	 */
	EClass getMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getHardwareType <em>Hardware Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Type</em>'.
	 * @see org.patchbay.model.Machine#getHardwareType()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_HardwareType();

	/**
	 * Returns the meta object for the attribute list '{@link org.patchbay.model.Machine#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.patchbay.model.Machine#getFeatures()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Features();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getCpuCores <em>Cpu Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Cores</em>'.
	 * @see org.patchbay.model.Machine#getCpuCores()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_CpuCores();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getMemoryMb <em>Memory Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mb</em>'.
	 * @see org.patchbay.model.Machine#getMemoryMb()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_MemoryMb();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getDiskGb <em>Disk Gb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Gb</em>'.
	 * @see org.patchbay.model.Machine#getDiskGb()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_DiskGb();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Machine#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.patchbay.model.Machine#getInterfaces()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Interfaces();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Machine#getPowerOutlet <em>Power Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Power Outlet</em>'.
	 * @see org.patchbay.model.Machine#getPowerOutlet()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_PowerOutlet();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getConsoleEndpoint <em>Console Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Console Endpoint</em>'.
	 * @see org.patchbay.model.Machine#getConsoleEndpoint()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_ConsoleEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getAgentEndpoint <em>Agent Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Endpoint</em>'.
	 * @see org.patchbay.model.Machine#getAgentEndpoint()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_AgentEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getReservedBy <em>Reserved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reserved By</em>'.
	 * @see org.patchbay.model.Machine#getReservedBy()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_ReservedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Machine#getReservedUntil <em>Reserved Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reserved Until</em>'.
	 * @see org.patchbay.model.Machine#getReservedUntil()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_ReservedUntil();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Trunk <em>Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trunk</em>'.
	 * @see org.patchbay.model.Trunk
	 * @generated
	 */
	EClass getTrunk();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Trunk#getEndA <em>End A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End A</em>'.
	 * @see org.patchbay.model.Trunk#getEndA()
	 * @see #getTrunk()
	 * @generated
	 */
	EReference getTrunk_EndA();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Trunk#getEndB <em>End B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End B</em>'.
	 * @see org.patchbay.model.Trunk#getEndB()
	 * @see #getTrunk()
	 * @generated
	 */
	EReference getTrunk_EndB();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Trunk#getCapacityMbps <em>Capacity Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Mbps</em>'.
	 * @see org.patchbay.model.Trunk#getCapacityMbps()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_CapacityMbps();

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
	 * Returns the meta object for the reference '{@link org.patchbay.model.ScheduledEvent#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.patchbay.model.ScheduledEvent#getActivity()
	 * @see #getScheduledEvent()
	 * @generated
	 */
	EReference getScheduledEvent_Activity();

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
	 * Returns the meta object for class '{@link org.patchbay.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.patchbay.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Experiment#getRepetitions <em>Repetitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repetitions</em>'.
	 * @see org.patchbay.model.Experiment#getRepetitions()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Repetitions();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Experiment#isRandomOrder <em>Random Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Order</em>'.
	 * @see org.patchbay.model.Experiment#isRandomOrder()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_RandomOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Experiment#getRunTimeLimitSeconds <em>Run Time Limit Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Time Limit Seconds</em>'.
	 * @see org.patchbay.model.Experiment#getRunTimeLimitSeconds()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_RunTimeLimitSeconds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Experiment#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.patchbay.model.Experiment#getParameters()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Experiment#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.patchbay.model.Experiment#getSteps()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.patchbay.model.Experiment#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.patchbay.model.Experiment#getMeasures()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Measures();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.SweepParameter <em>Sweep Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Parameter</em>'.
	 * @see org.patchbay.model.SweepParameter
	 * @generated
	 */
	EClass getSweepParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SweepParameter#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.patchbay.model.SweepParameter#getKind()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.SweepParameter#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Link</em>'.
	 * @see org.patchbay.model.SweepParameter#getLink()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EReference getSweepParameter_Link();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.SweepParameter#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see org.patchbay.model.SweepParameter#getValues()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Values();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.WorkloadStep <em>Workload Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload Step</em>'.
	 * @see org.patchbay.model.WorkloadStep
	 * @generated
	 */
	EClass getWorkloadStep();

	/**
	 * Returns the meta object for the reference list '{@link org.patchbay.model.WorkloadStep#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Nodes</em>'.
	 * @see org.patchbay.model.WorkloadStep#getNodes()
	 * @see #getWorkloadStep()
	 * @generated
	 */
	EReference getWorkloadStep_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.WorkloadStep#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.patchbay.model.WorkloadStep#getCommand()
	 * @see #getWorkloadStep()
	 * @generated
	 */
	EAttribute getWorkloadStep_Command();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.WorkloadStep#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.patchbay.model.WorkloadStep#getOrder()
	 * @see #getWorkloadStep()
	 * @generated
	 */
	EAttribute getWorkloadStep_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.WorkloadStep#isBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see org.patchbay.model.WorkloadStep#isBackground()
	 * @see #getWorkloadStep()
	 * @generated
	 */
	EAttribute getWorkloadStep_Background();

	/**
	 * Returns the meta object for class '{@link org.patchbay.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.patchbay.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Measure#getSample <em>Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample</em>'.
	 * @see org.patchbay.model.Measure#getSample()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Sample();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Measure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.patchbay.model.Measure#getKind()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Measure#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.patchbay.model.Measure#getStep()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Measure#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.patchbay.model.Measure#getPattern()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Pattern();

	/**
	 * Returns the meta object for the reference '{@link org.patchbay.model.Measure#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Link</em>'.
	 * @see org.patchbay.model.Measure#getLink()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Link();

	/**
	 * Returns the meta object for the attribute '{@link org.patchbay.model.Measure#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.patchbay.model.Measure#getUnit()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Unit();

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
	 * Returns the meta object for enum '{@link org.patchbay.model.Routing <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing</em>'.
	 * @see org.patchbay.model.Routing
	 * @generated
	 */
	EEnum getRouting();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.TrafficProtocol <em>Traffic Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Traffic Protocol</em>'.
	 * @see org.patchbay.model.TrafficProtocol
	 * @generated
	 */
	EEnum getTrafficProtocol();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.ParameterKind <em>Parameter Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Kind</em>'.
	 * @see org.patchbay.model.ParameterKind
	 * @generated
	 */
	EEnum getParameterKind();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see org.patchbay.model.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the meta object for enum '{@link org.patchbay.model.AgentSample <em>Agent Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agent Sample</em>'.
	 * @see org.patchbay.model.AgentSample
	 * @generated
	 */
	EEnum getAgentSample();

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
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__ACTIVITIES = eINSTANCE.getCluster_Activities();

		/**
		 * The meta object literal for the '<em><b>Experiments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__EXPERIMENTS = eINSTANCE.getCluster_Experiments();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__ROUTING = eINSTANCE.getCluster_Routing();

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
		 * The meta object literal for the '<em><b>Fixed To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__FIXED_TO = eINSTANCE.getNode_FixedTo();

		/**
		 * The meta object literal for the '<em><b>Start Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__START_COMMAND = eINSTANCE.getNode_StartCommand();

		/**
		 * The meta object literal for the '<em><b>Desired Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DESIRED_FEATURES = eINSTANCE.getNode_DesiredFeatures();

		/**
		 * The meta object literal for the '<em><b>Tarfiles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__TARFILES = eINSTANCE.getNode_Tarfiles();

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
		 * The meta object literal for the '<em><b>Cabled To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__CABLED_TO = eINSTANCE.getInterface_CabledTo();

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
		 * The meta object literal for the '<em><b>Vlan Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCH__VLAN_RANGE = eINSTANCE.getSwitch_VlanRange();

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
		 * The meta object literal for the '<em><b>Red Min Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__RED_MIN_THRESHOLD = eINSTANCE.getShapedElement_RedMinThreshold();

		/**
		 * The meta object literal for the '<em><b>Red Max Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__RED_MAX_THRESHOLD = eINSTANCE.getShapedElement_RedMaxThreshold();

		/**
		 * The meta object literal for the '<em><b>Red Queue Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__RED_QUEUE_WEIGHT = eINSTANCE.getShapedElement_RedQueueWeight();

		/**
		 * The meta object literal for the '<em><b>Red Linterm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__RED_LINTERM = eINSTANCE.getShapedElement_RedLinterm();

		/**
		 * The meta object literal for the '<em><b>Red Gentle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPED_ELEMENT__RED_GENTLE = eINSTANCE.getShapedElement_RedGentle();

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
		 * The meta object literal for the '<em><b>Cloud</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAN__CLOUD = eINSTANCE.getLan_Cloud();

		/**
		 * The meta object literal for the '<em><b>Member Shaping</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAN__MEMBER_SHAPING = eINSTANCE.getLan_MemberShaping();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.MemberShapingImpl <em>Member Shaping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.MemberShapingImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMemberShaping()
		 * @generated
		 */
		EClass MEMBER_SHAPING = eINSTANCE.getMemberShaping();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_SHAPING__MEMBER = eINSTANCE.getMemberShaping_Member();

		/**
		 * The meta object literal for the '<em><b>To Bandwidth Bps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SHAPING__TO_BANDWIDTH_BPS = eINSTANCE.getMemberShaping_ToBandwidthBps();

		/**
		 * The meta object literal for the '<em><b>To Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SHAPING__TO_DELAY_MS = eINSTANCE.getMemberShaping_ToDelayMs();

		/**
		 * The meta object literal for the '<em><b>To Loss Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SHAPING__TO_LOSS_RATE = eINSTANCE.getMemberShaping_ToLossRate();

		/**
		 * The meta object literal for the '<em><b>From Bandwidth Bps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SHAPING__FROM_BANDWIDTH_BPS = eINSTANCE.getMemberShaping_FromBandwidthBps();

		/**
		 * The meta object literal for the '<em><b>From Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SHAPING__FROM_DELAY_MS = eINSTANCE.getMemberShaping_FromDelayMs();

		/**
		 * The meta object literal for the '<em><b>From Loss Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SHAPING__FROM_LOSS_RATE = eINSTANCE.getMemberShaping_FromLossRate();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.ActivityImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__NODE = eINSTANCE.getActivity_Node();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.ProgramImpl <em>Program</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.ProgramImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getProgram()
		 * @generated
		 */
		EClass PROGRAM = eINSTANCE.getProgram();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM__COMMAND = eINSTANCE.getProgram_Command();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.TrafficFlowImpl <em>Traffic Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.TrafficFlowImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTrafficFlow()
		 * @generated
		 */
		EClass TRAFFIC_FLOW = eINSTANCE.getTrafficFlow();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAFFIC_FLOW__PROTOCOL = eINSTANCE.getTrafficFlow_Protocol();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAFFIC_FLOW__DESTINATION = eINSTANCE.getTrafficFlow_Destination();

		/**
		 * The meta object literal for the '<em><b>Packet Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAFFIC_FLOW__PACKET_SIZE_BYTES = eINSTANCE.getTrafficFlow_PacketSizeBytes();

		/**
		 * The meta object literal for the '<em><b>Rate Bps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAFFIC_FLOW__RATE_BPS = eINSTANCE.getTrafficFlow_RateBps();

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
		 * The meta object literal for the '<em><b>Source Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__SOURCE_NODE = eINSTANCE.getDiskImage_SourceNode();

		/**
		 * The meta object literal for the '<em><b>File System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__FILE_SYSTEM = eINSTANCE.getDiskImage_FileSystem();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__SHA256 = eINSTANCE.getDiskImage_Sha256();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_IMAGE__CREATED = eINSTANCE.getDiskImage_Created();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.TestbedImpl <em>Testbed</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.TestbedImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTestbed()
		 * @generated
		 */
		EClass TESTBED = eINSTANCE.getTestbed();

		/**
		 * The meta object literal for the '<em><b>Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TESTBED__MACHINES = eINSTANCE.getTestbed_Machines();

		/**
		 * The meta object literal for the '<em><b>Switches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TESTBED__SWITCHES = eINSTANCE.getTestbed_Switches();

		/**
		 * The meta object literal for the '<em><b>Trunks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TESTBED__TRUNKS = eINSTANCE.getTestbed_Trunks();

		/**
		 * The meta object literal for the '<em><b>Power Controllers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TESTBED__POWER_CONTROLLERS = eINSTANCE.getTestbed_PowerControllers();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.MachineImpl <em>Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.MachineImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMachine()
		 * @generated
		 */
		EClass MACHINE = eINSTANCE.getMachine();

		/**
		 * The meta object literal for the '<em><b>Hardware Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__HARDWARE_TYPE = eINSTANCE.getMachine_HardwareType();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__FEATURES = eINSTANCE.getMachine_Features();

		/**
		 * The meta object literal for the '<em><b>Cpu Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__CPU_CORES = eINSTANCE.getMachine_CpuCores();

		/**
		 * The meta object literal for the '<em><b>Memory Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__MEMORY_MB = eINSTANCE.getMachine_MemoryMb();

		/**
		 * The meta object literal for the '<em><b>Disk Gb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__DISK_GB = eINSTANCE.getMachine_DiskGb();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__INTERFACES = eINSTANCE.getMachine_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Power Outlet</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__POWER_OUTLET = eINSTANCE.getMachine_PowerOutlet();

		/**
		 * The meta object literal for the '<em><b>Console Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__CONSOLE_ENDPOINT = eINSTANCE.getMachine_ConsoleEndpoint();

		/**
		 * The meta object literal for the '<em><b>Agent Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__AGENT_ENDPOINT = eINSTANCE.getMachine_AgentEndpoint();

		/**
		 * The meta object literal for the '<em><b>Reserved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__RESERVED_BY = eINSTANCE.getMachine_ReservedBy();

		/**
		 * The meta object literal for the '<em><b>Reserved Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__RESERVED_UNTIL = eINSTANCE.getMachine_ReservedUntil();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.TrunkImpl <em>Trunk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.TrunkImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTrunk()
		 * @generated
		 */
		EClass TRUNK = eINSTANCE.getTrunk();

		/**
		 * The meta object literal for the '<em><b>End A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUNK__END_A = eINSTANCE.getTrunk_EndA();

		/**
		 * The meta object literal for the '<em><b>End B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUNK__END_B = eINSTANCE.getTrunk_EndB();

		/**
		 * The meta object literal for the '<em><b>Capacity Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__CAPACITY_MBPS = eINSTANCE.getTrunk_CapacityMbps();

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
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_EVENT__ACTIVITY = eINSTANCE.getScheduledEvent_Activity();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_EVENT__VALUE = eINSTANCE.getScheduledEvent_Value();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.ExperimentImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Repetitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__REPETITIONS = eINSTANCE.getExperiment_Repetitions();

		/**
		 * The meta object literal for the '<em><b>Random Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__RANDOM_ORDER = eINSTANCE.getExperiment_RandomOrder();

		/**
		 * The meta object literal for the '<em><b>Run Time Limit Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__RUN_TIME_LIMIT_SECONDS = eINSTANCE.getExperiment_RunTimeLimitSeconds();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__PARAMETERS = eINSTANCE.getExperiment_Parameters();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__STEPS = eINSTANCE.getExperiment_Steps();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__MEASURES = eINSTANCE.getExperiment_Measures();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.SweepParameterImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getSweepParameter()
		 * @generated
		 */
		EClass SWEEP_PARAMETER = eINSTANCE.getSweepParameter();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__KIND = eINSTANCE.getSweepParameter_Kind();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_PARAMETER__LINK = eINSTANCE.getSweepParameter_Link();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__VALUES = eINSTANCE.getSweepParameter_Values();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.WorkloadStepImpl <em>Workload Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.WorkloadStepImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getWorkloadStep()
		 * @generated
		 */
		EClass WORKLOAD_STEP = eINSTANCE.getWorkloadStep();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD_STEP__NODES = eINSTANCE.getWorkloadStep_Nodes();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_STEP__COMMAND = eINSTANCE.getWorkloadStep_Command();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_STEP__ORDER = eINSTANCE.getWorkloadStep_Order();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_STEP__BACKGROUND = eINSTANCE.getWorkloadStep_Background();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.impl.MeasureImpl
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Sample</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__SAMPLE = eINSTANCE.getMeasure_Sample();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__KIND = eINSTANCE.getMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__STEP = eINSTANCE.getMeasure_Step();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__PATTERN = eINSTANCE.getMeasure_Pattern();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__LINK = eINSTANCE.getMeasure_Link();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__UNIT = eINSTANCE.getMeasure_Unit();

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

		/**
		 * The meta object literal for the '{@link org.patchbay.model.Routing <em>Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.Routing
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getRouting()
		 * @generated
		 */
		EEnum ROUTING = eINSTANCE.getRouting();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.TrafficProtocol <em>Traffic Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.TrafficProtocol
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getTrafficProtocol()
		 * @generated
		 */
		EEnum TRAFFIC_PROTOCOL = eINSTANCE.getTrafficProtocol();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.ParameterKind <em>Parameter Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.ParameterKind
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getParameterKind()
		 * @generated
		 */
		EEnum PARAMETER_KIND = eINSTANCE.getParameterKind();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.MeasureKind
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

		/**
		 * The meta object literal for the '{@link org.patchbay.model.AgentSample <em>Agent Sample</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.patchbay.model.AgentSample
		 * @see org.patchbay.model.impl.PatchbayPackageImpl#getAgentSample()
		 * @generated
		 */
		EEnum AGENT_SAMPLE = eINSTANCE.getAgentSample();

	}

} //PatchbayPackage
