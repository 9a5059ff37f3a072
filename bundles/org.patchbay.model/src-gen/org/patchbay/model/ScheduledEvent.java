/**
 */
package org.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduled Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * At atSeconds after the schedule starts: take a link or LAN down or up, change its bandwidth, delay or loss (value as in Properties: 10Mb, 20ms, 1%), run a command (value) on a node, or start or stop an activity (a program or a traffic flow).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.ScheduledEvent#getAtSeconds <em>At Seconds</em>}</li>
 *   <li>{@link org.patchbay.model.ScheduledEvent#getAction <em>Action</em>}</li>
 *   <li>{@link org.patchbay.model.ScheduledEvent#getLink <em>Link</em>}</li>
 *   <li>{@link org.patchbay.model.ScheduledEvent#getNode <em>Node</em>}</li>
 *   <li>{@link org.patchbay.model.ScheduledEvent#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.patchbay.model.ScheduledEvent#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent()
 * @model
 * @generated
 */
public interface ScheduledEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>At Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At Seconds</em>' attribute.
	 * @see #setAtSeconds(double)
	 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent_AtSeconds()
	 * @model default="0"
	 * @generated
	 */
	double getAtSeconds();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ScheduledEvent#getAtSeconds <em>At Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Seconds</em>' attribute.
	 * @see #getAtSeconds()
	 * @generated
	 */
	void setAtSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.EventAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.patchbay.model.EventAction
	 * @see #setAction(EventAction)
	 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent_Action()
	 * @model
	 * @generated
	 */
	EventAction getAction();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ScheduledEvent#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.patchbay.model.EventAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(EventAction value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' reference.
	 * @see #setLink(ShapedElement)
	 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent_Link()
	 * @model
	 * @generated
	 */
	ShapedElement getLink();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ScheduledEvent#getLink <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' reference.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(ShapedElement value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ScheduledEvent#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' reference.
	 * @see #setActivity(Activity)
	 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent_Activity()
	 * @model
	 * @generated
	 */
	Activity getActivity();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ScheduledEvent#getActivity <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' reference.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(Activity value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.patchbay.model.PatchbayPackage#getScheduledEvent_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.patchbay.model.ScheduledEvent#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // ScheduledEvent
