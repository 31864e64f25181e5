/**
 * Mexican business days (CFF art. 12), time zones by postal code and the Buzón IMSS deadlines.
 */
module mx.buzon.calendar {
    requires static org.jspecify;

    // API packages are exported as they land (issue tracker: the calendar module issue).
}
