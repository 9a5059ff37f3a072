/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.patchbay.model.DiskImage;
import org.patchbay.model.PatchbayPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disk Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getOs <em>Os</em>}</li>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getSourceNode <em>Source Node</em>}</li>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getFileSystem <em>File System</em>}</li>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.patchbay.model.impl.DiskImageImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiskImageImpl extends NamedElementImpl implements DiskImage {
	/**
	 * The default value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected String os = OS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected long sizeBytes = SIZE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceNode() <em>Source Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceNode()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_NODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceNode() <em>Source Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceNode()
	 * @generated
	 * @ordered
	 */
	protected String sourceNode = SOURCE_NODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileSystem() <em>File System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileSystem() <em>File System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSystem()
	 * @generated
	 * @ordered
	 */
	protected String fileSystem = FILE_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected String created = CREATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiskImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.DISK_IMAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOs() {
		return os;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOs(String newOs) {
		String oldOs = os;
		os = newOs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__OS, oldOs, os));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSizeBytes() {
		return sizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeBytes(long newSizeBytes) {
		long oldSizeBytes = sizeBytes;
		sizeBytes = newSizeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__SIZE_BYTES, oldSizeBytes, sizeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceNode() {
		return sourceNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceNode(String newSourceNode) {
		String oldSourceNode = sourceNode;
		sourceNode = newSourceNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__SOURCE_NODE, oldSourceNode, sourceNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileSystem() {
		return fileSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSystem(String newFileSystem) {
		String oldFileSystem = fileSystem;
		fileSystem = newFileSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__FILE_SYSTEM, oldFileSystem, fileSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(String newCreated) {
		String oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.DISK_IMAGE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.DISK_IMAGE__OS:
				return getOs();
			case PatchbayPackage.DISK_IMAGE__LOCATION:
				return getLocation();
			case PatchbayPackage.DISK_IMAGE__SIZE_BYTES:
				return getSizeBytes();
			case PatchbayPackage.DISK_IMAGE__SOURCE_NODE:
				return getSourceNode();
			case PatchbayPackage.DISK_IMAGE__FILE_SYSTEM:
				return getFileSystem();
			case PatchbayPackage.DISK_IMAGE__SHA256:
				return getSha256();
			case PatchbayPackage.DISK_IMAGE__CREATED:
				return getCreated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchbayPackage.DISK_IMAGE__OS:
				setOs((String)newValue);
				return;
			case PatchbayPackage.DISK_IMAGE__LOCATION:
				setLocation((String)newValue);
				return;
			case PatchbayPackage.DISK_IMAGE__SIZE_BYTES:
				setSizeBytes((Long)newValue);
				return;
			case PatchbayPackage.DISK_IMAGE__SOURCE_NODE:
				setSourceNode((String)newValue);
				return;
			case PatchbayPackage.DISK_IMAGE__FILE_SYSTEM:
				setFileSystem((String)newValue);
				return;
			case PatchbayPackage.DISK_IMAGE__SHA256:
				setSha256((String)newValue);
				return;
			case PatchbayPackage.DISK_IMAGE__CREATED:
				setCreated((String)newValue);
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
			case PatchbayPackage.DISK_IMAGE__OS:
				setOs(OS_EDEFAULT);
				return;
			case PatchbayPackage.DISK_IMAGE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case PatchbayPackage.DISK_IMAGE__SIZE_BYTES:
				setSizeBytes(SIZE_BYTES_EDEFAULT);
				return;
			case PatchbayPackage.DISK_IMAGE__SOURCE_NODE:
				setSourceNode(SOURCE_NODE_EDEFAULT);
				return;
			case PatchbayPackage.DISK_IMAGE__FILE_SYSTEM:
				setFileSystem(FILE_SYSTEM_EDEFAULT);
				return;
			case PatchbayPackage.DISK_IMAGE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case PatchbayPackage.DISK_IMAGE__CREATED:
				setCreated(CREATED_EDEFAULT);
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
			case PatchbayPackage.DISK_IMAGE__OS:
				return OS_EDEFAULT == null ? os != null : !OS_EDEFAULT.equals(os);
			case PatchbayPackage.DISK_IMAGE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case PatchbayPackage.DISK_IMAGE__SIZE_BYTES:
				return sizeBytes != SIZE_BYTES_EDEFAULT;
			case PatchbayPackage.DISK_IMAGE__SOURCE_NODE:
				return SOURCE_NODE_EDEFAULT == null ? sourceNode != null : !SOURCE_NODE_EDEFAULT.equals(sourceNode);
			case PatchbayPackage.DISK_IMAGE__FILE_SYSTEM:
				return FILE_SYSTEM_EDEFAULT == null ? fileSystem != null : !FILE_SYSTEM_EDEFAULT.equals(fileSystem);
			case PatchbayPackage.DISK_IMAGE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case PatchbayPackage.DISK_IMAGE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
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
		result.append(" (os: ");
		result.append(os);
		result.append(", location: ");
		result.append(location);
		result.append(", sizeBytes: ");
		result.append(sizeBytes);
		result.append(", sourceNode: ");
		result.append(sourceNode);
		result.append(", fileSystem: ");
		result.append(fileSystem);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //DiskImageImpl
