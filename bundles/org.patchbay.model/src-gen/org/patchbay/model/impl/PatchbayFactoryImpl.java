/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.patchbay.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PatchbayFactoryImpl extends EFactoryImpl implements PatchbayFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PatchbayFactory init() {
		try {
			PatchbayFactory thePatchbayFactory = (PatchbayFactory)EPackage.Registry.INSTANCE.getEFactory(PatchbayPackage.eNS_URI);
			if (thePatchbayFactory != null) {
				return thePatchbayFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PatchbayFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchbayFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PatchbayPackage.CLUSTER: return createCluster();
			case PatchbayPackage.NODE: return createNode();
			case PatchbayPackage.INTERFACE: return createInterface();
			case PatchbayPackage.SWITCH: return createSwitch();
			case PatchbayPackage.SWITCH_PORT: return createSwitchPort();
			case PatchbayPackage.POWER_CONTROLLER: return createPowerController();
			case PatchbayPackage.OUTLET: return createOutlet();
			case PatchbayPackage.SNMP_TARGET: return createSnmpTarget();
			case PatchbayPackage.LINK: return createLink();
			case PatchbayPackage.LAN: return createLan();
			case PatchbayPackage.MEMBER_SHAPING: return createMemberShaping();
			case PatchbayPackage.PROGRAM: return createProgram();
			case PatchbayPackage.TRAFFIC_FLOW: return createTrafficFlow();
			case PatchbayPackage.DISK_IMAGE: return createDiskImage();
			case PatchbayPackage.TESTBED: return createTestbed();
			case PatchbayPackage.MACHINE: return createMachine();
			case PatchbayPackage.TRUNK: return createTrunk();
			case PatchbayPackage.SCHEDULED_EVENT: return createScheduledEvent();
			case PatchbayPackage.EXPERIMENT: return createExperiment();
			case PatchbayPackage.SWEEP_PARAMETER: return createSweepParameter();
			case PatchbayPackage.WORKLOAD_STEP: return createWorkloadStep();
			case PatchbayPackage.MEASURE: return createMeasure();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PatchbayPackage.NODE_ROLE:
				return createNodeRoleFromString(eDataType, initialValue);
			case PatchbayPackage.BOOT_MODE:
				return createBootModeFromString(eDataType, initialValue);
			case PatchbayPackage.INTERFACE_KIND:
				return createInterfaceKindFromString(eDataType, initialValue);
			case PatchbayPackage.PDU_PROFILE:
				return createPduProfileFromString(eDataType, initialValue);
			case PatchbayPackage.SNMP_VERSION:
				return createSnmpVersionFromString(eDataType, initialValue);
			case PatchbayPackage.QUEUE_UNIT:
				return createQueueUnitFromString(eDataType, initialValue);
			case PatchbayPackage.QUEUE_KIND:
				return createQueueKindFromString(eDataType, initialValue);
			case PatchbayPackage.EVENT_ACTION:
				return createEventActionFromString(eDataType, initialValue);
			case PatchbayPackage.ROUTING:
				return createRoutingFromString(eDataType, initialValue);
			case PatchbayPackage.TRAFFIC_PROTOCOL:
				return createTrafficProtocolFromString(eDataType, initialValue);
			case PatchbayPackage.PARAMETER_KIND:
				return createParameterKindFromString(eDataType, initialValue);
			case PatchbayPackage.MEASURE_KIND:
				return createMeasureKindFromString(eDataType, initialValue);
			case PatchbayPackage.AGENT_SAMPLE:
				return createAgentSampleFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PatchbayPackage.NODE_ROLE:
				return convertNodeRoleToString(eDataType, instanceValue);
			case PatchbayPackage.BOOT_MODE:
				return convertBootModeToString(eDataType, instanceValue);
			case PatchbayPackage.INTERFACE_KIND:
				return convertInterfaceKindToString(eDataType, instanceValue);
			case PatchbayPackage.PDU_PROFILE:
				return convertPduProfileToString(eDataType, instanceValue);
			case PatchbayPackage.SNMP_VERSION:
				return convertSnmpVersionToString(eDataType, instanceValue);
			case PatchbayPackage.QUEUE_UNIT:
				return convertQueueUnitToString(eDataType, instanceValue);
			case PatchbayPackage.QUEUE_KIND:
				return convertQueueKindToString(eDataType, instanceValue);
			case PatchbayPackage.EVENT_ACTION:
				return convertEventActionToString(eDataType, instanceValue);
			case PatchbayPackage.ROUTING:
				return convertRoutingToString(eDataType, instanceValue);
			case PatchbayPackage.TRAFFIC_PROTOCOL:
				return convertTrafficProtocolToString(eDataType, instanceValue);
			case PatchbayPackage.PARAMETER_KIND:
				return convertParameterKindToString(eDataType, instanceValue);
			case PatchbayPackage.MEASURE_KIND:
				return convertMeasureKindToString(eDataType, instanceValue);
			case PatchbayPackage.AGENT_SAMPLE:
				return convertAgentSampleToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cluster createCluster() {
		ClusterImpl cluster = new ClusterImpl();
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node createNode() {
		NodeImpl node = new NodeImpl();
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface createInterface() {
		InterfaceImpl interface_ = new InterfaceImpl();
		return interface_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Switch createSwitch() {
		SwitchImpl switch_ = new SwitchImpl();
		return switch_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchPort createSwitchPort() {
		SwitchPortImpl switchPort = new SwitchPortImpl();
		return switchPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerController createPowerController() {
		PowerControllerImpl powerController = new PowerControllerImpl();
		return powerController;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outlet createOutlet() {
		OutletImpl outlet = new OutletImpl();
		return outlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnmpTarget createSnmpTarget() {
		SnmpTargetImpl snmpTarget = new SnmpTargetImpl();
		return snmpTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lan createLan() {
		LanImpl lan = new LanImpl();
		return lan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberShaping createMemberShaping() {
		MemberShapingImpl memberShaping = new MemberShapingImpl();
		return memberShaping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Program createProgram() {
		ProgramImpl program = new ProgramImpl();
		return program;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrafficFlow createTrafficFlow() {
		TrafficFlowImpl trafficFlow = new TrafficFlowImpl();
		return trafficFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskImage createDiskImage() {
		DiskImageImpl diskImage = new DiskImageImpl();
		return diskImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Testbed createTestbed() {
		TestbedImpl testbed = new TestbedImpl();
		return testbed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine createMachine() {
		MachineImpl machine = new MachineImpl();
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trunk createTrunk() {
		TrunkImpl trunk = new TrunkImpl();
		return trunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledEvent createScheduledEvent() {
		ScheduledEventImpl scheduledEvent = new ScheduledEventImpl();
		return scheduledEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepParameter createSweepParameter() {
		SweepParameterImpl sweepParameter = new SweepParameterImpl();
		return sweepParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadStep createWorkloadStep() {
		WorkloadStepImpl workloadStep = new WorkloadStepImpl();
		return workloadStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure createMeasure() {
		MeasureImpl measure = new MeasureImpl();
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeRole createNodeRoleFromString(EDataType eDataType, String initialValue) {
		NodeRole result = NodeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BootMode createBootModeFromString(EDataType eDataType, String initialValue) {
		BootMode result = BootMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBootModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceKind createInterfaceKindFromString(EDataType eDataType, String initialValue) {
		InterfaceKind result = InterfaceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PduProfile createPduProfileFromString(EDataType eDataType, String initialValue) {
		PduProfile result = PduProfile.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPduProfileToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SnmpVersion createSnmpVersionFromString(EDataType eDataType, String initialValue) {
		SnmpVersion result = SnmpVersion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSnmpVersionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QueueUnit createQueueUnitFromString(EDataType eDataType, String initialValue) {
		QueueUnit result = QueueUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQueueUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QueueKind createQueueKindFromString(EDataType eDataType, String initialValue) {
		QueueKind result = QueueKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQueueKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventAction createEventActionFromString(EDataType eDataType, String initialValue) {
		EventAction result = EventAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Routing createRoutingFromString(EDataType eDataType, String initialValue) {
		Routing result = Routing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoutingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrafficProtocol createTrafficProtocolFromString(EDataType eDataType, String initialValue) {
		TrafficProtocol result = TrafficProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrafficProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParameterKind createParameterKindFromString(EDataType eDataType, String initialValue) {
		ParameterKind result = ParameterKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParameterKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureKind createMeasureKindFromString(EDataType eDataType, String initialValue) {
		MeasureKind result = MeasureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgentSample createAgentSampleFromString(EDataType eDataType, String initialValue) {
		AgentSample result = AgentSample.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgentSampleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchbayPackage getPatchbayPackage() {
		return (PatchbayPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PatchbayPackage getPackage() {
		return PatchbayPackage.eINSTANCE;
	}

} //PatchbayFactoryImpl
