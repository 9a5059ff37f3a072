/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.patchbay.model.Node;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Traffic Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.TrafficFlowImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TrafficFlowImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TrafficFlowImpl#getPacketSizeBytes <em>Packet Size Bytes</em>}</li>
 *   <li>{@link org.patchbay.model.impl.TrafficFlowImpl#getRateBps <em>Rate Bps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrafficFlowImpl extends ActivityImpl implements TrafficFlow {
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final TrafficProtocol PROTOCOL_EDEFAULT = TrafficProtocol.UDP;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected TrafficProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected Node destination;

	/**
	 * The default value of the '{@link #getPacketSizeBytes() <em>Packet Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int PACKET_SIZE_BYTES_EDEFAULT = 210;

	/**
	 * The cached value of the '{@link #getPacketSizeBytes() <em>Packet Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected int packetSizeBytes = PACKET_SIZE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRateBps() <em>Rate Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateBps()
	 * @generated
	 * @ordered
	 */
	protected static final long RATE_BPS_EDEFAULT = 448000L;

	/**
	 * The cached value of the '{@link #getRateBps() <em>Rate Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateBps()
	 * @generated
	 * @ordered
	 */
	protected long rateBps = RATE_BPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrafficFlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.TRAFFIC_FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrafficProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(TrafficProtocol newProtocol) {
		TrafficProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRAFFIC_FLOW__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getDestination() {
		if (destination != null && destination.eIsProxy()) {
			InternalEObject oldDestination = (InternalEObject)destination;
			destination = (Node)eResolveProxy(oldDestination);
			if (destination != oldDestination) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.TRAFFIC_FLOW__DESTINATION, oldDestination, destination));
			}
		}
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(Node newDestination) {
		Node oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRAFFIC_FLOW__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPacketSizeBytes() {
		return packetSizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketSizeBytes(int newPacketSizeBytes) {
		int oldPacketSizeBytes = packetSizeBytes;
		packetSizeBytes = newPacketSizeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRAFFIC_FLOW__PACKET_SIZE_BYTES, oldPacketSizeBytes, packetSizeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRateBps() {
		return rateBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRateBps(long newRateBps) {
		long oldRateBps = rateBps;
		rateBps = newRateBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.TRAFFIC_FLOW__RATE_BPS, oldRateBps, rateBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.TRAFFIC_FLOW__PROTOCOL:
				return getProtocol();
			case PatchbayPackage.TRAFFIC_FLOW__DESTINATION:
				if (resolve) return getDestination();
				return basicGetDestination();
			case PatchbayPackage.TRAFFIC_FLOW__PACKET_SIZE_BYTES:
				return getPacketSizeBytes();
			case PatchbayPackage.TRAFFIC_FLOW__RATE_BPS:
				return getRateBps();
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
			case PatchbayPackage.TRAFFIC_FLOW__PROTOCOL:
				setProtocol((TrafficProtocol)newValue);
				return;
			case PatchbayPackage.TRAFFIC_FLOW__DESTINATION:
				setDestination((Node)newValue);
				return;
			case PatchbayPackage.TRAFFIC_FLOW__PACKET_SIZE_BYTES:
				setPacketSizeBytes((Integer)newValue);
				return;
			case PatchbayPackage.TRAFFIC_FLOW__RATE_BPS:
				setRateBps((Long)newValue);
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
			case PatchbayPackage.TRAFFIC_FLOW__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case PatchbayPackage.TRAFFIC_FLOW__DESTINATION:
				setDestination((Node)null);
				return;
			case PatchbayPackage.TRAFFIC_FLOW__PACKET_SIZE_BYTES:
				setPacketSizeBytes(PACKET_SIZE_BYTES_EDEFAULT);
				return;
			case PatchbayPackage.TRAFFIC_FLOW__RATE_BPS:
				setRateBps(RATE_BPS_EDEFAULT);
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
			case PatchbayPackage.TRAFFIC_FLOW__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case PatchbayPackage.TRAFFIC_FLOW__DESTINATION:
				return destination != null;
			case PatchbayPackage.TRAFFIC_FLOW__PACKET_SIZE_BYTES:
				return packetSizeBytes != PACKET_SIZE_BYTES_EDEFAULT;
			case PatchbayPackage.TRAFFIC_FLOW__RATE_BPS:
				return rateBps != RATE_BPS_EDEFAULT;
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
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", packetSizeBytes: ");
		result.append(packetSizeBytes);
		result.append(", rateBps: ");
		result.append(rateBps);
		result.append(')');
		return result.toString();
	}

} //TrafficFlowImpl
