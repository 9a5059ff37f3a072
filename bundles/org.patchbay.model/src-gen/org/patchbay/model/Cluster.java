/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.Cluster#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getSwitches <em>Switches</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getPowerControllers <em>Power Controllers</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getLinks <em>Links</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getLans <em>Lans</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getImages <em>Images</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getEvents <em>Events</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.patchbay.model.Cluster#getRouting <em>Routing</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getCluster()
 * @model
 * @generated
 */
public interface Cluster extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Switches</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Switch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Switches</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Switches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Switch> getSwitches();

	/**
	 * Returns the value of the '<em><b>Power Controllers</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.PowerController}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Controllers</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_PowerControllers()
	 * @model containment="true"
	 * @generated
	 */
	EList<PowerController> getPowerControllers();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Lans</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Lan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lans</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Lans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lan> getLans();

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.DiskImage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiskImage> getImages();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.ScheduledEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timed events for a running topology, as Emulab's $ns at: kept with the topology, run by the console.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduledEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programs and traffic generators that run on nodes, started and stopped by events (Emulab's program agents and ns-2 traffic agents).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Experiments</b></em>' containment reference list.
	 * The list contents are of type {@link org.patchbay.model.Experiment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameter sweeps over this topology (Netbed's batch experiments): kept with it, run by the console or patchbay-cli sweep.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Experiments</em>' containment reference list.
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Experiments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Experiment> getExperiments();

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.patchbay.model.Routing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How routes between subnets are set up, as Emulab's rtproto: static shortest-path routes (the default), a routing daemon, or none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.patchbay.model.Routing
	 * @see #setRouting(Routing)
	 * @see org.patchbay.model.PatchbayPackage#getCluster_Routing()
	 * @model
	 * @generated
	 */
	Routing getRouting();

	/**
	 * Sets the value of the '{@link org.patchbay.model.Cluster#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.patchbay.model.Routing
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(Routing value);

} // Cluster
