package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.buzon.calendar.plazo.ActuacionTiming;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.plazo.Vencimiento;
import mx.buzon.calendar.plazo.Via;
import mx.buzon.calendar.zone.AmbiguousPostalCode;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.LookupRule;
import mx.buzon.calendar.zone.PostalCodeZones;
import org.junit.jupiter.api.Test;

/** The snippets of docs/readme-calendar.md, verbatim, so that the README stays true. */
class ReadmeExamplesTest {

    @Test
    void businessDays() {
        // --- snippet: business days ---
        BusinessCalendar imss = ReferenceCalendars.imss();                       // CFF art. 12, 2023–2026
        LocalDate vence = imss.plusBusinessDays(LocalDate.of(2026, 3, 9), 15);   // 2026-03-31
        boolean habil = imss.isBusinessDay(LocalDate.of(2026, 3, 16));            // false: tercer lunes de marzo
        int dias = imss.countBusinessDays(LocalDate.of(2026, 3, 9), vence);      // 15
        List<DiaInhabil> porQue = imss.reasonsInhabil(LocalDate.of(2026, 3, 16)); // [LAW "tercer lunes de marzo ..."]
        // --- end ---
        assertThat(vence).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(habil).isFalse();
        assertThat(dias).isEqualTo(15);
        assertThat(porQue).singleElement().extracting(DiaInhabil::kind).isEqualTo(InhabilKind.LAW);
    }

    @Test
    void declaredDaysAndCoverage() {
        // --- snippet: declared days and coverage ---
        BusinessCalendar imss = ReferenceCalendars.imss().toBuilder()
                .declare(DiaInhabil.declared(LocalDate.of(2026, 3, 4), "suspensión de labores",
                        "Acuerdo del H. Consejo Técnico (ejemplo)"))
                .build();
        BusinessCalendar imssYSat = imss.union(ReferenceCalendars.sat());        // union of inhábiles
        boolean confirmado = imss.isConfirmed(Year.of(2027));                    // false: a health check
        Vencimiento v = BuzonPlazos.of(imss).habiles(LocalDate.of(2026, 12, 18), 15);
        LocalDate vence = v.vence();                                             // 2027-01-12, by the law's days
        String code = v.advertencias().get(0).code();                            // CALENDARIO_DIAS_NO_CONFIRMADOS
        List<Integer> anios = v.advertencias().get(0).years();                   // [2027]
        BusinessCalendar conDatos2027 = imss.toBuilder().confirmYear(2027).build(); // the host confirms 2027
        boolean cierto = BuzonPlazos.of(conDatos2027)
                .habiles(LocalDate.of(2026, 12, 18), 15).isCertain();            // true, same date
        try {
            imss.strict().isBusinessDay(LocalDate.of(2027, 1, 4));               // strict mode, by choice
        } catch (CalendarException e) {
            String estricto = e.code();                                          // CALENDARIO_ANIO_SIN_DATOS
        }
        // --- end ---
        assertThat(imss.isBusinessDay(LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(imssYSat.isBusinessDay(LocalDate.of(2025, 7, 21))).isFalse();
        assertThat(confirmado).isFalse();
        assertThat(vence).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(code).isEqualTo("CALENDARIO_DIAS_NO_CONFIRMADOS");
        assertThat(anios).containsExactly(2027);
        assertThat(cierto).isTrue();
        assertThat(BuzonPlazos.of(conDatos2027).habiles(LocalDate.of(2026, 12, 18), 15).vence()).isEqualTo(vence);
        assertThatThrownBy(() -> imss.strict().isBusinessDay(LocalDate.of(2027, 1, 4)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CALENDARIO_ANIO_SIN_DATOS");
    }

    @Test
    void notification() {
        // --- snippet: notification ---
        BuzonPlazos plazos = BuzonPlazos.of(ReferenceCalendars.imss());
        DomicileZone zona = PostalCodeZones.reference().lookup("22000");          // America/Tijuana, EXACTA
        NotificacionTiming n = plazos.notificacion(
                Instant.parse("2026-03-02T17:00:00Z"), zona.zoneId());
        List<LocalDate> diasParaAbrir = n.diasParaAbrir();   // [2026-03-03, 2026-03-04, 2026-03-05]
        Instant notificadaEl = n.notificadaEl();             // 2026-03-06T15:30:00Z (09:30 Zona Centro)
        Via via = n.via();                                   // CUARTO_DIA
        LocalDate surteEfectos = n.surteEfectos();           // 2026-03-09
        LocalDate inconformidad = plazos.plazo(PlazoLegal.RECURSO_INCONFORMIDAD_PATRON, n).vence(); // 2026-03-31
        String paraElUsuario = n.explicacion();              // "Aviso enviado el lunes 2 de marzo de 2026 ..."
        // --- end ---
        assertThat(diasParaAbrir).containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5));
        assertThat(notificadaEl).isEqualTo(Instant.parse("2026-03-06T15:30:00Z"));
        assertThat(via).isEqualTo(Via.CUARTO_DIA);
        assertThat(surteEfectos).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(inconformidad).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(paraElUsuario).startsWith("Aviso enviado el lunes 2 de marzo de 2026");
    }

    @Test
    void actuacion() {
        // --- snippet: actuación ---
        BuzonPlazos plazos = BuzonPlazos.of(ReferenceCalendars.imss());
        ZoneId cancun = PostalCodeZones.reference().lookup("77500").zoneId();
        ActuacionTiming a = plazos.actuacion(Instant.parse("2026-03-07T05:30:00Z"), cancun); // Fri 23:30 Centro
        Instant recibidaEl = a.recibidaEl();     // 2026-03-09T05:00:00Z: Monday 00:00 in Cancún (Saturday there)
        LocalDate fechaLegal = a.fechaLegal();   // 2026-03-09
        // --- end ---
        assertThat(recibidaEl).isEqualTo(Instant.parse("2026-03-09T05:00:00Z"));
        assertThat(fechaLegal).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void ambiguousPostalCode() {
        // --- snippet: ambiguous postal code ---
        PostalCodeZones zonas = PostalCodeZones.reference();
        Optional<AmbiguousPostalCode> duda = zonas.ambiguity("26329");
        List<ZoneId> candidatas = duda.get().candidatas();     // [America/Matamoros, America/Monterrey]
        LookupRule regla = duda.get().regla();                 // AMBIGUOUS, code "AMBIGUA"
        try {
            zonas.lookup("26329");                             // never a silent pick
        } catch (CalendarException e) {
            String codigo = e.code();                          // CP_ZONA_AMBIGUA, "... indique el municipio ..."
        }
        ZoneId acuna = zonas.lookup("COA", "002").zoneId();    // America/Matamoros: the municipality decides
        // --- end ---
        assertThat(candidatas).containsExactly(ZoneId.of("America/Matamoros"), ZoneId.of("America/Monterrey"));
        assertThat(regla).isEqualTo(LookupRule.AMBIGUOUS);
        assertThat(regla.code()).isEqualTo("AMBIGUA");
        assertThatThrownBy(() -> zonas.lookup("26329")).hasMessageContaining("indique el municipio")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CP_ZONA_AMBIGUA");
        assertThat(acuna).isEqualTo(ZoneId.of("America/Matamoros"));
        assertThat(PostalCodeZones.sameOffsets(ZoneId.of("America/Monterrey"), ZoneId.of("America/Mexico_City")))
                .isTrue();
    }

    @Test
    void productionHostSuppliesItsDeclaredDays() {
        String textoDelArchivo = InhabilDaysTsv.format(ReferenceCalendars.imssData());
        // --- snippet: production host ---
        DeclaredDays datos = InhabilDaysTsv.parse(textoDelArchivo);               // format 2, e.g. the host's own file
        BusinessCalendar imss = BusinessCalendar.builder("IMSS").data(datos).build();
        BusinessCalendar conAcuerdo = ReferenceCalendars.imss().toBuilder()
                .declare(DiaInhabil.declared(LocalDate.of(2027, 3, 24), "suspensión de labores",
                        "Acuerdo del H. Consejo Técnico (ejemplo)"))
                .confirmYear(2027)                                               // 2027's data is complete
                .build();
        boolean listo = conAcuerdo.isConfirmed(Year.of(2027));                   // true: a health check for December
        // --- end ---
        assertThat(imss).isEqualTo(ReferenceCalendars.imss());
        assertThat(listo).isTrue();
        assertThat(conAcuerdo.isBusinessDay(LocalDate.of(2027, 3, 24))).isFalse();
        assertThat(ReferenceCalendars.imss().isConfirmed(Year.of(2027))).isFalse();
    }
}
