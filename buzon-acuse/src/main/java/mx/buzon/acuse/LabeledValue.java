package mx.buzon.acuse;

import java.util.Objects;

/**
 * One line of data in an acuse: a label and its value, drawn as {@code label: value}.
 *
 * <p>Example: {@code LabeledValue.of("RFC", "GODE561231GR8")}. The label is written without the trailing colon
 * (the renderer adds it). Both are single-line text (no control characters); the value may be long and is
 * wrapped by words. Immutable and thread-safe.
 *
 * @param label the label, e.g. {@code "Nombre, denominación o razón social"}
 * @param value the value, e.g. {@code "Ernesto Gómez Díaz"}
 */
public record LabeledValue(String label, String value) {

    /**
     * @param label the label, not blank
     * @param value the value, not blank
     */
    public LabeledValue {
        Texts.requireLine(label, "label");
        Texts.requireLine(value, "value of " + label);
    }

    /**
     * The same as the constructor, in the SDK's factory vocabulary.
     *
     * @param label the label, not blank
     * @param value the value, not blank
     * @return the labelled value
     */
    public static LabeledValue of(String label, String value) {
        return new LabeledValue(label, value);
    }

    @Override
    public String toString() {
        return Objects.requireNonNull(label) + ": " + value;
    }
}
