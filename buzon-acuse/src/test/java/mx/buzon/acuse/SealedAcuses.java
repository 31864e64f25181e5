package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.URL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mx.buzon.acuse.internal.AcuseEnvelope;
import mx.buzon.acuse.internal.AcuseMapping;
import mx.buzon.acuse.internal.PdfSeal;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.crypto.testing.TestEfirma;

/**
 * What a forger can build with the SDK's public renderer and a credential of their own, and what the issuer
 * would produce if it skipped its own checks: the raw material of the attack tests.
 */
final class SealedAcuses {

    private SealedAcuses() {
    }

    /** The envelope JSON the issuer writes for an acuse (with sello and, where present, firma). */
    static byte[] json(Acuse sealed, List<String> institution, List<String> notes, Optional<TestEfirma> particular) {
        return new AcuseEnvelope(sealed, sealed.cadenaOriginal().toString(), URL.url(sealed), institution, notes,
                particular.map(t -> Base64.getEncoder().encodeToString(t.certificate().encoded()))).toJson();
    }

    /** Renders exactly as the issuer does, from any data, without a seal. */
    static byte[] render(Acuse sealed, String url, List<String> institution, List<String> notes, byte[] json) {
        return AcuseRenderer.standard().render(AcuseMapping.layout(sealed, url, institution, notes, json));
    }

    /** Seals a rendered PDF with a credential, as the issuer seals (PAdES B-B, /M the acuse's instant). */
    static byte[] seal(byte[] rendered, Acuse acuse, TestEfirma institution) {
        try {
            return PdfSeal.seal(rendered, acuse.fechaHoraCentro(), institution.certificate().nombre(),
                    List.of(institution.certificate().x509()), institution.efirma()::signature, Optional.empty(),
                    Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole issuing path without the issuer's checks on the particular: signs the cadena with
     * {@code particular}, seals the sello and the PDF with {@code institution}.
     */
    static byte[] issueUnchecked(Acuse acuse, TestEfirma particular, TestEfirma institution) {
        String cadena = acuse.cadenaOriginal().toString();
        Acuse sealed = acuse.withFirma(particular.efirma().sello(cadena)).withSello(institution.efirma().sello(cadena));
        List<String> lines = AcuseIssuer.TEST_INSTITUTION;
        List<String> notes = List.of(AcuseIssuer.TEST_NOTE);
        byte[] json = json(sealed, lines, notes, Optional.of(particular));
        return seal(render(sealed, URL.url(sealed), lines, notes, json), acuse, institution);
    }
}
