/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.DiskImage#getOs <em>Os</em>}</li>
 *   <li>{@link org.patchbay.model.DiskImage#getLocation <em>Location</em>}</li>
 *   <li>{@link org.patchbay.model.DiskImage#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.patchbay.model.DiskImage#getSourceNode <em>Source Node</em>}</li>
 *   <li>{@link org.patchbay.model.DiskImage#getFileSystem <em>File System</em>}</li>
 *   <li>{@link org.patchbay.model.DiskImage#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.patchbay.model.DiskImage#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getDiskImage()
 * @model
 * @generated
 */
public interface DiskImage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os</em>' attribute.
	 * @see #setOs(String)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_Os()
	 * @model
	 * @generated
	 */
	String getOs();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getOs <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' attribute.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(long)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_SizeBytes()
	 * @model
	 * @generated
	 */
	long getSizeBytes();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(long value);

	/**
	 * Returns the value of the '<em><b>Source Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node whose disk the image was captured from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Node</em>' attribute.
	 * @see #setSourceNode(String)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_SourceNode()
	 * @model
	 * @generated
	 */
	String getSourceNode();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getSourceNode <em>Source Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Node</em>' attribute.
	 * @see #getSourceNode()
	 * @generated
	 */
	void setSourceNode(String value);

	/**
	 * Returns the value of the '<em><b>File System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partition table and file systems of the captured disk, as pb-image describes them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File System</em>' attribute.
	 * @see #setFileSystem(String)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_FileSystem()
	 * @model
	 * @generated
	 */
	String getFileSystem();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getFileSystem <em>File System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File System</em>' attribute.
	 * @see #getFileSystem()
	 * @generated
	 */
	void setFileSystem(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the image file: the image a node runs is exactly this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the image was captured (ISO-8601).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(String)
	 * @see org.patchbay.model.PatchbayPackage#getDiskImage_Created()
	 * @model
	 * @generated
	 */
	String getCreated();

	/**
	 * Sets the value of the '{@link org.patchbay.model.DiskImage#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(String value);

} // DiskImage
