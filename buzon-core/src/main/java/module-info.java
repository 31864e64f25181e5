/**
 * Identifiers of the Buzón IMSS: RFC, CURP, NSS, registro patronal and folio, with their check digits.
 */
module mx.buzon.core {
    requires static org.jspecify;
    requires transitive mx.buzon.calendar;
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires com.fasterxml.jackson.databind;
    exports mx.buzon.core;
    exports mx.buzon.core.id;
    exports mx.buzon.core.cadena;
    exports mx.buzon.core.money;
    exports mx.buzon.core.evidence;
    exports mx.buzon.core.catalog;
    exports mx.buzon.core.acuse;
    exports mx.buzon.core.workflow;
    exports mx.buzon.core.promocion;
    exports mx.buzon.core.notificacion;
    exports mx.buzon.core.servicios32d;
    exports mx.buzon.core.medios;
    exports mx.buzon.core.json;
}
