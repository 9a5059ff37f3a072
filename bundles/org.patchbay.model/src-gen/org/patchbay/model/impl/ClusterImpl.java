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
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.patchbay.model.Activity;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiskImage;
import org.patchbay.model.Experiment;
import org.patchbay.model.Lan;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayPackage;
import org.patchbay.model.PowerController;
import org.patchbay.model.Routing;
import org.patchbay.model.ScheduledEvent;
import org.patchbay.model.Switch;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getSwitches <em>Switches</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getPowerControllers <em>Power Controllers</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getLans <em>Lans</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.patchbay.model.impl.ClusterImpl#getRouting <em>Routing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterImpl extends NamedElementImpl implements Cluster {
	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getSwitches() <em>Switches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitches()
	 * @generated
	 * @ordered
	 */
	protected EList<Switch> switches;

	/**
	 * The cached value of the '{@link #getPowerControllers() <em>Power Controllers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerControllers()
	 * @generated
	 * @ordered
	 */
	protected EList<PowerController> powerControllers;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getLans() <em>Lans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLans()
	 * @generated
	 * @ordered
	 */
	protected EList<Lan> lans;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<DiskImage> images;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduledEvent> events;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * The cached value of the '{@link #getExperiments() <em>Experiments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiments()
	 * @generated
	 * @ordered
	 */
	protected EList<Experiment> experiments;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final Routing ROUTING_EDEFAULT = Routing.STATIC;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected Routing routing = ROUTING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchbayPackage.Literals.CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, PatchbayPackage.CLUSTER__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Switch> getSwitches() {
		if (switches == null) {
			switches = new EObjectContainmentEList<Switch>(Switch.class, this, PatchbayPackage.CLUSTER__SWITCHES);
		}
		return switches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PowerController> getPowerControllers() {
		if (powerControllers == null) {
			powerControllers = new EObjectContainmentEList<PowerController>(PowerController.class, this, PatchbayPackage.CLUSTER__POWER_CONTROLLERS);
		}
		return powerControllers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, PatchbayPackage.CLUSTER__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lan> getLans() {
		if (lans == null) {
			lans = new EObjectContainmentEList<Lan>(Lan.class, this, PatchbayPackage.CLUSTER__LANS);
		}
		return lans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiskImage> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<DiskImage>(DiskImage.class, this, PatchbayPackage.CLUSTER__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduledEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<ScheduledEvent>(ScheduledEvent.class, this, PatchbayPackage.CLUSTER__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<Activity>(Activity.class, this, PatchbayPackage.CLUSTER__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Experiment> getExperiments() {
		if (experiments == null) {
			experiments = new EObjectContainmentEList<Experiment>(Experiment.class, this, PatchbayPackage.CLUSTER__EXPERIMENTS);
		}
		return experiments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Routing getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(Routing newRouting) {
		Routing oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchbayPackage.CLUSTER__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchbayPackage.CLUSTER__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__SWITCHES:
				return ((InternalEList<?>)getSwitches()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__POWER_CONTROLLERS:
				return ((InternalEList<?>)getPowerControllers()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__LANS:
				return ((InternalEList<?>)getLans()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case PatchbayPackage.CLUSTER__EXPERIMENTS:
				return ((InternalEList<?>)getExperiments()).basicRemove(otherEnd, msgs);
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
			case PatchbayPackage.CLUSTER__NODES:
				return getNodes();
			case PatchbayPackage.CLUSTER__SWITCHES:
				return getSwitches();
			case PatchbayPackage.CLUSTER__POWER_CONTROLLERS:
				return getPowerControllers();
			case PatchbayPackage.CLUSTER__LINKS:
				return getLinks();
			case PatchbayPackage.CLUSTER__LANS:
				return getLans();
			case PatchbayPackage.CLUSTER__IMAGES:
				return getImages();
			case PatchbayPackage.CLUSTER__EVENTS:
				return getEvents();
			case PatchbayPackage.CLUSTER__ACTIVITIES:
				return getActivities();
			case PatchbayPackage.CLUSTER__EXPERIMENTS:
				return getExperiments();
			case PatchbayPackage.CLUSTER__ROUTING:
				return getRouting();
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
			case PatchbayPackage.CLUSTER__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case PatchbayPackage.CLUSTER__SWITCHES:
				getSwitches().clear();
				getSwitches().addAll((Collection<? extends Switch>)newValue);
				return;
			case PatchbayPackage.CLUSTER__POWER_CONTROLLERS:
				getPowerControllers().clear();
				getPowerControllers().addAll((Collection<? extends PowerController>)newValue);
				return;
			case PatchbayPackage.CLUSTER__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case PatchbayPackage.CLUSTER__LANS:
				getLans().clear();
				getLans().addAll((Collection<? extends Lan>)newValue);
				return;
			case PatchbayPackage.CLUSTER__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends DiskImage>)newValue);
				return;
			case PatchbayPackage.CLUSTER__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends ScheduledEvent>)newValue);
				return;
			case PatchbayPackage.CLUSTER__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
				return;
			case PatchbayPackage.CLUSTER__EXPERIMENTS:
				getExperiments().clear();
				getExperiments().addAll((Collection<? extends Experiment>)newValue);
				return;
			case PatchbayPackage.CLUSTER__ROUTING:
				setRouting((Routing)newValue);
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
			case PatchbayPackage.CLUSTER__NODES:
				getNodes().clear();
				return;
			case PatchbayPackage.CLUSTER__SWITCHES:
				getSwitches().clear();
				return;
			case PatchbayPackage.CLUSTER__POWER_CONTROLLERS:
				getPowerControllers().clear();
				return;
			case PatchbayPackage.CLUSTER__LINKS:
				getLinks().clear();
				return;
			case PatchbayPackage.CLUSTER__LANS:
				getLans().clear();
				return;
			case PatchbayPackage.CLUSTER__IMAGES:
				getImages().clear();
				return;
			case PatchbayPackage.CLUSTER__EVENTS:
				getEvents().clear();
				return;
			case PatchbayPackage.CLUSTER__ACTIVITIES:
				getActivities().clear();
				return;
			case PatchbayPackage.CLUSTER__EXPERIMENTS:
				getExperiments().clear();
				return;
			case PatchbayPackage.CLUSTER__ROUTING:
				setRouting(ROUTING_EDEFAULT);
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
			case PatchbayPackage.CLUSTER__NODES:
				return nodes != null && !nodes.isEmpty();
			case PatchbayPackage.CLUSTER__SWITCHES:
				return switches != null && !switches.isEmpty();
			case PatchbayPackage.CLUSTER__POWER_CONTROLLERS:
				return powerControllers != null && !powerControllers.isEmpty();
			case PatchbayPackage.CLUSTER__LINKS:
				return links != null && !links.isEmpty();
			case PatchbayPackage.CLUSTER__LANS:
				return lans != null && !lans.isEmpty();
			case PatchbayPackage.CLUSTER__IMAGES:
				return images != null && !images.isEmpty();
			case PatchbayPackage.CLUSTER__EVENTS:
				return events != null && !events.isEmpty();
			case PatchbayPackage.CLUSTER__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case PatchbayPackage.CLUSTER__EXPERIMENTS:
				return experiments != null && !experiments.isEmpty();
			case PatchbayPackage.CLUSTER__ROUTING:
				return routing != ROUTING_EDEFAULT;
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
		result.append(" (routing: ");
		result.append(routing);
		result.append(')');
		return result.toString();
	}

} //ClusterImpl
