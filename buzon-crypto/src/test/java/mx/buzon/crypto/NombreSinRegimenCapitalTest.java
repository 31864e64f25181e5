package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mx.buzon.core.id.Persona;
import org.junit.jupiter.api.Test;

/**
 * The name without régimen capital (CFDI 4.0's Nombre), for the name of every SAT test certificate in the fixtures:
 * each expected value is written out, so a suffix removed too many or too few shows here.
 */
class NombreSinRegimenCapitalTest {

    /** Every persona moral name of the fixtures (INDEX.tsv) and what CFDI 4.0 wants. */
    private static final Map<String, String> MORALES = new TreeMap<>(Map.ofEntries(
            Map.entry("ACCEM SERVICIOS EMPRESARIALES SC", "ACCEM SERVICIOS EMPRESARIALES"),
            Map.entry("CINDEMEX SA DE CV", "CINDEMEX"),
            Map.entry("ESCUELA KEMPER URGATE SA DE CV", "ESCUELA KEMPER URGATE"),
            Map.entry("ESCUELA WILSON ESQUIVEL S DE CV", "ESCUELA WILSON ESQUIVEL"),
            Map.entry("HERMANOS ANZURES ÑARVAEZ SA", "HERMANOS ANZURES ÑARVAEZ"),
            Map.entry("HERRERIA & ELECTRICOS S DE CV", "HERRERIA & ELECTRICOS"),
            Map.entry("INDISTRIA ILUMINADORA DE ALMACENES SA DE CV", "INDISTRIA ILUMINADORA DE ALMACENES"),
            Map.entry("INNOVACION VALOR Y DESARROLLO SA", "INNOVACION VALOR Y DESARROLLO"),
            Map.entry("INTERNACIONAL XIMBO Y SABORES SA DE CV", "INTERNACIONAL XIMBO Y SABORES"),
            Map.entry("JIMENEZ ESTRADA SALAS A A", "JIMENEZ ESTRADA SALAS A A"), // "A A" is no régimen
            Map.entry("KERNEL INDUSTIA JUGUETERA SA DE CV", "KERNEL INDUSTIA JUGUETERA"),
            Map.entry("LUCES & OBRAS SA DE CV", "LUCES & OBRAS"),
            Map.entry("ORGANICOS ÑAVEZ OSORIO S.A DE C.V SA DE CV", "ORGANICOS ÑAVEZ OSORIO"),
            Map.entry("S & SOFTWARE SA DE CV", "S & SOFTWARE"),
            Map.entry("SAT PRUEBAS", "SAT PRUEBAS"),
            Map.entry("UNIVERSIDAD ROBOTICA ESPAÑOLA SA DE CV", "UNIVERSIDAD ROBOTICA ESPAÑOLA"),
            Map.entry("XENON INDUSTRIAL ARTICLES S DE CV", "XENON INDUSTRIAL ARTICLES"),
            Map.entry("ZAPATERIA URTADO ÑERI SA DE CV", "ZAPATERIA URTADO ÑERI")));

    @Test
    void everyFixtureCertificate_moralNamesLoseTheirRegimen_fisicaNamesUnchanged() {
        Set<String> seen = new HashSet<>();
        for (Fixtures.Row row : Fixtures.certificates()) {
            EfirmaCertificate c = EfirmaCertificate.read(row.cer());
            if (c.persona() == Persona.MORAL) {
                assertThat(MORALES).as(row.path()).containsKey(c.nombre());
                assertThat(c.nombreSinRegimenCapital()).as(row.path()).isEqualTo(MORALES.get(c.nombre()));
                seen.add(c.nombre());
            } else {
                assertThat(c.nombreSinRegimenCapital()).as(row.path()).isEqualTo(c.nombre());
            }
        }
        assertThat(seen).as("every listed name is a fixture's").containsExactlyInAnyOrderElementsOf(MORALES.keySet());
    }

    @Test
    void strip_writtenForms_dotsCommasCaseAndLongestSuffix() {
        assertThat(mx.buzon.crypto.internal.RegimenCapital.strip("Empresa Uno, S.A. de C.V.")).isEqualTo("Empresa Uno");
        assertThat(mx.buzon.crypto.internal.RegimenCapital.strip("FINANCIERA X SA DE CV SOFOM ENR"))
                .isEqualTo("FINANCIERA X");
        assertThat(mx.buzon.crypto.internal.RegimenCapital.strip("GRUPO Z S DE RL DE CV")).isEqualTo("GRUPO Z");
        assertThat(mx.buzon.crypto.internal.RegimenCapital.strip("SAPI DE CV")).isEqualTo("SAPI DE CV"); // nothing left
        assertThat(mx.buzon.crypto.internal.RegimenCapital.strip("CASA")).isEqualTo("CASA");
    }
}
