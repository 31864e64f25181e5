package mx.buzon.crypto.internal;

/** Test access to the package-private escaping of {@link SubjectFields}. */
public final class SubjectFieldsAccess {

    private SubjectFieldsAccess() {
    }

    /** @return {@link SubjectFields#escape(String)} of the value */
    public static String escape(String value) {
        return SubjectFields.escape(value);
    }
}
