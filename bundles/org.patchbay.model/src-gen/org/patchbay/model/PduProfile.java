/**
 */
package org.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pdu Profile</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.patchbay.model.PatchbayPackage#getPduProfile()
 * @model
 * @generated
 */
public enum PduProfile implements Enumerator {
	/**
	 * The '<em><b>Apc Rack Pdu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APC_RACK_PDU_VALUE
	 * @generated
	 * @ordered
	 */
	APC_RACK_PDU(0, "apcRackPdu", "apcRackPdu"),

	/**
	 * The '<em><b>Apc Master Switch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APC_MASTER_SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	APC_MASTER_SWITCH(1, "apcMasterSwitch", "apcMasterSwitch"),

	/**
	 * The '<em><b>Raritan Pdu2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RARITAN_PDU2_VALUE
	 * @generated
	 * @ordered
	 */
	RARITAN_PDU2(2, "raritanPdu2", "raritanPdu2"),

	/**
	 * The '<em><b>Eaton Epdu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EATON_EPDU_VALUE
	 * @generated
	 * @ordered
	 */
	EATON_EPDU(3, "eatonEpdu", "eatonEpdu"),

	/**
	 * The '<em><b>Generic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERIC_VALUE
	 * @generated
	 * @ordered
	 */
	GENERIC(4, "generic", "generic");

	/**
	 * The '<em><b>Apc Rack Pdu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APC_RACK_PDU
	 * @model name="apcRackPdu"
	 * @generated
	 * @ordered
	 */
	public static final int APC_RACK_PDU_VALUE = 0;

	/**
	 * The '<em><b>Apc Master Switch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APC_MASTER_SWITCH
	 * @model name="apcMasterSwitch"
	 * @generated
	 * @ordered
	 */
	public static final int APC_MASTER_SWITCH_VALUE = 1;

	/**
	 * The '<em><b>Raritan Pdu2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RARITAN_PDU2
	 * @model name="raritanPdu2"
	 * @generated
	 * @ordered
	 */
	public static final int RARITAN_PDU2_VALUE = 2;

	/**
	 * The '<em><b>Eaton Epdu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EATON_EPDU
	 * @model name="eatonEpdu"
	 * @generated
	 * @ordered
	 */
	public static final int EATON_EPDU_VALUE = 3;

	/**
	 * The '<em><b>Generic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERIC
	 * @model name="generic"
	 * @generated
	 * @ordered
	 */
	public static final int GENERIC_VALUE = 4;

	/**
	 * An array of all the '<em><b>Pdu Profile</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PduProfile[] VALUES_ARRAY =
		new PduProfile[] {
			APC_RACK_PDU,
			APC_MASTER_SWITCH,
			RARITAN_PDU2,
			EATON_EPDU,
			GENERIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Pdu Profile</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PduProfile> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pdu Profile</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PduProfile get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PduProfile result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pdu Profile</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PduProfile getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PduProfile result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pdu Profile</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PduProfile get(int value) {
		switch (value) {
			case APC_RACK_PDU_VALUE: return APC_RACK_PDU;
			case APC_MASTER_SWITCH_VALUE: return APC_MASTER_SWITCH;
			case RARITAN_PDU2_VALUE: return RARITAN_PDU2;
			case EATON_EPDU_VALUE: return EATON_EPDU;
			case GENERIC_VALUE: return GENERIC;
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
	private PduProfile(int value, String name, String literal) {
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
	
} //PduProfile
