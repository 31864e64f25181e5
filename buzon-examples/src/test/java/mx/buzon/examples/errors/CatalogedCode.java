package mx.buzon.examples.errors;

import java.util.Objects;

/**
 * One error code as the code base declares it: the enum that holds it, its stable code and its Spanish message
 * template, e.g. {@code IdentifierErrorCode, RFC_DIGITO_VERIFICADOR, "El dígito verificador del RFC %s ..."}.
 *
 * @param enumClass the enum declaring the constant, e.g. {@code mx.buzon.core.id.IdentifierErrorCode}
 * @param code the stable code, e.g. {@code RFC_DIGITO_VERIFICADOR}
 * @param template the message template exactly as in the code
 */
record CatalogedCode(Class<?> enumClass, String code, String template) {

    CatalogedCode {
        Objects.requireNonNull(enumClass, "enumClass");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(template, "template");
    }

    /** @return how the heading of the enum's section in docs/ERRORS.md names it, e.g. {@code `IdentifierErrorCode`} */
    String sectionMarker() {
        return "`" + enumClass.getSimpleName() + "`";
    }

    /**
     * The Markdown row a developer pastes into docs/ERRORS.md for this code: the code and the template filled in
     * exactly, tipo, causa and qué hacer left for a person to write (the test rejects them until then).
     *
     * @return e.g. {@code | `ZIP_VACIO` | TODO | `El archivo ...` | TODO | TODO |}
     */
    String rowToPaste() {
        return "| `" + code + "` | TODO | " + ErrorsMarkdown.messageCell(template) + " | TODO | TODO |";
    }
}
