/**
 */
package org.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Traffic Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Constant-bit-rate traffic from its node to a destination node (ns-2's Application/Traffic/CBR over Agent/UDP or Agent/TCP).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.TrafficFlow#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.patchbay.model.TrafficFlow#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.patchbay.model.TrafficFlow#getPacketSizeBytes <em>Packet Size Bytes</em>}</li>
 *   <li>{@link org.patchbay.model.TrafficFlow#getRateBps <em>Rate Bps</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getTrafficFlow()
 * @model
 * @generated
 */
public interface TrafficFlow extends Activity {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.TrafficProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.patchbay.model.TrafficProtocol
	 * @see #setProtocol(TrafficProtocol)
	 * @see org.patchbay.model.PatchbayPackage#getTrafficFlow_Protocol()
	 * @model
	 * @generated
	 */
	TrafficProtocol getProtocol();

	/**
	 * Sets the value of the '{@link org.patchbay.model.TrafficFlow#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.patchbay.model.TrafficProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(TrafficProtocol value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(Node)
	 * @see org.patchbay.model.PatchbayPackage#getTrafficFlow_Destination()
	 * @model
	 * @generated
	 */
	Node getDestination();

	/**
	 * Sets the value of the '{@link org.patchbay.model.TrafficFlow#getDestination <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' reference.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(Node value);

	/**
	 * Returns the value of the '<em><b>Packet Size Bytes</b></em>' attribute.
	 * The default value is <code>"210"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Packet Size Bytes</em>' attribute.
	 * @see #setPacketSizeBytes(int)
	 * @see org.patchbay.model.PatchbayPackage#getTrafficFlow_PacketSizeBytes()
	 * @model default="210"
	 * @generated
	 */
	int getPacketSizeBytes();

	/**
	 * Sets the value of the '{@link org.patchbay.model.TrafficFlow#getPacketSizeBytes <em>Packet Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet Size Bytes</em>' attribute.
	 * @see #getPacketSizeBytes()
	 * @generated
	 */
	void setPacketSizeBytes(int value);

	/**
	 * Returns the value of the '<em><b>Rate Bps</b></em>' attribute.
	 * The default value is <code>"448000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate Bps</em>' attribute.
	 * @see #setRateBps(long)
	 * @see org.patchbay.model.PatchbayPackage#getTrafficFlow_RateBps()
	 * @model default="448000"
	 * @generated
	 */
	long getRateBps();

	/**
	 * Sets the value of the '{@link org.patchbay.model.TrafficFlow#getRateBps <em>Rate Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Bps</em>' attribute.
	 * @see #getRateBps()
	 * @generated
	 */
	void setRateBps(long value);

} // TrafficFlow
