/**
 */
package org.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Interface Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.patchbay.model.PatchbayPackage#getInterfaceKind()
 * @model
 * @generated
 */
public enum InterfaceKind implements Enumerator {
	/**
	 * The '<em><b>Ethernet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET_VALUE
	 * @generated
	 * @ordered
	 */
	ETHERNET(0, "ethernet", "ethernet"),

	/**
	 * The '<em><b>Infiniband</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFINIBAND_VALUE
	 * @generated
	 * @ordered
	 */
	INFINIBAND(1, "infiniband", "infiniband"),

	/**
	 * The '<em><b>Sci</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCI_VALUE
	 * @generated
	 * @ordered
	 */
	SCI(2, "sci", "sci"),

	/**
	 * The '<em><b>Dx</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DX_VALUE
	 * @generated
	 * @ordered
	 */
	DX(3, "dx", "dx"),

	/**
	 * The '<em><b>Myrinet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYRINET_VALUE
	 * @generated
	 * @ordered
	 */
	MYRINET(4, "myrinet", "myrinet");

	/**
	 * The '<em><b>Ethernet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET
	 * @model name="ethernet"
	 * @generated
	 * @ordered
	 */
	public static final int ETHERNET_VALUE = 0;

	/**
	 * The '<em><b>Infiniband</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFINIBAND
	 * @model name="infiniband"
	 * @generated
	 * @ordered
	 */
	public static final int INFINIBAND_VALUE = 1;

	/**
	 * The '<em><b>Sci</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCI
	 * @model name="sci"
	 * @generated
	 * @ordered
	 */
	public static final int SCI_VALUE = 2;

	/**
	 * The '<em><b>Dx</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DX
	 * @model name="dx"
	 * @generated
	 * @ordered
	 */
	public static final int DX_VALUE = 3;

	/**
	 * The '<em><b>Myrinet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYRINET
	 * @model name="myrinet"
	 * @generated
	 * @ordered
	 */
	public static final int MYRINET_VALUE = 4;

	/**
	 * An array of all the '<em><b>Interface Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterfaceKind[] VALUES_ARRAY =
		new InterfaceKind[] {
			ETHERNET,
			INFINIBAND,
			SCI,
			DX,
			MYRINET,
		};

	/**
	 * A public read-only list of all the '<em><b>Interface Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterfaceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interface Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterfaceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterfaceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceKind get(int value) {
		switch (value) {
			case ETHERNET_VALUE: return ETHERNET;
			case INFINIBAND_VALUE: return INFINIBAND;
			case SCI_VALUE: return SCI;
			case DX_VALUE: return DX;
			case MYRINET_VALUE: return MYRINET;
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
	private InterfaceKind(int value, String name, String literal) {
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
	
} //InterfaceKind
