/**
 * The Buzón IMSS domain: identifiers (RFC, CURP, NSS, registro patronal, folio), the cadena original, acuse
 * data, the workflows of medios de contacto and activación, promociones, notificaciones and 32-D services,
 * amounts in MXN, ZIP evidence inspection, the catalogues of the Lineamientos, and the Jackson module under
 * which every domain type round-trips.
 */
module mx.buzon.core {
    requires static transitive org.jspecify;
    requires transitive mx.buzon.calendar;
    requires transitive java.money;
    requires transitive com.fasterxml.jackson.databind;
    exports mx.buzon.core.id;
    exports mx.buzon.core.cadena;
    exports mx.buzon.core.money;
    exports mx.buzon.core.evidence;
    exports mx.buzon.core.catalog;
    exports mx.buzon.core.particular;
    exports mx.buzon.core.acuse;
    exports mx.buzon.core.workflow;
    exports mx.buzon.core.promocion;
    exports mx.buzon.core.notificacion;
    exports mx.buzon.core.servicios32d;
    exports mx.buzon.core.medios;
    exports mx.buzon.core.contacto;
    exports mx.buzon.core.testing;
    exports mx.buzon.core.json;
}
