/**
 * The {@code buzon} command line and the runnable samples of the Buzón IMSS SDK.
 */
module mx.buzon.examples {
    requires static org.jspecify;
    requires mx.buzon.acuse;
    requires info.picocli;

    opens mx.buzon.examples.cli to info.picocli;
}
