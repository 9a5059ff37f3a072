/**
 */
package org.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A command run on each of its nodes in a run, with ${parameter}, ${node}, ${index}, ${count} and ${address:NODE} replaced.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.patchbay.model.WorkloadStep#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.patchbay.model.WorkloadStep#getCommand <em>Command</em>}</li>
 *   <li>{@link org.patchbay.model.WorkloadStep#getOrder <em>Order</em>}</li>
 *   <li>{@link org.patchbay.model.WorkloadStep#isBackground <em>Background</em>}</li>
 * </ul>
 *
 * @see org.patchbay.model.PatchbayPackage#getWorkloadStep()
 * @model
 * @generated
 */
public interface WorkloadStep extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' reference list.
	 * The list contents are of type {@link org.patchbay.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' reference list.
	 * @see org.patchbay.model.PatchbayPackage#getWorkloadStep_Nodes()
	 * @model
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see org.patchbay.model.PatchbayPackage#getWorkloadStep_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link org.patchbay.model.WorkloadStep#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps start by order; equal orders start together.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.patchbay.model.PatchbayPackage#getWorkloadStep_Order()
	 * @model default="0"
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.patchbay.model.WorkloadStep#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs beside the others (a server, a load generator) and is ended when the foreground steps have ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Background</em>' attribute.
	 * @see #setBackground(boolean)
	 * @see org.patchbay.model.PatchbayPackage#getWorkloadStep_Background()
	 * @model
	 * @generated
	 */
	boolean isBackground();

	/**
	 * Sets the value of the '{@link org.patchbay.model.WorkloadStep#isBackground <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background</em>' attribute.
	 * @see #isBackground()
	 * @generated
	 */
	void setBackground(boolean value);

} // WorkloadStep
