package mx.buzon.acuse;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The data file embedded in an acuse PDF as its associated file, e.g. {@code acuse.json}
 * ({@code application/json}, UTF-8).
 *
 * <p>{@link #checksumMatches()} tells whether the MD5 the PDF records for the file ({@code /Params /CheckSum})
 * equals the MD5 of the bytes read; a file without a recorded checksum does not match. Immutable and
 * thread-safe; {@link #bytes()} returns a copy.
 */
public final class AcuseAttachment {

    private final String fileName;
    private final String mimeType;
    private final byte[] bytes;
    private final boolean checksumMatches;

    private AcuseAttachment(String fileName, String mimeType, byte[] bytes, boolean checksumMatches) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mimeType = Objects.requireNonNull(mimeType, "mimeType");
        this.bytes = bytes.clone();
        this.checksumMatches = checksumMatches;
    }

    /**
     * @param fileName e.g. {@code "acuse.json"}
     * @param mimeType e.g. {@code "application/json"}, empty when the PDF records none
     * @param bytes the file's content (copied)
     * @param checksumMatches whether the recorded MD5 equals the content's
     * @return the attachment
     */
    public static AcuseAttachment of(String fileName, String mimeType, byte[] bytes, boolean checksumMatches) {
        return new AcuseAttachment(fileName, mimeType, Objects.requireNonNull(bytes, "bytes"), checksumMatches);
    }

    /** @return the file name, e.g. {@code "acuse.json"} */
    public String fileName() {
        return fileName;
    }

    /** @return the MIME type the PDF declares, e.g. {@code "application/json"} */
    public String mimeType() {
        return mimeType;
    }

    /** @return a copy of the content */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return whether the MD5 recorded in the PDF equals the MD5 of the content */
    public boolean checksumMatches() {
        return checksumMatches;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AcuseAttachment a && fileName.equals(a.fileName) && mimeType.equals(a.mimeType)
                && Arrays.equals(bytes, a.bytes) && checksumMatches == a.checksumMatches;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mimeType, Arrays.hashCode(bytes), checksumMatches);
    }

    @Override
    public String toString() {
        return "AcuseAttachment[" + fileName + ", " + mimeType + ", " + bytes.length + " bytes"
                + (checksumMatches ? "" : ", checksum does not match") + "]";
    }
}
