package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.ERIKA;
import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.ZONA_CENTRO;
import static mx.buzon.testing.SameUnderLoad.assertSameUnderLoad;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseGenerators;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.id.Folio;
import mx.buzon.crypto.Efirma;
import mx.buzon.testing.SameUnderLoad.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: many threads issuing, rendering and verifying acuses with ONE shared {@link AcuseIssuer},
 * {@link AcuseRenderer}, {@link AcusePdfVerifier} and particular's {@link Efirma} get exactly the results of a
 * sequential run: byte-identical PDFs (rendering is deterministic) and equal verdicts and findings, for
 * untouched and for tampered PDFs.
 */
class ConcurrencyTest {

    private static final long SEED = 8_2026_0302L;
    /** Inside the validity of the test credentials (2024-01-01 to 2028-01-01). */
    private static final Instant FROM = Instant.parse("2024-02-01T00:00:00Z");
    private static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;
    private static final String[] NOMBRES = {"ERIKA GÓMEZ DÍAZ", "Erika Gómez Díaz Ñúñez", "ERIKA GOMEZ",
        "Érika «la firma» Gómez – Díaz"};

    private static final AcuseIssuer ISSUER = DomainAcuses.issuer();
    private static final Efirma PARTICULAR = ERIKA.efirma();
    private static final AcusePdfVerifier VERIFIER = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate());
    private static final AcusePdfVerifier EMBEDDED = AcusePdfVerifier.withoutTrustedInstitution();

    @Test
    void issueAndRender_sharedIssuerAndRendererOnEightThreads_byteIdenticalPdfs() throws Exception {
        System.out.println("ConcurrencyTest.issueAndRender seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 26; n++) {
            Acuse acuse = randomAcuse(random, n);
            tasks.add(new Task("issue " + acuse.tipo() + " " + acuse.folio(), () -> issued(issue(acuse))));
        }
        AcuseLayout autorizacion = SampleAcuses.autorizacion().build();
        AcuseLayout multiPage = SampleAcuses.multiPage().build();
        tasks.add(new Task("render autorizacion", () -> AcuseRenderer.standard().render(autorizacion)));
        tasks.add(new Task("render multiPage", () -> AcuseRenderer.standard().render(multiPage)));
        tasks.add(new Task("render emoji", () -> AcuseRenderer.standard().render(
                SampleAcuses.autorizacion().title("Acuse 😀").build())));
        assertSameUnderLoad(SEED, tasks, 3); // each on 3 of the 8 threads: ~9 ms an acuse on a quiet core
    }

    @Test
    void verify_sharedVerifiersOnEightThreads_sameVerdictsAndFindingsForValidAndTamperedPdfs() throws Exception {
        System.out.println("ConcurrencyTest.verify seed " + (SEED + 1));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            Acuse acuse = randomAcuse(random, n * 4);
            byte[] pdf = issue(acuse).pdf();
            byte[] flipped = pdf.clone();
            int at = pdf.length / 4 + random.nextInt(pdf.length / 2);
            flipped[at] ^= 0x20;
            String label = acuse.tipo() + " " + acuse.folio();
            tasks.add(new Task("verify " + label, () -> VERIFIER.verify(pdf)));
            if (n == 0) {
                tasks.add(new Task("verify embedded " + label, () -> EMBEDDED.verify(pdf)));
            }
            tasks.add(new Task("verify byte " + at + " flipped " + label, () -> VERIFIER.verify(flipped)));
        }
        byte[] other = AcuseIssuer.forTesting(DomainAcuses.OTRA_INSTITUCION.efirma(), DomainAcuses.URL)
                .issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();
        tasks.add(new Task("verify sealed by another institution", () -> VERIFIER.verify(other)));
        byte[] truncated = Arrays.copyOf(other, other.length / 3);
        tasks.add(new Task("verify truncated", () -> VERIFIER.verify(truncated)));
        byte[] garbage = new byte[2048];
        random.nextBytes(garbage);
        tasks.add(new Task("verify garbage", () -> VERIFIER.verify(garbage)));
        assertSameUnderLoad(SEED + 1, tasks, 2); // each on 2 of the 8 threads: ~0.2 s a verification
    }

    /** An acuse of a random type, folio, instant, zone and name; the fields are those of {@link DomainAcuses}. */
    private static Acuse randomAcuse(SplittableRandom random, int n) {
        AcuseTipo tipo = AcuseTipo.values()[n % AcuseTipo.values().length];
        Acuse template = DomainAcuses.of(tipo);
        Instant emitidoEn = FROM.plusSeconds(random.nextLong(SPAN_SECONDS));
        Folio folio = Folio.of(tipo.prefijoFolio(), emitidoEn.atZone(ZONA_CENTRO).toLocalDate(),
                random.nextLong(1_000_000_000L));
        ZoneId zona = AcuseGenerators.ZONAS.get(random.nextInt(AcuseGenerators.ZONAS.size()));
        DatosParticular particular = DatosParticular.of(template.particular().rfc(),
                NOMBRES[random.nextInt(NOMBRES.length)]);
        return Acuse.of(tipo, folio, emitidoEn, zona, particular, template.campos());
    }

    private static IssuedAcuse issue(Acuse acuse) {
        return acuse.tipo().firmaParticular() ? ISSUER.issue(acuse, PARTICULAR) : ISSUER.issue(acuse);
    }

    private static Object[] issued(IssuedAcuse issued) {
        return new Object[] {issued.acuse(), issued.json(), issued.pdf()};
    }
}
