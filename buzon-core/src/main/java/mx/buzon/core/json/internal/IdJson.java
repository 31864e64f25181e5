package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.IdentifierErrorCode;
import mx.buzon.core.id.IdentifierValidation;
import mx.buzon.core.id.InvalidIdentifierException;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.Persona;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.id.Sexo;

/**
 * {@code mx.buzon.core.id}: identifiers (the número de certificado too) as their canonical string. Read leniently (a check digit that does not
 * match is accepted, as the value may have been parsed leniently), strictly for the format. An
 * {@code IdentifierValidation} is written as {@code {"valido","valor"?,"hallazgos":[...]}} but never read back: it
 * has no public constructor outside its package, so a reader re-validates the original text instead.
 */
public final class IdJson {

    private IdJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerText(m, Rfc.class, Rfc::toString, s -> lenient(() -> Rfc.parse(s, CheckDigitMode.LENIENT), s));
        Json.registerText(m, Curp.class, Curp::toString,
                s -> lenient(() -> Curp.parse(s, CheckDigitMode.LENIENT), s));
        Json.registerText(m, Nss.class, Nss::toString, s -> lenient(() -> Nss.parse(s, CheckDigitMode.LENIENT), s));
        Json.registerText(m, RegistroPatronal.class, RegistroPatronal::toString,
                s -> lenient(() -> RegistroPatronal.parse(s, CheckDigitMode.LENIENT), s));
        Json.registerText(m, Folio.class, Folio::toString, s -> lenient(() -> Folio.parse(s), s));
        Json.registerText(m, NumeroCertificado.class, NumeroCertificado::toString,
                s -> lenient(() -> NumeroCertificado.parse(s), s));
        Json.registerEnum(m, Persona.class);
        Json.registerEnum(m, Sexo.class);
        Json.registerEnum(m, CheckDigitMode.class);
        Json.registerEnum(m, IdentifierErrorCode.class);
        Json.writeOnly(m, IdentifierValidation.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeBooleanField("valido", v.isValid());
            Json.optObject(g, p, "valor", v.value());
            Json.array(g, p, "hallazgos", v.findings());
            g.writeEndObject();
        }, "a validation report is built only by Rfc/Curp/Nss/RegistroPatronal/Folio.validate(text, mode);"
                + " store the text and validate it again");
    }

    private static <T> T lenient(java.util.function.Supplier<T> parse, String text) {
        try {
            T value = parse.get();
            if (!value.toString().equals(text)) {
                // JSON carries the canonical form only, so that reading and writing are exact inverses.
                throw new IllegalArgumentException("not in canonical form: \"" + text + "\"");
            }
            return value;
        } catch (InvalidIdentifierException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
