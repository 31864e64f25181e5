package mx.buzon.acuse;

/**
 * The verdict of an acuse verification: never two values, because "intact" is not "authentic".
 *
 * <ul>
 *   <li>{@link #VALIDO}: sealed by an institution certificate the host trusts, and everything checks.</li>
 *   <li>{@link #INTEGRO_NO_AUTENTICADO}: intact and self-consistent (the seal covers every byte and verifies,
 *       the data, cadena, sello and firma agree), but sealed by a certificate the host did not say it trusts.
 *       Anyone can make such a file with a credential of their own: it is never called válido.</li>
 *   <li>{@link #INVALIDO}: something does not hold up; the findings say what.</li>
 * </ul>
 */
public enum Veredicto {
    /** Sealed by a trusted institution certificate; every check passed. */
    VALIDO,
    /** Intact and self-consistent, sealed by a certificate the host does not trust: not válido. */
    INTEGRO_NO_AUTENTICADO,
    /** A check failed. */
    INVALIDO
}
