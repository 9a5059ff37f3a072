/**
 */
package org.patchbay.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.patchbay.model.Activity;
import org.patchbay.model.EventAction;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.ShapedElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scheduled Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.ScheduledEventImpl#getAtSeconds <em>At Seconds</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ScheduledEventImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ScheduledEventImpl#getLink <em>Link</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ScheduledEventImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ScheduledEventImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ScheduledEventImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduledEventImpl extends MinimalEObjectImpl.Container implements ScheduledEvent {
	/**
	 * The default value of the '{@link #getAtSeconds() <em>At Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double AT_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAtSeconds() <em>At Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtSeconds()
	 * @generated
	 * @ordered
	 */
	protected double atSeconds = AT_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final EventAction ACTION_EDEFAULT = EventAction.LINK_DOWN;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected EventAction action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected ShapedElement link;

	/**
	 * The cached value of the '{@link #getNode() <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNode()
	 * @generated
	 * @ordered
	 */
	protected Node node;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected Activity activity;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduledEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.SCHEDULED_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAtSeconds() {
		return atSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtSeconds(double newAtSeconds) {
		double oldAtSeconds = atSeconds;
		atSeconds = newAtSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SCHEDULED_EVENT__AT_SECONDS, oldAtSeconds, atSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(EventAction newAction) {
		EventAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SCHEDULED_EVENT__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShapedElement getLink() {
		if (link != null && link.eIsProxy()) {
			InternalEObject oldLink = (InternalEObject)link;
			link = (ShapedElement)eResolveProxy(oldLink);
			if (link != oldLink) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.SCHEDULED_EVENT__LINK, oldLink, link));
			}
		}
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShapedElement basicGetLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(ShapedElement newLink) {
		ShapedElement oldLink = link;
		link = newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SCHEDULED_EVENT__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getNode() {
		if (node != null && node.eIsProxy()) {
			InternalEObject oldNode = (InternalEObject)node;
			node = (Node)eResolveProxy(oldNode);
			if (node != oldNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.SCHEDULED_EVENT__NODE, oldNode, node));
			}
		}
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetNode() {
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(Node newNode) {
		Node oldNode = node;
		node = newNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SCHEDULED_EVENT__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity getActivity() {
		if (activity != null && activity.eIsProxy()) {
			InternalEObject oldActivity = (InternalEObject)activity;
			activity = (Activity)eResolveProxy(oldActivity);
			if (activity != oldActivity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchbayPackage.SCHEDULED_EVENT__ACTIVITY, oldActivity, activity));
			}
		}
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activity basicGetActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(Activity newActivity) {
		Activity oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SCHEDULED_EVENT__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.SCHEDULED_EVENT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchbayPackage.SCHEDULED_EVENT__AT_SECONDS:
				return getAtSeconds();
			case PatchbayPackage.SCHEDULED_EVENT__ACTION:
				return getAction();
			case PatchbayPackage.SCHEDULED_EVENT__LINK:
				if (resolve) return getLink();
				return basicGetLink();
			case PatchbayPackage.SCHEDULED_EVENT__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case PatchbayPackage.SCHEDULED_EVENT__ACTIVITY:
				if (resolve) return getActivity();
				return basicGetActivity();
			case PatchbayPackage.SCHEDULED_EVENT__VALUE:
				return getValue();
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
			case PatchbayPackage.SCHEDULED_EVENT__AT_SECONDS:
				setAtSeconds((Double)newValue);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__ACTION:
				setAction((EventAction)newValue);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__LINK:
				setLink((ShapedElement)newValue);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__NODE:
				setNode((Node)newValue);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__ACTIVITY:
				setActivity((Activity)newValue);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__VALUE:
				setValue((String)newValue);
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
			case PatchbayPackage.SCHEDULED_EVENT__AT_SECONDS:
				setAtSeconds(AT_SECONDS_EDEFAULT);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__LINK:
				setLink((ShapedElement)null);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__NODE:
				setNode((Node)null);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__ACTIVITY:
				setActivity((Activity)null);
				return;
			case PatchbayPackage.SCHEDULED_EVENT__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case PatchbayPackage.SCHEDULED_EVENT__AT_SECONDS:
				return atSeconds != AT_SECONDS_EDEFAULT;
			case PatchbayPackage.SCHEDULED_EVENT__ACTION:
				return action != ACTION_EDEFAULT;
			case PatchbayPackage.SCHEDULED_EVENT__LINK:
				return link != null;
			case PatchbayPackage.SCHEDULED_EVENT__NODE:
				return node != null;
			case PatchbayPackage.SCHEDULED_EVENT__ACTIVITY:
				return activity != null;
			case PatchbayPackage.SCHEDULED_EVENT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (atSeconds: ");
		result.append(atSeconds);
		result.append(", action: ");
		result.append(action);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //ScheduledEventImpl
