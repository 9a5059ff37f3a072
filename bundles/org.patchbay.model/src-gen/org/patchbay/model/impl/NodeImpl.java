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

import org.patchbay.model.BootMode;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Interface;
import org.patchbay.model.Node;
import org.patchbay.model.NodeRole;
import org.patchbay.model.Outlet;
import org.patchbay.model.PatchbayPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getHardwareType <em>Hardware Type</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getOsImage <em>Os Image</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getBootMode <em>Boot Mode</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getAgentEndpoint <em>Agent Endpoint</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getPowerOutlet <em>Power Outlet</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getFixedTo <em>Fixed To</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getStartCommand <em>Start Command</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getDesiredFeatures <em>Desired Features</em>}</li>
 *   <li>{@link org.patchbay.model.impl.NodeImpl#getTarfiles <em>Tarfiles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeImpl extends DiagramElementImpl implements Node {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final NodeRole ROLE_EDEFAULT = NodeRole.COMPUTE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected NodeRole role = ROLE_EDEFAULT;

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
	 * The cached value of the '{@link #getOsImage() <em>Os Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsImage()
	 * @generated
	 * @ordered
	 */
	protected DiskImage osImage;

	/**
	 * The default value of the '{@link #getBootMode() <em>Boot Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootMode()
	 * @generated
	 * @ordered
	 */
	protected static final BootMode BOOT_MODE_EDEFAULT = BootMode.DISK;

	/**
	 * The cached value of the '{@link #getBootMode() <em>Boot Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootMode()
	 * @generated
	 * @ordered
	 */
	protected BootMode bootMode = BOOT_MODE_EDEFAULT;

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
	 * The default value of the '{@link #getFixedTo() <em>Fixed To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedTo()
	 * @generated
	 * @ordered
	 */
	protected static final String FIXED_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFixedTo() <em>Fixed To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedTo()
	 * @generated
	 * @ordered
	 */
	protected String fixedTo = FIXED_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartCommand() <em>Start Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartCommand()
	 * @generated
	 * @ordered
	 */
	protected static final String START_COMMAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartCommand() <em>Start Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartCommand()
	 * @generated
	 * @ordered
	 */
	protected String startCommand = START_COMMAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDesiredFeatures() <em>Desired Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> desiredFeatures;

	/**
	 * The cached value of the '{@link #getTarfiles() <em>Tarfiles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tarfiles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(NodeRole newRole) {
		NodeRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__ROLE, oldRole, role));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__HARDWARE_TYPE, oldHardwareType, hardwareType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskImage getOsImage() {
		if (osImage != null && osImage.eIsProxy()) {
			InternalEObject oldOsImage = (InternalEObject)osImage;
			osImage = (DiskImage)eResolveProxy(oldOsImage);
			if (osImage != oldOsImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.NODE__OS_IMAGE, oldOsImage, osImage));
			}
		}
		return osImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskImage basicGetOsImage() {
		return osImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOsImage(DiskImage newOsImage) {
		DiskImage oldOsImage = osImage;
		osImage = newOsImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__OS_IMAGE, oldOsImage, osImage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BootMode getBootMode() {
		return bootMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootMode(BootMode newBootMode) {
		BootMode oldBootMode = bootMode;
		bootMode = newBootMode == null ? BOOT_MODE_EDEFAULT : newBootMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__BOOT_MODE, oldBootMode, bootMode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__AGENT_ENDPOINT, oldAgentEndpoint, agentEndpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interface> getInterfaces() {
		if (interfaces == null) {
			interfaces = new EObjectContainmentEList<Interface>(Interface.class, this, PatchbayPackage.NODE__INTERFACES);
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.NODE__POWER_OUTLET, oldPowerOutlet, powerOutlet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__POWER_OUTLET, oldPowerOutlet, powerOutlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFixedTo() {
		return fixedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedTo(String newFixedTo) {
		String oldFixedTo = fixedTo;
		fixedTo = newFixedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__FIXED_TO, oldFixedTo, fixedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartCommand() {
		return startCommand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartCommand(String newStartCommand) {
		String oldStartCommand = startCommand;
		startCommand = newStartCommand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.NODE__START_COMMAND, oldStartCommand, startCommand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDesiredFeatures() {
		if (desiredFeatures == null) {
			desiredFeatures = new EDataTypeUniqueEList<String>(String.class, this, PatchbayPackage.NODE__DESIRED_FEATURES);
		}
		return desiredFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTarfiles() {
		if (tarfiles == null) {
			tarfiles = new EDataTypeUniqueEList<String>(String.class, this, PatchbayPackage.NODE__TARFILES);
		}
		return tarfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.NODE__INTERFACES:
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
			case PatchbayPackage.NODE__ROLE:
				return getRole();
			case PatchbayPackage.NODE__HARDWARE_TYPE:
				return getHardwareType();
			case PatchbayPackage.NODE__OS_IMAGE:
				if (resolve) return getOsImage();
				return basicGetOsImage();
			case PatchbayPackage.NODE__BOOT_MODE:
				return getBootMode();
			case PatchbayPackage.NODE__AGENT_ENDPOINT:
				return getAgentEndpoint();
			case PatchbayPackage.NODE__INTERFACES:
				return getInterfaces();
			case PatchbayPackage.NODE__POWER_OUTLET:
				if (resolve) return getPowerOutlet();
				return basicGetPowerOutlet();
			case PatchbayPackage.NODE__FIXED_TO:
				return getFixedTo();
			case PatchbayPackage.NODE__START_COMMAND:
				return getStartCommand();
			case PatchbayPackage.NODE__DESIRED_FEATURES:
				return getDesiredFeatures();
			case PatchbayPackage.NODE__TARFILES:
				return getTarfiles();
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
			case PatchbayPackage.NODE__ROLE:
				setRole((NodeRole)newValue);
				return;
			case PatchbayPackage.NODE__HARDWARE_TYPE:
				setHardwareType((String)newValue);
				return;
			case PatchbayPackage.NODE__OS_IMAGE:
				setOsImage((DiskImage)newValue);
				return;
			case PatchbayPackage.NODE__BOOT_MODE:
				setBootMode((BootMode)newValue);
				return;
			case PatchbayPackage.NODE__AGENT_ENDPOINT:
				setAgentEndpoint((String)newValue);
				return;
			case PatchbayPackage.NODE__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends Interface>)newValue);
				return;
			case PatchbayPackage.NODE__POWER_OUTLET:
				setPowerOutlet((Outlet)newValue);
				return;
			case PatchbayPackage.NODE__FIXED_TO:
				setFixedTo((String)newValue);
				return;
			case PatchbayPackage.NODE__START_COMMAND:
				setStartCommand((String)newValue);
				return;
			case PatchbayPackage.NODE__DESIRED_FEATURES:
				getDesiredFeatures().clear();
				getDesiredFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case PatchbayPackage.NODE__TARFILES:
				getTarfiles().clear();
				getTarfiles().addAll((Collection<? extends String>)newValue);
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
			case PatchbayPackage.NODE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case PatchbayPackage.NODE__HARDWARE_TYPE:
				setHardwareType(HARDWARE_TYPE_EDEFAULT);
				return;
			case PatchbayPackage.NODE__OS_IMAGE:
				setOsImage((DiskImage)null);
				return;
			case PatchbayPackage.NODE__BOOT_MODE:
				setBootMode(BOOT_MODE_EDEFAULT);
				return;
			case PatchbayPackage.NODE__AGENT_ENDPOINT:
				setAgentEndpoint(AGENT_ENDPOINT_EDEFAULT);
				return;
			case PatchbayPackage.NODE__INTERFACES:
				getInterfaces().clear();
				return;
			case PatchbayPackage.NODE__POWER_OUTLET:
				setPowerOutlet((Outlet)null);
				return;
			case PatchbayPackage.NODE__FIXED_TO:
				setFixedTo(FIXED_TO_EDEFAULT);
				return;
			case PatchbayPackage.NODE__START_COMMAND:
				setStartCommand(START_COMMAND_EDEFAULT);
				return;
			case PatchbayPackage.NODE__DESIRED_FEATURES:
				getDesiredFeatures().clear();
				return;
			case PatchbayPackage.NODE__TARFILES:
				getTarfiles().clear();
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
			case PatchbayPackage.NODE__ROLE:
				return role != ROLE_EDEFAULT;
			case PatchbayPackage.NODE__HARDWARE_TYPE:
				return HARDWARE_TYPE_EDEFAULT == null ? hardwareType != null : !HARDWARE_TYPE_EDEFAULT.equals(hardwareType);
			case PatchbayPackage.NODE__OS_IMAGE:
				return osImage != null;
			case PatchbayPackage.NODE__BOOT_MODE:
				return bootMode != BOOT_MODE_EDEFAULT;
			case PatchbayPackage.NODE__AGENT_ENDPOINT:
				return AGENT_ENDPOINT_EDEFAULT == null ? agentEndpoint != null : !AGENT_ENDPOINT_EDEFAULT.equals(agentEndpoint);
			case PatchbayPackage.NODE__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case PatchbayPackage.NODE__POWER_OUTLET:
				return powerOutlet != null;
			case PatchbayPackage.NODE__FIXED_TO:
				return FIXED_TO_EDEFAULT == null ? fixedTo != null : !FIXED_TO_EDEFAULT.equals(fixedTo);
			case PatchbayPackage.NODE__START_COMMAND:
				return START_COMMAND_EDEFAULT == null ? startCommand != null : !START_COMMAND_EDEFAULT.equals(startCommand);
			case PatchbayPackage.NODE__DESIRED_FEATURES:
				return desiredFeatures != null && !desiredFeatures.isEmpty();
			case PatchbayPackage.NODE__TARFILES:
				return tarfiles != null && !tarfiles.isEmpty();
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
		result.append(" (role: ");
		result.append(role);
		result.append(", hardwareType: ");
		result.append(hardwareType);
		result.append(", bootMode: ");
		result.append(bootMode);
		result.append(", agentEndpoint: ");
		result.append(agentEndpoint);
		result.append(", fixedTo: ");
		result.append(fixedTo);
		result.append(", startCommand: ");
		result.append(startCommand);
		result.append(", desiredFeatures: ");
		result.append(desiredFeatures);
		result.append(", tarfiles: ");
		result.append(tarfiles);
		result.append(')');
		return result.toString();
	}

} //NodeImpl
