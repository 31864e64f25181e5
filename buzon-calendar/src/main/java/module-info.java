/**
 * Mexican business days (CFF art. 12), time zones by postal code (Ley de los Husos Horarios) and the
 * timing rules of the Buzón IMSS (Lineamientos 5.2, 5.7, 5.8, 6.3, 7.2, 7.4, 7.5; CFF arts. 12, 134, 135).
 *
 * <p>JDK only: the module has no runtime dependency. {@code mx.buzon.calendar} holds the business-day
 * calendar, {@code mx.buzon.calendar.zone} the time zones and {@code mx.buzon.calendar.plazo} the Buzón's
 * rules as pure functions. {@code mx.buzon.problem} is the problem vocabulary every module of the SDK shares
 * (error codes, findings, the root exception); it lives here because every other module depends on this one.
 */
module mx.buzon.calendar {
    requires static transitive org.jspecify;

    exports mx.buzon.problem;
    exports mx.buzon.calendar;
    exports mx.buzon.calendar.zone;
    exports mx.buzon.calendar.plazo;
}
