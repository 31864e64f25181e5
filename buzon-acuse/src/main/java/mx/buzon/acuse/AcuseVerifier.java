package mx.buzon.acuse;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an acuse PDF: reads it with an {@link AcuseReader}, interprets the embedded data with an
 * {@link AcuseClaimsReader}, and cross-checks every visible part against the data.
 *
 * <p>Checks, in order (each failure is a {@link Finding} with an {@link AcuseErrorCode}):
 * <ol>
 *   <li>the data file is present ({@code ACUSE_SIN_DATOS}), its recorded checksum matches
 *       ({@code ACUSE_DATOS_ALTERADOS}) and it can be interpreted ({@code ACUSE_DATOS_ILEGIBLES});</li>
 *   <li>the folio and the RFC of the data appear in the visible text ({@code ACUSE_FOLIO_NO_COINCIDE},
 *       {@code ACUSE_RFC_NO_COINCIDE});</li>
 *   <li>the visible cadena original and sello digital equal the data's, whitespace aside
 *       ({@code ACUSE_CADENA_NO_COINCIDE}, {@code ACUSE_SELLO_NO_COINCIDE});</li>
 *   <li>a QR code is readable ({@code ACUSE_QR_ILEGIBLE}) and carries the data's URL
 *       ({@code ACUSE_QR_NO_COINCIDE});</li>
 *   <li>the sello digital (and the firma del particular, when present) pass the configured
 *       {@link SignatureCheck}s; without a sello check the result carries the warning
 *       {@code ACUSE_SELLO_SIN_VERIFICAR} and the verdict is at best {@link Veredicto#INTEGRO_NO_AUTENTICADO}.</li>
 * </ol>
 *
 * <p>This is the generic cross-check for acuses of other issuers (the host's own claims reader). It does not
 * check a PDF seal: for acuses of {@link AcuseIssuer} use {@link AcusePdfVerifier}, which does.
 *
 * <p>Example:
 * <pre>{@code
 * AcuseVerifier verifier = AcuseVerifier.builder(json -> myJson.claims(json))
 *         .selloCheck((cadena, sello) -> myCrypto.check(imssCertificate, cadena, sello))
 *         .build();
 * AcuseVerification result = verifier.verify(pdfBytes);
 * }</pre>
 *
 * <p>Immutable and thread-safe when the supplied functions are.
 */
public final class AcuseVerifier {

    private final AcuseReader reader;
    private final AcuseClaimsReader claimsReader;
    private final @Nullable SignatureCheck selloCheck;
    private final @Nullable SignatureCheck firmaCheck;

    private AcuseVerifier(Builder builder) {
        this.reader = builder.reader;
        this.claimsReader = builder.claimsReader;
        this.selloCheck = builder.selloCheck;
        this.firmaCheck = builder.firmaCheck;
    }

    /**
     * @param claimsReader interprets the embedded JSON
     * @return a builder with {@link AcuseReader#standard()} and no signature checks
     */
    public static Builder builder(AcuseClaimsReader claimsReader) {
        return new Builder(claimsReader);
    }

    /**
     * @param pdf the acuse PDF
     * @return the claims and the findings
     * @throws AcuseException if the bytes cannot be read as a PDF at all
     */
    public AcuseVerification verify(byte[] pdf) {
        return verify(reader.read(pdf));
    }

    /**
     * @param pdf the acuse's path
     * @return the claims and the findings
     * @throws AcuseException if the file cannot be read ({@code ACUSE_LECTURA_FALLIDA}) or is not a PDF at all
     */
    public AcuseVerification verify(Path pdf) {
        return verify(reader.read(pdf));
    }

    /**
     * Reads at most the reader's {@link AcuseReader#maxBytes()} + 1 bytes from the stream (which is not closed).
     *
     * @param pdf the acuse PDF
     * @return the claims and the findings
     * @throws AcuseException if the stream cannot be read ({@code ACUSE_LECTURA_FALLIDA}) or is not a PDF at all
     */
    public AcuseVerification verify(InputStream pdf) {
        return verify(reader.read(pdf));
    }

    private AcuseVerification verify(AcuseDocument document) {
        List<Finding> problems = new ArrayList<>();
        Optional<AcuseAttachment> attachment = document.attachment();
        if (attachment.isEmpty()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SIN_DATOS, null, AcuseLayout.DEFAULT_JSON_FILE_NAME));
            return new AcuseVerification(Veredicto.INVALIDO, Optional.empty(), problems);
        }
        if (!attachment.get().checksumMatches()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_DATOS_ALTERADOS, attachment.get().fileName()));
        }
        byte[] json = attachment.get().bytes();
        AcuseClaims claims;
        try {
            claims = Objects.requireNonNull(claimsReader.read(json), "the claims reader returned null");
        } catch (RuntimeException e) {
            String detail = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
            problems.add(Finding.error(AcuseErrorCode.ACUSE_DATOS_ILEGIBLES, null, detail));
            return new AcuseVerification(Veredicto.INVALIDO, Optional.empty(), problems);
        }
        crossCheck(document, claims, problems);
        signatures(claims, problems);
        Veredicto veredicto = problems.stream().anyMatch(Finding::isError) ? Veredicto.INVALIDO
                : selloCheck == null ? Veredicto.INTEGRO_NO_AUTENTICADO : Veredicto.VALIDO;
        return new AcuseVerification(veredicto, Optional.of(claims), problems);
    }

    private static void crossCheck(AcuseDocument document, AcuseClaims claims, List<Finding> problems) {
        String text = document.text();
        if (!text.contains(claims.folio())) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_FOLIO_NO_COINCIDE, claims.folio(), claims.folio()));
        }
        if (!text.contains(claims.rfc())) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_RFC_NO_COINCIDE, claims.rfc(), claims.rfc()));
        }
        String compact = withoutWhitespace(document.bodyText());
        if (!compact.contains(withoutWhitespace(claims.cadenaOriginal()))) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_CADENA_NO_COINCIDE, null));
        }
        if (!compact.contains(withoutWhitespace(claims.selloDigital()))) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SELLO_NO_COINCIDE, null));
        }
        Optional<String> qr = document.qrPayload();
        if (qr.isEmpty()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_QR_ILEGIBLE, null));
        } else if (!qr.get().equals(claims.verificationUrl())) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_QR_NO_COINCIDE, qr.get(), qr.get()));
        }
    }

    private void signatures(AcuseClaims claims, List<Finding> problems) {
        if (selloCheck == null) {
            problems.add(Finding.warning(AcuseErrorCode.ACUSE_SELLO_SIN_VERIFICAR, null));
        } else {
            problems.addAll(run(selloCheck, "el sello digital", claims.cadenaOriginal(), claims.selloDigital()));
        }
        if (firmaCheck != null && claims.firmaParticular().isPresent()) {
            problems.addAll(run(firmaCheck, "la firma del particular", claims.cadenaOriginal(),
                    claims.firmaParticular().get()));
        }
    }

    private static List<Finding> run(SignatureCheck check, String what, String cadena, String signature) {
        try {
            return List.copyOf(check.check(cadena, signature));
        } catch (RuntimeException e) {
            String detail = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
            return List.of(Finding.error(AcuseErrorCode.ACUSE_VERIFICACION_FALLIDA, null, what, detail));
        }
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Override
    public String toString() {
        return "AcuseVerifier[sello " + (selloCheck == null ? "not checked" : "checked") + ", firma "
                + (firmaCheck == null ? "not checked" : "checked") + "]";
    }

    /** Configures an {@link AcuseVerifier}. Mutable and not thread-safe. */
    public static final class Builder {
        private AcuseReader reader = AcuseReader.standard();
        private final AcuseClaimsReader claimsReader;
        private @Nullable SignatureCheck selloCheck;
        private @Nullable SignatureCheck firmaCheck;

        private Builder(AcuseClaimsReader claimsReader) {
            this.claimsReader = Objects.requireNonNull(claimsReader, "claimsReader");
        }

        /**
         * @param reader the reader (for example with a different size bound)
         * @return this builder
         */
        public Builder reader(AcuseReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * @param check verifies the sello digital against the institution's certificate
         * @return this builder
         */
        public Builder selloCheck(SignatureCheck check) {
            this.selloCheck = Objects.requireNonNull(check, "selloCheck");
            return this;
        }

        /**
         * @param check verifies the firma del particular against the particular's certificate
         * @return this builder
         */
        public Builder firmaCheck(SignatureCheck check) {
            this.firmaCheck = Objects.requireNonNull(check, "firmaCheck");
            return this;
        }

        /** @return the verifier */
        public AcuseVerifier build() {
            return new AcuseVerifier(this);
        }
    }
}
