/** A vendor's application that needs acuses: it requires the SDK's top module and nothing else. */
module mx.example.consumer {
    requires mx.buzon.acuse;
}
