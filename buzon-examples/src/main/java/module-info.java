/**
 * The {@code buzon} command line and the runnable samples of the Buzón IMSS SDK.
 */
module mx.buzon.examples {
    requires static transitive org.jspecify;
    requires transitive mx.buzon.acuse;
    requires mx.buzon.crypto;
    requires mx.buzon.core;
    requires mx.buzon.calendar;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.logging;

    exports mx.buzon.examples.cli;
    exports mx.buzon.examples.samples;

    opens mx.buzon.examples.cli to info.picocli;
}
