/**
 */
package org.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Event Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.patchbay.model.PatchbayPackage#getEventAction()
 * @model
 * @generated
 */
public enum EventAction implements Enumerator {
	/**
	 * The '<em><b>Link Down</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_DOWN(0, "linkDown", "linkDown"),

	/**
	 * The '<em><b>Link Up</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_UP_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_UP(1, "linkUp", "linkUp"),

	/**
	 * The '<em><b>Bandwidth</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BANDWIDTH_VALUE
	 * @generated
	 * @ordered
	 */
	BANDWIDTH(2, "bandwidth", "bandwidth"),

	/**
	 * The '<em><b>Delay</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAY_VALUE
	 * @generated
	 * @ordered
	 */
	DELAY(3, "delay", "delay"),

	/**
	 * The '<em><b>Loss</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOSS_VALUE
	 * @generated
	 * @ordered
	 */
	LOSS(4, "loss", "loss"),

	/**
	 * The '<em><b>Run Command</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUN_COMMAND_VALUE
	 * @generated
	 * @ordered
	 */
	RUN_COMMAND(5, "runCommand", "runCommand"), /**
	 * The '<em><b>Start</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START_VALUE
	 * @generated
	 * @ordered
	 */
	START(6, "start", "start"), /**
	 * The '<em><b>Stop</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_VALUE
	 * @generated
	 * @ordered
	 */
	STOP(7, "stop", "stop");

	/**
	 * The '<em><b>Link Down</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_DOWN
	 * @model name="linkDown"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_DOWN_VALUE = 0;

	/**
	 * The '<em><b>Link Up</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_UP
	 * @model name="linkUp"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_UP_VALUE = 1;

	/**
	 * The '<em><b>Bandwidth</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BANDWIDTH
	 * @model name="bandwidth"
	 * @generated
	 * @ordered
	 */
	public static final int BANDWIDTH_VALUE = 2;

	/**
	 * The '<em><b>Delay</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAY
	 * @model name="delay"
	 * @generated
	 * @ordered
	 */
	public static final int DELAY_VALUE = 3;

	/**
	 * The '<em><b>Loss</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOSS
	 * @model name="loss"
	 * @generated
	 * @ordered
	 */
	public static final int LOSS_VALUE = 4;

	/**
	 * The '<em><b>Run Command</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUN_COMMAND
	 * @model name="runCommand"
	 * @generated
	 * @ordered
	 */
	public static final int RUN_COMMAND_VALUE = 5;

	/**
	 * The '<em><b>Start</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START
	 * @model name="start"
	 * @generated
	 * @ordered
	 */
	public static final int START_VALUE = 6;

	/**
	 * The '<em><b>Stop</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP
	 * @model name="stop"
	 * @generated
	 * @ordered
	 */
	public static final int STOP_VALUE = 7;

	/**
	 * An array of all the '<em><b>Event Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EventAction[] VALUES_ARRAY =
		new EventAction[] {
			LINK_DOWN,
			LINK_UP,
			BANDWIDTH,
			DELAY,
			LOSS,
			RUN_COMMAND,
			START,
			STOP,
		};

	/**
	 * A public read-only list of all the '<em><b>Event Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EventAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Event Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EventAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Event Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EventAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Event Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventAction get(int value) {
		switch (value) {
			case LINK_DOWN_VALUE: return LINK_DOWN;
			case LINK_UP_VALUE: return LINK_UP;
			case BANDWIDTH_VALUE: return BANDWIDTH;
			case DELAY_VALUE: return DELAY;
			case LOSS_VALUE: return LOSS;
			case RUN_COMMAND_VALUE: return RUN_COMMAND;
			case START_VALUE: return START;
			case STOP_VALUE: return STOP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EventAction(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EventAction
