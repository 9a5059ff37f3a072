/**
 */
package org.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.patchbay.model.PatchbayPackage#getMeasureKind()
 * @model
 * @generated
 */
public enum MeasureKind implements Enumerator {
	/**
	 * The '<em><b>Output Pattern</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTPUT_PATTERN_VALUE
	 * @generated
	 * @ordered
	 */
	OUTPUT_PATTERN(0, "outputPattern", "outputPattern"),

	/**
	 * The '<em><b>Wall Time</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WALL_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	WALL_TIME(1, "wallTime", "wallTime"),

	/**
	 * The '<em><b>Cpu Time</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	CPU_TIME(2, "cpuTime", "cpuTime"),

	/**
	 * The '<em><b>Link Bytes</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_BYTES_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_BYTES(3, "linkBytes", "linkBytes"), /**
	 * The '<em><b>Agent Sample</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENT_SAMPLE_VALUE
	 * @generated
	 * @ordered
	 */
	AGENT_SAMPLE(4, "agentSample", "agentSample");

	/**
	 * The '<em><b>Output Pattern</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTPUT_PATTERN
	 * @model name="outputPattern"
	 * @generated
	 * @ordered
	 */
	public static final int OUTPUT_PATTERN_VALUE = 0;

	/**
	 * The '<em><b>Wall Time</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WALL_TIME
	 * @model name="wallTime"
	 * @generated
	 * @ordered
	 */
	public static final int WALL_TIME_VALUE = 1;

	/**
	 * The '<em><b>Cpu Time</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_TIME
	 * @model name="cpuTime"
	 * @generated
	 * @ordered
	 */
	public static final int CPU_TIME_VALUE = 2;

	/**
	 * The '<em><b>Link Bytes</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_BYTES
	 * @model name="linkBytes"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_BYTES_VALUE = 3;

	/**
	 * The '<em><b>Agent Sample</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENT_SAMPLE
	 * @model name="agentSample"
	 * @generated
	 * @ordered
	 */
	public static final int AGENT_SAMPLE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Measure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureKind[] VALUES_ARRAY =
		new MeasureKind[] {
			OUTPUT_PATTERN,
			WALL_TIME,
			CPU_TIME,
			LINK_BYTES,
			AGENT_SAMPLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind get(int value) {
		switch (value) {
			case OUTPUT_PATTERN_VALUE: return OUTPUT_PATTERN;
			case WALL_TIME_VALUE: return WALL_TIME;
			case CPU_TIME_VALUE: return CPU_TIME;
			case LINK_BYTES_VALUE: return LINK_BYTES;
			case AGENT_SAMPLE_VALUE: return AGENT_SAMPLE;
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
	private MeasureKind(int value, String name, String literal) {
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
	
} //MeasureKind
