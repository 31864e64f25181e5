package mx.buzon.acuse;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import mx.buzon.core.acuse.Acuse;

/**
 * An acuse as {@link AcuseIssuer} issued it: the signed and sealed domain {@link Acuse}, its PDF/A-3b bytes and
 * the JSON embedded in the PDF. Immutable and thread-safe ({@link #pdf()} returns a copy).
 */
public final class IssuedAcuse {

    private final Acuse acuse;
    private final byte[] pdf;
    private final byte[] json;

    /** Takes ownership of {@code pdf} and {@code json}: the issuer made them for this acuse and keeps no reference. */
    IssuedAcuse(Acuse acuse, byte[] pdf, byte[] json) {
        this.acuse = Objects.requireNonNull(acuse, "acuse");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** @return the acuse with its sello digital (and firma del particular where the type has one) */
    public Acuse acuse() {
        return acuse;
    }

    /** @return a copy of the PDF/A-3b bytes */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** @return the embedded data ({@code acuse.json}), compact UTF-8 JSON */
    public String json() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** @return e.g. {@code IssuedAcuse[ACTIVACION_BUZON BI-20260302-101500001, 81234 bytes]} */
    @Override
    public String toString() {
        return "IssuedAcuse[" + acuse.tipo() + " " + acuse.folio() + ", " + pdf.length + " bytes]";
    }
}
