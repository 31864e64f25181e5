package mx.buzon.acuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.acuse.internal.AcuseEnvelope;
import mx.buzon.acuse.internal.AcuseMapping;
import mx.buzon.core.Finding;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.crypto.EfirmaCertificate;
import mx.buzon.crypto.EfirmaException;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an acuse PDF issued by {@link AcuseIssuer} from the file alone (DESIGN.md, "Acuses"): reads the PDF,
 * takes the embedded JSON, rebuilds the {@link Acuse} through {@code BuzonModule} and its cadena original from
 * the fields and compares it with the stored one, verifies the firma del particular with the particular's
 * certificate (embedded, or supplied with {@link #withParticular}; its RFC and número must be the acuse's) and
 * the sello digital with the institution's
 * certificate (the one supplied here, else the embedded one with a warning), cross-checks the visible folio,
 * RFC, cadena, sello and QR, and re-renders the PDF from its data to compare bytes (one changed byte fails).
 *
 * <pre>{@code
 * AcusePdfVerifier verifier = AcusePdfVerifier.withInstitution(EfirmaCertificate.read(Path.of("imss.cer")));
 * AcuseVerification result = verifier.verify(Path.of("acuse.pdf"));    // AcuseException if unreadable
 * if (!result.valido()) {
 *     result.problemas().forEach(p -> show(p.code(), p.message()));   // e.g. ACUSE_SELLO_INVALIDO
 * }
 * }</pre>
 *
 * <p>Expected bad outcomes are findings ({@link AcuseErrorCode}); only an unreadable file is an
 * {@link AcuseException}. Immutable and thread-safe.
 */
public final class AcusePdfVerifier {

    private final @Nullable EfirmaCertificate institucion;
    private final @Nullable EfirmaCertificate particular;

    private AcusePdfVerifier(@Nullable EfirmaCertificate institucion, @Nullable EfirmaCertificate particular) {
        this.institucion = institucion;
        this.particular = particular;
    }

    /**
     * A verifier that checks the sello with the institution's certificate obtained by other means (the
     * authenticity check).
     *
     * @param institucion the institution's certificate
     * @return the verifier
     */
    public static AcusePdfVerifier withInstitution(EfirmaCertificate institucion) {
        return new AcusePdfVerifier(Objects.requireNonNull(institucion, "institucion"), null);
    }

    /**
     * A verifier that checks the sello with the certificate embedded in the acuse itself: integrity only, so
     * every result carries the warning {@link AcuseErrorCode#ACUSE_CERTIFICADO_INSTITUCION_NO_PROPORCIONADO}.
     *
     * @return the verifier
     */
    public static AcusePdfVerifier withEmbeddedCertificates() {
        return new AcusePdfVerifier(null, null);
    }

    /**
     * A copy that verifies the firma del particular with this certificate instead of the one embedded in the
     * acuse (e.g. the {@code .cer} the particular keeps); it must still be of the acuse's RFC and
     * {@code NoCertificado}.
     *
     * @param particularCertificate the particular's certificate
     * @return the copy
     */
    public AcusePdfVerifier withParticular(EfirmaCertificate particularCertificate) {
        return new AcusePdfVerifier(institucion, Objects.requireNonNull(particularCertificate, "particularCertificate"));
    }

    /**
     * Verifies a file.
     *
     * @param pdf the acuse's path
     * @return the verification; {@link AcuseVerification#valido()} when no error was found
     * @throws AcuseException when the file cannot be read as a PDF
     */
    public AcuseVerification verify(Path pdf) {
        Objects.requireNonNull(pdf, "pdf");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(pdf)) {
            bytes = in.readNBytes(AcuseReader.DEFAULT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_LECTURA_FALLIDA, e, pdf + ": " + why(e));
        }
        return verify(bytes);
    }

    /** What went wrong reading the file, in Spanish for the usual cases (a missing file's message is its path). */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no existe";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "sin permiso de lectura";
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    /**
     * Verifies PDF bytes.
     *
     * @param pdf the acuse
     * @return the verification
     * @throws AcuseException when the bytes cannot be read as a PDF
     */
    public AcuseVerification verify(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        Run run = new Run();
        AcuseVerifier verifier = AcuseVerifier.builder(run::claims)
                .selloCheck(run::sello)
                .firmaCheck(run::firma)
                .layoutRebuilder(AcusePdfVerifier::layout)
                .build();
        AcuseVerification base = verifier.verify(pdf);
        List<Finding> problems = new ArrayList<>(run.findings);
        problems.addAll(base.problemas());
        return new AcuseVerification(base.claims(), problems);
    }

    private static AcuseLayout layout(byte[] json) {
        AcuseEnvelope e = AcuseEnvelope.parse(json);
        return AcuseMapping.layout(e.acuse(), e.verificationUrl(), e.institution(), e.notas(), json);
    }

    /** The state of one verification (the hooks of {@link AcuseVerifier} run in order on one thread). */
    private final class Run {
        private final List<Finding> findings = new ArrayList<>();
        private @Nullable EfirmaCertificate selloCertificate;
        private @Nullable EfirmaCertificate firmaCertificate;
        private @Nullable String selloWithout;
        private @Nullable String firmaWithout;

        AcuseClaims claims(byte[] json) {
            AcuseEnvelope e = AcuseEnvelope.parse(json);
            Acuse acuse = e.acuse();
            if (!e.cadenaCorresponde()) {
                findings.add(Finding.error(AcuseErrorCode.ACUSE_CADENA_NO_CORRESPONDE_A_DATOS, e.cadenaAlmacenada(),
                        acuse.cadenaOriginal().toString()));
            }
            if (acuse.tipo().firmaParticular() && acuse.firmaParticular().isEmpty()) {
                findings.add(Finding.error(AcuseErrorCode.ACUSE_SIN_FIRMA, null, acuse.tipo().name()));
            }
            if (institucion != null) {
                selloCertificate = institucion;
            } else if (e.certificadoInstitucion().isPresent()) {
                selloCertificate = certificate(e.certificadoInstitucion().get(), "de la institución");
                if (selloCertificate != null) {
                    findings.add(Finding.warning(AcuseErrorCode.ACUSE_CERTIFICADO_INSTITUCION_NO_PROPORCIONADO, null,
                            describe(selloCertificate)));
                }
            } else {
                selloWithout = "de la institución";
            }
            if (acuse.firmaParticular().isPresent()) {
                if (particular != null) {
                    firmaCertificate = particular;
                    checkParticular(particular, acuse);
                } else if (e.certificadoParticular().isEmpty()) {
                    firmaWithout = "del particular";
                } else {
                    firmaCertificate = certificate(e.certificadoParticular().get(), "del particular");
                    if (firmaCertificate != null) {
                        checkParticular(firmaCertificate, acuse);
                    }
                }
            }
            return new AcuseClaims(acuse.tipo().name(), acuse.folio().toString(), acuse.particular().rfc().toString(),
                    e.cadenaAlmacenada(), acuse.selloDigital().orElseThrow(
                            () -> new IllegalArgumentException("the acuse has no selloDigital")),
                    acuse.firmaParticular(), e.verificationUrl());
        }

        private void checkParticular(EfirmaCertificate certificate, Acuse acuse) {
            String expectedRfc = acuse.particular().rfc().toString();
            Optional<String> expectedNumero = acuse.campo(CampoAcuse.NO_CERTIFICADO);
            boolean rfcOk = certificate.rfc().equals(acuse.particular().rfc());
            boolean numeroOk = expectedNumero.map(n -> n.equals(certificate.numero().toString())).orElse(true);
            if (!rfcOk || !numeroOk) {
                findings.add(Finding.error(AcuseErrorCode.ACUSE_CERTIFICADO_NO_CORRESPONDE, certificate.rfcText(),
                        "RFC " + certificate.rfcText() + ", número " + certificate.numero(),
                        "RFC " + expectedRfc + expectedNumero.map(n -> ", número " + n).orElse("")));
            }
        }

        private @Nullable EfirmaCertificate certificate(String base64, String whose) {
            try {
                return EfirmaCertificate.from(Base64.getDecoder().decode(base64));
            } catch (IllegalArgumentException | EfirmaException ex) {
                findings.add(Finding.error(AcuseErrorCode.ACUSE_CERTIFICADO_ILEGIBLE, null, whose,
                        ex instanceof EfirmaException ee ? ee.code() : "Base64 inválido"));
                return null;
            }
        }

        List<Finding> sello(String cadena, String sello) {
            if (selloCertificate == null) {
                return selloWithout == null ? List.of()
                        : List.of(Finding.error(AcuseErrorCode.ACUSE_SIN_CERTIFICADO, null, selloWithout));
            }
            return selloCertificate.verifiesSello(cadena, sello) ? List.of()
                    : List.of(Finding.error(AcuseErrorCode.ACUSE_SELLO_INVALIDO, null, describe(selloCertificate)));
        }

        List<Finding> firma(String cadena, String firma) {
            if (firmaCertificate == null) {
                return firmaWithout == null ? List.of()
                        : List.of(Finding.error(AcuseErrorCode.ACUSE_SIN_CERTIFICADO, null, firmaWithout));
            }
            return firmaCertificate.verifiesSello(cadena, firma) ? List.of()
                    : List.of(Finding.error(AcuseErrorCode.ACUSE_FIRMA_INVALIDA, null, describe(firmaCertificate)));
        }
    }

    private static String describe(EfirmaCertificate c) {
        return c.rfcText() + " núm. " + c.numero();
    }

    @Override
    public String toString() {
        return "AcusePdfVerifier[institution " + (institucion == null ? "embedded" : describe(institucion))
                + ", particular " + (particular == null ? "embedded" : describe(particular)) + "]";
    }
}
