/**
 * Identifiers of the Buzón IMSS: RFC, CURP, NSS, registro patronal and folio, with their check digits.
 */
module mx.buzon.core {
    requires static org.jspecify;
    requires transitive mx.buzon.calendar;
    exports mx.buzon.core;
    exports mx.buzon.core.id;
}
