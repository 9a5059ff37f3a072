/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.patchbay.model.Activity;
import org.patchbay.model.AgentSample;
import org.patchbay.model.BootMode;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.DiskImage;
import org.patchbay.model.EventAction;
import org.patchbay.model.Experiment;
import org.patchbay.model.Interface;
import org.patchbay.model.InterfaceKind;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Machine;
import org.patchbay.model.Measure;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.MemberShaping;
import org.patchbay.model.NamedElement;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.Outlet;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.PduProfile;
import org.patchbay.model.Port;
import org.patchbay.model.PowerController;
import org.patchbay.model.Program;
import org.patchbay.model.QueueKind;
import org.patchbay.model.QueueUnit;
import org.patchbay.model.Routing;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.SnmpVersion;
import org.patchbay.model.SweepParameter;
import org.patchbay.model.Switch;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Testbed;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;
import org.patchbay.model.Trunk;
import org.patchbay.model.WorkloadStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PatchbayPackageImpl extends EPackageImpl implements PatchbayPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass switchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass switchPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass powerControllerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outletEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snmpTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shapedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberShapingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trafficFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskImageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testbedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass machineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trunkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduledEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nodeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bootModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pduProfileEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum snmpVersionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum queueUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum queueKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eventActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum routingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trafficProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum parameterKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agentSampleEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.patchbay.model.PatchbayPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PatchbayPackageImpl() {
		super(eNS_URI, PatchbayFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PatchbayPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PatchbayPackage init() {
		if (isInited) return (PatchbayPackage)EPackage.Registry.INSTANCE.getEPackage(PatchbayPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPatchbayPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PatchbayPackageImpl thePatchbayPackage = registeredPatchbayPackage instanceof PatchbayPackageImpl ? (PatchbayPackageImpl)registeredPatchbayPackage : new PatchbayPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePatchbayPackage.createPackageContents();

		// Initialize created meta-data
		thePatchbayPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePatchbayPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PatchbayPackage.eNS_URI, thePatchbayPackage);
		return thePatchbayPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramElement() {
		return diagramElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_X() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_Y() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCluster() {
		return clusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Nodes() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Switches() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_PowerControllers() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Links() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Lans() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Images() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Events() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Activities() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Experiments() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Routing() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNode() {
		return nodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_Role() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_HardwareType() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_OsImage() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_BootMode() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_AgentEndpoint() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Interfaces() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_PowerOutlet() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_FixedTo() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_StartCommand() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_DesiredFeatures() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_Tarfiles() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPort() {
		return portEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_SpeedMbps() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterface() {
		return interfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Mac() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Ipv4Address() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_PrefixLength() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Kind() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_CabledTo() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwitch() {
		return switchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwitch_Snmp() {
		return (EReference)switchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwitch_Ports() {
		return (EReference)switchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitch_VlanRange() {
		return (EAttribute)switchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwitchPort() {
		return switchPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitchPort_IfIndex() {
		return (EAttribute)switchPortEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPowerController() {
		return powerControllerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerController_VendorProfile() {
		return (EAttribute)powerControllerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerController_Snmp() {
		return (EReference)powerControllerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerController_Outlets() {
		return (EReference)powerControllerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutlet() {
		return outletEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutlet_Number() {
		return (EAttribute)outletEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnmpTarget() {
		return snmpTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnmpTarget_Host() {
		return (EAttribute)snmpTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnmpTarget_Port() {
		return (EAttribute)snmpTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnmpTarget_Version() {
		return (EAttribute)snmpTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnmpTarget_CredentialId() {
		return (EAttribute)snmpTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShapedElement() {
		return shapedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_BandwidthBps() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_DelayMs() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_LossRate() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_QueueLimit() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_QueueUnit() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_QueueKind() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_RedMinThreshold() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_RedMaxThreshold() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_RedQueueWeight() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_RedLinterm() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShapedElement_RedGentle() {
		return (EAttribute)shapedElementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_EndA() {
		return (EReference)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_EndB() {
		return (EReference)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLan() {
		return lanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLan_Members() {
		return (EReference)lanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLan_Cloud() {
		return (EAttribute)lanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLan_MemberShaping() {
		return (EReference)lanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemberShaping() {
		return memberShapingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMemberShaping_Member() {
		return (EReference)memberShapingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberShaping_ToBandwidthBps() {
		return (EAttribute)memberShapingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberShaping_ToDelayMs() {
		return (EAttribute)memberShapingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberShaping_ToLossRate() {
		return (EAttribute)memberShapingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberShaping_FromBandwidthBps() {
		return (EAttribute)memberShapingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberShaping_FromDelayMs() {
		return (EAttribute)memberShapingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberShaping_FromLossRate() {
		return (EAttribute)memberShapingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Node() {
		return (EReference)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgram() {
		return programEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgram_Command() {
		return (EAttribute)programEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrafficFlow() {
		return trafficFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrafficFlow_Protocol() {
		return (EAttribute)trafficFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrafficFlow_Destination() {
		return (EReference)trafficFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrafficFlow_PacketSizeBytes() {
		return (EAttribute)trafficFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrafficFlow_RateBps() {
		return (EAttribute)trafficFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiskImage() {
		return diskImageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_Os() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_Location() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_SizeBytes() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_SourceNode() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_FileSystem() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_Sha256() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskImage_Created() {
		return (EAttribute)diskImageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTestbed() {
		return testbedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestbed_Machines() {
		return (EReference)testbedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestbed_Switches() {
		return (EReference)testbedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestbed_Trunks() {
		return (EReference)testbedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestbed_PowerControllers() {
		return (EReference)testbedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMachine() {
		return machineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_HardwareType() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Features() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_CpuCores() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_MemoryMb() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_DiskGb() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_Interfaces() {
		return (EReference)machineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_PowerOutlet() {
		return (EReference)machineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_ConsoleEndpoint() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_AgentEndpoint() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_ReservedBy() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_ReservedUntil() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrunk() {
		return trunkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrunk_EndA() {
		return (EReference)trunkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrunk_EndB() {
		return (EReference)trunkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_CapacityMbps() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduledEvent() {
		return scheduledEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledEvent_AtSeconds() {
		return (EAttribute)scheduledEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledEvent_Action() {
		return (EAttribute)scheduledEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledEvent_Link() {
		return (EReference)scheduledEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledEvent_Node() {
		return (EReference)scheduledEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledEvent_Activity() {
		return (EReference)scheduledEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledEvent_Value() {
		return (EAttribute)scheduledEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Repetitions() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_RandomOrder() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_RunTimeLimitSeconds() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Parameters() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Steps() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Measures() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweepParameter() {
		return sweepParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Kind() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweepParameter_Link() {
		return (EReference)sweepParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Values() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkloadStep() {
		return workloadStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkloadStep_Nodes() {
		return (EReference)workloadStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadStep_Command() {
		return (EAttribute)workloadStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadStep_Order() {
		return (EAttribute)workloadStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadStep_Background() {
		return (EAttribute)workloadStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasure() {
		return measureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Sample() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Kind() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Step() {
		return (EReference)measureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Pattern() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Link() {
		return (EReference)measureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Unit() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNodeRole() {
		return nodeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBootMode() {
		return bootModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceKind() {
		return interfaceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPduProfile() {
		return pduProfileEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSnmpVersion() {
		return snmpVersionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQueueUnit() {
		return queueUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQueueKind() {
		return queueKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEventAction() {
		return eventActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRouting() {
		return routingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrafficProtocol() {
		return trafficProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getParameterKind() {
		return parameterKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureKind() {
		return measureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgentSample() {
		return agentSampleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchbayFactory getPatchbayFactory() {
		return (PatchbayFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		diagramElementEClass = createEClass(DIAGRAM_ELEMENT);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__X);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__Y);

		clusterEClass = createEClass(CLUSTER);
		createEReference(clusterEClass, CLUSTER__NODES);
		createEReference(clusterEClass, CLUSTER__SWITCHES);
		createEReference(clusterEClass, CLUSTER__POWER_CONTROLLERS);
		createEReference(clusterEClass, CLUSTER__LINKS);
		createEReference(clusterEClass, CLUSTER__LANS);
		createEReference(clusterEClass, CLUSTER__IMAGES);
		createEReference(clusterEClass, CLUSTER__EVENTS);
		createEReference(clusterEClass, CLUSTER__ACTIVITIES);
		createEReference(clusterEClass, CLUSTER__EXPERIMENTS);
		createEAttribute(clusterEClass, CLUSTER__ROUTING);

		nodeEClass = createEClass(NODE);
		createEAttribute(nodeEClass, NODE__ROLE);
		createEAttribute(nodeEClass, NODE__HARDWARE_TYPE);
		createEReference(nodeEClass, NODE__OS_IMAGE);
		createEAttribute(nodeEClass, NODE__BOOT_MODE);
		createEAttribute(nodeEClass, NODE__AGENT_ENDPOINT);
		createEReference(nodeEClass, NODE__INTERFACES);
		createEReference(nodeEClass, NODE__POWER_OUTLET);
		createEAttribute(nodeEClass, NODE__FIXED_TO);
		createEAttribute(nodeEClass, NODE__START_COMMAND);
		createEAttribute(nodeEClass, NODE__DESIRED_FEATURES);
		createEAttribute(nodeEClass, NODE__TARFILES);

		portEClass = createEClass(PORT);
		createEAttribute(portEClass, PORT__SPEED_MBPS);

		interfaceEClass = createEClass(INTERFACE);
		createEAttribute(interfaceEClass, INTERFACE__MAC);
		createEAttribute(interfaceEClass, INTERFACE__IPV4_ADDRESS);
		createEAttribute(interfaceEClass, INTERFACE__PREFIX_LENGTH);
		createEAttribute(interfaceEClass, INTERFACE__KIND);
		createEReference(interfaceEClass, INTERFACE__CABLED_TO);

		switchEClass = createEClass(SWITCH);
		createEReference(switchEClass, SWITCH__SNMP);
		createEReference(switchEClass, SWITCH__PORTS);
		createEAttribute(switchEClass, SWITCH__VLAN_RANGE);

		switchPortEClass = createEClass(SWITCH_PORT);
		createEAttribute(switchPortEClass, SWITCH_PORT__IF_INDEX);

		powerControllerEClass = createEClass(POWER_CONTROLLER);
		createEAttribute(powerControllerEClass, POWER_CONTROLLER__VENDOR_PROFILE);
		createEReference(powerControllerEClass, POWER_CONTROLLER__SNMP);
		createEReference(powerControllerEClass, POWER_CONTROLLER__OUTLETS);

		outletEClass = createEClass(OUTLET);
		createEAttribute(outletEClass, OUTLET__NUMBER);

		snmpTargetEClass = createEClass(SNMP_TARGET);
		createEAttribute(snmpTargetEClass, SNMP_TARGET__HOST);
		createEAttribute(snmpTargetEClass, SNMP_TARGET__PORT);
		createEAttribute(snmpTargetEClass, SNMP_TARGET__VERSION);
		createEAttribute(snmpTargetEClass, SNMP_TARGET__CREDENTIAL_ID);

		shapedElementEClass = createEClass(SHAPED_ELEMENT);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__BANDWIDTH_BPS);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__DELAY_MS);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__LOSS_RATE);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__QUEUE_LIMIT);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__QUEUE_UNIT);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__QUEUE_KIND);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__RED_MIN_THRESHOLD);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__RED_MAX_THRESHOLD);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__RED_QUEUE_WEIGHT);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__RED_LINTERM);
		createEAttribute(shapedElementEClass, SHAPED_ELEMENT__RED_GENTLE);

		linkEClass = createEClass(LINK);
		createEReference(linkEClass, LINK__END_A);
		createEReference(linkEClass, LINK__END_B);

		lanEClass = createEClass(LAN);
		createEReference(lanEClass, LAN__MEMBERS);
		createEAttribute(lanEClass, LAN__CLOUD);
		createEReference(lanEClass, LAN__MEMBER_SHAPING);

		memberShapingEClass = createEClass(MEMBER_SHAPING);
		createEReference(memberShapingEClass, MEMBER_SHAPING__MEMBER);
		createEAttribute(memberShapingEClass, MEMBER_SHAPING__TO_BANDWIDTH_BPS);
		createEAttribute(memberShapingEClass, MEMBER_SHAPING__TO_DELAY_MS);
		createEAttribute(memberShapingEClass, MEMBER_SHAPING__TO_LOSS_RATE);
		createEAttribute(memberShapingEClass, MEMBER_SHAPING__FROM_BANDWIDTH_BPS);
		createEAttribute(memberShapingEClass, MEMBER_SHAPING__FROM_DELAY_MS);
		createEAttribute(memberShapingEClass, MEMBER_SHAPING__FROM_LOSS_RATE);

		activityEClass = createEClass(ACTIVITY);
		createEReference(activityEClass, ACTIVITY__NODE);

		programEClass = createEClass(PROGRAM);
		createEAttribute(programEClass, PROGRAM__COMMAND);

		trafficFlowEClass = createEClass(TRAFFIC_FLOW);
		createEAttribute(trafficFlowEClass, TRAFFIC_FLOW__PROTOCOL);
		createEReference(trafficFlowEClass, TRAFFIC_FLOW__DESTINATION);
		createEAttribute(trafficFlowEClass, TRAFFIC_FLOW__PACKET_SIZE_BYTES);
		createEAttribute(trafficFlowEClass, TRAFFIC_FLOW__RATE_BPS);

		diskImageEClass = createEClass(DISK_IMAGE);
		createEAttribute(diskImageEClass, DISK_IMAGE__OS);
		createEAttribute(diskImageEClass, DISK_IMAGE__LOCATION);
		createEAttribute(diskImageEClass, DISK_IMAGE__SIZE_BYTES);
		createEAttribute(diskImageEClass, DISK_IMAGE__SOURCE_NODE);
		createEAttribute(diskImageEClass, DISK_IMAGE__FILE_SYSTEM);
		createEAttribute(diskImageEClass, DISK_IMAGE__SHA256);
		createEAttribute(diskImageEClass, DISK_IMAGE__CREATED);

		testbedEClass = createEClass(TESTBED);
		createEReference(testbedEClass, TESTBED__MACHINES);
		createEReference(testbedEClass, TESTBED__SWITCHES);
		createEReference(testbedEClass, TESTBED__TRUNKS);
		createEReference(testbedEClass, TESTBED__POWER_CONTROLLERS);

		machineEClass = createEClass(MACHINE);
		createEAttribute(machineEClass, MACHINE__HARDWARE_TYPE);
		createEAttribute(machineEClass, MACHINE__FEATURES);
		createEAttribute(machineEClass, MACHINE__CPU_CORES);
		createEAttribute(machineEClass, MACHINE__MEMORY_MB);
		createEAttribute(machineEClass, MACHINE__DISK_GB);
		createEReference(machineEClass, MACHINE__INTERFACES);
		createEReference(machineEClass, MACHINE__POWER_OUTLET);
		createEAttribute(machineEClass, MACHINE__CONSOLE_ENDPOINT);
		createEAttribute(machineEClass, MACHINE__AGENT_ENDPOINT);
		createEAttribute(machineEClass, MACHINE__RESERVED_BY);
		createEAttribute(machineEClass, MACHINE__RESERVED_UNTIL);

		trunkEClass = createEClass(TRUNK);
		createEReference(trunkEClass, TRUNK__END_A);
		createEReference(trunkEClass, TRUNK__END_B);
		createEAttribute(trunkEClass, TRUNK__CAPACITY_MBPS);

		scheduledEventEClass = createEClass(SCHEDULED_EVENT);
		createEAttribute(scheduledEventEClass, SCHEDULED_EVENT__AT_SECONDS);
		createEAttribute(scheduledEventEClass, SCHEDULED_EVENT__ACTION);
		createEReference(scheduledEventEClass, SCHEDULED_EVENT__LINK);
		createEReference(scheduledEventEClass, SCHEDULED_EVENT__NODE);
		createEReference(scheduledEventEClass, SCHEDULED_EVENT__ACTIVITY);
		createEAttribute(scheduledEventEClass, SCHEDULED_EVENT__VALUE);

		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__REPETITIONS);
		createEAttribute(experimentEClass, EXPERIMENT__RANDOM_ORDER);
		createEAttribute(experimentEClass, EXPERIMENT__RUN_TIME_LIMIT_SECONDS);
		createEReference(experimentEClass, EXPERIMENT__PARAMETERS);
		createEReference(experimentEClass, EXPERIMENT__STEPS);
		createEReference(experimentEClass, EXPERIMENT__MEASURES);

		sweepParameterEClass = createEClass(SWEEP_PARAMETER);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__KIND);
		createEReference(sweepParameterEClass, SWEEP_PARAMETER__LINK);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__VALUES);

		workloadStepEClass = createEClass(WORKLOAD_STEP);
		createEReference(workloadStepEClass, WORKLOAD_STEP__NODES);
		createEAttribute(workloadStepEClass, WORKLOAD_STEP__COMMAND);
		createEAttribute(workloadStepEClass, WORKLOAD_STEP__ORDER);
		createEAttribute(workloadStepEClass, WORKLOAD_STEP__BACKGROUND);

		measureEClass = createEClass(MEASURE);
		createEAttribute(measureEClass, MEASURE__SAMPLE);
		createEAttribute(measureEClass, MEASURE__KIND);
		createEReference(measureEClass, MEASURE__STEP);
		createEAttribute(measureEClass, MEASURE__PATTERN);
		createEReference(measureEClass, MEASURE__LINK);
		createEAttribute(measureEClass, MEASURE__UNIT);

		// Create enums
		nodeRoleEEnum = createEEnum(NODE_ROLE);
		bootModeEEnum = createEEnum(BOOT_MODE);
		interfaceKindEEnum = createEEnum(INTERFACE_KIND);
		pduProfileEEnum = createEEnum(PDU_PROFILE);
		snmpVersionEEnum = createEEnum(SNMP_VERSION);
		queueUnitEEnum = createEEnum(QUEUE_UNIT);
		queueKindEEnum = createEEnum(QUEUE_KIND);
		eventActionEEnum = createEEnum(EVENT_ACTION);
		routingEEnum = createEEnum(ROUTING);
		trafficProtocolEEnum = createEEnum(TRAFFIC_PROTOCOL);
		parameterKindEEnum = createEEnum(PARAMETER_KIND);
		measureKindEEnum = createEEnum(MEASURE_KIND);
		agentSampleEEnum = createEEnum(AGENT_SAMPLE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		diagramElementEClass.getESuperTypes().add(this.getNamedElement());
		clusterEClass.getESuperTypes().add(this.getNamedElement());
		nodeEClass.getESuperTypes().add(this.getDiagramElement());
		portEClass.getESuperTypes().add(this.getNamedElement());
		interfaceEClass.getESuperTypes().add(this.getPort());
		switchEClass.getESuperTypes().add(this.getDiagramElement());
		switchPortEClass.getESuperTypes().add(this.getPort());
		powerControllerEClass.getESuperTypes().add(this.getDiagramElement());
		outletEClass.getESuperTypes().add(this.getNamedElement());
		shapedElementEClass.getESuperTypes().add(this.getNamedElement());
		linkEClass.getESuperTypes().add(this.getShapedElement());
		lanEClass.getESuperTypes().add(this.getShapedElement());
		lanEClass.getESuperTypes().add(this.getDiagramElement());
		activityEClass.getESuperTypes().add(this.getNamedElement());
		programEClass.getESuperTypes().add(this.getActivity());
		trafficFlowEClass.getESuperTypes().add(this.getActivity());
		diskImageEClass.getESuperTypes().add(this.getNamedElement());
		testbedEClass.getESuperTypes().add(this.getNamedElement());
		machineEClass.getESuperTypes().add(this.getDiagramElement());
		trunkEClass.getESuperTypes().add(this.getNamedElement());
		experimentEClass.getESuperTypes().add(this.getNamedElement());
		sweepParameterEClass.getESuperTypes().add(this.getNamedElement());
		workloadStepEClass.getESuperTypes().add(this.getNamedElement());
		measureEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramElementEClass, DiagramElement.class, "DiagramElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramElement_X(), ecorePackage.getEInt(), "x", null, 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElement_Y(), ecorePackage.getEInt(), "y", null, 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clusterEClass, Cluster.class, "Cluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCluster_Nodes(), this.getNode(), null, "nodes", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Switches(), this.getSwitch(), null, "switches", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_PowerControllers(), this.getPowerController(), null, "powerControllers", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Links(), this.getLink(), null, "links", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Lans(), this.getLan(), null, "lans", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Images(), this.getDiskImage(), null, "images", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Events(), this.getScheduledEvent(), null, "events", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Activities(), this.getActivity(), null, "activities", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Experiments(), this.getExperiment(), null, "experiments", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Routing(), this.getRouting(), "routing", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeEClass, Node.class, "Node", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNode_Role(), this.getNodeRole(), "role", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_HardwareType(), ecorePackage.getEString(), "hardwareType", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNode_OsImage(), this.getDiskImage(), null, "osImage", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_BootMode(), this.getBootMode(), "bootMode", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_AgentEndpoint(), ecorePackage.getEString(), "agentEndpoint", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNode_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNode_PowerOutlet(), this.getOutlet(), null, "powerOutlet", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_FixedTo(), ecorePackage.getEString(), "fixedTo", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_StartCommand(), ecorePackage.getEString(), "startCommand", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_DesiredFeatures(), ecorePackage.getEString(), "desiredFeatures", null, 0, -1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_Tarfiles(), ecorePackage.getEString(), "tarfiles", null, 0, -1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(portEClass, Port.class, "Port", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPort_SpeedMbps(), ecorePackage.getELong(), "speedMbps", "1000", 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceEClass, Interface.class, "Interface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterface_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Ipv4Address(), ecorePackage.getEString(), "ipv4Address", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_PrefixLength(), ecorePackage.getEInt(), "prefixLength", "24", 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Kind(), this.getInterfaceKind(), "kind", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_CabledTo(), this.getSwitchPort(), null, "cabledTo", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(switchEClass, Switch.class, "Switch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSwitch_Snmp(), this.getSnmpTarget(), null, "snmp", null, 0, 1, Switch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwitch_Ports(), this.getSwitchPort(), null, "ports", null, 0, -1, Switch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwitch_VlanRange(), ecorePackage.getEString(), "vlanRange", null, 0, 1, Switch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(switchPortEClass, SwitchPort.class, "SwitchPort", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwitchPort_IfIndex(), ecorePackage.getEInt(), "ifIndex", null, 0, 1, SwitchPort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(powerControllerEClass, PowerController.class, "PowerController", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPowerController_VendorProfile(), this.getPduProfile(), "vendorProfile", null, 0, 1, PowerController.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerController_Snmp(), this.getSnmpTarget(), null, "snmp", null, 0, 1, PowerController.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerController_Outlets(), this.getOutlet(), null, "outlets", null, 0, -1, PowerController.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outletEClass, Outlet.class, "Outlet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutlet_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Outlet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snmpTargetEClass, SnmpTarget.class, "SnmpTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnmpTarget_Host(), ecorePackage.getEString(), "host", null, 0, 1, SnmpTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnmpTarget_Port(), ecorePackage.getEInt(), "port", "161", 0, 1, SnmpTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnmpTarget_Version(), this.getSnmpVersion(), "version", null, 0, 1, SnmpTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnmpTarget_CredentialId(), ecorePackage.getEString(), "credentialId", null, 0, 1, SnmpTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shapedElementEClass, ShapedElement.class, "ShapedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShapedElement_BandwidthBps(), ecorePackage.getELong(), "bandwidthBps", "100000000", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_DelayMs(), ecorePackage.getEDouble(), "delayMs", "0", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_LossRate(), ecorePackage.getEDouble(), "lossRate", "0", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_QueueLimit(), ecorePackage.getEInt(), "queueLimit", "50", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_QueueUnit(), this.getQueueUnit(), "queueUnit", null, 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_QueueKind(), this.getQueueKind(), "queueKind", null, 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_RedMinThreshold(), ecorePackage.getEDouble(), "redMinThreshold", "5", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_RedMaxThreshold(), ecorePackage.getEDouble(), "redMaxThreshold", "15", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_RedQueueWeight(), ecorePackage.getEDouble(), "redQueueWeight", "0.002", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_RedLinterm(), ecorePackage.getEDouble(), "redLinterm", "10", 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShapedElement_RedGentle(), ecorePackage.getEBoolean(), "redGentle", null, 0, 1, ShapedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLink_EndA(), this.getPort(), null, "endA", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_EndB(), this.getPort(), null, "endB", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lanEClass, Lan.class, "Lan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLan_Members(), this.getPort(), null, "members", null, 0, -1, Lan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLan_Cloud(), ecorePackage.getEBoolean(), "cloud", null, 0, 1, Lan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLan_MemberShaping(), this.getMemberShaping(), null, "memberShaping", null, 0, -1, Lan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memberShapingEClass, MemberShaping.class, "MemberShaping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMemberShaping_Member(), this.getPort(), null, "member", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberShaping_ToBandwidthBps(), ecorePackage.getELongObject(), "toBandwidthBps", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberShaping_ToDelayMs(), ecorePackage.getEDoubleObject(), "toDelayMs", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberShaping_ToLossRate(), ecorePackage.getEDoubleObject(), "toLossRate", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberShaping_FromBandwidthBps(), ecorePackage.getELongObject(), "fromBandwidthBps", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberShaping_FromDelayMs(), ecorePackage.getEDoubleObject(), "fromDelayMs", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberShaping_FromLossRate(), ecorePackage.getEDoubleObject(), "fromLossRate", null, 0, 1, MemberShaping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActivity_Node(), this.getNode(), null, "node", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(programEClass, Program.class, "Program", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgram_Command(), ecorePackage.getEString(), "command", null, 0, 1, Program.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trafficFlowEClass, TrafficFlow.class, "TrafficFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrafficFlow_Protocol(), this.getTrafficProtocol(), "protocol", null, 0, 1, TrafficFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrafficFlow_Destination(), this.getNode(), null, "destination", null, 0, 1, TrafficFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrafficFlow_PacketSizeBytes(), ecorePackage.getEInt(), "packetSizeBytes", "210", 0, 1, TrafficFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrafficFlow_RateBps(), ecorePackage.getELong(), "rateBps", "448000", 0, 1, TrafficFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskImageEClass, DiskImage.class, "DiskImage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiskImage_Os(), ecorePackage.getEString(), "os", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskImage_Location(), ecorePackage.getEString(), "location", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskImage_SizeBytes(), ecorePackage.getELong(), "sizeBytes", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskImage_SourceNode(), ecorePackage.getEString(), "sourceNode", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskImage_FileSystem(), ecorePackage.getEString(), "fileSystem", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskImage_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskImage_Created(), ecorePackage.getEString(), "created", null, 0, 1, DiskImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testbedEClass, Testbed.class, "Testbed", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTestbed_Machines(), this.getMachine(), null, "machines", null, 0, -1, Testbed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestbed_Switches(), this.getSwitch(), null, "switches", null, 0, -1, Testbed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestbed_Trunks(), this.getTrunk(), null, "trunks", null, 0, -1, Testbed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestbed_PowerControllers(), this.getPowerController(), null, "powerControllers", null, 0, -1, Testbed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(machineEClass, Machine.class, "Machine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMachine_HardwareType(), ecorePackage.getEString(), "hardwareType", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Features(), ecorePackage.getEString(), "features", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_CpuCores(), ecorePackage.getEInt(), "cpuCores", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_MemoryMb(), ecorePackage.getELong(), "memoryMb", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_DiskGb(), ecorePackage.getELong(), "diskGb", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMachine_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMachine_PowerOutlet(), this.getOutlet(), null, "powerOutlet", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_ConsoleEndpoint(), ecorePackage.getEString(), "consoleEndpoint", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_AgentEndpoint(), ecorePackage.getEString(), "agentEndpoint", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_ReservedBy(), ecorePackage.getEString(), "reservedBy", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_ReservedUntil(), ecorePackage.getEString(), "reservedUntil", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trunkEClass, Trunk.class, "Trunk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrunk_EndA(), this.getSwitchPort(), null, "endA", null, 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrunk_EndB(), this.getSwitchPort(), null, "endB", null, 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_CapacityMbps(), ecorePackage.getELong(), "capacityMbps", "1000", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduledEventEClass, ScheduledEvent.class, "ScheduledEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScheduledEvent_AtSeconds(), ecorePackage.getEDouble(), "atSeconds", "0", 0, 1, ScheduledEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledEvent_Action(), this.getEventAction(), "action", null, 0, 1, ScheduledEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledEvent_Link(), this.getShapedElement(), null, "link", null, 0, 1, ScheduledEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledEvent_Node(), this.getNode(), null, "node", null, 0, 1, ScheduledEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledEvent_Activity(), this.getActivity(), null, "activity", null, 0, 1, ScheduledEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledEvent_Value(), ecorePackage.getEString(), "value", null, 0, 1, ScheduledEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Repetitions(), ecorePackage.getEInt(), "repetitions", "1", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_RandomOrder(), ecorePackage.getEBoolean(), "randomOrder", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_RunTimeLimitSeconds(), ecorePackage.getEInt(), "runTimeLimitSeconds", "120", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Parameters(), this.getSweepParameter(), null, "parameters", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Steps(), this.getWorkloadStep(), null, "steps", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Measures(), this.getMeasure(), null, "measures", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepParameterEClass, SweepParameter.class, "SweepParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSweepParameter_Kind(), this.getParameterKind(), "kind", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSweepParameter_Link(), this.getShapedElement(), null, "link", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_Values(), ecorePackage.getEString(), "values", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workloadStepEClass, WorkloadStep.class, "WorkloadStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkloadStep_Nodes(), this.getNode(), null, "nodes", null, 0, -1, WorkloadStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadStep_Command(), ecorePackage.getEString(), "command", null, 0, 1, WorkloadStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadStep_Order(), ecorePackage.getEInt(), "order", "0", 0, 1, WorkloadStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadStep_Background(), ecorePackage.getEBoolean(), "background", null, 0, 1, WorkloadStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measureEClass, Measure.class, "Measure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasure_Sample(), this.getAgentSample(), "sample", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Kind(), this.getMeasureKind(), "kind", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Step(), this.getWorkloadStep(), null, "step", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Link(), this.getShapedElement(), null, "link", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(nodeRoleEEnum, NodeRole.class, "NodeRole");
		addEEnumLiteral(nodeRoleEEnum, NodeRole.COMPUTE);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.DELAY);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.SERVER);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.ROUTER);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.STORAGE);

		initEEnum(bootModeEEnum, BootMode.class, "BootMode");
		addEEnumLiteral(bootModeEEnum, BootMode.DISK);
		addEEnumLiteral(bootModeEEnum, BootMode.NETWORK);
		addEEnumLiteral(bootModeEEnum, BootMode.IMAGING);

		initEEnum(interfaceKindEEnum, InterfaceKind.class, "InterfaceKind");
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.ETHERNET);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.INFINIBAND);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.SCI);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.DX);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.MYRINET);

		initEEnum(pduProfileEEnum, PduProfile.class, "PduProfile");
		addEEnumLiteral(pduProfileEEnum, PduProfile.APC_RACK_PDU);
		addEEnumLiteral(pduProfileEEnum, PduProfile.APC_MASTER_SWITCH);
		addEEnumLiteral(pduProfileEEnum, PduProfile.RARITAN_PDU2);
		addEEnumLiteral(pduProfileEEnum, PduProfile.EATON_EPDU);
		addEEnumLiteral(pduProfileEEnum, PduProfile.GENERIC);

		initEEnum(snmpVersionEEnum, SnmpVersion.class, "SnmpVersion");
		addEEnumLiteral(snmpVersionEEnum, SnmpVersion.V3);
		addEEnumLiteral(snmpVersionEEnum, SnmpVersion.V2C);
		addEEnumLiteral(snmpVersionEEnum, SnmpVersion.V1);

		initEEnum(queueUnitEEnum, QueueUnit.class, "QueueUnit");
		addEEnumLiteral(queueUnitEEnum, QueueUnit.PACKETS);
		addEEnumLiteral(queueUnitEEnum, QueueUnit.BYTES);

		initEEnum(queueKindEEnum, QueueKind.class, "QueueKind");
		addEEnumLiteral(queueKindEEnum, QueueKind.DROP_TAIL);
		addEEnumLiteral(queueKindEEnum, QueueKind.RED);

		initEEnum(eventActionEEnum, EventAction.class, "EventAction");
		addEEnumLiteral(eventActionEEnum, EventAction.LINK_DOWN);
		addEEnumLiteral(eventActionEEnum, EventAction.LINK_UP);
		addEEnumLiteral(eventActionEEnum, EventAction.BANDWIDTH);
		addEEnumLiteral(eventActionEEnum, EventAction.DELAY);
		addEEnumLiteral(eventActionEEnum, EventAction.LOSS);
		addEEnumLiteral(eventActionEEnum, EventAction.RUN_COMMAND);
		addEEnumLiteral(eventActionEEnum, EventAction.START);
		addEEnumLiteral(eventActionEEnum, EventAction.STOP);

		initEEnum(routingEEnum, Routing.class, "Routing");
		addEEnumLiteral(routingEEnum, Routing.STATIC);
		addEEnumLiteral(routingEEnum, Routing.SESSION);
		addEEnumLiteral(routingEEnum, Routing.MANUAL);
		addEEnumLiteral(routingEEnum, Routing.NONE);

		initEEnum(trafficProtocolEEnum, TrafficProtocol.class, "TrafficProtocol");
		addEEnumLiteral(trafficProtocolEEnum, TrafficProtocol.UDP);
		addEEnumLiteral(trafficProtocolEEnum, TrafficProtocol.TCP);

		initEEnum(parameterKindEEnum, ParameterKind.class, "ParameterKind");
		addEEnumLiteral(parameterKindEEnum, ParameterKind.VARIABLE);
		addEEnumLiteral(parameterKindEEnum, ParameterKind.BANDWIDTH);
		addEEnumLiteral(parameterKindEEnum, ParameterKind.DELAY);
		addEEnumLiteral(parameterKindEEnum, ParameterKind.LOSS);
		addEEnumLiteral(parameterKindEEnum, ParameterKind.ACTIVE_NODES);

		initEEnum(measureKindEEnum, MeasureKind.class, "MeasureKind");
		addEEnumLiteral(measureKindEEnum, MeasureKind.OUTPUT_PATTERN);
		addEEnumLiteral(measureKindEEnum, MeasureKind.WALL_TIME);
		addEEnumLiteral(measureKindEEnum, MeasureKind.CPU_TIME);
		addEEnumLiteral(measureKindEEnum, MeasureKind.LINK_BYTES);
		addEEnumLiteral(measureKindEEnum, MeasureKind.AGENT_SAMPLE);

		initEEnum(agentSampleEEnum, AgentSample.class, "AgentSample");
		addEEnumLiteral(agentSampleEEnum, AgentSample.CPU);
		addEEnumLiteral(agentSampleEEnum, AgentSample.MEMORY);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "The topology of a cluster or network testbed: what exists and how it is wired. Live state (load, power, processes) is kept elsewhere and never stored here."
		   });
		addAnnotation
		  (diagramElementEClass,
		   source,
		   new String[] {
			   "documentation", "An element drawn as a box on the topology canvas. Its position is part of the topology file so a saved layout reopens as it was."
		   });
		addAnnotation
		  (getCluster_Events(),
		   source,
		   new String[] {
			   "documentation", "Timed events for a running topology, as Emulab\'s $ns at: kept with the topology, run by the console."
		   });
		addAnnotation
		  (getCluster_Activities(),
		   source,
		   new String[] {
			   "documentation", "Programs and traffic generators that run on nodes, started and stopped by events (Emulab\'s program agents and ns-2 traffic agents)."
		   });
		addAnnotation
		  (getCluster_Experiments(),
		   source,
		   new String[] {
			   "documentation", "Parameter sweeps over this topology (Netbed\'s batch experiments): kept with it, run by the console or patchbay-cli sweep."
		   });
		addAnnotation
		  (getCluster_Routing(),
		   source,
		   new String[] {
			   "documentation", "How routes between subnets are set up, as Emulab\'s rtproto: static shortest-path routes (the default), a routing daemon, or none."
		   });
		addAnnotation
		  (getNode_AgentEndpoint(),
		   source,
		   new String[] {
			   "documentation", "host:port of the node agent (HTTPS, mutual TLS)."
		   });
		addAnnotation
		  (getNode_FixedTo(),
		   source,
		   new String[] {
			   "documentation", "The physical machine this node must be mapped to (Emulab\'s tb-fix-node); empty lets the mapper choose."
		   });
		addAnnotation
		  (getNode_StartCommand(),
		   source,
		   new String[] {
			   "documentation", "A command the node runs once when it has started (Emulab\'s tb-set-node-startcmd)."
		   });
		addAnnotation
		  (getNode_DesiredFeatures(),
		   source,
		   new String[] {
			   "documentation", "Features the physical machine this node is mapped to must have (Emulab\'s node desires), each a name from a machine\'s features, e.g. \'gpu\'."
		   });
		addAnnotation
		  (getNode_Tarfiles(),
		   source,
		   new String[] {
			   "documentation", "Archives unpacked on the node before it starts, each \'DIRECTORY ARCHIVE\' (Emulab\'s tb-set-node-tarfiles)."
		   });
		addAnnotation
		  (portEClass,
		   source,
		   new String[] {
			   "documentation", "Something a link or LAN attaches to: a node\'s interface or a switch port."
		   });
		addAnnotation
		  (getInterface_CabledTo(),
		   source,
		   new String[] {
			   "documentation", "In a testbed inventory: the switch port this machine interface is cabled to."
		   });
		addAnnotation
		  (getSwitch_VlanRange(),
		   source,
		   new String[] {
			   "documentation", "In a testbed inventory: the VLAN IDs swap-in may create on this switch, e.g. \'100-999\' or \'100-199,300\'. Empty: 2-4094."
		   });
		addAnnotation
		  (snmpTargetEClass,
		   source,
		   new String[] {
			   "documentation", "Where a device answers SNMP. Secrets are not here: credentialId names an entry in secure storage or a credentials file."
		   });
		addAnnotation
		  (shapedElementEClass,
		   source,
		   new String[] {
			   "documentation", "Dummynet-style pipe settings, applied per direction."
		   });
		addAnnotation
		  (getShapedElement_RedMinThreshold(),
		   source,
		   new String[] {
			   "documentation", "RED: average queue length (in the queue\'s unit) below which nothing is dropped (ns-2 thresh_)."
		   });
		addAnnotation
		  (getShapedElement_RedMaxThreshold(),
		   source,
		   new String[] {
			   "documentation", "RED: average queue length above which every packet is dropped, or in gentle RED the drop probability rises to 1 at twice this (ns-2 maxthresh_)."
		   });
		addAnnotation
		  (getShapedElement_RedQueueWeight(),
		   source,
		   new String[] {
			   "documentation", "RED: weight of the newest sample in the average queue length (ns-2 q_weight_)."
		   });
		addAnnotation
		  (getShapedElement_RedLinterm(),
		   source,
		   new String[] {
			   "documentation", "RED: 1 / the drop probability at the maximum threshold (ns-2 linterm_)."
		   });
		addAnnotation
		  (getShapedElement_RedGentle(),
		   source,
		   new String[] {
			   "documentation", "Gentle RED (Emulab\'s GRED): past the maximum threshold the drop probability rises gradually instead of jumping to 1."
		   });
		addAnnotation
		  (getLan_Cloud(),
		   source,
		   new String[] {
			   "documentation", "Made as Emulab\'s make-cloud: a LAN that stands for a routed network the experiment does not look inside."
		   });
		addAnnotation
		  (getLan_MemberShaping(),
		   source,
		   new String[] {
			   "documentation", "Per-member values that differ from the LAN\'s (Emulab\'s tb-set-node-lan-* and tb-set-lan-simplex-params)."
		   });
		addAnnotation
		  (memberShapingEClass,
		   source,
		   new String[] {
			   "documentation", "How one LAN member\'s attachment is shaped where it differs from the LAN: \'to\' is from the member into the LAN, \'from\' out of the LAN to the member. An unset value is the LAN\'s."
		   });
		addAnnotation
		  (activityEClass,
		   source,
		   new String[] {
			   "documentation", "Something that runs on a node when an event starts it, until an event stops it."
		   });
		addAnnotation
		  (programEClass,
		   source,
		   new String[] {
			   "documentation", "A shell command run on its node (Emulab\'s program agent)."
		   });
		addAnnotation
		  (trafficFlowEClass,
		   source,
		   new String[] {
			   "documentation", "Constant-bit-rate traffic from its node to a destination node (ns-2\'s Application/Traffic/CBR over Agent/UDP or Agent/TCP)."
		   });
		addAnnotation
		  (getDiskImage_SourceNode(),
		   source,
		   new String[] {
			   "documentation", "The node whose disk the image was captured from."
		   });
		addAnnotation
		  (getDiskImage_FileSystem(),
		   source,
		   new String[] {
			   "documentation", "Partition table and file systems of the captured disk, as pb-image describes them."
		   });
		addAnnotation
		  (getDiskImage_Sha256(),
		   source,
		   new String[] {
			   "documentation", "SHA-256 of the image file: the image a node runs is exactly this one."
		   });
		addAnnotation
		  (getDiskImage_Created(),
		   source,
		   new String[] {
			   "documentation", "When the image was captured (ISO-8601)."
		   });
		addAnnotation
		  (testbedEClass,
		   source,
		   new String[] {
			   "documentation", "An inventory of real hardware (a .testbed file): the machines, the switches they are cabled to, the trunks between switches and the power controllers. Experiments (virtual topologies) are mapped onto it at swap-in."
		   });
		addAnnotation
		  (machineEClass,
		   source,
		   new String[] {
			   "documentation", "A physical machine of a testbed inventory, with what the mapper matches virtual nodes against."
		   });
		addAnnotation
		  (getMachine_Features(),
		   source,
		   new String[] {
			   "documentation", "Named capabilities a virtual node may desire, e.g. \'gpu\' or \'ssd\'."
		   });
		addAnnotation
		  (getMachine_ConsoleEndpoint(),
		   source,
		   new String[] {
			   "documentation", "Where its serial console answers, host:port."
		   });
		addAnnotation
		  (getMachine_ReservedBy(),
		   source,
		   new String[] {
			   "documentation", "The experiment that holds this machine; empty when it is free."
		   });
		addAnnotation
		  (getMachine_ReservedUntil(),
		   source,
		   new String[] {
			   "documentation", "When the reservation expires (ISO-8601); empty: until swap-out."
		   });
		addAnnotation
		  (trunkEClass,
		   source,
		   new String[] {
			   "documentation", "A cable between two switches of a testbed that carries the VLANs of links spanning both."
		   });
		addAnnotation
		  (scheduledEventEClass,
		   source,
		   new String[] {
			   "documentation", "At atSeconds after the schedule starts: take a link or LAN down or up, change its bandwidth, delay or loss (value as in Properties: 10Mb, 20ms, 1%), run a command (value) on a node, or start or stop an activity (a program or a traffic flow)."
		   });
		addAnnotation
		  (experimentEClass,
		   source,
		   new String[] {
			   "documentation", "A sweep: every combination of its parameters\' values, each run repetitions times, runs the workload and records the measures, one row per run."
		   });
		addAnnotation
		  (getExperiment_Repetitions(),
		   source,
		   new String[] {
			   "documentation", "How often each combination runs (the openMosix study: three times)."
		   });
		addAnnotation
		  (getExperiment_RandomOrder(),
		   source,
		   new String[] {
			   "documentation", "Runs in a shuffled order (seeded, so a resumed sweep keeps it), so slow drift of the host does not line up with one parameter."
		   });
		addAnnotation
		  (getExperiment_RunTimeLimitSeconds(),
		   source,
		   new String[] {
			   "documentation", "A run still going after this many seconds is stopped and recorded as timed out; the sweep goes on."
		   });
		addAnnotation
		  (getExperiment_Steps(),
		   source,
		   new String[] {
			   "documentation", "What each run does: steps start in their order (equal orders together); a run ends when every foreground step has ended."
		   });
		addAnnotation
		  (sweepParameterEClass,
		   source,
		   new String[] {
			   "documentation", "One axis of a sweep: a link\'s or LAN\'s bandwidth, delay or loss (applied live, as Properties writes them: 10Mb, 20ms, 1%), how many of each step\'s nodes take part, or a variable the workload reads as ${name}."
		   });
		addAnnotation
		  (getSweepParameter_Link(),
		   source,
		   new String[] {
			   "documentation", "The link or LAN a bandwidth, delay or loss parameter shapes."
		   });
		addAnnotation
		  (getSweepParameter_Values(),
		   source,
		   new String[] {
			   "documentation", "The values, separated by commas: 1Mb, 5Mb, 10Mb or 1, 2, 4, 8."
		   });
		addAnnotation
		  (workloadStepEClass,
		   source,
		   new String[] {
			   "documentation", "A command run on each of its nodes in a run, with ${parameter}, ${node}, ${index}, ${count} and ${address:NODE} replaced."
		   });
		addAnnotation
		  (getWorkloadStep_Order(),
		   source,
		   new String[] {
			   "documentation", "Steps start by order; equal orders start together."
		   });
		addAnnotation
		  (getWorkloadStep_Background(),
		   source,
		   new String[] {
			   "documentation", "Runs beside the others (a server, a load generator) and is ended when the foreground steps have ended."
		   });
		addAnnotation
		  (measureEClass,
		   source,
		   new String[] {
			   "documentation", "What a run records: a number the step prints (the first group of a pattern), the step\'s wall time, its CPU time, the bytes that crossed a link, or what the step\'s nodes\' agents sampled during the run (CPU or memory, percent)."
		   });
		addAnnotation
		  (getMeasure_Sample(),
		   source,
		   new String[] {
			   "documentation", "For an agent sample: which value of the agents\' samples, averaged over the run and the step\'s nodes."
		   });
		addAnnotation
		  (getMeasure_Pattern(),
		   source,
		   new String[] {
			   "documentation", "A regular expression over the step output; its first group (or the whole match) is the value. The last match counts."
		   });
	}

} //PatchbayPackageImpl
